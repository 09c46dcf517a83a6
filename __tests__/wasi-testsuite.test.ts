// The official WASI test suite, as a user points `modules` at it: every test's
// verdict through node must be the official runner's for the same node. The
// runner's verdicts are fixture data (npm run truth:wts regenerates them).
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { runProbe } from '../src/engine.js'
import type { Plan } from '../src/inputs/plan.js'
import { schemaErrors } from './helpers/schema.js'
import { treeSnapshot } from './helpers/tree.js'
import { sayWhySkipped } from './helpers/skip.js'

const SUITE = resolve(process.env.WASI_TESTSUITE ?? '../shared/wasi-testsuite')
const TRUTH = JSON.parse(readFileSync('__tests__/fixtures/wasi-testsuite/node-truth.json', 'utf8')) as {
  node: string
  suites: Record<string, Record<string, string>>
}

const skip = !existsSync(join(SUITE, 'tests'))
  ? `the shared wasi-testsuite is not at ${SUITE}`
  : TRUTH.node !== process.versions.node
    ? `the official runner's verdicts were recorded with node ${TRUTH.node}, this is node ${process.versions.node}: npm run truth:wts records them for this one`
    : undefined
if (skip) sayWhySkipped('the official wasi-testsuite comparison', `${skip}.`)
const describeWithSuite = skip ? describe.skip : describe

/** Our outcome in the runner's words: a test that cannot run on a runtime, the runner skips. */
const asRunner = (status: string) => (status === 'unsupported' ? 'skip' : status)

describeWithSuite('the official wasi-testsuite through node', () => {
  test("every test's verdict is the official runner's, and the suite's files stay as they were", async () => {
    const before = treeSnapshot(join(SUITE, 'tests'))
    const plan: Plan = {
      runtimes: ['node'],
      probes: ['basic'],
      // As a user would: the folder of suites, found by their manifests.
      modules: [join(SUITE, 'tests')],
      timeoutSeconds: 10,
      failOn: { kind: 'none' },
      summary: true,
      resultPath: ''
    }
    const result = await runProbe(plan)
    expect(schemaErrors(result)).toEqual([])

    const node = result.runtimes.find((r) => r.id === 'node')!
    const ours: Record<string, Record<string, string>> = {}
    for (const probe of node.probes.filter((p) => p.category === 'custom')) {
      ours[probe.suite!] ??= {}
      ours[probe.suite!][probe.test!] = asRunner(probe.status)
    }
    expect(ours).toEqual(TRUTH.suites)
    // Three folders share the name wasm32-wasip1; each suite keeps its own name and version.
    expect(result.suites?.map((s) => [s.name, s.wasiVersion, s.tests])).toEqual([
      ['WASI AssemblyScript tests [wasm32-wasip1]', 'wasm32-wasip1', 12],
      ['WASI C tests [wasm32-wasip1]', 'wasm32-wasip1', 14],
      ['WASI Rust tests [wasm32-wasip1]', 'wasm32-wasip1', 46],
      ['WASI Rust tests [wasm32-wasip3]', 'wasm32-wasip3', 55]
    ])
    const p3 = node.probes.filter((p) => p.suite === 'WASI Rust tests [wasm32-wasip3]')
    expect(new Set(p3.map((p) => p.reason))).toEqual(new Set(['needs WASI 0.3 components']))
    expect(treeSnapshot(join(SUITE, 'tests'))).toEqual(before)
  })
})
