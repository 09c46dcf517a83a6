// The `runners` output, executed for real as a later step would: each
// command, with a module and its arguments after it, in a shell, in a folder
// of its own that the module sees as `.`. node, deno and bun are real (npm);
// the other runtimes are their fakes. The Windows forms are checked as strings.
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { run as runCli } from '../src/cli/run.js'
import { runProbe } from '../src/engine.js'
import { moduleBytes } from '../src/probes/catalog.js'
import {
  PREOPEN_OUTPUT_FILE,
  PREOPEN_WRITTEN_CONTENT,
  WASI_ARGS,
  WASI_ENV_NAME,
  WASI_ENV_VALUE
} from '../src/probes/wasi.js'
import { writeRunners } from '../src/provision/runners.js'
import type { RuntimeOutcome } from '../src/result/index.js'
import { windowsWord } from '../src/runtimes/runner.js'
import { enginePlan, envWithFakes } from './helpers/engine.js'
import { fakeRuntimeScript, tempDir } from './helpers/fake-runtimes.js'
import { schemaErrors } from './helpers/schema.js'
import { sayWhySkipped } from './helpers/skip.js'

const BIN = resolve('node_modules/.bin')
const posix = process.platform !== 'win32'
const missing = ['deno', 'bun'].filter((binary) => !existsSync(join(BIN, binary)))
if (!posix) sayWhySkipped('the runners output, run', 'its commands are run here through bash, as on Linux')
else if (missing.length > 0)
  sayWhySkipped('the runners output, run', `${missing.join(' and ')} not in ${BIN} (npm ci installs them)`)
const runDescribe = posix && missing.length === 0 ? describe : describe.skip

const EVERY_RUNTIME = [
  'node',
  'wasmtime',
  'wasmer',
  'wasmedge',
  'wazero',
  'wamr',
  'wasm3',
  'wasmi',
  'deno',
  'bun'
]
/** The runtimes whose runner gives the module the caller's environment (bun gives its own, which is that). */
const PASS_THE_ENVIRONMENT = ['node', 'wasmtime', 'wasmer', 'wazero', 'deno', 'bun']

/**
 * A PATH where node, wasmtime and wasmer sit in a folder whose name a shell must
 * have quoted (a node there could not be a shebang's interpreter), then the
 * other fakes, then the npm packages' deno and bun.
 */
function awkwardEnv(): NodeJS.ProcessEnv {
  const env = envWithFakes('wasmedge', 'wazero', 'iwasm', 'wasm3', 'wasmi')
  const bin = join(tempDir(), "tools with spaces and a ' quote")
  mkdirSync(bin)
  for (const binary of ['wasmtime', 'wasmer']) {
    writeFileSync(join(bin, binary), fakeRuntimeScript(binary))
    chmodSync(join(bin, binary), 0o755)
  }
  symlinkSync(process.execPath, join(bin, 'node'))
  return { ...env, PATH: `${bin}:${env.PATH}:${BIN}`, RUNNER_TOOL_CACHE: join(tempDir(), 'toolcache') }
}

