// The probes given stdin (Probe.stdin): wasi-stdin (preview1) and
// component-stdin (WASI 0.2) read the line they are given, then the end of
// input. Through real node, deno, bun and jco, and the fake of every CLI
// runtime (which runs modules through node:wasi on its own stdin): each passes
// with the line, and fails given another line or nothing; in a batch, the
// probe given stdin changes no other probe's result.
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { BASIC_PROBES, type Probe, STDOUT_LINE } from '../src/probes/catalog.js'
import { COMPONENT_PROBES } from '../src/probes/components.js'
import { loadTests } from '../src/probes/suites/load.js'
import { PREOPEN_FILE_CONTENT, STDIN_LINE, WASI_PROBES } from '../src/probes/wasi.js'
import type { ProbeOutcome } from '../src/result/index.js'
import { runCliRuntime } from '../src/run/cli-runtime.js'
import { writeModules } from '../src/run/matrix.js'
import { unsupportedReason } from '../src/run/outcome.js'
import { unsupportedTestReason } from '../src/run/suite-tests.js'
import { runtimeById } from '../src/runtimes/index.js'
import { looksLikeTrap, type CliRuntimeSpec } from '../src/runtimes/spec.js'
import { envWithFakes, everyFakeBinary, runProbesOn } from './helpers/engine.js'
import { FAKE_BINARIES, tempDir, writeFakeRuntime } from './helpers/fake-runtimes.js'
import { sayWhySkipped } from './helpers/skip.js'
import { echoingStdin, writeSuite } from './helpers/test-modules.js'

const BIN = resolve('node_modules/.bin')

const wasiStdin = WASI_PROBES.find((p) => p.id === 'wasi-stdin')!
const componentStdin = COMPONENT_PROBES.find((p) => p.id === 'component-stdin')!

/** The probe given another line, and given nothing at all, under ids of their own. */
function brokenVariants(probe: Probe): Probe[] {
  return [
    { ...probe, id: `${probe.id} given another line`, stdin: 'other line\n' },
    { ...probe, id: `${probe.id} given nothing`, stdin: undefined }
  ]
}

/** wasi-stdin passed, echoing the line; its variants failed with exit code 2, echoing what they read. */
function expectPreview1Verdicts(runtime: string, outcomes: Map<string, ProbeOutcome>): void {
  const seen = (id: string) => {
    const outcome = outcomes.get(id)
    return [runtime, id, outcome?.status, outcome?.exitCode, outcome?.stdout]
  }
  expect(seen('wasi-stdin')).toEqual([runtime, 'wasi-stdin', 'pass', 0, STDIN_LINE])
  const [other, nothing] = brokenVariants(wasiStdin).map((p) => p.id)
  expect(seen(other)).toEqual([runtime, other, 'fail', 2, 'other line\n'])
  expect(seen(nothing)).toEqual([runtime, nothing, 'fail', 2, ''])
}

