// The bundled dist/ run as GitHub's runner and a user's shell run it.
import MarkdownIt from 'markdown-it'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { delimiter, dirname, join, resolve } from 'node:path'
import { run as runAction } from '../src/action/run.js'
import { type ActionRun, runActionInProcess, runBundledAction } from './helpers/action.js'
import { cliInProcess } from './helpers/cli.js'
import { tempDir, writeFakeRuntime } from './helpers/fake-runtimes.js'
import { schemaErrors } from './helpers/schema.js'
import { sayWhySkipped } from './helpers/skip.js'
import { printing, writeSuite } from './helpers/test-modules.js'

const BUNDLE = resolve('dist/index.js')
const CLI = resolve('dist/cli/index.js')
if (!existsSync(BUNDLE) || !existsSync(CLI)) throw new Error('dist/ is missing: run `npm run bundle` first')

/** PATH with the fake runtimes first and the running node (the fakes need it). */
function pathWith(dir: string): string {
  return [dir, dirname(process.execPath), ...(process.env.PATH ?? '').split(delimiter)].join(delimiter)
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'))

/** The lines of `stdout` that GitHub's runner would take for workflow commands. */
function commandsTheRunnerReads(stdout: string): string[] {
  const commands: string[] = []
  let stoppedUntil: string | undefined
  for (const raw of stdout.split('\n')) {
    const line = raw.trimStart()
    if (stoppedUntil !== undefined) {
      if (line === `::${stoppedUntil}::`) stoppedUntil = undefined
      continue
    }
    const stop = /^::stop-commands::(.+)$/.exec(line)
    if (stop) stoppedUntil = stop[1]
    else if (line.startsWith('::')) commands.push(line)
  }
  return commands
}
const posixOnly = process.platform === 'win32' ? describe.skip : describe
if (process.platform === 'win32')
  sayWhySkipped('the action runs with fake runtimes', 'they are shell scripts')

/** The action as the runner runs it: in this process through its run(), or the committed bundle in a child. */
const WAYS: [string, (inputs: Record<string, string>, env?: NodeJS.ProcessEnv) => Promise<ActionRun>][] = [
  ['in-process', (inputs, env) => runActionInProcess(runAction, inputs, env)],
  ['the bundle', (inputs, env) => runBundledAction(inputs, env)]
]
const inProcess = (inputs: Record<string, string>, env?: NodeJS.ProcessEnv) =>
  runActionInProcess(runAction, inputs, env)

posixOnly('the action, run as the runner runs it', () => {
  test.each(WAYS)(
    '%s: probes, sets every output, writes a valid result file and the summary',
    async (_way, runWay) => {
      const dir = tempDir()
      writeFakeRuntime(dir, 'wasmtime')
      writeFakeRuntime(dir, 'wasm3', 'exit0')
      const run = await runWay(
        { runtimes: 'node, wasmtime, wasm3', 'fail-on': 'wasmtime', timeout: '20' },
        { PATH: pathWith(dir) }
      )
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)

      expect(JSON.parse(run.outputs.supported)).toEqual(['node', 'wasmtime'])
      expect(run.outputs.native).toMatch(/^(true|false)$/)
      const matrix = JSON.parse(run.outputs.matrix)
      expect(Object.keys(matrix)).toEqual(['node', 'wasmtime', 'wasm3'])
      expect(matrix.wasmtime).toEqual({
        status: 'pass',
        version: '48.0.0',
        path: join(dir, 'wasmtime'),
        probes: { seed: 'pass', 'exit-code': 'pass', stdout: 'pass' }
      })
      expect(matrix.wasm3.status).toBe('fail')
      expect(matrix.wasm3.probes).toEqual({ seed: 'pass', 'exit-code': 'fail', stdout: 'fail' })
      expect(JSON.parse(run.outputs.include)).toEqual([
        { runtime: 'node', version: process.versions.node, path: process.execPath },
        { runtime: 'wasmtime', version: '48.0.0', path: join(dir, 'wasmtime') }
      ])

      const result = readJson(run.outputs['result-file'])
      // Named after the label, so that many legs' files can share one directory.
      expect(run.outputs['result-file']).toBe(join(run.runnerTemp, `wasi-probe-${result.host.label}.json`))
      expect(schemaErrors(result)).toEqual([])
      expect(result.supported).toEqual(['node', 'wasmtime'])
      expect(result.failOn).toMatchObject({ rule: 'wasmtime', ok: true })

      // Logs grouped per runtime; the failing runtime also as an annotation.
      expect(run.stdout).toMatch(/^::group::wasm3: fail/m)
      expect(run.stdout).toMatch(/^::warning title=wasi-probe%3A wasm3 fail::exit-code: exit code 0/m)
      expect(run.summary.startsWith(`## wasi-probe: ${result.host.os} ${result.host.arch}`)).toBe(true)
      expect(run.summary).toContain('| `wasmtime` | 48.0.0 | path | ✅ | ✅ | ✅ |')
      expect(run.summary).toContain('| `wasm3` | 0.5.0 | path | ✅ | ❌ exit 0 | ❌ stdout |')
    }
  )

  test('fail-on not met: the step fails, and the result file is written first', async () => {
    const dir = tempDir()
    writeFakeRuntime(dir, 'wasm3', 'exit0')
    const resultPath = join(tempDir(), 'nested', 'result.json')
    const run = await inProcess(
      { runtimes: 'node wasm3', 'fail-on': 'wasm3', 'result-path': resultPath, summary: 'false' },
      { PATH: pathWith(dir) }
    )
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(
      /^::error::fail-on: wasm3 must pass, but wasm3 is fail \(exit-code: exit code 0/m
    )
    expect(run.outputs['result-file']).toBe(resultPath)
    const result = readJson(resultPath)
    expect(schemaErrors(result)).toEqual([])
    expect(result.failOn.ok).toBe(false)
    expect(run.summary).toBe('')
  })

  test('bad inputs fail the step before any work, in one message, with no stack trace', async () => {
    const run = await inProcess({ runtimes: 'node, wasmtim', timeout: 'soon', 'fail-on': 'often' })
    expect(run.status).toBe(1)
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(`Input 'runtimes' has "wasmtim", not a known runtime`)
    expect(errors[0]).toContain(`Input 'timeout' is "soon"`)
    expect(errors[0]).toContain(`Input 'fail-on' is "often"`)
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /)
    expect(run.stdout).not.toContain('::group::')
    expect(run.outputs.supported).toBeUndefined()
    const result = readJson(run.outputs['result-file'])
    expect(schemaErrors(result)).toEqual([])
    expect(result.error).toContain('wasmtim')
  })

  test('a run that fails keeps its label: the result file is named after it and says it', async () => {
    const workspace = tempDir()
    const badInputs = await inProcess({ label: 'leg one', timeout: 'soon' })
    const missingModule = await inProcess(
      { label: 'leg two', runtimes: 'node', modules: 'absent.wasm' },
      { GITHUB_WORKSPACE: workspace }
    )
    for (const [run, label, file] of [
      [badInputs, 'leg one', 'wasi-probe-leg%20one.json'],
      [missingModule, 'leg two', 'wasi-probe-leg%20two.json']
    ] as const) {
      expect(run.status).toBe(1)
      expect(run.outputs['result-file']).toBe(join(run.runnerTemp, file))
      expect(readJson(run.outputs['result-file']).host.label).toBe(label)
    }
    expect(missingModule.stdout).toMatch(/^::error::Input 'modules': .*absent\.wasm/m)
  })

  test('runtime output with markup cannot break the summary table or inject HTML', async () => {
    const dir = tempDir()
    writeFakeRuntime(dir, 'wazero', 'noisy')
    const run = await inProcess({ runtimes: 'wazero' }, { PATH: pathWith(dir) })
    expect(run.status).toBe(0)
    expect(run.summary).not.toContain('<script>')
    expect(run.summary).toContain('&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;')
    // The table: from its header to the first blank line; every row as wide as the header.
    const lines = run.summary.split('\n')
    const header = lines.findIndex((line) => line.startsWith('| Runtime |'))
    const table = lines.slice(header, lines.indexOf('', header))
    expect(table).toHaveLength(3)
    const columns = (line: string) => line.replace(/\\\|/g, '').split('|').length
    expect(table.map(columns)).toEqual([8, 8, 8])
    expect(run.summary.match(/<pre>/g)?.length).toBe(run.summary.match(/<\/pre>/g)?.length)
  })

  test('a suite from the workspace, with expectations: outputs, summary and log, none of it injectable', async () => {
    const workspace = tempDir()
    // A hostile suite: its name and a test's file name carry workflow commands and markup.
    const suite = join(workspace, 'tests', 'wasm32-wasip1')
    await writeSuite(
      suite,
      {
        fine: { module: printing('ok\n'), spec: { stdout: 'ok' } },
        'known\n::error::injected': { module: printing('', '::warning::from the module\n', 3) },
        broken: { module: printing('', '::error::from the module\n<script>x</script>\n', 4) }
      },
      { name: '::error::suite\n\n# heading\n<b>bold</b> | pipe' }
    )
    writeFileSync(
      join(workspace, 'known.toml'),
      [
        '[[suite]]',
        `name = ${JSON.stringify('::error::suite\n\n# heading\n<b>bold</b> | pipe')}`,
        '[[suite.test]]',
        `name = ${JSON.stringify('known\n::error::injected')}`,
        'expected = "fail"'
      ].join('\n')
    )
    const run = await inProcess(
      { runtimes: 'node', modules: 'tests', expectations: 'known.toml' },
      { GITHUB_WORKSPACE: workspace }
    )
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const matrix = JSON.parse(run.outputs.matrix)
    expect(Object.values(matrix.node.probes).sort()).toEqual([
      'fail',
      'pass',
      'pass',
      'pass',
      'pass',
      'xfail'
    ])
    // The runner would read no command in the log but the action's own (it reads none between
    // ::stop-commands::TOKEN and ::TOKEN::, and reads them after leading spaces too).
    expect(commandsTheRunnerReads(run.stdout)).toEqual(
      expect.arrayContaining(['::group::node: pass (' + process.versions.node + ')'])
    )
    expect(commandsTheRunnerReads(run.stdout).filter((line) => !/^::(end)?group::/.test(line))).toEqual([])
    expect(run.stdout).toMatch(
      /^ {2}broken: fail: exit code 4, expected 0; stderr: "::error::from the module"$/m
    )
    expect(run.summary).not.toMatch(/<script>/)
    // Rendered as markdown with raw HTML allowed: the suite's name stays text, the failing test is one row.
    const html = new MarkdownIt({ html: true }).render(run.summary)
    expect(html).not.toMatch(/<script|<b>bold|<h1>/)
    expect(html).toContain('<td><code>::error::suite # heading &lt;b&gt;bold&lt;/b&gt; | pipe</code></td>')
    expect(html.match(/<details>/g)?.length).toBe(html.match(/<\/details>/g)?.length)
    const failures = html.slice(html.indexOf('on <code>node</code>: 1 failed</summary>'))
    const rows = failures.slice(failures.indexOf('<tbody>'), failures.indexOf('</tbody>'))
    expect(rows.match(/<tr>/g)).toHaveLength(1)
    expect(rows).toContain('<td><code>broken</code></td>')
    expect(rows).toContain('exit code 4, expected 0')
    const result = readJson(run.outputs['result-file'])
    expect(schemaErrors(result)).toEqual([])
    expect(result.suites).toEqual([
      {
        name: '::error::suite\n\n# heading\n<b>bold</b> | pipe',
        wasiVersion: 'wasm32-wasip1',
        path: suite,
        tests: 3
      }
    ])
    // The CLI in a workflow step prints the same names: none of its lines is a command either.
    const cli = spawnSync(process.execPath, [CLI, '--runtimes', 'node', '--modules', suite], {
      encoding: 'utf8',
      timeout: 60_000
    })
    expect(cli.stdout).toContain('suite\\n\\n# heading\\n<b>bold</b> | pipe')
    expect(commandsTheRunnerReads(cli.stdout)).toEqual([])
  })
})

