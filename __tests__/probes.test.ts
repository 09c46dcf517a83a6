// The capability probes, run for real: through Node's own node:wasi (what it
// must report is derived from this Node, not written down), and through fake
// runtime CLIs, correct and deliberately broken.
import { dirname } from 'node:path'
import { BASIC_PROBES } from '../src/probes/catalog.js'
import { COMPONENT_PROBES } from '../src/probes/components.js'
import { ALL_PROBES, selectProbes } from '../src/probes/index.js'
import { probeBytes } from '../src/probes/catalog.js'
import { PROPOSAL_PROBES } from '../src/probes/proposals.js'
import { WASI_PROBES } from '../src/probes/wasi.js'
import { runCliRuntime } from '../src/run/cli-runtime.js'
import { writeModules } from '../src/run/matrix.js'
import { runNodeRuntime } from '../src/run/node-runtime.js'
import { unsupportedReason } from '../src/run/outcome.js'
import { runtimeById } from '../src/runtimes/index.js'
import { native } from '../src/runtimes/native.js'
import { node } from '../src/runtimes/node.js'
import type { CliRuntimeSpec } from '../src/runtimes/spec.js'
import { FAKE_BINARIES, tempDir, writeFakeRuntime } from './helpers/fake-runtimes.js'

const statusOf = (outcome: { probes: { id: string; status: string }[] }) =>
  Object.fromEntries(outcome.probes.map((p) => [p.id, p.status]))

/** What a correct runtime reports for a WASI probe: pass, or `recorded` for the exit codes only recorded. */
const expectedWasiStatus = (id: string) =>
  WASI_PROBES.find((p) => p.id === id)?.expect.recordOnly ? 'recorded' : 'pass'

function context() {
  const workDir = tempDir()
  return { modulePaths: writeModules(ALL_PROBES, workDir), timeoutMs: 20_000, workDir }
}

const PATH_WITH_NODE = (dir: string) => `${dir}:${dirname(process.execPath)}:/usr/bin:/bin`

describe('every probe through the real node:wasi', () => {
  test('WASI probes pass; a proposal passes exactly when this Node validates its module', async () => {
    const outcome = await runNodeRuntime(
      node,
      { path: process.execPath, source: 'self' },
      ALL_PROBES,
      context()
    )
    const statuses = statusOf(outcome)
    for (const probe of [...BASIC_PROBES, ...WASI_PROBES])
      expect([probe.id, statuses[probe.id]]).toEqual([probe.id, expectedWasiStatus(probe.id)])
    for (const probe of PROPOSAL_PROBES) {
      const expected = WebAssembly.validate(probeBytes(probe)) ? 'pass' : 'fail'
      expect([probe.id, statuses[probe.id]]).toEqual([probe.id, expected])
    }
    // node:wasi runs core modules only.
    for (const probe of COMPONENT_PROBES)
      expect([probe.id, statuses[probe.id]]).toEqual([probe.id, 'unsupported'])
    expect(outcome.status).toBe('pass')
    const exit125 = outcome.probes.find((p) => p.id === 'wasi-exit-125')!
    expect(exit125.exitCode).toBe(125)
  })
})

describe('WASI probes through runtime CLIs', () => {
  test.each(Object.entries(FAKE_BINARIES))(
    '%s: its own flags for args, env and directories reach the guest',
    async (id, binary) => {
      const dir = tempDir()
      writeFakeRuntime(dir, binary)
      const spec = runtimeById(id) as CliRuntimeSpec
      const probes = selectProbes(['wasi'])
      const outcome = await runCliRuntime(spec, { path: `${dir}/${binary}`, source: 'path' }, probes, {
        ...context(),
        env: { ...process.env, PATH: PATH_WITH_NODE(dir) }
      })
      const statuses = statusOf(outcome)
      for (const probe of probes) {
        const expected = unsupportedReason(probe, spec.limits) ? 'unsupported' : expectedWasiStatus(probe.id)
        expect([probe.id, statuses[probe.id]]).toEqual([probe.id, expected])
      }
    }
  )

  test('a runtime that gets details wrong fails exactly the probes it breaks', async () => {
    const dir = tempDir()
    writeFakeRuntime(dir, 'wasmtime', 'broken')
    const spec = runtimeById('wasmtime') as CliRuntimeSpec
    const outcome = await runCliRuntime(
      spec,
      { path: `${dir}/wasmtime`, source: 'path' },
      selectProbes(['wasi']),
      {
        ...context(),
        env: { ...process.env, PATH: PATH_WITH_NODE(dir) }
      }
    )
    const failed = outcome.probes
      .filter((p) => p.status !== 'pass' && p.status !== 'recorded')
      .map((p) => p.id)
    expect(failed.sort()).toEqual(['wasi-args', 'wasi-clock', 'wasi-environ', 'wasi-random', 'wasi-trap'])
    expect(outcome.probes.find((p) => p.id === 'wasi-trap')?.reason).toBe('exit code 0, expected a failure')
    // The basic probes still pass: it runs WASI, only not well.
    expect(outcome.status).toBe('pass')
  })
})

test('native cannot pass environment or directories: those probes are unsupported, the others run', () => {
  const byId = (id: string) => ALL_PROBES.find((p) => p.id === id)!
  expect(unsupportedReason(byId('wasi-environ'), native.limits)).toMatch(/environment/)
  expect(unsupportedReason(byId('wasi-preopen-read'), native.limits)).toMatch(/directories/)
  expect(unsupportedReason(byId('wasi-args'), native.limits)).toBeUndefined()
})

test('the component probes run only where components run: wasmtime; elsewhere the adapter says why', () => {
  expect(COMPONENT_PROBES.map((p) => p.id)).toEqual(
    ALL_PROBES.filter((p) => p.category === 'component').map((p) => p.id)
  )
  for (const component of COMPONENT_PROBES) {
    const reason = (id: string) => {
      const spec = runtimeById(id) as CliRuntimeSpec
      return unsupportedReason(component, spec.limits, spec.tests)
    }
    for (const id of ['wasmer', 'wasmedge', 'wazero', 'wamr', 'wasm3', 'wasmi']) {
      expect([component.id, id, reason(id)]).toEqual([
        component.id,
        id,
        (runtimeById(id) as CliRuntimeSpec).limits?.components
      ])
      expect(reason(id)).toMatch(/component/)
    }
    expect([component.id, reason('wasmtime')]).toEqual([component.id, undefined])
    expect(unsupportedReason(component, native.limits)).toMatch(/component/)
  }
})

test('probe selection: sets, ids, and the basic probes always', () => {
  expect(selectProbes(['basic']).map((p) => p.id)).toEqual(['seed', 'exit-code', 'stdout'])
  expect(selectProbes(['feature-simd']).map((p) => p.id)).toEqual([
    'seed',
    'exit-code',
    'stdout',
    'feature-simd'
  ])
  expect(selectProbes(['all'])).toHaveLength(ALL_PROBES.length)
  expect(selectProbes(['wasi', 'wasi-args'])).toHaveLength(BASIC_PROBES.length + WASI_PROBES.length)
})
