// `npm run truth:wts [-- RUNTIME]`: the official wasi-testsuite runner's
// verdict on every test of a wasi-testsuite checkout, through node:wasi
// (adapter scripts/wasi-testsuite/node.py), Deno (deno.py) or Bun (bun.py),
// written to __tests__/fixtures/wasi-testsuite/RUNTIME-truth.json. The tests
// hold wasi-probe's own verdicts to it. Deno and Bun are the ones in
// node_modules/.bin (the npm packages' binaries).
//
// Needs Python 3.12 or newer with colorama and requests. WASI_TESTSUITE is the
// checkout (default ../shared/wasi-testsuite); PYTHON the interpreter (default
// python3). The runner writes *.cleanup files next to the tests, so it runs on
// a copy.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { writeNodeRunner } from '../src/run/node-batch.js'
import { DENO_RUNNER_SOURCE } from '../src/runtimes/deno.js'

const runtime = process.argv[2] ?? 'node'
if (!['node', 'deno', 'bun'].includes(runtime))
  throw new Error(`the runtime is "${runtime}". Accepted: node, deno or bun`)
const TRUTH_FILE = `__tests__/fixtures/wasi-testsuite/${runtime}-truth.json`
const BIN = resolve('node_modules/.bin')

interface RunnerReport {
  results: { name: string; tests: { name: string; outcome: string }[] }[]
}

const suite = resolve(process.env.WASI_TESTSUITE ?? '../shared/wasi-testsuite')
const python = process.env.PYTHON ?? 'python3'
const work = mkdtempSync(join(tmpdir(), 'wasi-testsuite-truth-'))
try {
  const copy = join(work, 'wasi-testsuite')
  cpSync(suite, copy, { recursive: true })
  // A checkout is writable; the copy of a read-only one must be too.
  execFileSync('chmod', ['-R', 'u+w', copy])
  const denoRunner = join(work, 'deno-wasi-runner.cjs')
  writeFileSync(denoRunner, DENO_RUNNER_SOURCE)
  const adapterEnv: Record<string, Record<string, string>> = {
    node: { NODE: process.execPath, WASI_PROBE_NODE_RUNNER: writeNodeRunner(work) },
    deno: { DENO: join(BIN, 'deno'), WASI_PROBE_DENO_RUNNER: denoRunner },
    bun: { BUN: join(BIN, 'bun') }
  }
  const version = execFileSync(runtime === 'node' ? process.execPath : join(BIN, runtime), ['--version'], {
    encoding: 'utf8'
  })
  const report = join(work, 'report.json')
  const run = spawnSync(
    python,
    [
      './run-tests',
      '-r',
      resolve(`scripts/wasi-testsuite/${runtime}.py`),
      '--json-output-location',
      report,
      '--disable-colors'
    ],
    {
      cwd: copy,
      env: { ...process.env, ...adapterEnv[runtime] },
      stdio: ['ignore', 'ignore', 'inherit']
    }
  )
  // It exits 1 when a test fails, which some do: only a missing report is a failure here.
  if (run.error || (run.status !== 0 && run.status !== 1))
    throw new Error(
      `the official runner did not finish: ${run.error?.message ?? `exit status ${run.status}`}`
    )
  const { results } = JSON.parse(readFileSync(report, 'utf8')) as RunnerReport
  const truth = {
    about:
      `The official wasi-testsuite runner's outcome for every test, through ${runtime}. ` +
      `Regenerate with npm run truth:wts -- ${runtime} (see scripts/wasi-testsuite-truth.ts).`,
    runtime,
    // As the runtime prints it: `v20.20.2`, `deno 2.9.6 (...)`, `1.4.5`.
    version: /(\d+\.\d+\.\d+)/.exec(version)![1],
    ...(runtime === 'node' ? { node: process.versions.node } : {}),
    suites: Object.fromEntries(
      results
        .filter((result) => result.tests.length > 0)
        .map((result) => [
          result.name,
          Object.fromEntries(
            [...result.tests].sort((a, b) => a.name.localeCompare(b.name)).map((t) => [t.name, t.outcome])
          )
        ])
    )
  }
  writeFileSync(TRUTH_FILE, `${JSON.stringify(truth, null, 2)}\n`)
  const counts = results.map(
    (r) => `${r.name}: ${r.tests.filter((t) => t.outcome === 'pass').length}/${r.tests.length}`
  )
  console.log(`${runtime} ${truth.version}\n${counts.join('\n')}\nwritten to ${TRUTH_FILE}`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
