// What the probe action and the CLI print and publish, when every foreign string
// (a runtime's version, path and output, a module's, a suite's names) is hostile:
// the log must run no command but the action's own, the step summary must hold no
// markup but its own, the outputs must stay within GitHub's limits, and the
// terminal must get no control sequence.
import MarkdownIt from 'markdown-it'
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { delimiter, dirname, join } from 'node:path'
import { run as runAction } from '../../src/action/run.js'
import { run as runCli } from '../../src/cli/run.js'
import { computeOutputs, OUTPUT_LIMITS } from '../../src/publish/outputs.js'
import { SUMMARY_LIMIT_BYTES, summaryMarkdown } from '../../src/publish/summary.js'
import { terminalTable } from '../../src/publish/terminal.js'
import type { ProbeOutcome, ProbeResult } from '../../src/result/index.js'
import { runActionInProcess } from '../helpers/action.js'
import { tempDir } from '../helpers/fake-runtimes.js'
import { probe, resultWith as result, runtime, userTest } from '../helpers/results.js'
import { sayWhySkipped } from '../helpers/skip.js'
import { printing, writeSuite } from '../helpers/test-modules.js'
import { INVISIBLE_CONTROL, MARKUP, TERMINAL_ESCAPES, WORKFLOW_COMMANDS } from './hostile.js'

/** Every hostile string, one per line. */
const HOSTILE = [...WORKFLOW_COMMANDS, ...MARKUP, ...TERMINAL_ESCAPES, ...INVISIBLE_CONTROL].join('\n')
/** The same, as a runtime's version can hold it: one word (a version is `\d\S*`). */
const HOSTILE_WORD = `1.0.0${HOSTILE.replace(/\s+/g, '')}`
/** A folder name with line breaks, markup and escapes (no `:` or `/`, so that it can stand on PATH). */
const HOSTILE_DIR = 'bin\r# heading\n<img src=x onerror=alert(1)>\u001b[31m\u009b2J\u202e|pipe'

/** C0 controls but the line feed, DEL, C1 controls, bidi overrides and isolates. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const TERMINAL_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

const posixOnly = process.platform === 'win32' ? describe.skip : describe
if (process.platform === 'win32') sayWhySkipped('the hostile runtime', 'it is a script with a shebang')

/**
 * A runtime named like wasmtime that answers its version command with `version`
 * and every run with the hostile lines on stdout and stderr, exiting 1.
 */
function hostileRuntime(version = HOSTILE_WORD): string {
  const dir = join(tempDir('wasi-probe-hostile-'), HOSTILE_DIR)
  mkdirSync(dir)
  const path = join(dir, 'wasmtime')
  writeFileSync(
    path,
    `#!${process.execPath}\n` +
      `if (process.argv[2] === '--version') process.stdout.write(${JSON.stringify(`wasmtime ${version}\n`)})\n` +
      `else {\n` +
      `  process.stdout.write(${JSON.stringify(`${HOSTILE}\n`)})\n` +
      `  process.stderr.write(${JSON.stringify(`${HOSTILE}\n`)})\n` +
      `  process.exitCode = 1\n` +
      `}\n`
  )
  chmodSync(path, 0o755)
  return dir
}

/** A suite whose name, test names and module output carry the hostile lines. */
async function hostileSuite(): Promise<string> {
  const dir = join(tempDir('wasi-probe-suite-'), 'wasm32-wasip1')
  await writeSuite(
    dir,
    {
      fine: { module: printing('ok\n'), spec: { stdout: 'ok' } },
      // Its spec has a field the runner does not know: the warning names the spec file.
      'test\n::error::injected by a file name\r# heading': {
        module: printing(HOSTILE, HOSTILE, 3),
        spec: { exit_code: 0, 'unknown\n::error::field': true }
      }
    },
    { name: HOSTILE }
  )
  return dir
}

const pathWith = (dir: string) =>
  [dir, dirname(process.execPath), ...(process.env.PATH ?? '').split(delimiter)].join(delimiter)

/**
 * The lines of a step's output that GitHub's runner takes for workflow commands:
 * `::` after leading spaces, except between `::stop-commands::TOKEN` and `::TOKEN::`.
 */
