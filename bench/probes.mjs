// Benchmark (not a test): `--probes all` through Node's node:wasi compared with
// a plain shell loop running the same modules, one `node` process each.
//
//   A. `wasi-probe --runtimes node --probes all --json`: every probe of the
//      catalog, spread by the engine over a few child `node`s (one module after
//      another in each, a fresh WASI instance each)
//   B. one `bash -c` script running the same modules one after another, each in
//      its own `node --no-warnings runner.cjs <module.wasm> [args...]`, with the
//      probe's args, env (passed to the runner as JSON in an env var) and
//      preopened directory; it checks nothing but records each exit code
//   C. `node --no-warnings -e 0`: one bare node start-up, for reference
//
// Which probes: the ones the CLI's JSON lists for node, from one untimed run
// first (so both sides run the same modules even when dist/ lags behind src/);
// their module, args, env and directory, and the module bytes, come from the
// catalog itself, src/probes/ loaded through tsx (the JSON does not record them). A catalog that differs from what the CLI ran is reported (npm run bundle).
// The preopened directories of B are made once, before timing (the engine makes
// fresh ones inside its own time). B and C run without NODE_OPTIONS and
// NODE_EXTRA_CA_CERTS, as the engine runs its children.
//
// Each figure is the median of BENCH_RUNS runs (default 7) after one warm-up,
// the cases taking turns; the target (probing ≤ 0.25× the loop) is met on the
// engine's own time (the JSON's durationMs), as the action runs inside the
// runner's already started node; the whole CLI process is shown for information.
// Prints figures and ratios; exits 0 unless something crashes.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import {
  BenchError,
  CLI,
  fmtMs,
  loadTs,
  msCells,
  plural,
  quote,
  run,
  runsFromEnv,
  stats,
  table,
  verdict,
  timeCases,
  cliResult,
  requireBundles,
  machineLine,
  runBench
} from './common.mjs'

const PROBES_SOURCE = 'src/probes/index.ts'
const TARGET_RATIO = 0.25
/** As src/run/node-runtime.ts splits the modules over its children. */
/** What the runner of the loop reads besides its arguments (never passed to the guest). */
const ENV_VAR = 'WASI_PROBE_BENCH_ENV'
const PREOPENS_VAR = 'WASI_PROBE_BENCH_PREOPENS'

/** The runner of the baseline loop: one module per `node` process, its exit code as the process's. */
const RUNNER_SOURCE = `'use strict'
const { readFileSync } = require('node:fs')
const { WASI } = require('node:wasi')
const [path, ...args] = process.argv.slice(2)
const wasi = new WASI({
  version: 'preview1',
  args: [path, ...args],
  env: JSON.parse(process.env.${ENV_VAR} || '{}'),
  preopens: JSON.parse(process.env.${PREOPENS_VAR} || '{}'),
  returnOnExit: true
})
WebAssembly.compile(readFileSync(path))
  .then((module) => WebAssembly.instantiate(module, wasi.getImportObject()))
  .then((instance) => {
    process.exitCode = wasi.start(instance) ?? 0
  })
  .catch((error) => {
    process.stderr.write(String(error) + '\\n')
    process.exitCode = 1
  })
`

/** Every probe of the catalog, in catalog order (what `--probes all` runs). */
async function readCatalog() {
  const { ALL_PROBES } = await loadTs('src/probes/index.ts')
  if (!Array.isArray(ALL_PROBES) || ALL_PROBES.length === 0)
    throw new BenchError('src/probes/index.ts exports no ALL_PROBES')
  return ALL_PROBES
}

/** The modules' bytes, as the catalog gives them. */
async function readModules(probes) {
  const { moduleBytes } = await loadTs('src/probes/catalog.ts')
  return new Map(probes.map((probe) => [probe.module, Buffer.from(moduleBytes(probe.module))]))
}

/**
 * Writes the modules, the runner and one directory per probe that preopens one
 * (with the probe's files); returns the bash script running every probe once.
 */