/** Runs `command module args...` in bash, in a fresh folder holding the module; returns the status and the folder. */
function runThrough(
  command: string,
  module: string,
  args: string[] = [],
  extraEnv: NodeJS.ProcessEnv = {}
): { status: number | null; dir: string; stderr: string } {
  const dir = tempDir()
  writeFileSync(join(dir, `${module}.wasm`), moduleBytes(module as Parameters<typeof moduleBytes>[0]))
  const line = [command, `${module}.wasm`, ...args.map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`)].join(' ')
  const run = spawnSync('bash', ['-c', line], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...extraEnv }
  })
  return { status: run.status, dir, stderr: run.stderr }
}

runDescribe('the runners output', () => {
  let runners: Record<string, string>
  let env: NodeJS.ProcessEnv

  beforeAll(async () => {
    env = awkwardEnv()
    const result = await runProbe(enginePlan(EVERY_RUNTIME), { env })
    expect(schemaErrors(result)).toEqual([])
    expect([...result.supported].sort()).toEqual([...EVERY_RUNTIME].sort())
    runners = result.runners!
  }, 120_000)

  test('names each runtime that passed: a prefix, the runner program of node and deno, or a script', () => {
    expect(Object.keys(runners).sort()).toEqual([...EVERY_RUNTIME].sort())
    // The folder's name is quoted for the shell.
    expect(runners.wasmtime).toMatch(
      /^'.*tools with spaces and a '\\'' quote\/wasmtime' run --dir \.::\. -S inherit-env=y$/
    )
    expect(runners.wazero).toMatch(/\/wazero run -mount=\.:\. -env-inherit$/)
    // node runs its runner program by path: a node path with a space cannot be a shebang's.
    expect(runners.node).toMatch(
      /^'.*tools with spaces and a '\\'' quote\/node' --no-warnings \S+\/toolcache\/wasi-probe-runners\/node-wasi-runner-[0-9a-f]{12}\.cjs run --inherit-env --dir \.::\.$/
    )
    expect(runners.deno).toMatch(
      /\/deno run --quiet --no-prompt --no-config --no-lock --no-npm --no-remote --allow-env --allow-read --allow-write=\. \S+\/wasi-probe-runners\/deno-wasi-runner-[0-9a-f]{12}\.cjs run --inherit-env --dir \.::\.$/
    )
    // wasmer wants `--` after the module, bun a ./ before a bare name: scripts.
    expect(runners.wasmer).toMatch(/\/toolcache\/wasi-probe-runners\/wasmer-[0-9a-f]{12}$/)
    expect(runners.bun).toMatch(/\/toolcache\/wasi-probe-runners\/bun-[0-9a-f]{12}$/)
  })

  test.each(EVERY_RUNTIME)('%s: the exit code comes back (42)', (id) => {
    expect(runThrough(runners[id], 'exit-code').status).toBe(42)
  })

  test.each(EVERY_RUNTIME)('%s: the arguments are passed through', (id) => {
    const run = runThrough(runners[id], 'wasi-args', [...WASI_ARGS])
    expect([run.status, run.stderr]).toEqual([0, ''])
  })

  test.each(EVERY_RUNTIME)("%s: the current directory is the module's `.`", (id) => {
    const run = runThrough(runners[id], 'wasi-preopen-write')
    expect(run.status).toBe(0)
    expect(readFileSync(join(run.dir, PREOPEN_OUTPUT_FILE), 'utf8')).toBe(PREOPEN_WRITTEN_CONTENT)
  })

  test.each(PASS_THE_ENVIRONMENT)('%s: the environment reaches the module', (id) => {
    const run = runThrough(runners[id], 'wasi-environ', [], { [WASI_ENV_NAME]: WASI_ENV_VALUE })
    expect([run.status, run.stderr]).toEqual([0, ''])
  })

  test.each(EVERY_RUNTIME.filter((id) => !PASS_THE_ENVIRONMENT.includes(id)))(
    '%s: the environment does not (its CLI takes the variables one by one only)',
    (id) => {
      expect(
        runThrough(runners[id], 'wasi-environ', [], { [WASI_ENV_NAME]: WASI_ENV_VALUE }).status
      ).not.toBe(0)
    }
  )

  test('a module named like a subcommand (install) is still the module', () => {
    for (const id of ['node', 'deno', 'wasmtime']) {
      const dir = tempDir()
      writeFileSync(join(dir, 'install'), moduleBytes('exit-code'))
      expect([id, spawnSync('bash', ['-c', `${runners[id]} install`], { cwd: dir }).status]).toEqual([id, 42])
    }
  })

  test('the CLI prints the same with --runners', async () => {
    let out = ''
    const saved = { ...process.env }
    Object.assign(process.env, {
      PATH: env.PATH,
      RUNNER_TOOL_CACHE: env.RUNNER_TOOL_CACHE,
      RUNNER_TEMP: tempDir()
    })
    try {
      const status = await runCli(
        ['--runtimes', EVERY_RUNTIME.join(', '), '--runners'],
        { write: (t: string) => (out += t) },
        { write: () => true }
      )
      expect(status).toBe(0)
    } finally {
      process.env = saved
    }
    expect(JSON.parse(out)).toEqual(runners)
  }, 120_000)
})

/** A runtime that passed, found at `path`, as the run stage gives it. */
function passed(id: string, path: string | null, version: string | null = null): RuntimeOutcome {
  return { id, name: id, version, path, source: 'path', status: 'pass', probes: [], durationMs: 1 }
}

describe('the runners output on Windows (the strings; nothing runs them here)', () => {
  const env = { RUNNER_TOOL_CACHE: tempDir() }
  const dir = join(env.RUNNER_TOOL_CACHE, 'wasi-probe-runners')
  const runners = writeRunners(
    [
      passed('native', null),
      passed('node', 'C:\\Program Files\\nodejs\\node.exe', '24.11.1'),
      passed('wasmtime', 'C:\\hostedtoolcache\\windows\\wasmtime\\48.0.0\\x64\\wasmtime.exe', '48.0.0'),
      passed('wasmer', 'C:\\hostedtoolcache\\windows\\wasmer\\7.4.2\\x64\\bin\\wasmer.exe', '7.4.2'),
      passed('wasmedge', 'C:\\hostedtoolcache\\windows\\wasmedge\\0.17.1\\x64\\bin\\wasmedge.exe', '0.17.1'),
      passed('wazero', 'C:\\hostedtoolcache\\windows\\wazero\\1.11.0\\x64\\wazero.exe', '1.11.0'),
      passed('wamr', 'C:\\Users\\RUNNER~1\\tools\\iwasm.exe', '2.4.5'),
      passed('wasm3', 'C:\\tools\\wasm3.exe', '0.5.0'),
      passed('wasmi', 'C:\\tools\\wasmi.exe', '2.0.0-beta.9'),
      passed('deno', 'C:\\Users\\runneradmin\\.deno\\bin\\deno.exe', '2.9.6'),
      passed('bun', 'C:\\Users\\runneradmin\\.bun\\bin\\bun.exe', '1.4.5')
    ],
    env,
    new Map(),
    'windows'
  )

  test('the prefix runtimes: forward slashes, unquoted where no path has a space', () => {
    expect(runners).toMatchObject({
      wasmtime: 'C:/hostedtoolcache/windows/wasmtime/48.0.0/x64/wasmtime.exe run --dir .::. -S inherit-env=y',
      wasmedge: 'C:/hostedtoolcache/windows/wasmedge/0.17.1/x64/bin/wasmedge.exe --dir .:.',
      wazero: 'C:/hostedtoolcache/windows/wazero/1.11.0/x64/wazero.exe run -mount=.:. -env-inherit',
      wamr: 'C:/Users/RUNNER~1/tools/iwasm.exe --map-dir=.::.',
      wasm3: 'C:/tools/wasm3.exe',
      wasmi: 'C:/tools/wasmi.exe run --dir .'
    })
  })

  test('node and deno run their runner program, written beside the tool cache; a path with a space is quoted for bash', () => {
    const runner = (name: string) => windowsWord(join(dir, name))
    expect(runners.node).toMatch(
      /^'C:\/Program Files\/nodejs\/node\.exe' --no-warnings \S+node-wasi-runner-[0-9a-f]{12}\.cjs run --inherit-env --dir \.::\.$/
    )
    expect(runners.deno).toMatch(
      /^C:\/Users\/runneradmin\/\.deno\/bin\/deno\.exe run --quiet --no-prompt --no-config --no-lock --no-npm --no-remote --allow-env --allow-read --allow-write=\. \S+deno-wasi-runner-[0-9a-f]{12}\.cjs run --inherit-env --dir \.::\.$/
    )
    const nodeRunner = runners.node.split(' ')[3]
    expect(nodeRunner.startsWith(runner('node-wasi-runner-'))).toBe(true)
    // What it names is the runner program itself.
    expect(readFileSync(join(dir, nodeRunner.slice(nodeRunner.lastIndexOf('/') + 1)), 'utf8')).toContain(
      "require('node:wasi')"
    )
  })

  test('no runner for those that need a sh script: wasmer (its `--`), bun and native', () => {
    expect(Object.keys(runners).sort()).toEqual([
      'deno',
      'node',
      'wamr',
      'wasm3',
      'wasmedge',
      'wasmi',
      'wasmtime',
      'wazero'
    ])
  })

  test('a word holding what a shell would read otherwise is quoted for bash; backslashes become slashes', () => {
    expect(windowsWord('D:\\a\\_temp\\wasmtime.exe')).toBe('D:/a/_temp/wasmtime.exe')
    expect(windowsWord("C:\\Program Files (x86)\\it's\\wasm3.exe")).toBe(
      `'C:/Program Files (x86)/it'\\''s/wasm3.exe'`
    )
    expect(windowsWord('C:\\a,b\\$HOME\\x.exe')).toBe(`'C:/a,b/$HOME/x.exe'`)
  })
})