function commandsTheRunnerReads(log: string): string[] {
  const commands: string[] = []
  let stoppedUntil: string | undefined
  for (const raw of log.split('\n')) {
    const line = raw.trimStart()
    if (stoppedUntil !== undefined) {
      if (line.trimEnd() === `::${stoppedUntil}::`) stoppedUntil = undefined
      continue
    }
    const stop = /^::stop-commands::(.+)$/.exec(line.trimEnd())
    if (stop) stoppedUntil = stop[1]
    else if (line.startsWith('::')) commands.push(line)
  }
  return commands
}

/** The hostile lines as the runner would read them, had they reached the log as they are. */
const INJECTED = WORKFLOW_COMMANDS.map((line) => line.trim())

/** Element names in rendered HTML, with how often each occurs. */
function elements(html: string): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const [, name] of html.matchAll(/<([a-zA-Z][\w-]*)/g))
    counts[name.toLowerCase()] = (counts[name.toLowerCase()] ?? 0) + 1
  return counts
}

/** What rendered HTML reads as: its text, tags gone and entities decoded once. */
function textOf(html: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) =>
      name.startsWith('#x') || name.startsWith('#X')
        ? String.fromCodePoint(parseInt(name.slice(2), 16))
        : name.startsWith('#')
          ? String.fromCodePoint(Number(name.slice(1)))
          : (named[name] ?? entity)
    )
}

const markdown = new MarkdownIt({ html: true })

/** A result whose every foreign string is `text`: the host's, native's, the runtimes', the tests'. */
function resultSaying(text: string): ProbeResult {
  const failing = (fields: Partial<ProbeOutcome> = {}) => ({
    status: 'fail' as const,
    reason: text,
    stdout: text,
    stderr: text,
    stdoutBytes: text.length,
    stderrBytes: text.length,
    ...fields
  })
  return result(
    [
      runtime('node', {
        version: text,
        path: text,
        source: 'self',
        probes: [
          probe('seed'),
          probe('exit-code'),
          probe('stdout'),
          userTest(text, 'fine'),
          userTest(text, text, failing({ failedCheck: 'stdout' })),
          userTest(text, `${text} 2`, { status: 'unsupported', reason: text }),
          userTest(undefined, text, failing({ failedCheck: 'exit-code', exitCode: 3 }))
        ]
      }),
      runtime('wasmtime', {
        status: 'fail',
        version: text,
        path: text,
        reason: text,
        install: { requested: text, version: text, url: text, asset: text },
        probes: [
          probe('seed', failing()),
          probe('exit-code', failing({ exitCode: 0 })),
          probe('stdout', { status: 'trap', exitCode: null, signal: text, reason: text }),
          userTest(text, text, failing({ status: 'error', failedCheck: 'start' }))
        ]
      }),
      runtime('wasmer', { status: 'error', version: null, reason: text, probes: [] })
    ],
    {
      host: { os: 'linux', arch: 'x64', libc: 'glibc', label: text, runner: text },
      native: {
        status: 'fail',
        handler: text,
        flags: text,
        entries: [{ name: text, interpreter: text, flags: text }],
        dir: text,
        reason: text
      },
      suites: [{ name: text, wasiVersion: 'wasm32-wasip1', path: text, tests: 3 }],
      failOn: { rule: text, ok: false, message: text }
    }
  )
}

