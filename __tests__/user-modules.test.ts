// The user's own modules and suites in the wasi-testsuite formats, compiled
// from WAT here, run through real node and fake runtime CLIs (faithful to the
// real ones' argv), judged by the official runner's rules.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { dirname, join } from 'node:path'
import { runProbe } from '../src/engine.js'
import { detectHost } from '../src/host.js'
import { InputError, type Plan } from '../src/inputs/plan.js'
import { moduleBytes } from '../src/probes/catalog.js'
import { capabilityGroups } from '../src/publish/capabilities.js'
import { summaryMarkdown } from '../src/publish/summary.js'
import type { ProbeOutcome, ProbeResult } from '../src/result/index.js'
import { tempDir, writeFakeRuntime } from './helpers/fake-runtimes.js'
import { schemaErrors } from './helpers/schema.js'
import {
  changingItsDirectory,
  countingArgsAndEnv,
  echoingStdin,
  printing,
  printingPreopenName,
  sleepingThenPrinting,
  writeSuite
} from './helpers/test-modules.js'
import { treeSnapshot } from './helpers/tree.js'
import { compileWat } from './helpers/wat.js'

function plan(runtimes: string[], modules: string[], extra: Partial<Plan> = {}): Plan {
  return {
    runtimes,
    probes: ['basic'],
    modules,
    timeoutSeconds: 20,
    failOn: { kind: 'none' },
    summary: true,
    resultPath: '',
    ...extra
  }
}

/** PATH with fake runtimes for `binaries` and the running node. */
function envWithFakes(...binaries: string[]): NodeJS.ProcessEnv {
  const bin = tempDir()
  for (const binary of binaries) writeFakeRuntime(bin, binary)
  return { ...process.env, PATH: `${bin}:${dirname(process.execPath)}:/usr/bin:/bin`, RUNNER_TOOL_CACHE: '' }
}

const testsOf = (result: ProbeResult, runtime: string): ProbeOutcome[] =>
  result.runtimes.find((r) => r.id === runtime)!.probes.filter((p) => p.category === 'custom')

const statuses = (result: ProbeResult, runtime: string) =>
  Object.fromEntries(testsOf(result, runtime).map((p) => [p.test, p.status]))

const reasons = (result: ProbeResult, runtime: string) =>
  Object.fromEntries(testsOf(result, runtime).map((p) => [p.test, p.reason]))