describe('the CLI', () => {
  // The bundle, as a user's shell runs it.
  const cli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [CLI, ...args], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
      timeout: 60_000
    })

  test('--help and --version', () => {
    const help = cli(['--help'])
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/^Usage: wasi-probe/)
    for (const flag of ['--runtimes', '--timeout', '--fail-on', '--json', '--result-path']) {
      expect(help.stdout).toContain(flag)
    }
    expect(cli(['--version']).stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version)
  })

  test('--json prints a valid result; the table names every runtime asked for', async () => {
    const json = await cliInProcess(['--runtimes', 'node,wasmi', '--json'])
    expect(json.status).toBe(0)
    const result = JSON.parse(json.stdout)
    expect(schemaErrors(result)).toEqual([])
    expect(result.runtimes.map((r: { id: string; status: string }) => [r.id, r.status])).toEqual([
      ['node', 'pass'],
      ['wasmi', 'missing']
    ])

    const table = await cliInProcess(['--runtimes', 'node,wasmi'])
    expect(table.stdout).toMatch(/^node\s+\S+\s+path\s+✅\s+✅\s+✅\s+pass$/m)
    expect(table.stdout).toMatch(/^wasmi\s+-\s+not found/m)
    expect(table.stdout).toMatch(/^supported: node$/m)
  })

  test('exit status: 1 when --fail-on is not met, 2 on bad options, with a message and no stack', async () => {
    const resultPath = join(tempDir(), 'r.json')
    const failed = await cliInProcess([
      '--runtimes',
      'node,wasmer',
      '--fail-on',
      'wasmer',
      '--result-path',
      resultPath
    ])
    expect(failed.status).toBe(1)
    expect(failed.stdout).toMatch(/fail-on: wasmer must pass, but wasmer is missing/)
    expect(schemaErrors(readJson(resultPath))).toEqual([])

    const unknownFlag = await cliInProcess(['--runtime', 'node'])
    expect(unknownFlag.status).toBe(2)
    expect(unknownFlag.stderr).toMatch(/--runtime/)
    const badValue = await cliInProcess(['--timeout', '0'])
    expect(badValue.status).toBe(2)
    expect(badValue.stderr).toContain('--timeout is "0"')
    expect(badValue.stderr).not.toMatch(/\n\s+at /)
    // Problems found once the modules are read are named by the flag too.
    const badModule = await cliInProcess(['--runtimes', 'node', '--modules', join(tempDir(), 'absent.wasm')])
    expect(badModule.status).toBe(2)
    expect(badModule.stderr).toMatch(/^wasi-probe: --modules: .*absent\.wasm/m)
  })
})