describe('the step summary', () => {
  test('holds no element of foreign text: the same elements as a result of plain words, and the text reads as written', () => {
    const plain = markdown.render(summaryMarkdown(resultSaying('plain words')))
    const hostile = markdown.render(summaryMarkdown(resultSaying(HOSTILE)))
    expect(elements(hostile)).toEqual(elements(plain))
    expect(hostile).not.toMatch(/<(img|h1|script|a)\b/)
    const text = textOf(hostile)
    for (const line of [...WORKFLOW_COMMANDS, ...MARKUP].flatMap((entry) => entry.split(/[\r\n]+/)))
      if (line.trim() !== '') expect(text).toContain(line.trim())
  })

  test('stays within GitHub’s limit counted in bytes, whole elements only, and says what it left out', () => {
    // Thousands of failing tests with long reasons, in characters of three bytes each.
    const wide = (n: number) => '€'.repeat(n)
    const tests = Array.from({ length: 4000 }, (_, i) =>
      userTest(`suite ${i % 7}`, `test-${i}`, {
        status: 'fail',
        failedCheck: 'stdout',
        reason: wide(2000),
        stdout: wide(2000),
        stderr: wide(2000),
        stdoutBytes: 6000,
        stderrBytes: 6000
      })
    )
    const failing = runtime('wasmtime', {
      status: 'fail',
      reason: wide(2000),
      probes: [
        probe('seed', { status: 'fail', reason: wide(2000), stderr: wide(2000), stderrBytes: 6000 }),
        ...tests
      ]
    })
    const lonely = Array.from({ length: 3000 }, (_, i) => userTest(undefined, `module-${i}-${wide(100)}`))
    const summary = summaryMarkdown(result([runtime('node', { probes: [...lonely, ...tests] }), failing]))
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES)
    expect(SUMMARY_LIMIT_BYTES).toBeLessThanOrEqual(1024 * 1024)
    const html = markdown.render(summary)
    expect(html.match(/<details>/g)?.length).toBe(html.match(/<\/details>/g)?.length)
    expect(html).toContain('<td><code>wasmtime</code></td>')
    expect(textOf(html)).toMatch(/left out .*result file/)
  })
})

describe('the outputs', () => {
  test('a version and a path of 64 KiB, every runtime, thousands of tests: each output and all of them within their limits', () => {
    const long = (n: number) => '\u001b€'.repeat(n / 2)
    const tests = Array.from({ length: 5000 }, (_, i) =>
      userTest(`suite-${long(200)}`, `test-${i}-${long(200)}`)
    )
    const runtimes = [
      'node',
      'wasmtime',
      'wasmer',
      'wasmedge',
      'wazero',
      'wamr',
      'wasm3',
      'wasmi',
      'native'
    ].map((id) =>
      runtime(id, {
        version: long(64 * 1024),
        path: long(64 * 1024),
        probes: [...runtime(id).probes, ...tests]
      })
    )
    const outputs = computeOutputs(
      result(runtimes, {
        native: { status: 'pass', handler: long(64 * 1024), flags: 'F', entries: [], dir: null }
      }),
      '/tmp/result.json'
    )
    let total = 0
    for (const [name, value] of Object.entries(outputs)) {
      const bytes = Buffer.byteLength(value, 'utf8')
      total += bytes
      expect([name, bytes <= OUTPUT_LIMITS[name as keyof typeof OUTPUT_LIMITS]]).toEqual([name, true])
      if (name !== 'native' && name !== 'result-file' && name !== 'native-handler') JSON.parse(value)
    }
    expect(total).toBeLessThanOrEqual(1_000_000)
    // What is kept still says which runtimes passed which embedded probe.
    const matrix = JSON.parse(outputs.matrix)
    expect(Object.keys(matrix)).toHaveLength(9)
    expect(matrix.wasmtime.probes.seed).toBe('pass')
    expect(JSON.parse(outputs.capabilities).wasmtime).toEqual(
      expect.arrayContaining(['seed', 'exit-code', 'stdout'])
    )
  })
})

describe('the terminal', () => {
  test('the table shows control characters, C1 controls and bidi overrides escaped, on lines of its own', () => {
    const table = terminalTable(resultSaying(HOSTILE))
    expect(table).not.toMatch(TERMINAL_CONTROL)
    expect(table).toContain('\\u001b]0;pwned title\\u0007')
    expect(table).toContain('\\u009b31m')
    expect(table).toContain('invoice\\u202egnp.exe\\u202c')
    expect(table.split('\n').filter((line) => /^\s*::/.test(line))).toEqual([])
  })
})

