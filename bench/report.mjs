// Benchmark (not a test): the report sub-action merging the result files of
// 500 probe legs, compared with merely reading and JSON.parsing them.
//
//   A. `node dist/report/index.js` run as the runner runs it: GITHUB_WORKSPACE
//      the temp dir, INPUT_RESULTS its `results` directory (the other inputs at
//      report/action.yml's defaults), fresh empty GITHUB_OUTPUT,
//      GITHUB_STEP_SUMMARY, GITHUB_PATH and GITHUB_ENV files for every run;
//      each run must exit 0 and list the 500 hosts in its `hosts` output
//   B. `node -e` reading and JSON.parsing the same 500 files (listed and sorted
//      as the action lists them), keeping the documents, as the action does
//   C. `node --no-warnings -e 0`: one bare node start-up, for reference
//
// The files: one real result from the CLI (`--runtimes` every runtime,
// `--probes all`; runtimes not on the machine come out missing), then 500
// variants of it, host-000 … host-499 on six platforms in turn, written as
// wasi-probe-host-NNN.json the way the action writes them (2-space JSON). In
// each, every non-native runtime gets node's probe outcomes: the judged
// capability probes flip between pass and fail by a rule of host, runtime and
// probe, and one runtime in five fails a basic probe (status fail, stage run),
// so every cell, every capability table and the `supported` list differ from
// host to host. The seven runtimes besides node get a version, a tool-cache
// path and source installed (with an install record); node keeps what the
// CLI found.
//
// Each figure is the median of BENCH_RUNS runs (default 7) after one warm-up,
// the cases taking turns. Wall time is around the whole child; cpu is the
// children's user + system time (Linux only); peak is the child's maximum
// resident set, from GNU time's %M (/usr/bin/time -f %M -o FILE) or, without
// it, from process.resourceUsage().maxRSS read in the child at exit (a
// --import preload). MB are 10^6 bytes. Then, to say where A's time goes, its
// steps are timed apart in fresh processes (src/report through tsx, BENCH_RUNS
// times) and one more run of A, untimed, goes under --cpu-prof. Prints figures
// and verdicts; exits 0 unless something crashes.
import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  BenchError,
  CLI,
  ROOT,
  fmtMs,
  loadTs,
  msCells,
  plural,
  run,
  runsFromEnv,
  stats,
  table,
  verdict,
  cliResult,
  requireBundles,
  machineLine,
  runBench
} from './common.mjs'

const REPORT = join(ROOT, 'dist/report/index.js')
const GNU_TIME = '/usr/bin/time'
const HOSTS = 500
const RESULTS_DIR = 'results'
const TARGET_MS = 1000
const TARGET_MB = 200
const { parseOutputFile } = await loadTs('__tests__/helpers/action.ts')
/** What the runtimes besides node claim to be in the variants: their pinned versions. */
const VERSIONS = Object.fromEntries(
  Object.entries((await loadTs('src/runtimes/manifest.ts')).MANIFEST).map(([id, entry]) => [
    id,
    entry.default
  ])
)
/** The platforms the hosts take in turn: [os, arch, libc, runner]. */
const PLATFORMS = [
  ['linux', 'x64', 'glibc', 'ubuntu-24.04'],
  ['linux', 'arm64', 'glibc', 'ubuntu-24.04-arm'],
  ['linux', 'x64', 'musl', 'ubuntu-24.04'],
  ['macos', 'arm64', null, 'macos-15'],
  ['macos', 'x64', null, 'macos-13'],
  ['windows', 'x64', null, 'windows-2025']
]
const MB = 1e6

const label = (host) => `host-${String(host).padStart(3, '0')}`

/** The real result this machine produces, from the bundled CLI. */
function realResult(env) {
  const { stdout } = run(
    'wasi-probe --probes all',
    process.execPath,
    [CLI, '--runtimes', 'all', '--probes', 'all', '--json'],
    env
  )
  const result = cliResult(stdout)
  const node = result.runtimes?.find((r) => r.id === 'node')
  if (!node || !Array.isArray(node.probes) || node.probes.length === 0) {
    throw new BenchError(`the CLI's JSON has no probes for node (status ${node?.status ?? 'absent'})`)
  }
  return result
}

