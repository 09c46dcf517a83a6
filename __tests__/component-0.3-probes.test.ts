// The WASI 0.3 component probes, run for real through the engine on jco: on a
// Node with JSPI (WebAssembly.Suspending) every probe passes and a variant of
// each given the wrong input or expecting the wrong output fails; on a Node
// without JSPI every one is unsupported with the reason, never a failure.
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { runProbe } from '../src/engine.js'
import { moduleBytes, STDOUT_LINE, type Probe } from '../src/probes/catalog.js'
import { COMPONENT_03_PROBES } from '../src/probes/components-0.3.js'
import { STDERR_LINE, WASI_ARGS, WASI_ENV_NAME, WASI_ENV_VALUE } from '../src/probes/wasi.js'
import type { RuntimeOutcome } from '../src/result/index.js'
import { runMatrix } from '../src/run/matrix.js'
import { runtimeById } from '../src/runtimes/index.js'
import { enginePlan } from './helpers/engine.js'
import { sayWhySkipped } from './helpers/skip.js'

const JCO_BIN = resolve('node_modules/.bin')
const PROBE_IDS = COMPONENT_03_PROBES.map((probe) => probe.id)

const hasJspi = (node: string) =>
  execFileSync(node, ['-p', "typeof WebAssembly.Suspending === 'function'"], { encoding: 'utf8' }).trim() ===
  'true'

/** A Node with JSPI: this one, or the one WASI_PROBE_JSPI_NODE names. */
function jspiNode(): string | undefined {
  if (hasJspi(process.execPath)) return process.execPath
  const named = process.env.WASI_PROBE_JSPI_NODE
  return named && hasJspi(named) ? named : undefined
}

/** PATH with `node` the given Node, and jco from the project's devDependencies. */
const envWithNode = (node: string): NodeJS.ProcessEnv => ({
  ...process.env,
  PATH: `${dirname(node)}:${JCO_BIN}:/usr/bin:/bin`,
  RUNNER_TOOL_CACHE: ''
})

const statusOf = (runtime: RuntimeOutcome | undefined) =>
  Object.fromEntries((runtime?.probes ?? []).map((p) => [p.id, p.status]))

const byId = (id: string) => COMPONENT_03_PROBES.find((probe) => probe.id === id)!

/** Each probe given what it must reject, or expecting what it must not do: every one of these fails. */
const BROKEN: readonly Probe[] = [
  { ...byId('component-0.3-run'), expect: { exitCode: 1 } },
  // err exits 1: a run expected to exit 0 fails.
  { ...byId('component-0.3-run-err'), expect: { exitCode: 0 } },
  { ...byId('component-0.3-exit-ok'), expect: { exitCode: 1 } },
  { ...byId('component-0.3-exit-err'), expect: { exitCode: 0 } },
  { ...byId('component-0.3-args'), args: ['alpha', 'beta', 'gamma'] },
  { ...byId('component-0.3-env'), env: { [WASI_ENV_NAME]: 'value with spaces' } },
  { ...byId('component-0.3-stdout'), expect: { exitCode: 0, stdout: 'wasi-probe OK\n' } },
  {
    ...byId('component-0.3-stderr'),
    expect: { exitCode: 0, stdout: '', stderrIncludes: 'wasi-probe stderr OK' }
  },
  { ...byId('component-0.3-clocks'), expect: { exitCode: 1 } },
  { ...byId('component-0.3-random'), expect: { exitCode: 1 } }
]

describe('the component-0.3 probes', () => {
  test('each is a WASI 0.3 component probe of its own module', () => {
    for (const probe of COMPONENT_03_PROBES) {
      expect(probe).toMatchObject({
        category: 'component-0.3',
        wasiVersion: 'wasm32-wasip3',
        module: probe.id
      })
      expect(probe.id).toMatch(/^component-0\.3-/)
      // The component-model header, and the run export every probe has.
      const bytes = Buffer.from(moduleBytes(probe.module))
      expect(bytes.subarray(0, 8).toString('hex')).toBe('0061736d0d000100')
      expect(bytes.includes(Buffer.from('wasi:cli/run@0.3.0'))).toBe(true)
    }
    expect(BROKEN.map((probe) => probe.id).sort()).toEqual([...PROBE_IDS].sort())
  })

  test('the modules check the very values the catalog gives and expects', () => {
    const carries = (id: string, text: string) => Buffer.from(moduleBytes(byId(id).module)).includes(text)
    expect(byId('component-0.3-args').args).toEqual(WASI_ARGS)
    for (const arg of WASI_ARGS) expect(carries('component-0.3-args', arg)).toBe(true)
    expect(byId('component-0.3-env').env).toEqual({ [WASI_ENV_NAME]: WASI_ENV_VALUE })
    expect(carries('component-0.3-env', WASI_ENV_NAME)).toBe(true)
    expect(carries('component-0.3-env', WASI_ENV_VALUE)).toBe(true)
    expect(carries('component-0.3-stdout', STDOUT_LINE)).toBe(true)
    expect(carries('component-0.3-stderr', STDERR_LINE)).toBe(true)
  })
})

describe('the component-0.3 probes through jco', () => {
  const adapter = runtimeById('jco')
  const node = jspiNode()
  const run = adapter && node ? test : test.skip
  if (!adapter) sayWhySkipped('the component-0.3 probes through jco', 'this build has no jco runtime adapter')
  else if (!node)
    sayWhySkipped(
      'the component-0.3 probes on a JSPI Node',
      `this Node (${process.version}) has no JSPI and WASI_PROBE_JSPI_NODE names none`
    )

  run(
    'on a Node with JSPI every probe passes, and a broken variant of each fails',
    async () => {
      const env = envWithNode(node!)
      const result = await runProbe(enginePlan(['jco'], { probes: ['component-0.3'] }), { env })
      const jco = result.runtimes.find((r) => r.id === 'jco')
      const statuses = statusOf(jco)
      for (const id of PROBE_IDS) expect([id, statuses[id]]).toEqual([id, 'pass'])

      // The same runtime, found as the engine found it, given the broken variants.
      const matrix = await runMatrix({
        runtimes: ['jco'],
        located: new Map([['jco', { path: jco!.path!, source: jco!.source! }]]),
        probes: BROKEN,
        timeoutMs: 20_000,
        workDir: mkdtempSync(join(tmpdir(), 'component-0.3-')),
        env
      })
      const broken = statusOf(matrix.runtimes[0])
      for (const id of PROBE_IDS) expect([id, broken[id]]).toEqual([id, 'fail'])
    },
    180_000
  )

  const withoutJspi = adapter && !hasJspi(process.execPath) ? test : test.skip
  if (adapter && hasJspi(process.execPath))
    sayWhySkipped(
      'the component-0.3 probes on a Node without JSPI',
      `this Node (${process.version}) has JSPI`
    )

  withoutJspi(
    'on a Node without JSPI every probe is unsupported, with the reason, never a failure',
    async () => {
      const result = await runProbe(enginePlan(['jco'], { probes: ['component-0.3'] }), {
        env: envWithNode(process.execPath)
      })
      const jco = result.runtimes.find((r) => r.id === 'jco')
      for (const id of PROBE_IDS) {
        const outcome = jco?.probes.find((p) => p.id === id)
        expect([id, outcome?.status]).toEqual([id, 'unsupported'])
        expect([id, outcome?.reason]).toEqual([id, expect.stringMatching(/JSPI/)])
      }
    },
    60_000
  )
})