posixOnly('a hostile runtime, as the runner runs the action', () => {
  let runtimeDir: string
  let suite: string
  beforeAll(async () => {
    runtimeDir = hostileRuntime()
    suite = await hostileSuite()
  })

  test('the log runs no command but the action’s own; the summary has no element of foreign text', async () => {
    const resultPath = join(tempDir(), 'result\n::error::injected by the result path\r.json')
    const run = await runActionInProcess(
      runAction,
      { runtimes: 'node, wasmtime', modules: suite, 'result-path': resultPath, timeout: '20' },
      { PATH: pathWith(runtimeDir) }
    )
    expect(run.status).toBe(0)
    const commands = commandsTheRunnerReads(run.stdout + run.stderr)
    expect(commands.filter((line) => INJECTED.includes(line.trimEnd()))).toEqual([])
    expect(
      commands.filter(
        (line) => !/^::(group::(node|wasmtime): |endgroup::$|warning title=wasi-probe|warning::)/.test(line)
      )
    ).toEqual([])
    expect(run.stdout + run.stderr).not.toMatch(TERMINAL_CONTROL)
    expect(markdown.render(run.summary)).not.toMatch(/<(img|h1|script|a)\b/)
  })

  test('a version of 64 KiB is shown and published cut short', async () => {
    const dir = hostileRuntime(`1.0.0-${'x'.repeat(100 * 1024)}`)
    const run = await runActionInProcess(
      runAction,
      { runtimes: 'wasmtime', timeout: '20' },
      { PATH: pathWith(dir) }
    )
    const matrix = JSON.parse(run.outputs.matrix)
    expect(matrix.wasmtime.version.length).toBeLessThanOrEqual(200)
    expect(matrix.wasmtime.version).toMatch(/^1\.0\.0-x+…$/)
    const outputBytes = Object.values(run.outputs).reduce((sum, value) => sum + Buffer.byteLength(value), 0)
    expect(outputBytes).toBeLessThan(16 * 1024)
    expect(run.stdout).toMatch(/^::group::wasmtime: fail \(1\.0\.0-x+…\)$/m)
    expect(run.stdout.split('\n').every((line) => line.length < 4096)).toBe(true)
    expect(Buffer.byteLength(run.summary)).toBeLessThan(64 * 1024)
  })

  test('the CLI in a workflow step: no line of its output is a command, none carries a control sequence', async () => {
    const missing = join(tempDir(), 'absent\n::error::injected by a module path\u001b]0;title\u0007')
    for (const args of [
      ['--runtimes', 'node,wasmtime', '--modules', suite, '--timeout', '20'],
      ['--runtimes', 'node', '--modules', missing]
    ]) {
      const { stdout, stderr } = await cliInProcess(args, runtimeDir)
      for (const text of [stdout, stderr]) {
        expect(commandsTheRunnerReads(text)).toEqual([])
        expect(text).not.toMatch(TERMINAL_CONTROL)
      }
    }
  })

  test('--json: the result as it is, with C1 controls and bidi overrides written as escapes', async () => {
    const { status, stdout } = await cliInProcess(
      ['--runtimes', 'wasmtime', '--json', '--timeout', '20'],
      runtimeDir
    )
    expect(status).toBe(0)
    expect(stdout).not.toMatch(TERMINAL_CONTROL)
    const parsed = JSON.parse(stdout) as ProbeResult
    expect(parsed.runtimes[0].probes[0].stderr).toContain('invoice\u202egnp.exe\u202c')
    expect(parsed.runtimes[0].path).toBe(join(runtimeDir, 'wasmtime'))
  })
})

/** The CLI's run() in this process, with `dir` and the running node on PATH and an empty tool cache. */
async function cliInProcess(
  args: string[],
  dir: string
): Promise<{ status: number; stdout: string; stderr: string }> {
  const sink = () => {
    const stream = { text: '', write: (chunk: string) => ((stream.text += chunk), true) }
    return stream
  }
  const out = sink()
  const err = sink()
  const saved = process.env
  process.env = { ...saved, PATH: pathWith(dir), RUNNER_TOOL_CACHE: tempDir(), GITHUB_ACTIONS: 'true' }
  try {
    const status = await runCli(args, out, err)
    return { status, stdout: out.text, stderr: err.text }
  } finally {
    process.env = saved
  }
}