/** Node's outcome of one probe, flipped between pass and fail (a capability probe only). */
function flipped(probe, runtimeId) {
  if (probe.status === 'fail') {
    const rest = { ...probe }
    delete rest.reason
    const exitCode = probe.expected.exitCode === 'nonzero' ? 1 : probe.expected.exitCode
    const stdout = probe.expected.stdout ?? ''
    return {
      ...rest,
      status: 'pass',
      exitCode,
      stdout,
      stdoutBytes: Buffer.byteLength(stdout),
      stderr: '',
      stderrBytes: 0
    }
  }
  const nonzero = probe.expected.exitCode === 'nonzero'
  const exitCode = nonzero ? 0 : 1
  const stderr =
    `Error: failed to run main module \`${probe.id}.wasm\`\n\nCaused by:\n` +
    `    0: ${runtimeId} could not compile the module: ${probe.id} is not enabled in this build\n`
  return {
    ...probe,
    status: 'fail',
    reason: nonzero ? 'exit code 0, expected a nonzero exit code' : 'exit code 1, expected exit code 0',
    exitCode,
    stderr,
    stderrBytes: Buffer.byteLength(stderr)
  }
}

/** One runtime of host `host`: node's probes, varied by a rule of host, runtime and probe. */
function variantRuntime(base, nodeProbes, host, index) {
  const basics = nodeProbes.filter((p) => p.category === 'basic')
  const failing = (host + index) % 5 === 0 ? basics[basics.length - 1]?.id : undefined
  const probes = nodeProbes.map((probe, j) => {
    if (probe.id === failing) {
      const reason = `stdout is "", expected ${JSON.stringify(probe.expected.stdout ?? '')}`
      return { ...probe, status: 'fail', reason, stdout: '', stdoutBytes: 0 }
    }
    const judged = probe.category !== 'basic' && (probe.status === 'pass' || probe.status === 'fail')
    const copy = judged && (host * 7 + index * 3 + j) % 4 === 0 ? flipped(probe, base.id) : { ...probe }
    return { ...copy, durationMs: probe.durationMs + ((host + j) % 5) }
  })
  const runtime = {
    ...base,
    probes,
    status: failing ? 'fail' : 'pass',
    durationMs: probes.reduce((sum, p) => sum + p.durationMs, 40 + (host % 30))
  }
  delete runtime.reason
  delete runtime.failedStage
  if (failing) {
    runtime.reason = `${failing}: ${probes.find((p) => p.id === failing).reason}`
    runtime.failedStage = 'run'
  }
  const version = VERSIONS[base.id]
  if (version) {
    const asset = `${base.id}-v${version}-x86_64-linux.tar.gz`
    Object.assign(runtime, {
      version,
      path: `/opt/hostedtoolcache/${base.id}/${version}/x64/${base.id}`,
      source: 'installed',
      install: {
        requested: 'latest',
        version,
        asset,
        url: `https://github.com/${base.id}/${base.id}/releases/download/v${version}/${asset}`,
        sha256: (host.toString(16) + index).padStart(64, '0'),
        verifiedBy: 'manifest'
      }
    })
  }
  return runtime
}

/** The result file of host `host`, as the action writes it. */
function variant(real, host) {
  const nodeProbes = real.runtimes.find((r) => r.id === 'node').probes
  const [os, arch, libc, runner] = PLATFORMS[host % PLATFORMS.length]
  let index = 0
  const runtimes = real.runtimes.map((r) =>
    r.id === 'native' ? r : variantRuntime(r, nodeProbes, host, index++)
  )
  const result = {
    ...real,
    host: { os, arch, libc, label: label(host), runner },
    startedAt: new Date(Date.parse(real.startedAt) + host * 1000).toISOString(),
    runtimes,
    supported: [
      ...(real.native.status === 'pass' ? ['native'] : []),
      ...runtimes.filter((r) => r.id !== 'native' && r.status === 'pass').map((r) => r.id)
    ]
  }
  result.durationMs = runtimes.reduce((sum, r) => sum + r.durationMs, 0)
  return `${JSON.stringify(result, null, 2)}\n`
}

/** Writes the 500 files into `dir`; returns their sizes in bytes. */
function writeResults(real, dir) {
  mkdirSync(dir)
  const sizes = []
  for (let host = 0; host < HOSTS; host++) {
    const text = variant(real, host)
    writeFileSync(join(dir, `wasi-probe-${label(host)}.json`), text)
    sizes.push(Buffer.byteLength(text))
  }
  return sizes
}