function prepareLoop(probes, modules, temp) {
  const runner = join(temp, 'runner.cjs')
  writeFileSync(runner, RUNNER_SOURCE)
  mkdirSync(join(temp, 'modules'))
  mkdirSync(join(temp, 'dirs'))
  const steps = probes.map((probe) => {
    const module = join(temp, 'modules', `${probe.module}.wasm`)
    if (!existsSync(module)) writeFileSync(module, modules.get(probe.module))
    const preopens = {}
    if (probe.dir) {
      const dir = join(temp, 'dirs', probe.id)
      mkdirSync(dir)
      for (const [path, content] of Object.entries(probe.dir.files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true })
        writeFileSync(join(dir, path), content)
      }
      preopens[probe.dir.guest] = dir
    }
    const vars = `${ENV_VAR}=${quote(JSON.stringify(probe.env))} ${PREOPENS_VAR}=${quote(JSON.stringify(preopens))}`
    const command = ['node', '--no-warnings', runner, module, ...probe.args].map(quote).join(' ')
    return `${vars} ${command} >/dev/null 2>&1; echo ${quote(probe.id)} $?`
  })
  return ['set -u', ...steps].join('\n')
}

/** The node runtime's outcome in the CLI's JSON output. */
function nodeOutcome(stdout) {
  const result = cliResult(stdout)
  const node = result.runtimes?.find((r) => r.id === 'node')
  if (!node || !Array.isArray(node.probes)) {
    throw new BenchError(`the CLI's JSON has no probes for node (status ${node?.status ?? 'absent'})`)
  }
  return { result, node }
}

/**
 * The catalog's entries for the probes the CLI lists, in its order: `probes`,
 * the modules it runs, and `notRun`, the outcomes of those it does not run on
 * node by design (status unsupported, e.g. components). Warns when the catalog
 * holds other probes (dist/ built from an older src/).
 */
function probesTheCliRuns(catalog, baseEnv, warnings) {
  const { node } = nodeOutcome(
    run(
      'wasi-probe (probe list)',
      process.execPath,
      [CLI, '--runtimes', 'node', '--probes', 'all', '--json'],
      baseEnv
    ).stdout
  )
  const byId = new Map(catalog.map((probe) => [probe.id, probe]))
  for (const outcome of node.probes) {
    if (!byId.has(outcome.id)) {
      throw new BenchError(`the CLI ran probe ${outcome.id}, which ${PROBES_SOURCE} does not hold`)
    }
  }
  const listed = new Set(node.probes.map((outcome) => outcome.id))
  const missing = catalog.filter((probe) => !listed.has(probe.id)).map((probe) => probe.id)
  if (missing.length > 0) {
    warnings.add(
      `${CLI} is older than ${PROBES_SOURCE}: it does not list ${missing.join(', ')} (npm run bundle); ` +
        `both sides ran the CLI's probes`
    )
  }
  return {
    listed: node.probes.map((outcome) => outcome.id),
    probes: node.probes.filter((o) => o.status !== 'unsupported').map((o) => byId.get(o.id)),
    notRun: node.probes.filter((o) => o.status === 'unsupported')
  }
}

/**
 * Checks the CLI's JSON: the node runtime ran the same probes every time, and
 * its basic and wasi probes passed (or were recorded, where the probe only
 * records). Keeps, for the measured runs, the engine's and the node runtime's
 * durationMs and every module's own durationMs; keeps the last exit codes.
 */
function probeChecker(listed, probes, warnings, seen) {
  return (stdout, measured) => {
    const { result, node } = nodeOutcome(stdout)
    if (node.probes.map((p) => p.id).join(',') !== listed.join(',')) {
      throw new BenchError(
        `the CLI listed ${plural(node.probes.length, 'probe')}, not the ${listed.length} it listed first`
      )
    }
    for (const outcome of node.probes) {
      if (outcome.category !== 'basic' && outcome.category !== 'wasi') continue
      const ok = outcome.status === 'pass' || (outcome.expected?.recordOnly && outcome.status === 'recorded')
      if (!ok) {
        warnings.add(
          `node: ${outcome.category} probe ${outcome.id} is ${outcome.status}` +
            `${outcome.reason ? ` (${outcome.reason})` : ''}`
        )
      }
    }
    seen.exitCodes = new Map(node.probes.map((p) => [p.id, p.exitCode]))
    if (!measured) return
    if (typeof result.durationMs === 'number') seen.engine.push(result.durationMs)
    if (typeof node.durationMs === 'number') seen.runtime.push(node.durationMs)
    const byId = new Map(node.probes.map((p) => [p.id, p]))
    seen.modules.push(probes.map((p) => byId.get(p.id).durationMs ?? 0))
  }
}

