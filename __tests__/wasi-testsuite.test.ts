// The official WASI test suite, as a user points `modules` at it: every test's
// verdict through node must be the official runner's for the same node. The
// runner's verdicts are fixture data (npm run truth:wts regenerates them).
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { runProbe } from '../src/engine.js'
import { runtimeById } from '../src/runtimes/index.js'
import type { CliRuntimeSpec } from '../src/runtimes/spec.js'
import type { Plan } from '../src/inputs/plan.js'
import { enginePlan, envWithFakes } from './helpers/engine.js'
import { fakeRuntimeScript, tempDir } from './helpers/fake-runtimes.js'
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
    expect(new Set(p3.map((p) => p.reason))).toEqual(
      new Set(['node:wasi runs WASI preview1 core modules only, not components'])
    )
    expect(treeSnapshot(join(SUITE, 'tests'))).toEqual(before)
  })
})

/** Deno and Bun: the npm packages' binaries, held to the official runner's verdicts for the same versions. */
describe.each(['deno', 'bun'])('the official wasi-testsuite through %s', (id) => {
  const truth = JSON.parse(readFileSync(`__tests__/fixtures/wasi-testsuite/${id}-truth.json`, 'utf8')) as {
    version: string
    suites: Record<string, Record<string, string>>
  }
  const binary = resolve('node_modules/.bin', id)
  const installed = existsSync(binary)
    ? /(\d+\.\d+\.\d+)/.exec(execFileSync(binary, ['--version'], { encoding: 'utf8' }))?.[1]
    : undefined
  const why = !existsSync(join(SUITE, 'tests'))
    ? `the shared wasi-testsuite is not at ${SUITE}`
    : installed === undefined
      ? `${binary} is not there (npm ci installs it)`
      : installed !== truth.version
        ? `the official runner's verdicts were recorded with ${id} ${truth.version}, this is ${id} ${installed}: npm run truth:wts -- ${id} records them for this one`
        : undefined
  if (why) sayWhySkipped(`the official wasi-testsuite comparison through ${id}`, `${why}.`)
  const testHere = why ? test.skip : test

  testHere(
    "every test it can express gets the official runner's verdict; the suite's files stay as they were",
    async () => {
      const before = treeSnapshot(join(SUITE, 'tests'))
      const plan: Plan = {
        runtimes: [id],
        probes: ['basic'],
        modules: [join(SUITE, 'tests')],
        timeoutSeconds: 10,
        failOn: { kind: 'none' },
        summary: true,
        resultPath: ''
      }
      const env = { ...process.env, PATH: `${dirname(binary)}:${dirname(process.execPath)}:/usr/bin:/bin` }
      const result = await runProbe(plan, { env })
      expect(schemaErrors(result)).toEqual([])
      const runtime = result.runtimes.find((r) => r.id === id)!
      expect(runtime.version).toBe(truth.version)
      const spec = runtimeById(id) as CliRuntimeSpec
      const cannot = new Set([spec.limits?.env, spec.limits?.dirs].filter(Boolean))
      const ours: Record<string, Record<string, string>> = {}
      const expected: Record<string, Record<string, string>> = {}
      for (const probe of runtime.probes.filter((p) => p.category === 'custom')) {
        if (probe.status === 'unsupported' && cannot.has(probe.reason)) continue
        ours[probe.suite!] ??= {}
        ours[probe.suite!][probe.test!] = asRunner(probe.status)
        expected[probe.suite!] ??= {}
        expected[probe.suite!][probe.test!] = truth.suites[probe.suite!]?.[probe.test!] ?? 'absent'
      }
      expect(ours).toEqual(expected)
      // Deno expresses every preview1 test; Bun all those without an environment or a directory.
      const compared = Object.values(ours).flatMap((tests) => Object.keys(tests)).length
      expect(compared).toBe(id === 'deno' ? 72 + 55 : countWithoutEnvOrRoot() + 55)
      expect(treeSnapshot(join(SUITE, 'tests'))).toEqual(before)
    },
    300_000
  )
})