/** The script of B: list the files as the action does, read and parse each, keep them. */
const PARSE_SCRIPT = `
const { readFileSync, readdirSync } = require('node:fs')
const { join } = require('node:path')
const dir = process.argv[1]
const files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort().map((name) => join(dir, name))
const documents = files.map((file) => JSON.parse(readFileSync(file, 'utf8')))
const probes = documents.reduce((sum, d) => sum + d.runtimes.reduce((n, r) => n + r.probes.length, 0), 0)
console.log(JSON.stringify({ files: documents.length, probes }))
`

/** Reports the child's maxRSS (KiB, like GNU time's %M) at exit, for the fallback. */
const PRELOAD_SOURCE = `import { writeFileSync } from 'node:fs'
process.on('exit', () => writeFileSync(process.env.WASI_PROBE_BENCH_RSS, String(process.resourceUsage().maxRSS)))
`

/**
 * How peak memory is read: GNU time when it works here, else a preload in the
 * child. Returns `wrap(args, file)`, the command that writes the child's peak
 * (KiB) into `file`, and what it is called.
 */
function peakMeter(temp) {
  const probe = join(temp, 'time-check')
  const check = spawnSync(GNU_TIME, ['-f', '%M', '-o', probe, process.execPath, '-e', '0'], {
    stdio: 'ignore'
  })
  if (check.status === 0 && existsSync(probe) && /^\d+\s*$/.test(readFileSync(probe, 'utf8'))) {
    return {
      method: `${GNU_TIME} -f %M (max RSS)`,
      wrap: (args, file) => ({ command: GNU_TIME, args: ['-f', '%M', '-o', file, process.execPath, ...args] })
    }
  }
  const preload = join(temp, 'peak-preload.mjs')
  writeFileSync(preload, PRELOAD_SOURCE)
  return {
    method: `process.resourceUsage().maxRSS at exit (no working ${GNU_TIME})`,
    wrap: (args, file) => ({
      command: process.execPath,
      args: ['--import', preload, ...args],
      env: { WASI_PROBE_BENCH_RSS: file }
    })
  }
}

/** The runner's files and variables for one run of the action in `workspace`. */
function actionEnv(workspace, runnerDir, round, baseEnv) {
  const files = Object.fromEntries(
    ['github_output', 'step_summary', 'github_path', 'github_env'].map((name) => {
      const path = join(runnerDir, `${name}-${round}`)
      writeFileSync(path, '')
      return [name, path]
    })
  )
  const env = {
    PATH: baseEnv.PATH,
    HOME: baseEnv.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.github_output,
    GITHUB_STEP_SUMMARY: files.step_summary,
    GITHUB_PATH: files.github_path,
    GITHUB_ENV: files.github_env,
    RUNNER_TEMP: runnerDir,
    RUNNER_TOOL_CACHE: join(runnerDir, 'toolcache'),
    INPUT_RESULTS: RESULTS_DIR,
    INPUT_TITLE: 'WASI support across runners',
    INPUT_EXPECT: '',
    'INPUT_FAIL-ON': 'none',
    INPUT_COMMENT: 'false',
    'INPUT_COMMENT-ID': 'default',
    'INPUT_PULL-REQUEST': ''
  }
  return { env, files }
}

/** Checks a run of the action: its outputs list the 500 hosts; keeps the sizes of what it wrote. */
function actionChecker(hosts, warnings, seen) {
  return (stdout, files) => {
    const outputs = parseOutputFile(readFileSync(files.github_output, 'utf8'))
    let listed
    try {
      listed = JSON.parse(outputs.hosts ?? '')
    } catch {
      throw new BenchError(`the action set no hosts output:\n${stdout.slice(0, 2000)}`)
    }
    if (!Array.isArray(listed) || listed.join(',') !== hosts.join(',')) {
      const problems = stdout.split('\n').filter((line) => /^::(warning|error)/.test(line))
      throw new BenchError(
        `the action's hosts output lists ${plural(listed?.length ?? 0, 'host')}, not the ${hosts.length} written` +
          (problems.length > 0 ? `:\n${problems.slice(0, 5).join('\n')}` : '')
      )
    }
    for (const line of stdout.split('\n'))
      if (/^::(warning|error)/.test(line)) warnings.add(line.slice(0, 300))
    seen.summaryBytes = statSync(files.step_summary).size
    seen.outputBytes = statSync(files.github_output).size
    seen.markdownBytes = Buffer.byteLength(outputs.markdown ?? '')
    seen.markdown = outputs.markdown ?? ''
  }
}

