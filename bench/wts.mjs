// Benchmark (not a test): the official WASI test suite through every runtime
// found here, by wasi-probe and by the suite's own Python runner, in one run.
//
//   A. `wasi-probe --runtimes <found> --modules <suite>/tests --json`: every
//      suite of the checkout, every runtime at once, tests in parallel
//   B. the official runner (`run-tests -r <adapter>`), once per runtime, one
//      after the other, as the suite runs them: the suite's own adapters for
//      wasmtime, wazero, WAMR and WasmEdge, scripts/wasi-testsuite/{node,deno,bun}.py
//      for node, Deno and Bun. Runtimes without an adapter (wasmer, wasm3, wasmi)
//      are not compared.
//   C. for each runtime, wasi-probe with that runtime alone, beside its B.
//
// Deno and Bun are the npm packages' (node_modules/.bin, put first on PATH for
// both), so node, deno and bun are always compared.
// Both read the same copy of the suite (the runner writes *.cleanup files next
// to the tests; wasi-probe never writes there). Each figure is the median of
// BENCH_RUNS runs (default 3) after one warm-up, the cases taking turns. The
// verdicts of every measured run are compared test by test: a runner `skip` is
// wasi-probe's `unsupported`; a test that wasi-probe calls unsupported because
// the runtime cannot be given its environment or directory (Bun) is left out,
// as bun.py runs it without them. Target: A at most 0.5× B, with identical
// verdicts; C against each runtime's B is printed as its ratio.
//
// Needs the suite (WASI_TESTSUITE, default ../shared/wasi-testsuite) and Python
// 3.12 or newer with colorama and requests (PYTHON, default python3), e.g.
//   PYENV_VERSION=3.12.1 PYTHONPATH=/usr/lib/python3/dist-packages npm run bench:wts
// Prints figures and ratios; exits 1 when a verdict differs (self-test.yml runs
// it on hosted runners, with real runtimes, for that), 0 otherwise.
import { spawnSync } from 'node:child_process'
import {
  accessSync,
  constants,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os'
import { delimiter, join, resolve } from 'node:path'
import {
  BenchError,
  CLI,
  ROOT,
  fmtMs,
  loadTs,
  msCells,
  plural,
  runsFromEnv,
  table,
  timeCases,
  verdict,
  requireBundles,
  runBench
} from './common.mjs'

const TARGET_RATIO = 0.5
const SUITE = resolve(ROOT, process.env.WASI_TESTSUITE ?? '../shared/wasi-testsuite')
const PYTHON = process.env.PYTHON ?? 'python3'
const NPM_BIN = join(ROOT, 'node_modules/.bin')

/** The runtimes the official runner has an adapter for: our id, its binary, the adapter. */
const ADAPTERS = [
  { id: 'node', binary: 'node', adapter: join(ROOT, 'scripts/wasi-testsuite/node.py') },
  { id: 'deno', binary: 'deno', adapter: join(ROOT, 'scripts/wasi-testsuite/deno.py') },
  { id: 'bun', binary: 'bun', adapter: join(ROOT, 'scripts/wasi-testsuite/bun.py') },
  { id: 'wasmtime', binary: 'wasmtime', adapter: 'adapters/wasmtime.py' },
  { id: 'wazero', binary: 'wazero', adapter: 'adapters/wazero.py' },
  { id: 'wamr', binary: 'iwasm', adapter: 'adapters/wasm-micro-runtime.py' },
  { id: 'wasmedge', binary: 'wasmedge', adapter: 'adapters/wasmedge.py' }
]
const WITHOUT_ADAPTER = { wasmer: 'wasmer', wasm3: 'wasm3', wasmi: 'wasmi' }

function onPath(binary, path = process.env.PATH ?? '') {
  for (const dir of path.split(delimiter)) {
    try {
      accessSync(join(dir, binary), constants.X_OK)
      return true
    } catch {
      // Not here.
    }
  }
  return false
}

function checkPython() {
  const probe = spawnSync(
    PYTHON,
    ['-c', 'import sys, colorama, requests, tomllib; assert sys.version_info >= (3, 12)'],
    { encoding: 'utf8' }
  )
  if (probe.status !== 0)
    throw new BenchError(
      `${PYTHON} cannot run the official runner (it needs Python 3.12+ with colorama and requests): ` +
        `${(probe.stderr || probe.error?.message || '').trim().split('\n').pop()}\n` +
        'Try: apt-get install python3-colorama python3-requests, then ' +
        'PYENV_VERSION=3.12.1 PYTHONPATH=/usr/lib/python3/dist-packages npm run bench:wts'
    )
}

/** wasi-probe's node runner program, written where the node adapter finds it. */
async function writeNodeRunner(dir) {
  const { writeNodeRunner: write } = await loadTs('src/run/node-batch.ts')
  return write(dir)
}

/** Deno's runner program (node's, its warning silenced), written where the deno adapter finds it. */
async function writeDenoRunner(dir) {
  const { DENO_RUNNER_SOURCE } = await loadTs('src/runtimes/deno.ts')
  const path = join(dir, 'deno-wasi-runner.cjs')
  writeFileSync(path, DENO_RUNNER_SOURCE)
  return path
}

/** Per runtime id, the reasons of an `unsupported` that its official adapter runs anyway (without env or dirs). */
async function notExpressed(ids) {
  const { runtimeById } = await loadTs('src/runtimes/index.ts')
  return new Map(
    ids.map((id) => {
      const limits = runtimeById(id)?.limits ?? {}
      return [id, new Set([limits.env, limits.dirs].filter(Boolean))]
    })
  )
}

/** Test outcome by `suite\u0000test`, from the official runner's JSON report. */
function officialVerdicts(reportFile) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'))
  const verdicts = new Map()
  for (const suite of report.results)
    for (const test of suite.tests) verdicts.set(`${suite.name}\u0000${test.name}`, test.outcome)
  return verdicts
}

