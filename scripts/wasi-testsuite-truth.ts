// `npm run truth:wts`: the official wasi-testsuite runner's verdict on every
// test of a wasi-testsuite checkout, through node:wasi (adapter
// scripts/wasi-testsuite/node.py), written to
// __tests__/fixtures/wasi-testsuite/node-truth.json. The tests hold
// wasi-probe's own verdicts to it.
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

const TRUTH_FILE = '__tests__/fixtures/wasi-testsuite/node-truth.json'

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
  const runner = writeNodeRunner(work)
  const report = join(work, 'report.json')
  const run = spawnSync(
    python,
    [
      './run-tests',
      '-r',
      resolve('scripts/wasi-testsuite/node.py'),
      '--json-output-location',
      report,
      '--disable-colors'
    ],
    {
      cwd: copy,
      env: { ...process.env, NODE: process.execPath, WASI_PROBE_NODE_RUNNER: runner },
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
      "The official wasi-testsuite runner's outcome for every test, through node:wasi. " +
      'Regenerate with npm run truth:wts (see scripts/wasi-testsuite-truth.ts).',
    node: process.versions.node,
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
  console.log(`node ${truth.node}\n${counts.join('\n')}\nwritten to ${TRUTH_FILE}`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