/**
 * Times each case `runs` times after one warm-up, the cases taking turns.
 * A case's `prepare(round)` gives its env and files; `check` sees its stdout
 * and those files. Returns wall and cpu stats and the peak (KiB) of each run.
 */
function timeCases(cases, runs, meter, temp) {
  const samples = cases.map(() => ({ ms: [], cpu: [], peak: [] }))
  for (let round = 0; round <= runs; round++) {
    cases.forEach((c, i) => {
      const { env, files } = c.prepare(round)
      const peakFile = join(temp, `peak-${i}-${round}`)
      const wrapped = meter.wrap(c.args, peakFile)
      const { ms, cpuMs, stdout } = run(c.label, wrapped.command, wrapped.args, { ...env, ...wrapped.env })
      const peak = Number(readFileSync(peakFile, 'utf8').trim())
      if (!Number.isFinite(peak) || peak <= 0) throw new BenchError(`${c.label}: no peak memory read`)
      c.check?.(stdout, files)
      if (round === 0) return
      samples[i].ms.push(ms)
      if (cpuMs !== undefined) samples[i].cpu.push(cpuMs)
      samples[i].peak.push(peak)
    })
  }
  return samples.map((s) => ({
    ...stats(s.ms),
    cpu: s.cpu.length === s.ms.length ? stats(s.cpu).median : undefined,
    peak: stats(s.peak)
  }))
}

const fmtMb = (kib) => `${((kib * 1024) / MB).toFixed(1)} MB`
const fmtBytes = (bytes) =>
  bytes >= MB ? `${(bytes / MB).toFixed(2)} MB` : `${(bytes / 1000).toFixed(1)} kB`

/**
 * The action's steps timed one by one in a fresh process: src/report through
 * tsx (the code dist/report is bundled from), with performance.now() around
 * each. The first resultSchemaErrors call compiles the schema; reading and
 * parsing the files is timed apart, then readResults does it all again
 * (reading, parsing, validating), so validation ≈ readResults − read + parse.
 */
const PHASES_SOURCE = `import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
const [root, dir] = process.argv.slice(2)
const { readResults, mergeResults } = await import(root + 'src/publish/merge/merge.ts')
const { resultSchemaErrors } = await import(root + 'src/publish/merge/validate.ts')
const { reportMarkdown } = await import(root + 'src/publish/merge/merged-report.ts')
const files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort().map((name) => join(dir, name))
const times = {}
let at = performance.now()
const mark = (name) => {
  const now = performance.now()
  times[name] = now - at
  at = now
}
resultSchemaErrors({})
mark('compile')
let documents = files.map((file) => JSON.parse(readFileSync(file, 'utf8')))
mark('readParse')
documents = undefined
const read = readResults(files)
mark('readResults')
const report = mergeResults(read.results, read.skipped, [])
mark('merge')
const markdown = reportMarkdown(report, 'WASI support across runners')
mark('markdown')
JSON.stringify(report.include) + JSON.stringify(report.hosts)
console.log(JSON.stringify({ times, hosts: report.hosts.length, markdownBytes: Buffer.byteLength(markdown) }))
`

