// The WASI 0.3 component probes, run for real through the engine on jco: on a
// Node with JSPI (WebAssembly.Suspending) every probe passes and a variant of
// each given the wrong input or expecting the wrong output fails (the engine
// run by a Node 24 where this Node has no JSPI: jco runs components on the
// Node running wasi-probe); on a Node without JSPI every one is unsupported
// with the reason, never a failure.
import { execFileSync } from 'node:child_process'
import { dirname, resolve } from 'node:path'
import { runProbe } from '../src/engine.js'
import { moduleBytes, STDOUT_LINE, type Probe } from '../src/probes/catalog.js'
import { COMPONENT_03_PROBES } from '../src/probes/components-0.3.js'
import {
  PREOPEN_FILE_CONTENT,
  PREOPEN_GUEST,
  PREOPEN_INPUT_FILE,
  PREOPEN_OUTPUT_FILE,
  PREOPEN_WRITTEN_CONTENT,
  STDERR_LINE,
  STDIN_LINE,
  WASI_ARGS,
  WASI_ENV_NAME,
  WASI_ENV_VALUE
} from '../src/probes/wasi.js'
import type { Plan } from '../src/inputs/plan.js'
import type { ProbeOutcome, ProbeResult } from '../src/result/index.js'
import { runtimeById } from '../src/runtimes/index.js'
import { enginePlan } from './helpers/engine.js'
import { jspiNode, THIS_NODE_HAS_JSPI } from './helpers/jspi.js'
import { sayWhySkipped } from './helpers/skip.js'

const JCO_BIN = resolve('node_modules/.bin')
const PROBE_IDS = COMPONENT_03_PROBES.map((probe) => probe.id)

/** PATH with jco from the project's devDependencies. */
const envWithJco = (): NodeJS.ProcessEnv => ({
  ...process.env,
  PATH: `${JCO_BIN}:${dirname(process.execPath)}:/usr/bin:/bin`,
  RUNNER_TOOL_CACHE: ''
})

/**
 * The engine on `node` (jco runs components on the Node running wasi-probe):
 * the plan, then `variants` on the plan's runtimes.
 */
function engineOn(node: string, plan: Plan, variants: readonly Probe[]) {
  const output = execFileSync(node, ['--import', 'tsx', '__tests__/fixtures/engine-on-node.ts'], {
    input: JSON.stringify({ plan, variants }),
    encoding: 'utf8',
    env: envWithJco(),
    maxBuffer: 64 * 1024 * 1024,
    timeout: 170_000
  })
  return JSON.parse(output) as { result: ProbeResult; variants: { id: string; probes: ProbeOutcome[] }[] }
}

const statusOf = (runtime: { probes: ProbeOutcome[] } | undefined) =>
  Object.fromEntries((runtime?.probes ?? []).map((p) => [p.id, p.status]))

const byId = (id: string) => COMPONENT_03_PROBES.find((probe) => probe.id === id)!

const OTHER_FILE_CONTENT = 'other content\n'

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
  { ...byId('component-0.3-stdin'), stdin: 'wasi-probe stdin lime\n' },
  { ...byId('component-0.3-clocks'), expect: { exitCode: 1 } },
  { ...byId('component-0.3-random'), expect: { exitCode: 1 } },
  // What the component read is what it echoes: other content in the file, other stdout.
  {
    ...byId('component-0.3-preopen-read'),
    dir: { guest: PREOPEN_GUEST, files: { [PREOPEN_INPUT_FILE]: OTHER_FILE_CONTENT } }
  },
  // output.txt a directory: open-at cannot open it for writing, and the component says err.
  {
    ...byId('component-0.3-preopen-write'),
    dir: { guest: PREOPEN_GUEST, files: { [`${PREOPEN_OUTPUT_FILE}/inside.txt`]: '' } }
  },
  { ...byId('component-0.3-missing-file'), dir: { guest: PREOPEN_GUEST, files: { 'missing.txt': 'here\n' } } }
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
    expect(byId('component-0.3-stdin').stdin).toBe(STDIN_LINE)
    expect(carries('component-0.3-stdin', STDIN_LINE)).toBe(true)
    for (const id of [
      'component-0.3-preopen-read',
      'component-0.3-preopen-write',
      'component-0.3-missing-file'
    ]) {
      expect(byId(id).dir?.guest).toBe(PREOPEN_GUEST)
      expect(carries(id, PREOPEN_GUEST)).toBe(true)
      expect(carries(id, 'wasi:filesystem/types@0.3.0')).toBe(true)
    }
    expect(carries('component-0.3-preopen-read', PREOPEN_INPUT_FILE)).toBe(true)
    // Its stdout can come only from the file: the module does not hold the file's content.
    expect(carries('component-0.3-preopen-read', PREOPEN_FILE_CONTENT)).toBe(false)
    expect(carries('component-0.3-preopen-write', PREOPEN_OUTPUT_FILE)).toBe(true)
    expect(carries('component-0.3-preopen-write', PREOPEN_WRITTEN_CONTENT)).toBe(true)
    expect(carries('component-0.3-missing-file', 'missing.txt')).toBe(true)
    expect(byId('component-0.3-missing-file').dir?.files).toEqual({})
  })
})

describe('the component-0.3 probes through jco', () => {
  const adapter = runtimeById('jco')
  const found = adapter ? jspiNode() : { reason: 'this build has no jco runtime adapter' }
  const run = 'node' in found ? test : test.skip
  if ('reason' in found) sayWhySkipped('the component-0.3 probes on a JSPI Node', found.reason)

  run(
    'on a Node with JSPI every probe passes, and a broken variant of each fails',
    () => {
      const { result, variants } = engineOn(
        (found as { node: string }).node,
        enginePlan(['jco'], { probes: ['component-0.3'] }),
        BROKEN
      )
      const statuses = statusOf(result.runtimes.find((r) => r.id === 'jco'))
      for (const id of PROBE_IDS) expect([id, statuses[id]]).toEqual([id, 'pass'])
      // A run that returns err is exit 1 and nothing said, as wasmtime gives it: no error of jco's on stderr.
      const runErr = result.runtimes
        .find((r) => r.id === 'jco')
        ?.probes.find((p) => p.id === 'component-0.3-run-err')
      expect(runErr?.stderr).toBe('')
      const broken = statusOf(variants.find((r) => r.id === 'jco'))
      for (const id of PROBE_IDS) expect([id, broken[id]]).toEqual([id, 'fail'])
      const echoed = variants
        .find((r) => r.id === 'jco')
        ?.probes.find((p) => p.id === 'component-0.3-preopen-read')
      expect(echoed?.stdout).toBe(OTHER_FILE_CONTENT)
    },
    180_000
  )

  const withoutJspi = adapter && !THIS_NODE_HAS_JSPI ? test : test.skip
  if (adapter && THIS_NODE_HAS_JSPI)
    sayWhySkipped(
      'the component-0.3 probes on a Node without JSPI',
      `this Node (${process.version}) has JSPI`
    )

  withoutJspi(
    'on a Node without JSPI every probe is unsupported, with the reason, never a failure',
    async () => {
      const result = await runProbe(enginePlan(['jco'], { probes: ['component-0.3'] }), { env: envWithJco() })
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
