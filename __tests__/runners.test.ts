// The `runners` output, executed for real as a later step would: each
// command, with a module and its arguments after it, in a shell, in a folder
// of its own that the module sees as `.`.
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
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
import { enginePlan, envWithFakes } from './helpers/engine.js'
import { fakeRuntimeScript, tempDir } from './helpers/fake-runtimes.js'
import { schemaErrors } from './helpers/schema.js'
import { sayWhySkipped } from './helpers/skip.js'

const posix = process.platform !== 'win32'
if (!posix)
  sayWhySkipped('the runners output', 'its commands are for a POSIX shell; on Windows it is empty for now')
const posixDescribe = posix ? describe : describe.skip

/** A PATH where wasmtime sits in a folder whose name a shell must have quoted, and wasmer beside it. */
function awkwardEnv(): NodeJS.ProcessEnv {
  const env = envWithFakes()
  const bin = join(tempDir(), "tools with spaces and a ' quote")
  mkdirSync(bin)
  for (const [binary, personality] of [
    ['wasmtime', 'wasmtime'],
    ['wasmer', 'wasmer']
  ]) {
    writeFileSync(join(bin, binary), fakeRuntimeScript(personality))
    chmodSync(join(bin, binary), 0o755)
  }
  return { ...env, PATH: `${bin}:${env.PATH}`, RUNNER_TOOL_CACHE: join(tempDir(), 'toolcache') }
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

posixDescribe('the runners output', () => {
  let runners: Record<string, string>
  let env: NodeJS.ProcessEnv

  beforeAll(async () => {
    env = awkwardEnv()
    const result = await runProbe(enginePlan(['node', 'wasmtime', 'wasmer']), { env })
    expect(schemaErrors(result)).toEqual([])
    expect(result.supported).toEqual(['node', 'wasmtime', 'wasmer'])
    runners = result.runners!
  })

  test('names each runtime that passed; a prefix where the runtime takes one, a script where it does not', () => {
    expect(Object.keys(runners)).toEqual(['node', 'wasmtime', 'wasmer'])
    // The folder's name is quoted for the shell; wasmer and node get a script beside the tool cache.
    expect(runners.wasmtime).toMatch(
      /^'.*tools with spaces and a '\\'' quote\/wasmtime' run --dir \.::\. -S inherit-env=y$/
    )
    expect(runners.wasmer).toContain('/toolcache/wasi-probe-runners/wasmer-')
    expect(runners.node).toContain('/toolcache/wasi-probe-runners/node-')
  })

  test.each(['node', 'wasmtime', 'wasmer'])('%s: the exit code comes back (42)', (id) => {
    expect(runThrough(runners[id], 'exit-code').status).toBe(42)
  })

  test.each(['node', 'wasmtime', 'wasmer'])('%s: the arguments are passed through', (id) => {
    const run = runThrough(runners[id], 'wasi-args', [...WASI_ARGS])
    expect([run.status, run.stderr]).toEqual([0, ''])
  })

  test.each(['node', 'wasmtime', 'wasmer'])("%s: the current directory is the module's `.`", (id) => {
    const run = runThrough(runners[id], 'wasi-preopen-write')
    expect(run.status).toBe(0)
    expect(readFileSync(join(run.dir, PREOPEN_OUTPUT_FILE), 'utf8')).toBe(PREOPEN_WRITTEN_CONTENT)
  })

  test.each(['node', 'wasmtime'])('%s: the environment reaches the module', (id) => {
    const run = runThrough(runners[id], 'wasi-environ', [], { [WASI_ENV_NAME]: WASI_ENV_VALUE })
    expect([run.status, run.stderr]).toEqual([0, ''])
  })

  test('wasmer: the environment does not (it would need each variable named)', () => {
    expect(
      runThrough(runners.wasmer, 'wasi-environ', [], { [WASI_ENV_NAME]: WASI_ENV_VALUE }).status
    ).not.toBe(0)
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
        ['--runtimes', 'node, wasmtime, wasmer', '--runners'],
        { write: (t: string) => (out += t) },
        { write: () => true }
      )
      expect(status).toBe(0)
    } finally {
      process.env = saved
    }
    expect(JSON.parse(out)).toEqual(runners)
  })
})