describe('the legacy spec format', () => {
  test('args, env, exit_code, and stdout and stderr compared as prefixes, as the official runner reads them', async () => {
    const suite = await writeSuite(join(tempDir(), 'legacy'), {
      // argv[0] and two arguments, two variables: 3 * 10 + 2.
      counts: {
        module: countingArgsAndEnv(),
        spec: { args: ['a', 'b c'], env: { X: '1', Y: 'two words' }, exit_code: 32 }
      },
      'no-spec': { module: printing('anything\n') },
      prefix: { module: printing('hello, world\n', 'oops\n'), spec: { stdout: 'hello', stderr: 'oo' } },
      'whole-line': { module: printing('hello, world\n'), spec: { stdout: 'hello, world\n' } },
      'wrong-stdout': { module: printing('hello, world\n'), spec: { stdout: 'hello, there' } },
      'short-stdout': { module: printing('hi'), spec: { stdout: 'hi there' } },
      'wrong-exit': { module: printing('', '', 7), spec: { exit_code: 0 } },
      // The runner translates \r\n to \n, as Python's text mode does.
      crlf: { module: printing('one\r\ntwo\r\n'), spec: { stdout: 'one\ntwo\n' } }
    })
    const result = await runProbe(plan(['node', 'wasmtime'], [suite]), { env: envWithFakes('wasmtime') })
    expect(schemaErrors(result)).toEqual([])
    const expected = {
      counts: 'pass',
      'no-spec': 'pass',
      prefix: 'pass',
      'whole-line': 'pass',
      'wrong-stdout': 'fail',
      'short-stdout': 'fail',
      'wrong-exit': 'fail',
      crlf: 'pass'
    }
    expect(statuses(result, 'node')).toEqual(expected)
    expect(statuses(result, 'wasmtime')).toEqual(expected)
    for (const runtime of ['node', 'wasmtime']) {
      const why = reasons(result, runtime)
      expect(why['wrong-stdout']).toBe(
        'stdout differs at character 8: "hello, world", expected "hello, there"'
      )
      expect(why['short-stdout']).toBe('stdout ended after 2 characters ("hi"), expected "hi there"')
      expect(why['wrong-exit']).toBe('exit code 7, expected 0')
    }
    const wrongExit = testsOf(result, 'node').find((p) => p.test === 'wrong-exit')!
    expect(wrongExit).toMatchObject({ failedCheck: 'exit-code', exitCode: 7, expected: { exitCode: 0 } })
    expect(wrongExit.expected).toMatchObject({
      operations: [
        { type: 'run', args: [], env: {}, root: null },
        { type: 'wait', exit_code: 0 }
      ]
    })
  })

  test("`root` is preopened as the guest's /, and `dirs` of older suites under their own names", async () => {
    const suite = join(tempDir(), 'dirs')
    mkdirSync(join(suite, 'fs-tests.dir'), { recursive: true })
    await writeSuite(suite, {
      root: { module: printingPreopenName(), spec: { root: 'fs-tests.dir', stdout: '/' } },
      'old-dirs': { module: printingPreopenName(), spec: { dirs: ['fs-tests.dir'], stdout: 'fs-tests.dir' } },
      'no-root': { module: printingPreopenName(), spec: { exit_code: 1 } }
    })
    const result = await runProbe(plan(['node', 'wasmtime', 'wamr', 'wazero', 'wasmi', 'wasm3'], [suite]), {
      env: envWithFakes('wasmtime', 'iwasm', 'wazero', 'wasmi', 'wasm3')
    })
    expect(schemaErrors(result)).toEqual([])
    const everywhere = { root: 'pass', 'old-dirs': 'pass', 'no-root': 'pass' }
    for (const runtime of ['node', 'wasmtime', 'wamr', 'wazero'])
      expect(statuses(result, runtime)).toEqual(everywhere)
    // wasmi names a preopen by its host path; wasm3 preopens nothing it is told to, and always its
    // working directory as /, so a test that wants no preopen fails there (as under the official runner).
    expect(statuses(result, 'wasmi')).toEqual({
      root: 'unsupported',
      'old-dirs': 'unsupported',
      'no-root': 'pass'
    })
    expect(reasons(result, 'wasmi').root).toMatch(/cannot give it another name, such as \//)
    expect(statuses(result, 'wasm3')).toEqual({
      root: 'unsupported',
      'old-dirs': 'unsupported',
      'no-root': 'fail'
    })
  })
})

describe("a runtime's own words", () => {
  test('a trap is quoted from the stream the runtime writes its errors to: stdout for WasmEdge and WAMR', async () => {
    const trapping = compileWat('(module (memory (export "memory") 1) (func (export "_start") unreachable))')
    const suite = await writeSuite(join(tempDir(), 'traps'), { trap: { module: trapping } })
    const result = await runProbe(plan(['wasmtime', 'wasmedge', 'wamr'], [suite]), {
      env: envWithFakes('wasmtime', 'wasmedge', 'iwasm')
    })
    for (const [runtime, stream] of [
      ['wasmtime', 'stderr'],
      ['wasmedge', 'stdout'],
      ['wamr', 'stdout']
    ]) {
      expect([runtime, statuses(result, runtime).trap]).toEqual([runtime, 'fail'])
      expect([runtime, reasons(result, runtime).trap]).toEqual([
        runtime,
        expect.stringContaining(`; ${stream}: "Error: failed to run main module"`)
      ])
    }
  })
})

describe('timing, as the official runner times a test', () => {
  test('only wait is timed, from when it begins: a module that writes late passes, one that ends late fails', async () => {
    const suite = await writeSuite(join(tempDir(), 'timing'), {
      // Read first (legacy format: run, read, wait), then wait: the 1 s limit starts once "late" came.
      'writes-late': { module: sleepingThenPrinting(1500, 'late'), spec: { stdout: 'late' } },
      'ends-late': { module: sleepingThenPrinting(1500, 'late'), spec: { exit_code: 0 } }
    })
    const result = await runProbe(plan(['node', 'wasmtime'], [suite], { testTimeoutSeconds: 1 }), {
      env: envWithFakes('wasmtime')
    })
    const expected = { 'writes-late': 'pass', 'ends-late': 'fail' }
    expect(statuses(result, 'node')).toEqual(expected)
    expect(statuses(result, 'wasmtime')).toEqual(expected)
    expect(reasons(result, 'node')['ends-late']).toBe('still running 1 s after the wait began; killed')
  })
})

describe('the operation-based spec format', () => {
  test('write goes to stdin while the module runs, read compares the next characters, wait the exit code', async () => {
    const suite = await writeSuite(join(tempDir(), 'operations'), {
      echo: {
        module: echoingStdin(),
        spec: {
          operations: [
            { type: 'run' },
            { type: 'write', id: 'stdin', payload: 'ping\n' },
            { type: 'read', id: 'stdout', payload: 'pi' },
            { type: 'read', id: 'stdout', payload: 'ng\n' },
            { type: 'write', id: 'stdin', payload: 'pong\n' },
            { type: 'read', id: 'stdout', payload: 'pong' },
            { type: 'wait', exit_code: 0 }
          ]
        }
      },
      'echo-wrong': {
        module: echoingStdin(),
        spec: {
          operations: [
            { type: 'run' },
            { type: 'write', id: 'stdin', payload: 'ping\n' },
            { type: 'read', id: 'stdout', payload: 'pong' },
            { type: 'wait' }
          ]
        }
      },
      'two-runs': {
        module: countingArgsAndEnv(),
        spec: {
          operations: [
            { type: 'run', args: ['x'] },
            { type: 'wait', exit_code: 20 },
            { type: 'run', env: { A: 'b' } },
            { type: 'wait', exit_code: 11 }
          ]
        }
      }
    })
    const result = await runProbe(plan(['node', 'wasmtime'], [suite]), { env: envWithFakes('wasmtime') })
    expect(schemaErrors(result)).toEqual([])
    const expected = { echo: 'pass', 'echo-wrong': 'fail', 'two-runs': 'pass' }
    expect(statuses(result, 'node')).toEqual(expected)
    expect(statuses(result, 'wasmtime')).toEqual(expected)
    expect(reasons(result, 'node')['echo-wrong']).toBe(
      'stdout differs at character 2: "ping", expected "pong"'
    )
  })

  test('a suite for WASI 0.3 is unsupported where the runtime has no WASI 0.3; elsewhere it runs with the p3 flags', async () => {
    const root = tempDir()
    const suite = await writeSuite(
      join(root, 'wasm32-wasip3'),
      {
        'cli-exit': {
          module: printing('', '', 1),
          spec: { operations: [{ type: 'run' }, { type: 'wait', exit_code: 1 }] }
        }
      },
      { name: 'Tiny tests [wasm32-wasip3]', version: 'wasm32-wasip3' }
    )
    const argvFile = join(root, 'argv.jsonl')
    const env = { ...envWithFakes('wasmtime', 'wazero'), FAKE_RUNTIME_ARGV_FILE: argvFile }
    const result = await runProbe(plan(['node', 'wasmtime', 'wazero'], [suite]), { env })
    expect(statuses(result, 'node')).toEqual({ 'cli-exit': 'unsupported' })
    expect(reasons(result, 'node')).toEqual({
      'cli-exit': 'node:wasi runs WASI preview1 core modules only, not components'
    })
    expect(statuses(result, 'wazero')).toEqual({ 'cli-exit': 'unsupported' })
    // wasmtime declares WASI 0.3 (as the suite's own adapter does) and gets its flags.
    expect(statuses(result, 'wasmtime')).toEqual({ 'cli-exit': 'pass' })
    const runs = readFileSync(argvFile, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as string[])
      .filter((argv) => argv.includes(join(suite, 'cli-exit.wasm')))
    expect(runs).toEqual([['run', '-Wcomponent-model-async', '-Sp3', join(suite, 'cli-exit.wasm')]])
  })
})

describe('expectation files', () => {
  test('skip, expected failures (xfail) and stale ones (xpass), matched by suite and test name, per runtime', async () => {
    const root = tempDir()
    const suite = await writeSuite(
      join(root, 'tests', 'wasm32-wasip1'),
      {
        skipped: { module: printing('', '', 3) },
        'known-failure': { module: printing('', '', 3) },
        'fixed-now': { module: printing('') },
        'plain-failure': { module: printing('', '', 3) },
        'plain-pass': { module: printing('') }
      },
      { name: 'Mine [wasm32-wasip1]' }
    )
    const expectations = join(root, 'expectations')
    mkdirSync(join(expectations, 'node'), { recursive: true })
    writeFileSync(
      join(expectations, 'node', `${detectHost().os}.toml`),
      [
        'version = 1',
        '[[suite]]',
        'name = "Mine [wasm32-wasip1]"',
        '[[suite.test]]',
        'name = "skipped"',
        'action = "skip"',
        '[[suite.test]]',
        'name = "known-failure"',
        'expected = "fail"',
        '[[suite.test]]',
        'name = "fixed-now"',
        'expected = "fail"',
        '[[suite]]',
        'name = "Another suite"',
        '[[suite.test]]',
        'name = "plain-failure"',
        'action = "skip"'
      ].join('\n')
    )
    const result = await runProbe(plan(['node', 'wasmtime'], [suite], { expectations: [expectations] }), {
      env: envWithFakes('wasmtime')
    })
    expect(schemaErrors(result)).toEqual([])
    expect(statuses(result, 'node')).toEqual({
      skipped: 'skip',
      'known-failure': 'xfail',
      'fixed-now': 'xpass',
      'plain-failure': 'fail',
      'plain-pass': 'pass'
    })
    // The file is node's: wasmtime's outcomes are plain.
    expect(statuses(result, 'wasmtime')).toEqual({
      skipped: 'fail',
      'known-failure': 'fail',
      'fixed-now': 'pass',
      'plain-failure': 'fail',
      'plain-pass': 'pass'
    })
    expect(result.expectations).toEqual([{ path: join(expectations, 'node', 'linux.toml'), runtime: 'node' }])
    const group = capabilityGroups(result).find((g) => g.title === 'Your modules')!
    expect(group.rows).toEqual([
      { label: 'Mine [wasm32-wasip1]', cells: ['❌ 1/3 · 1 xpass · 1 xfail · 1 skipped', '❌ 2/5'] }
    ])
    // An unexpected pass is a failure, as the runner counts it; an expected failure is not.
    expect(group.failures.map((f) => [f.runtime, f.tests.map((t) => t.test)])).toEqual([
      ['node', ['fixed-now', 'plain-failure']],
      ['wasmtime', ['known-failure', 'plain-failure', 'skipped']]
    ])
  })

  test('a file that the runner would refuse is an input problem naming it', async () => {
    const root = tempDir()
    const suite = await writeSuite(join(root, 's'), { t: { module: printing('') } })
    const bad = join(root, 'bad.toml')
    writeFileSync(bad, 'version = 1\n[[suite]]\nname = "x"\n[[suite.test]]\nname = "t"\naction = "ignore"\n')
    const error = await runProbe(
      plan(['node'], [suite], { expectations: [bad, join(root, 'missing.toml')] })
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).problems).toEqual([
      `expectations: ${bad}: test "t": "action" is "ignore"; accepted: "skip"`,
      `expectations: ${join(root, 'missing.toml')} does not exist`
    ])
  })
})