/** PATH with node_modules/.bin (deno, bun, jco) and the running node. */
function realEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${BIN}:${dirname(process.execPath)}:/usr/bin:/bin`,
    RUNNER_TOOL_CACHE: tempDir()
  }
}

const missing = ['deno', 'bun', 'jco'].filter((binary) => !existsSync(join(BIN, binary)))
if (missing.length > 0)
  sayWhySkipped(
    'stdin through real deno, bun and jco',
    `${missing.join(', ')} not in ${BIN} (npm ci installs them).`
  )
const describeReal = missing.length > 0 ? describe.skip : describe

/** Every preview1 probe but the stdin one, and what a correct runtime gives each. */
const OTHERS = [...BASIC_PROBES, ...WASI_PROBES].filter((p) => p.id !== 'wasi-stdin')
const expectedStatus = (probe: Probe) => (probe.expect.recordOnly ? 'recorded' : 'pass')

describe('wasi-stdin through the real node:wasi, in its batches', () => {
  test('the line passes, another line or nothing fails; every other probe of the batch keeps its own result', async () => {
    const probes = [...OTHERS, wasiStdin, ...brokenVariants(wasiStdin)]
    const outcomes = (await runProbesOn(['node'], probes, realEnv())).get('node')!
    expectPreview1Verdicts('node', outcomes)
    for (const probe of OTHERS)
      expect([probe.id, outcomes.get(probe.id)?.status]).toEqual([probe.id, expectedStatus(probe)])
    // What one job was given reaches no other: the probes that print print only their own.
    expect(outcomes.get('stdout')!.stdout).toBe(STDOUT_LINE)
    expect(outcomes.get('wasi-preopen-read')!.stdout).toBe(PREOPEN_FILE_CONTENT)
  }, 120_000)
})

describeReal('the stdin probes through real deno, bun and jco', () => {
  let outcomes: Map<string, Map<string, ProbeOutcome>>
  beforeAll(async () => {
    const probes = [
      ...OTHERS,
      wasiStdin,
      ...brokenVariants(wasiStdin),
      ...COMPONENT_PROBES,
      ...brokenVariants(componentStdin)
    ]
    outcomes = await runProbesOn(['deno', 'bun', 'jco'], probes, realEnv())
  }, 300_000)

  test('deno and bun: the line passes, another line or nothing fails, with what the module read', () => {
    expectPreview1Verdicts('deno', outcomes.get('deno')!)
    expectPreview1Verdicts('bun', outcomes.get('bun')!)
  })

  test('jco: component-stdin passes among the other components of its batches, which keep their results; another line or nothing fails, saying why', () => {
    const jco = outcomes.get('jco')!
    for (const probe of COMPONENT_PROBES)
      expect([probe.id, jco.get(probe.id)?.status, jco.get(probe.id)?.reason]).toEqual([
        probe.id,
        'pass',
        undefined
      ])
    expect(jco.get('component-stdout')!.stdout).toBe(STDOUT_LINE)
    const [other, nothing] = brokenVariants(componentStdin).map((p) => jco.get(p.id)!)
    expect([other.status, other.exitCode]).toEqual(['fail', 1])
    expect(other.stderr).toMatch(/component-stdin: stdin gave other bytes than "wasi-probe stdin line\\n"/)
    expect([nothing.status, nothing.exitCode]).toEqual(['fail', 1])
    expect(nothing.stderr).toMatch(/component-stdin: stdin closed before all of "wasi-probe stdin line\\n"/)
    // jco runs no core module: wasi-stdin is unsupported there, with the reason, never failed.
    expect([jco.get('wasi-stdin')?.status, jco.get('wasi-stdin')?.reason]).toEqual([
      'unsupported',
      'jco runs components only, not core modules'
    ])
  })
})

describe('wasi-stdin through the fake of every CLI runtime (a pipe written, then closed)', () => {
  test('each passes it the line; another line or nothing fails', async () => {
    const runtimes = Object.keys(FAKE_BINARIES)
    const probes = [wasiStdin, ...brokenVariants(wasiStdin)]
    const outcomes = await runProbesOn(runtimes, probes, envWithFakes(...everyFakeBinary()))
    for (const runtime of runtimes) expectPreview1Verdicts(runtime, outcomes.get(runtime)!)
  }, 300_000)
})

describe('a runtime that cannot be given stdin', () => {
  test('its stdin probes and the tests that write to stdin are unsupported with its reason, never failed; the rest run', async () => {
    const reason = 'this runtime gives a module no stdin of its own'
    const wasmtime = runtimeById('wasmtime') as CliRuntimeSpec
    const spec: CliRuntimeSpec = { ...wasmtime, limits: { ...wasmtime.limits, stdin: reason } }
    expect(unsupportedReason(componentStdin, spec.limits, spec.tests)).toBe(reason)

    const dir = tempDir()
    writeFakeRuntime(dir, 'wasmtime')
    const workDir = tempDir()
    const probes = [...BASIC_PROBES, wasiStdin]
    const outcome = await runCliRuntime(spec, { path: join(dir, 'wasmtime'), source: 'path' }, probes, {
      modulePaths: writeModules(probes, workDir),
      timeoutMs: 20_000,
      workDir,
      env: { ...process.env, PATH: `${dir}:${dirname(process.execPath)}:/usr/bin:/bin` }
    })
    expect(outcome.probes.map((p) => [p.id, p.status, p.reason])).toEqual([
      ['seed', 'pass', undefined],
      ['exit-code', 'pass', undefined],
      ['stdout', 'pass', undefined],
      ['wasi-stdin', 'unsupported', reason]
    ])
    expect(outcome.status).toBe('pass')

    const suite = await writeSuite(join(tempDir(), 'suite'), {
      writes: {
        module: await echoingStdin(),
        spec: {
          operations: [
            { type: 'run' },
            { type: 'write', id: 'stdin', payload: 'ping\n' },
            { type: 'read', id: 'stdout', payload: 'ping\n' },
            { type: 'wait', exit_code: 0 }
          ]
        }
      },
      reads: {
        module: await echoingStdin(),
        spec: { operations: [{ type: 'run' }, { type: 'wait', exit_code: 0 }] }
      }
    })
    const { tests } = await loadTests([suite])
    const runtime = { id: spec.id, limits: spec.limits, support: spec.tests, isTrap: looksLikeTrap }
    const why = Object.fromEntries(tests.map((test) => [test.name, unsupportedTestReason(test, runtime)]))
    expect(why).toEqual({ writes: reason, reads: undefined })
  }, 60_000)
})