/**
 * Per runtime, test outcome by `suite\u0000test`, from wasi-probe's JSON result, in the runner's words;
 * the tests it calls unsupported for a reason in `left` (per runtime id) are left out.
 */
function ourVerdicts(stdout, left) {
  const result = JSON.parse(stdout)
  const byRuntime = new Map()
  for (const runtime of result.runtimes) {
    const verdicts = new Map()
    const leftOut = new Set()
    for (const probe of runtime.probes.filter((p) => p.category === 'custom')) {
      const key = `${probe.suite}\u0000${probe.test}`
      if (probe.status === 'unsupported' && left.get(runtime.id)?.has(probe.reason)) leftOut.add(key)
      else verdicts.set(key, probe.status === 'unsupported' ? 'skip' : probe.status)
    }
    byRuntime.set(runtime.id, { verdicts, leftOut, durationMs: result.durationMs })
  }
  return byRuntime
}

function differences({ verdicts: ours, leftOut }, theirs) {
  const keys = new Set([...ours.keys(), ...theirs.keys()])
  return [...keys]
    .filter((key) => !leftOut.has(key) && ours.get(key) !== theirs.get(key))
    .map(
      (key) =>
        `${key.replace('\u0000', ' / ')}: wasi-probe ${ours.get(key) ?? 'none'}, official ${theirs.get(key) ?? 'none'}`
    )
}