describe('suites keep their identity', () => {
  test('three folders called wasm32-wasip1 are three suites, named by their manifests', async () => {
    const root = tempDir()
    for (const language of ['c', 'rust', 'zig']) {
      await writeSuite(
        join(root, 'tests', language, 'testsuite', 'wasm32-wasip1'),
        { same: { module: printing('') } },
        { name: `WASI ${language} tests [wasm32-wasip1]`, version: 'wasm32-wasip1' }
      )
    }
    // A hidden file is no test, as the runner's glob("*.wasm") does not see it.
    writeFileSync(
      join(root, 'tests', 'c', 'testsuite', 'wasm32-wasip1', '.hidden.wasm'),
      await printing('', '', 1)
    )
    // No manifest: a folder named after a WASI version is named by its parent's path.
    // Found by their manifests below the folder given; a suite without one is given itself.
    // Named after a WASI version, it is named by its parent's path, as the runner names it.
    const plain = await writeSuite(join(root, 'tests', 'plain', 'wasm32-wasip1'), {
      same: { module: printing('', '', 1) }
    })
    const result = await runProbe(plan(['node'], ['tests', plain]), {
      env: { ...process.env, GITHUB_WORKSPACE: root }
    })
    expect(result.suites?.map((s) => s.name)).toEqual([
      'WASI c tests [wasm32-wasip1]',
      'WASI rust tests [wasm32-wasip1]',
      'WASI zig tests [wasm32-wasip1]',
      'tests/plain'
    ])
    const group = capabilityGroups(result).find((g) => g.title === 'Your modules')!
    expect(group.rows).toEqual([
      { label: 'WASI c tests [wasm32-wasip1]', cells: ['✅ 1/1'] },
      { label: 'WASI rust tests [wasm32-wasip1]', cells: ['✅ 1/1'] },
      { label: 'WASI zig tests [wasm32-wasip1]', cells: ['✅ 1/1'] },
      { label: 'tests/plain', cells: ['❌ 0/1'] }
    ])
    expect(testsOf(result, 'node').map((p) => p.id)).toContain('WASI zig tests [wasm32-wasip1]/same')
    const summary = summaryMarkdown(result)
    expect(summary).toContain('<details><summary>❌ tests/plain on <code>node</code>: 1 failed</summary>')
    expect(summary).toContain('| `same` | ❌ exit 1 | exit code 1, expected 0 |')
  })
})