function phaseNotes(temp, resultsDir, runs, seenA, env) {
  const script = join(temp, 'phases.mjs')
  writeFileSync(script, PHASES_SOURCE)
  const samples = {}
  let last
  for (let round = 0; round < runs; round++) {
    const { stdout } = run(
      'report phases (tsx)',
      process.execPath,
      ['--import', 'tsx', script, `${pathToFileURL(ROOT).href}/`, resultsDir],
      env
    )
    last = JSON.parse(stdout)
    for (const [name, ms] of Object.entries(last.times)) (samples[name] ??= []).push(ms)
  }
  const m = Object.fromEntries(Object.entries(samples).map(([name, ms]) => [name, stats(ms).median]))
  const validation = m.readResults - m.readParse
  const notes = [
    `A's steps timed apart (src/report through tsx in a fresh node, performance.now(), median of ${plural(runs, 'run')}): ` +
      `ajv compile (first resultSchemaErrors call) ${fmtMs(m.compile)}; read + JSON.parse ${fmtMs(m.readParse)}; ` +
      `readResults ${fmtMs(m.readResults)}, so validation ≈ ${fmtMs(validation)} (${fmtMs(validation / HOSTS)} a file); ` +
      `mergeResults ${fmtMs(m.merge)}; reportMarkdown ${fmtMs(m.markdown)}; ` +
      `together ${fmtMs(m.compile + m.readResults + m.merge + m.markdown)}`
  ]
  if (last.hosts !== HOSTS || last.markdownBytes !== seenA.markdownBytes) {
    notes.push(
      `WARNING: src/report made ${plural(last.hosts, 'host')} and ${fmtBytes(last.markdownBytes)} of markdown, ` +
        `dist/report ${HOSTS} and ${fmtBytes(seenA.markdownBytes)}: dist/ may lag behind src/ (npm run bundle)`
    )
  }
  return notes
}

/**
 * Where the action's time goes, from one run under --cpu-prof: the inclusive
 * time of its main steps (a function's time counts once where it nests in
 * itself), garbage collection, and the functions with the most self time.
 */
function profileBreakdown(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, { ...n, self: 0 }]))
  const parent = new Map()
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id)
  profile.samples.forEach((id, i) => (nodes.get(id).self += (profile.timeDeltas[i] ?? 0) / 1000))
  const total = [...nodes.values()].reduce((sum, n) => sum + n.self, 0)
  const name = (n) => n.callFrame.functionName || '(anonymous)'
  const ancestors = (id) => {
    const list = []
    for (let at = parent.get(id); at !== undefined; at = parent.get(at)) list.push(nodes.get(at))
    return list
  }
  // Every node's self time, credited once to each distinct function on its stack.
  const inclusive = new Map()
  for (const n of nodes.values()) {
    if (n.self === 0) continue
    for (const fn of new Set([n, ...ancestors(n.id)].map(name)))
      inclusive.set(fn, (inclusive.get(fn) ?? 0) + n.self)
  }
  /** The self time of the samples whose stack (names, innermost first) satisfies `test`. */
  const where = (test) => {
    let sum = 0
    for (const n of nodes.values()) if (n.self > 0 && test([n, ...ancestors(n.id)].map(name))) sum += n.self
    return sum
  }
  const selfOf = new Map()
  for (const n of nodes.values()) selfOf.set(name(n), (selfOf.get(name(n)) ?? 0) + n.self)
  return { total, inclusive: (fn) => inclusive.get(fn) ?? 0, where, selfOf }
}

function profileNotes(temp, env, wall) {
  const dir = join(temp, 'cpu-prof')
  const args = ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '100', REPORT]
  const { ms } = run('report under --cpu-prof', process.execPath, args, env)
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))
  if (!file) return [`no .cpuprofile written in ${dir}`]
  const { total, inclusive, where, selfOf } = profileBreakdown(
    JSON.parse(readFileSync(join(dir, file), 'utf8'))
  )
  const pct = (value) => `${fmtMs(value)} (${((100 * value) / total).toFixed(0)}%)`
  // ajv's compile validates the schema against its meta-schema with validateN functions of its own.
  const compiling = (stack) => stack.includes('compileSchema') || stack.includes('addFormats')
  const read = inclusive('readResults')
  const schema = inclusive('resultSchemaErrors')
  const compile = where((stack) => stack.includes('resultSchemaErrors') && compiling(stack))
  const validate = where(
    (stack) =>
      stack.includes('resultSchemaErrors') &&
      !compiling(stack) &&
      stack.some((fn) => /^validate\d+$/.test(fn))
  )
  const files = where((stack) => stack.includes('readResults') && stack.includes('readFileSync'))
  const parse = read - schema - files
  const markdown = inclusive('reportMarkdown')
  // The report action's run(), the entry's one call.
  const report = inclusive('run')
  const gc = selfOf.get('(garbage collector)') ?? 0
  const idle = (selfOf.get('(idle)') ?? 0) + (selfOf.get('(program)') ?? 0)
  const top = [...selfOf]
    .filter(([fn]) => !fn.startsWith('('))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([fn, t]) => `${fn} ${fmtMs(t)}`)
  return [
    `where A's time goes: one more run under --cpu-prof (100 µs samples; ${fmtMs(ms)} wall under the ` +
      `profiler, ${fmtMs(wall)} median without; ${fmtMs(total)} profiled, i.e. after node's own start-up):`,
    `  run() ${pct(report)}; outside it ${pct(total - report - gc - idle)} (loading and evaluating the ` +
      `bundle), garbage collection ${pct(gc)}, (program)/(idle) ${pct(idle)}`,
    `  readResults ${pct(read)}: readFileSync ${pct(files)}, JSON.parse (its own time, a builtin) ` +
      `${pct(parse)}, resultSchemaErrors ${pct(schema)} = ajv compile (once) ${pct(compile)} + ` +
      `validation ${pct(validate)} (${fmtMs(validate / HOSTS)} a file) + rest ${pct(schema - compile - validate)}`,
    `  mergeResults ${pct(inclusive('mergeResults'))}; reportMarkdown ${pct(markdown)} = mainTable ` +
      `${pct(inclusive('mainTable'))} + capabilityTables ${pct(inclusive('capabilityTables'))}; ` +
      `setOutput (GITHUB_OUTPUT, markdown included) ${pct(inclusive('setOutput'))}`,
    `  most self time: ${top.join(', ')}`
  ]
}