async function main() {
  if (!existsSync(join(SUITE, 'tests')) || !existsSync(join(SUITE, 'run-tests')))
    throw new BenchError(`no wasi-testsuite checkout at ${SUITE} (set WASI_TESTSUITE)`)
  requireBundles(CLI)
  checkPython()
  const runs = process.env.BENCH_RUNS ? runsFromEnv() : 3
  const path = `${NPM_BIN}${delimiter}${process.env.PATH ?? ''}`
  const found = ADAPTERS.filter(({ binary }) => onPath(binary, path))
  const notCompared = Object.entries(WITHOUT_ADAPTER)
    .filter(([, binary]) => onPath(binary, path))
    .map(([id]) => id)
  const work = mkdtempSync(join(tmpdir(), 'wasi-probe-bench-wts-'))
  try {
    const copy = join(work, 'wasi-testsuite')
    cpSync(SUITE, copy, { recursive: true })
    spawnSync('chmod', ['-R', 'u+w', copy])
    const env = {
      ...process.env,
      PATH: path,
      NODE: process.execPath,
      WASI_PROBE_NODE_RUNNER: await writeNodeRunner(work),
      DENO: join(NPM_BIN, 'deno'),
      WASI_PROBE_DENO_RUNNER: await writeDenoRunner(work),
      BUN: join(NPM_BIN, 'bun')
    }
    const ids = found.map(({ id }) => id)
    const left = await notExpressed(ids)
    // Every measured wasi-probe run, all runtimes at once or one alone: its verdicts per runtime.
    const ours = []
    const theirs = new Map(ids.map((id) => [id, []]))
    const probeCase = (label, runtimes) => ({
      label,
      command: process.execPath,
      args: [CLI, '--runtimes', runtimes.join(','), '--modules', join(copy, 'tests'), '--json'],
      env,
      check: (stdout, measured) => measured && ours.push(ourVerdicts(stdout, left))
    })
    const cases = [
      probeCase('wasi-probe, all runtimes', ids),
      ...found.flatMap(({ id, adapter }) => {
        const report = join(work, `official-${id}.json`)
        const official = {
          label: `official runner, ${id}`,
          command: PYTHON,
          args: [
            'run-tests',
            '-r',
            resolve(copy, adapter),
            '--json-output-location',
            report,
            '--disable-colors'
          ],
          cwd: copy,
          env,
          // It exits 1 when a test fails; the report says which.
          okStatuses: [0, 1],
          check: (_stdout, measured) => measured && theirs.get(id).push(officialVerdicts(report))
        }
        return [probeCase(`wasi-probe, ${id} alone`, [id]), official]
      })
    ]
    const results = timeCases(cases, runs)
    const medianOf = (label) => results[cases.findIndex((c) => c.label === label)].median
    const oursMs = results[0]
    const officialMs = ids.reduce((sum, id) => sum + medianOf(`official runner, ${id}`), 0)

    console.log(
      `wasi-testsuite at ${SUITE}; ${plural(runs, 'measured run')} each after a warm-up; ` +
        `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown'}), load ${loadavg()[0].toFixed(2)}`
    )
    console.log(`Runtimes compared: ${ids.join(', ')}`)
    if (notCompared.length > 0)
      console.log(`Found but not compared (no official adapter): ${notCompared.join(', ')}`)
    console.log('')
    console.log(
      table(
        ['case', 'median', 'min', 'max', 'cpu'],
        cases.map((c, i) => [c.label, ...msCells(results[i])])
      )
    )
    console.log('')
    const ratio = oursMs.median / officialMs
    let identical = true
    for (const id of ids) {
      let compared = 0
      for (const [index, our] of ours.entries()) {
        if (!our.has(id)) continue
        const diff = differences(our.get(id), theirs.get(id)[0])
        compared = our.get(id).verdicts.size
        if (diff.length > 0) identical = false
        if (diff.length > 0)
          console.log(
            `wasi-probe run ${index + 1}, ${id}: ${plural(diff.length, 'verdict')} differ:\n  ${diff.join('\n  ')}`
          )
      }
      for (const [round, official] of theirs.get(id).entries()) {
        const diff = differences({ verdicts: theirs.get(id)[0], leftOut: new Set() }, official)
        if (diff.length > 0) identical = false
        if (diff.length > 0)
          console.log(`official run ${round + 1}, ${id}: differs from its first:\n  ${diff.join('\n  ')}`)
      }
      const total = theirs.get(id)[0].size
      const passed = [...theirs.get(id)[0].values()].filter((v) => v === 'pass').length
      console.log(
        `${id}: ${passed}/${total} pass in the official runner; ${compared} compared` +
          (compared < total ? ` (the others need what ${id} cannot be given)` : '')
      )
    }
    console.log('')
    for (const id of ids) {
      const alone = medianOf(`wasi-probe, ${id} alone`)
      const official = medianOf(`official runner, ${id}`)
      console.log(
        `${id}: wasi-probe ${fmtMs(alone)}, official runner ${fmtMs(official)}, ratio ${(alone / official).toFixed(2)}×`
      )
    }
    console.log('')
    console.log(`official runner, all runtimes one after the other: ${fmtMs(officialMs)}`)
    console.log(`wasi-probe, all runtimes at once:                  ${fmtMs(oursMs.median)}`)
    console.log(`ratio: ${ratio.toFixed(2)}× (target ≤ ${TARGET_RATIO}×) ${verdict(ratio <= TARGET_RATIO)}`)
    console.log(`verdicts: ${identical ? 'identical in every run' : 'DIFFERENT'} ${verdict(identical)}`)
    if (!identical) process.exitCode = 1
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

await runBench(main, 'bench:wts')