/** The preview1 tests whose spec gives no environment and no directory (what Bun can run as asked). */
function countWithoutEnvOrRoot(): number {
  let count = 0
  for (const folder of ['assemblyscript', 'c', 'rust']) {
    const dir = join(SUITE, 'tests', folder, 'testsuite', 'wasm32-wasip1')
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.wasm'))) {
      const specFile = join(dir, name.replace(/\.wasm$/, '.json'))
      const spec = existsSync(specFile) ? JSON.stringify(JSON.parse(readFileSync(specFile, 'utf8'))) : '{}'
      if (!/"(env|root|dirs)"/.test(spec)) count += 1
    }
  }
  return count
}

/**
 * The WASI 0.3 suite where 0.3 components cannot run: every test is
 * `unsupported` with the adapter's reason, none `fail`; a wasmtime that runs
 * them (a fake 46, given the suite adapter's p3 flags) gets every test run.
 */
describe('the WASI 0.3 suite, only where 0.3 components run', () => {
  const P3 = join(SUITE, 'tests/rust/testsuite/wasm32-wasip3')
  const why = existsSync(P3) ? undefined : `the shared wasi-testsuite's wasm32-wasip3 tests are not at ${P3}`
  if (why) sayWhySkipped('the WASI 0.3 suite on runtimes without 0.3', `${why}.`)
  const testHere = why ? test.skip : test
  const testCount = () => readdirSync(P3).filter((file) => file.endsWith('.wasm')).length

  /** A PATH whose wasmtime is a fake that says it is `version` and logs its argv, and whose wasm3 is a fake. */
  function fakesAt(version: string, argvFile: string): NodeJS.ProcessEnv {
    const env = envWithFakes('wasm3')
    const bin = tempDir()
    writeFileSync(join(bin, 'wasmtime'), fakeRuntimeScript('wasmtime', 'real', version))
    chmodSync(join(bin, 'wasmtime'), 0o755)
    return { ...env, PATH: `${bin}:${env.PATH}`, FAKE_RUNTIME_ARGV_FILE: argvFile }
  }
  const customOf = (result: Awaited<ReturnType<typeof runProbe>>, id: string) =>
    result.runtimes.find((r) => r.id === id)!.probes.filter((p) => p.category === 'custom')

  testHere('node, wasm3 and wasmtime 45: every test unsupported with the reason, none run', async () => {
    const argvFile = join(tempDir(), 'argv')
    const plan = enginePlan(['node', 'wasm3', 'wasmtime'], { modules: [P3], timeoutSeconds: 10 })
    const result = await runProbe(plan, { env: fakesAt('45.0.0', argvFile) })
    expect(schemaErrors(result)).toEqual([])
    const reasons = (id: string) => new Set(customOf(result, id).map((p) => `${p.status}: ${p.reason}`))
    expect(customOf(result, 'wasmtime')).toHaveLength(testCount())
    expect(reasons('node')).toEqual(
      new Set(['unsupported: node:wasi runs WASI preview1 core modules only, not components'])
    )
    expect(reasons('wasm3')).toEqual(
      new Set([`unsupported: ${(runtimeById('wasm3') as CliRuntimeSpec).limits!.components}`])
    )
    expect(reasons('wasmtime')).toEqual(
      new Set(['unsupported: wasmtime 45.0.0 runs WASI 0.3 components only from 46'])
    )
    // Nothing ran a component: the fake wasmtime was asked only its version and help.
    const runs = readFileSync(argvFile, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as string[])
    expect(
      runs.filter((argv) => argv.some((word) => word.endsWith('.wasm') && word.includes('wasip3')))
    ).toEqual([])
  })

  testHere('wasmtime 46 gets every test run, with the suite adapter’s WASI 0.3 flags', async () => {
    const argvFile = join(tempDir(), 'argv')
    const plan = enginePlan(['wasmtime'], { modules: [P3], timeoutSeconds: 10 })
    const result = await runProbe(plan, { env: fakesAt('46.0.0', argvFile) })
    const tests = customOf(result, 'wasmtime')
    expect(tests).toHaveLength(testCount())
    expect(tests.filter((p) => p.status === 'unsupported')).toEqual([])
    const runs = readFileSync(argvFile, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as string[])
    const componentRuns = runs.filter((argv) => argv.includes('-Wcomponent-model-async'))
    expect(componentRuns.length).toBeGreaterThanOrEqual(testCount())
    for (const argv of componentRuns) expect(argv.some((word) => word.startsWith('-Sp3'))).toBe(true)
  })
})