posixOnly('the action with capability probes', () => {
  test('probes: all adds the capability tables and the capabilities output', async () => {
    const dir = tempDir()
    writeFakeRuntime(dir, 'wasm3')
    const run = await inProcess(
      { runtimes: 'node wasm3', probes: 'all', timeout: '30' },
      { PATH: pathWith(dir) }
    )
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)

    const capabilities = JSON.parse(run.outputs.capabilities)
    expect(capabilities.node).toEqual(
      expect.arrayContaining(['seed', 'wasi-args', 'wasi-preopen-write', 'feature-simd'])
    )
    // wasm3 cannot pass an environment or preopen a directory: unsupported there, so not passed.
    expect(capabilities.wasm3).toEqual(expect.arrayContaining(['seed', 'wasi-args', 'wasi-clock']))
    expect(capabilities.wasm3).not.toContain('wasi-environ')

    const result = readJson(run.outputs['result-file'])
    expect(schemaErrors(result)).toEqual([])
    const wasm3 = result.runtimes.find((r: { id: string }) => r.id === 'wasm3')
    expect(wasm3.probes.find((p: { id: string }) => p.id === 'wasi-environ')).toMatchObject({
      status: 'unsupported',
      reason: 'wasm3 has no option to pass environment variables'
    })
    expect(JSON.parse(run.outputs.matrix).node.probes['wasi-exit-125']).toBe('recorded')

    expect(run.summary).toContain('### Capabilities')
    expect(run.summary).toMatch(
      /<details><summary><b>WASI preview1<\/b>: node (1[0-9])\/\1 \(2 recorded\) · wasm3 (\d)\/\2 \(4 unsupported, 2 recorded\)<\/summary>/
    )
    expect(run.summary).toMatch(/^\| `wasi-environ` \| ✅ \| ➖ unsupported \|$/m)
    expect(run.summary).toMatch(/^\| `wasi-exit-125` \| 📝 exit 125 \| 📝 exit 125 \|$/m)
    expect(run.summary).toContain('<b>Wasm proposals</b>')
  })

  test('an unknown probe name is refused with the accepted names', async () => {
    const run = await inProcess({ probes: 'wasi, featurez' })
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(
      /^::error::Input 'probes' has "featurez", not a probe set or probe id\. Accepted: basic, wasi, features, component, component-0\.3, all/m
    )
  })
})