describe('a test the harness cannot run', () => {
  test('is an error of its own; the other tests of the suite still run', async () => {
    // A fixture so deep that its copy, below a longer folder, passes the system's limit on a path (4096).
    const root = tempDir()
    let deep = join(root, 'fs-tests.dir')
    while (deep.length < 3800) deep = join(deep, 'd'.repeat(200))
    deep = join(deep, 'e'.repeat(4090 - deep.length - 1))
    mkdirSync(deep, { recursive: true })
    const workRoot = join(tempDir(), 'w'.repeat(200))
    mkdirSync(workRoot)
    await writeSuite(root, {
      'deep-root': { module: printing(''), spec: { root: 'fs-tests.dir' } },
      fine: { module: printing('') }
    })
    const result = await runProbe(plan(['node', 'wasmtime'], [root]), {
      env: envWithFakes('wasmtime'),
      workRoot
    })
    for (const runtime of ['node', 'wasmtime']) {
      expect(statuses(result, runtime)).toEqual({ 'deep-root': 'error', fine: 'pass' })
      expect(reasons(result, runtime)['deep-root']).toMatch(/^could not run the test: ENAMETOOLONG/)
    }
  })
})

describe("the user's files", () => {
  test('stay byte for byte as they were, links included, however the module changes its copy', async () => {
    const root = tempDir()
    const suite = join(root, 'suite')
    const fixture = join(suite, 'fs-tests.dir')
    mkdirSync(join(fixture, 'sub'), { recursive: true })
    writeFileSync(join(fixture, 'target.txt'), 'the user owns this\n')
    writeFileSync(join(fixture, 'victim.txt'), 'and this\n')
    writeFileSync(join(fixture, 'sub', 'deep.txt'), 'deep\n')
    symlinkSync('target.txt', join(fixture, 'link'))
    // An absolute link to a file of the folder: in the copy, it points to the copy's file.
    symlinkSync(join(fixture, 'target.txt'), join(fixture, 'absolute-link'))
    // What an earlier run of the suite left: not part of the test's directory.
    writeFileSync(join(fixture, 'left.cleanup'), 'stale\n')
    await writeSuite(suite, {
      changes: { module: changingItsDirectory(), spec: { root: 'fs-tests.dir' } },
      // node:wasi follows no link in a preopen with a relative name (uvwasi): the file itself, then.
      'old-changes': { module: changingItsDirectory('target.txt'), spec: { dirs: ['fs-tests.dir'] } }
    })
    // A read-only checkout: the copies must still be writable.
    for (const path of [
      join(fixture, 'sub', 'deep.txt'),
      join(fixture, 'sub'),
      join(fixture, 'target.txt'),
      join(fixture, 'victim.txt'),
      fixture
    ])
      chmodSync(path, path.endsWith('.txt') ? 0o444 : 0o555)
    const before = treeSnapshot(suite)

    const result = await runProbe(plan(['node', 'wasmtime', 'wazero'], [suite]), {
      env: envWithFakes('wasmtime', 'wazero')
    })
    // Each run changed its copy: the module says so by passing.
    for (const runtime of ['node', 'wasmtime', 'wazero'])
      expect([runtime, statuses(result, runtime), reasons(result, runtime)]).toEqual([
        runtime,
        { changes: 'pass', 'old-changes': 'pass' },
        {}
      ])
    expect(treeSnapshot(suite)).toEqual(before)
    expect(readdirSync(fixture).sort()).toEqual([
      'absolute-link',
      'left.cleanup',
      'link',
      'sub',
      'target.txt',
      'victim.txt'
    ])
  })
})