/** Checks the loop ran every module once; keeps the last exit codes. */
function loopChecker(probes, seen) {
  return (stdout) => {
    const lines = stdout.split('\n').filter((line) => line !== '')
    const ids = lines.map((line) => line.slice(0, line.lastIndexOf(' ')))
    if (ids.join(',') !== probes.map((p) => p.id).join(',')) {
      throw new BenchError(`the loop ran ${plural(lines.length, 'module')}, not the ${probes.length} probes`)
    }
    seen.exitCodes = new Map(lines.map((line, i) => [ids[i], Number(line.slice(line.lastIndexOf(' ') + 1))]))
  }
}

const { probeChildren, splitIntoBatches } = await loadTs('src/run/node-runtime.ts')

/** The modules each child of the engine runs, dealt out by src/run/node-runtime.ts itself. */
function childIndexes(count) {
  return splitIntoBatches([...Array(count).keys()], probeChildren(count))
}

/** Where the engine's time goes, from the JSON's own figures (medians over the measured runs). */
function engineNotes(wall, seen, loop, bare, probes) {
  if (seen.engine.length === 0) return ['A: the CLI reported no durationMs']
  const engine = stats(seen.engine).median
  const notes = [
    `A: engine durationMs (median, from the JSON) ${fmtMs(engine)} of ${fmtMs(wall.median)} wall; ` +
      `${fmtMs(wall.median - engine)} outside the engine (node start-up, loading the bundle, output)`
  ]
  if (seen.runtime.length > 0 && seen.modules.length > 0) {
    const runtime = stats(seen.runtime).median
    const batches = childIndexes(probes.length)
    const perChild = batches.map(
      (indexes) => stats(seen.modules.map((run) => indexes.reduce((sum, i) => sum + run[i], 0))).median
    )
    const slowest = Math.max(...perChild)
    notes.push(
      `A: the node runtime's durationMs ${fmtMs(runtime)} (the rest of the engine, ${fmtMs(engine - runtime)}, ` +
        `is host detection, finding node, writing the modules and the result); ` +
        `${batches.length} ${batches.length === 1 ? 'child' : 'children'} at once (${availableParallelism()} CPUs available), ` +
        `${batches.map((b) => b.length).join(' + ')} modules; ` +
        `modules' own time per child (sum of their durationMs, whole ms) ${perChild.map(fmtMs).join(' + ')}; ` +
        `so about ${fmtMs(runtime - slowest)} of the runtime is spawning the children, their node start-up, ` +
        `loading the runner, the version query and the directories`
    )
  }
  notes.push(
    `B: ${fmtMs(loop.median / probes.length)} a module (one node process each); ` +
      `C: one bare node start-up ${fmtMs(bare.median)}`
  )
  return notes
}

