// The run stage with real processes: fake runtime CLIs on PATH and in a tool
// cache, each answering like the real runtime and running modules through node:wasi.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { runProbe } from '../src/engine.js'
import type { Plan } from '../src/inputs/plan.js'
import type { RuntimeOutcome } from '../src/result/index.js'
import { PERSONALITIES } from './fixtures/fake-runtime/fake-runtime.mjs'
import { FAKE_BINARIES, tempDir, writeFakeRuntime } from './helpers/fake-runtimes.js'
import { schemaErrors } from './helpers/schema.js'

const CLI_RUNTIMES = Object.keys(FAKE_BINARIES)

function plan(runtimes: string[], timeoutSeconds = 10): Plan {
  return {
    runtimes,
    probes: ['basic'],
    timeoutSeconds,
    failOn: { kind: 'none' },
    summary: true,
    resultPath: ''
  }
}

/** PATH holding `dir` and the running node (the fakes are node scripts). */
function envWith(dir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${dir}:${dirname(process.execPath)}:/usr/bin:/bin`,
    RUNNER_TOOL_CACHE: '',
    ...extra
  }
}

const byId = (runtimes: RuntimeOutcome[], id: string) => runtimes.find((r) => r.id === id)!

const posixOnly = process.platform === 'win32' ? describe.skip : describe

posixOnly('probing runtime CLIs', () => {
  test('every runtime CLI, each in its own argv form, passes with its version read', async () => {
    const dir = tempDir()
    for (const binary of Object.values(FAKE_BINARIES)) writeFakeRuntime(dir, binary)
    const result = await runProbe(plan(['node', ...CLI_RUNTIMES]), { env: envWith(dir) })

    expect(schemaErrors(result)).toEqual([])
    expect(result.supported).toEqual(['node', ...CLI_RUNTIMES])
    // Each adapter reads the version out of its fake's answer, in that runtime's words.
    expect(Object.fromEntries(result.runtimes.map((r) => [r.id, r.version]))).toEqual({
      node: process.versions.node,
      ...Object.fromEntries(
        Object.entries(FAKE_BINARIES).map(([id, binary]) => [id, PERSONALITIES[binary].defaultVersion])
      )
    })
    expect(byId(result.runtimes, 'wasmi').version).toBe('2.0.0-beta.9')
    expect(byId(result.runtimes, 'wamr')).toMatchObject({ path: join(dir, 'iwasm'), source: 'path' })
  })

  test('a runtime that exits 0 whatever it runs fails; the others are untouched', async () => {
    const dir = tempDir()
    writeFakeRuntime(dir, 'wasmtime', 'exit0')
    writeFakeRuntime(dir, 'wazero')
    const result = await runProbe(plan(['wasmtime', 'wazero']), { env: envWith(dir) })

    const wasmtime = byId(result.runtimes, 'wasmtime')
    expect(wasmtime.status).toBe('fail')
    expect(wasmtime.probes.map((p) => p.status)).toEqual(['pass', 'fail', 'fail'])
    expect(wasmtime.reason).toMatch(/exit-code: exit code 0, expected exit code 42/)
    expect(byId(result.runtimes, 'wazero').status).toBe('pass')
    expect(result.supported).toEqual(['wazero'])
  })

  test('a runtime that hangs is killed at the timeout with its whole process tree; the others pass', async () => {
    const dir = tempDir()
    const pidFile = join(dir, 'grandchild.pid')
    writeFakeRuntime(dir, 'wasmer', 'hang')
    writeFakeRuntime(dir, 'wasm3')
    const result = await runProbe(plan(['node', 'wasmer', 'wasm3'], 1), {
      env: envWith(dir, { FAKE_RUNTIME_PID_FILE: pidFile })
    })

    const wasmer = byId(result.runtimes, 'wasmer')
    expect(wasmer.status).toBe('fail')
    expect(wasmer.probes.map((p) => p.status)).toEqual(['timeout', 'timeout', 'timeout'])
    expect(wasmer.probes[0].reason).toBe('still running after 1s, killed')
    expect(byId(result.runtimes, 'wasm3').status).toBe('pass')
    expect(byId(result.runtimes, 'node').status).toBe('pass')

    // The hanging runtime's own child went down with it.
    const grandchild = Number(readFileSync(pidFile, 'utf8'))
    expect(isAlive(grandchild)).toBe(false)
  })

  test('a runtime that is not executable is an error that says so; one that is absent is missing', async () => {
    const dir = tempDir()
    const path = writeFakeRuntime(dir, 'wasmi')
    chmodSync(path, 0o644)
    const result = await runProbe(plan(['wasmi', 'wasmedge']), { env: envWith(dir) })

    const wasmi = byId(result.runtimes, 'wasmi')
    expect(wasmi).toMatchObject({ status: 'error', path, source: 'path' })
    expect(wasmi.probes.every((p) => p.status === 'error' && /EACCES/.test(p.reason ?? ''))).toBe(true)
    expect(byId(result.runtimes, 'wasmedge')).toMatchObject({ status: 'missing', path: null, probes: [] })
    expect(result.supported).toEqual([])
  })

  test('a runtime in the tool cache is found there, newest complete version first', async () => {
    const cache = tempDir()
    const install = (version: string, complete: boolean) => {
      const dir = join(cache, 'wasmtime', version, process.arch)
      const inner = join(dir, `wasmtime-v${version}-x86_64-linux`)
      mkdirSync(inner, { recursive: true })
      writeFakeRuntime(inner, 'wasmtime')
      if (complete) writeFileSync(`${dir}.complete`, '')
      return join(inner, 'wasmtime')
    }
    install('9.0.0', true)
    const newest = install('48.0.0', true)
    install('99.0.0', false)
    const result = await runProbe(plan(['wasmtime']), {
      env: envWith(tempDir(), { RUNNER_TOOL_CACHE: cache })
    })
    expect(byId(result.runtimes, 'wasmtime')).toMatchObject({
      status: 'pass',
      source: 'tool-cache',
      path: newest
    })
  })
})

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return existsSync(`/proc/${pid}`) ? !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ') : true
  } catch {
    return false
  }
}