/** The runs (argv) of `file` that the fakes logged to `argvFile`. */
function runsOf(argvFile: string, file: string): string[][] {
  if (!existsSync(argvFile)) return []
  return readFileSync(argvFile, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as string[])
    .filter((argv) => argv.includes(file))
}

/**
 * A fake wasmtime that exits 0 whatever it runs, as the real one does with the
 * component-cli-run probe (it calls wasi:cli/exit with ok), a real-behaving
 * fake wazero, and node; each run logged to `argvFile`.
 */
function componentRunningEnv(argvFile: string): NodeJS.ProcessEnv {
  const bin = tempDir()
  writeFakeRuntime(bin, 'wasmtime', 'exit0')
  writeFakeRuntime(bin, 'wazero')
  return {
    ...process.env,
    PATH: `${bin}:${dirname(process.execPath)}:/usr/bin:/bin`,
    RUNNER_TOOL_CACHE: '',
    FAKE_RUNTIME_ARGV_FILE: argvFile
  }
}

describe('what a module is decides where it runs', () => {
  test('a WASI 0.2 component on its own is unsupported on node and wazero, each with its reason, and runs on wasmtime', async () => {
    const root = tempDir()
    const file = join(root, 'component.wasm')
    writeFileSync(file, moduleBytes('component-cli-run'))
    const argvFile = join(root, 'argv.jsonl')
    const result = await runProbe(plan(['node', 'wazero', 'wasmtime'], [file]), {
      env: componentRunningEnv(argvFile)
    })
    expect(schemaErrors(result)).toEqual([])
    expect(result.modules).toEqual([
      {
        id: 'component',
        path: file,
        kind: 'component',
        wasi: '0.2',
        run: 'wasi:cli/run@0.2.0',
        imports: ['wasi:cli/exit@0.2.0']
      }
    ])
    expect(statuses(result, 'node')).toEqual({ component: 'unsupported' })
    expect(reasons(result, 'node')).toEqual({
      component: 'node:wasi runs WASI preview1 core modules only, not components'
    })
    expect(statuses(result, 'wazero')).toEqual({ component: 'unsupported' })
    expect(reasons(result, 'wazero')).toEqual({
      component: 'runs WASI preview1 core modules only, not components'
    })
    expect(statuses(result, 'wasmtime')).toEqual({ component: 'pass' })
    // Run once, by wasmtime, as a 0.2 component runs: without the WASI 0.3 flags.
    expect(runsOf(argvFile, file)).toEqual([['run', file]])
  })

  test('a component in a suite for preview1 runs only where components run, and the user is told', async () => {
    const root = tempDir()
    const suite = await writeSuite(
      join(root, 'wasm32-wasip1'),
      { core: { module: printing('') }, component: { module: moduleBytes('component-cli-run') } },
      { name: 'Mixed [wasm32-wasip1]', version: 'wasm32-wasip1' }
    )
    const argvFile = join(root, 'argv.jsonl')
    const warnings: string[] = []
    const result = await runProbe(plan(['node', 'wasmtime'], [suite]), {
      env: componentRunningEnv(argvFile),
      warn: (message) => warnings.push(message)
    })
    expect(schemaErrors(result)).toEqual([])
    const component = join(suite, 'component.wasm')
    expect(warnings).toEqual([
      `modules: ${component} is a WASI 0.2 component, but its suite is for WASI preview1 core modules (wasm32-wasip1): ` +
        'it runs as the suite says, and only on runtimes that run WASI 0.2 components too'
    ])
    expect(statuses(result, 'node')).toEqual({ component: 'unsupported', core: 'pass' })
    expect(reasons(result, 'node').component).toBe(
      'node:wasi runs WASI preview1 core modules only, not components'
    )
    expect(statuses(result, 'wasmtime')).toEqual({ component: 'pass', core: 'pass' })
    expect(runsOf(argvFile, component)).toEqual([['run', component]])
    expect(result.suites).toEqual([
      { name: 'Mixed [wasm32-wasip1]', wasiVersion: 'wasm32-wasip1', path: suite, tests: 2 }
    ])
    expect(result.modules?.map((m) => [m.id, m.kind, m.wasi, m.run, m.imports])).toEqual([
      ['Mixed [wasm32-wasip1]/component', 'component', '0.2', 'wasi:cli/run@0.2.0', ['wasi:cli/exit@0.2.0']],
      ['Mixed [wasm32-wasip1]/core', 'core', 'preview1', '_start', ['wasi_snapshot_preview1']]
    ])
  })

  test('a file that is not WebAssembly, or cannot be read, is an input problem naming it, said once; nothing runs', async () => {
    const root = tempDir()
    const suite = await writeSuite(join(root, 'suite'), { good: { module: printing('') } })
    const notes = join(suite, 'notes.wasm')
    writeFileSync(notes, 'not a module\n')
    const gone = join(suite, 'gone.wasm')
    symlinkSync(join(root, 'nowhere.wasm'), gone)
    mkdirSync(join(suite, 'folder.wasm'))
    const argvFile = join(root, 'argv.jsonl')
    // The suite, and the file again on its own: each problem is said once.
    const error = await runProbe(plan(['node', 'wasmtime'], [suite, notes]), {
      env: componentRunningEnv(argvFile)
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).problems).toEqual([
      `modules: ${join(suite, 'folder.wasm')} is a directory, not a module`,
      `modules: ${gone} cannot be read (ENOENT: a broken symbolic link?)`,
      `modules: ${notes} is not WebAssembly: it starts with 6e 6f 74 20 ("not "), not 00 61 73 6d (\\0asm)`
    ])
    // No runtime was asked anything, so none has a verdict on them.
    expect(existsSync(argvFile)).toBe(false)
  })
})