async function main() {
  requireBundles(CLI)
  const runs = runsFromEnv()
  const catalog = await readCatalog()
  const nodeDir = dirname(process.execPath)
  // The same `node` for this script, the CLI, its children and the loop.
  const basePath = [nodeDir, process.env.PATH ?? ''].filter(Boolean).join(delimiter)
  const baseEnv = { ...process.env, PATH: basePath }
  // What the engine's children run without: the loop's processes go without too.
  const childEnv = { ...baseEnv }
  delete childEnv.NODE_OPTIONS
  delete childEnv.NODE_EXTRA_CA_CERTS
  const node = process.execPath
  const warnings = new Set()
  const { listed, probes, notRun } = probesTheCliRuns(catalog, baseEnv, warnings)
  const modules = await readModules(probes)

  const invalid = probes.filter((p) => !WebAssembly.validate(modules.get(p.module)))
  const byCategory = new Map()
  for (const p of probes) byCategory.set(p.category, (byCategory.get(p.category) ?? 0) + 1)

  const loadBefore = loadavg()[0]
  const temp = mkdtempSync(join(tmpdir(), 'wasi-probe-bench-probes-'))
  try {
    const script = prepareLoop(probes, modules, temp)
    const log = (text) => process.stderr.write(`bench: ${text}\n`)
    log(
      `node ${process.version}, ${process.platform}-${process.arch}, ${cpus().length} CPUs, ` +
        `${plural(runs, 'run')} + 1 warm-up`
    )
    log(`--probes all (${plural(probes.length, 'module')}) through node versus a bash loop of node processes`)
    const seenA = { engine: [], runtime: [], modules: [], exitCodes: new Map() }
    const seenB = { exitCodes: new Map() }
    const [probeA, loopB, bareC] = timeCases(
      [
        {
          label: 'wasi-probe --runtimes node --probes all',
          command: node,
          args: [CLI, '--runtimes', 'node', '--probes', 'all', '--json'],
          env: baseEnv,
          check: probeChecker(listed, probes, warnings, seenA)
        },
        {
          label: 'node loop',
          command: 'bash',
          args: ['-c', script],
          env: childEnv,
          check: loopChecker(probes, seenB)
        },
        { label: 'node -e 0', command: node, args: ['--no-warnings', '-e', '0'], env: childEnv }
      ],
      runs
    )
    for (const p of probes) {
      const [cli, loop] = [seenA.exitCodes.get(p.id), seenB.exitCodes.get(p.id)]
      if (cli !== loop) warnings.add(`${p.id}: exit code ${cli} in the CLI but ${loop} in the loop`)
    }

    const rows = [
      ['A  wasi-probe --runtimes node --probes all --json', ...msCells(probeA)],
      [`B  bash: ${probes.length} × node runner.cjs, one process each`, ...msCells(loopB)],
      ['C  node --no-warnings -e 0 (reference)', ...msCells(bareC)]
    ]
    const comparisons = []
    if (seenA.engine.length > 0) {
      const ratio = stats(seenA.engine).median / loopB.median
      comparisons.push([
        `A  probing / loop, node, ${plural(probes.length, 'module')}`,
        `${ratio.toFixed(2)}×`,
        `≤ ${TARGET_RATIO.toFixed(2)}×`,
        verdict(ratio <= TARGET_RATIO)
      ])
    }
    comparisons.push([
      'A  whole CLI process / loop',
      `${(probeA.median / loopB.median).toFixed(2)}×`,
      '(info)',
      ''
    ])

    console.log(machineLine('wasi-probe bench (probes)', loadBefore, runs, '\n'))
    console.log(table(['measurement', 'median', 'min', 'max', 'cpu (median)'], rows))
    console.log('')
    console.log(table(['comparison', 'figure', 'target', 'verdict'], comparisons))
    console.log('')
    console.log(
      `modules: ${probes.length} run in each (${[...byCategory].map(([c, n]) => `${n} ${c}`).join(', ')}); ` +
        (invalid.length === 0
          ? `all validate on node ${process.version}`
          : `${invalid.length} do not validate on node ${process.version} and fail fast at compile time ` +
            `in both (${invalid.map((p) => p.id).join(', ')})`)
    )
    if (notRun.length > 0) {
      console.log(
        `not run on node by the engine (so not in the loop either): ` +
          notRun.map((o) => `${o.id} (${o.status}: ${o.reason ?? 'no reason given'})`).join(', ')
      )
    }
    for (const note of engineNotes(probeA, seenA, loopB, bareC, probes)) console.log(note)
    const dirs = probes.filter((p) => p.dir).length
    console.log(
      `B: the ${dirs} preopened ${dirs === 1 ? 'directory is' : 'directories are'} made once before timing; ` +
        'the engine makes fresh ones inside its own time'
    )
    const stripped = ['NODE_OPTIONS', 'NODE_EXTRA_CA_CERTS'].filter((name) => process.env[name])
    if (stripped.length > 0) {
      console.log(
        `note: ${stripped.join(' and ')} set: B and C run without, as the engine's children do; ` +
          'the CLI process itself (A, wall) pays for it'
      )
    }
    for (const warning of warnings) console.log(`WARNING: ${warning}`)
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}

await runBench(main)