async function main() {
  requireBundles(REPORT, CLI)
  const runs = runsFromEnv()
  const nodeDir = dirname(process.execPath)
  const baseEnv = {
    ...process.env,
    PATH: [nodeDir, process.env.PATH ?? ''].filter(Boolean).join(delimiter),
    HOME: process.env.HOME ?? ''
  }
  const real = realResult(baseEnv)
  const loadBefore = loadavg()[0]
  const temp = mkdtempSync(join(tmpdir(), 'wasi-probe-bench-report-'))
  try {
    const workspace = join(temp, 'workspace')
    const runnerDir = join(temp, 'runner')
    mkdirSync(workspace)
    mkdirSync(runnerDir)
    const resultsDir = join(workspace, RESULTS_DIR)
    const sizes = writeResults(real, resultsDir)
    const hosts = Array.from({ length: HOSTS }, (_, host) => label(host))
    const meter = peakMeter(temp)
    const log = (text) => process.stderr.write(`bench: ${text}\n`)
    log(`node ${process.version}, ${process.platform}-${process.arch}, ${plural(runs, 'run')} + 1 warm-up`)
    log(
      `the report action on ${HOSTS} result files versus reading and parsing them; peak via ${meter.method}`
    )

    const warnings = new Set()
    const seenA = {}
    const nodeProbes = real.runtimes.find((r) => r.id === 'node').probes
    // Every runtime but native carries node's probes in the variants.
    const expectedProbes = real.runtimes.reduce(
      (sum, r) => sum + (r.id === 'native' ? r.probes.length : nodeProbes.length),
      0
    )
    const childEnv = { PATH: baseEnv.PATH, HOME: baseEnv.HOME }
    const [reportA, parseB, bareC] = timeCases(
      [
        {
          label: 'node dist/report/index.js',
          args: [REPORT],
          prepare: (round) => actionEnv(workspace, runnerDir, round, baseEnv),
          check: actionChecker(hosts, warnings, seenA)
        },
        {
          label: 'node -e read + JSON.parse',
          args: ['-e', PARSE_SCRIPT, resultsDir],
          prepare: () => ({ env: childEnv }),
          check: (stdout) => {
            const { files, probes } = JSON.parse(stdout)
            if (files !== HOSTS || probes !== HOSTS * expectedProbes) {
              throw new BenchError(`the parse script read ${files} files and ${probes} probe outcomes`)
            }
          }
        },
        {
          label: 'node -e 0',
          args: ['--no-warnings', '-e', '0'],
          prepare: () => ({ env: childEnv })
        }
      ],
      runs,
      meter,
      temp
    )

    const peakCell = (s) => fmtMb(s.peak.median)
    const rows = [
      [`A  node dist/report/index.js (${HOSTS} files)`, ...msCells(reportA), peakCell(reportA)],
      [`B  node -e: read + JSON.parse the ${HOSTS} files`, ...msCells(parseB), peakCell(parseB)],
      ['C  node --no-warnings -e 0 (reference)', ...msCells(bareC), peakCell(bareC)]
    ]
    const peakMbA = (reportA.peak.median * 1024) / MB
    const comparisons = [
      [
        `A  wall, ${HOSTS} hosts`,
        fmtMs(reportA.median),
        `< ${TARGET_MS} ms`,
        verdict(reportA.median < TARGET_MS)
      ],
      [
        `A  peak memory, ${HOSTS} hosts`,
        fmtMb(reportA.peak.median),
        `< ${TARGET_MB} MB`,
        verdict(peakMbA < TARGET_MB)
      ],
      ['A / B  wall', `${(reportA.median / parseB.median).toFixed(2)}×`, '(info)', ''],
      ['A / B  peak memory', `${(reportA.peak.median / parseB.peak.median).toFixed(2)}×`, '(info)', ''],
      ['A − C  wall (beyond a bare node start-up)', fmtMs(reportA.median - bareC.median), '(info)', ''],
      ['B − C  wall', fmtMs(parseB.median - bareC.median), '(info)', '']
    ]
    const total = sizes.reduce((sum, size) => sum + size, 0)
    const perFile = stats(sizes)
    const runtimeIds = real.runtimes.map((r) => r.id)

    console.log(
      machineLine('wasi-probe bench (report)', loadBefore, runs, `; peak memory via ${meter.method}\n`)
    )
    console.log(
      `input: ${HOSTS} result files, ${fmtBytes(total)} in all; per file ${fmtBytes(perFile.median)} median ` +
        `(${fmtBytes(perFile.min)} – ${fmtBytes(perFile.max)}); the CLI's own result here ` +
        `${fmtBytes(Buffer.byteLength(`${JSON.stringify(real, null, 2)}\n`))}`
    )
    console.log(
      `each file: ${runtimeIds.length} runtimes (${runtimeIds.join(', ')}), ${runtimeIds.length - 1} of them with ` +
        `node's ${plural(nodeProbes.length, 'probe')} (${nodeProbes.filter((p) => p.category !== 'basic').length} ` +
        `capability); ${HOSTS * (runtimeIds.length - 1) * nodeProbes.length} probe outcomes in all\n`
    )
    console.log(table(['measurement', 'median', 'min', 'max', 'cpu (median)', 'peak (median)'], rows))
    console.log('')
    console.log(table(['comparison', 'figure', 'target', 'verdict'], comparisons))
    console.log('')
    console.log(
      `A's output (last run): step summary ${fmtBytes(seenA.summaryBytes)}, the markdown output ` +
        `${fmtBytes(seenA.markdownBytes)}, GITHUB_OUTPUT in all ${fmtBytes(seenA.outputBytes)} ` +
        `(the summary and the markdown output are each ${seenA.summaryBytes > 1024 * 1024 ? 'over' : 'under'} ` +
        `the 1 MiB a step summary may hold)`
    )
    const mdLines = seenA.markdown.split('\n')
    const before = mdLines.indexOf('<!-- wasi-probe:details -->')
    console.log(
      `  markdown: ${plural(mdLines.length, 'line')}; main table ${fmtBytes(
        Buffer.byteLength(mdLines.slice(0, before < 0 ? mdLines.length : before).join('\n'))
      )}, capability tables ${before < 0 ? 'none' : fmtBytes(Buffer.byteLength(mdLines.slice(before).join('\n')))}; ` +
        `longest line ${fmtBytes(Math.max(...mdLines.map((line) => Buffer.byteLength(line))))}`
    )
    const peakRange = (s) => `${fmtMb(s.peak.min)} – ${fmtMb(s.peak.max)}`
    console.log(
      `peak ranges: A ${peakRange(reportA)}, B ${peakRange(parseB)}, C ${peakRange(bareC)}; ` +
        `A − B ${fmtMb(reportA.peak.median - parseB.peak.median)}`
    )
    const { env } = actionEnv(workspace, runnerDir, 'profile', baseEnv)
    for (const note of phaseNotes(temp, resultsDir, runs, seenA, childEnv)) console.log(note)
    for (const note of profileNotes(temp, env, reportA.median)) console.log(note)
    for (const warning of warnings) console.log(`WARNING (from the action): ${warning}`)
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}

await runBench(main)
