// Benchmark (not a test): how long the bundled CLI takes compared with a plain
// shell loop doing the same work, and what it costs to start.
//
//   A. `--runtimes node` versus a bash loop: `node --version` + 3 × node:wasi
//   B. 4 fake CLI runtimes at once versus a bash loop running them one by one
//   C. `--help` versus `node -e 0`, and the bundle sizes
//   D. the real node, deno and bun (deno and bun from npm) at once versus a bash
//      loop running each one's version query and the three modules its way
//
// Each figure is the median of BENCH_RUNS runs (default 7) after one warm-up;
// the cpu column is the children's user + system time (Linux only), which
// shows how much of the wall time other load on the machine may explain.
// Prints figures and ratios; exits 0 unless something crashes.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import {
  BenchError,
  CLI,
  FAKE_RUNTIME_MODULE,
  ROOT,
  fmtMs,
  loadTs,
  msCells,
  plural,
  quote,
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

const ACTION = join(ROOT, 'dist/index.js')
const MODULE_IDS = ['seed', 'exit-code', 'stdout']
/** What each module must end with: exit code (and, for stdout, the line it prints). */
const EXPECTED_EXIT = { seed: 0, 'exit-code': 42, stdout: 0 }
const STDOUT_LINE = 'wasi-probe ok'

/** The runtimes of part B: their adapters say how their CLIs are asked for a version and run a module. */
const CLI_RUNTIME_IDS = ['wasmtime', 'wasmer', 'wazero', 'wasm3']

const TARGETS = { nodeRatio: 0.6, cliRatio: 0.7, startupMs: 150, jsHostsRatio: 0.6 }

/** The JavaScript hosts of part D, besides node: real binaries from npm (devDependencies). */
const JS_HOST_IDS = ['deno', 'bun']
/** The runner of the baseline loop: one module per `node` process. */
const RUNNER_SOURCE = `'use strict'
const { readFileSync } = require('node:fs')
const { WASI } = require('node:wasi')
const path = process.argv[2]
const wasi = new WASI({ version: 'preview1', args: [path], env: {}, returnOnExit: true })
const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(path)), wasi.getImportObject())
process.exit(wasi.start(instance) ?? 0)
`

/** The three modules' bytes, as the catalog gives them. */
async function readModules() {
  const { moduleBytes } = await loadTs('src/probes/catalog.ts')
  return new Map(MODULE_IDS.map((id) => [id, Buffer.from(moduleBytes(id))]))
}

/** Writes the three modules into `dir`; returns id → path. */
function writeModules(modules, dir) {
  mkdirSync(dir, { recursive: true })
  const paths = {}
  for (const id of MODULE_IDS) {
    paths[id] = join(dir, `${id}.wasm`)
    writeFileSync(paths[id], modules.get(id))
  }
  return paths
}

/** A bash line running `argv` that fails the script unless it exits with `expected`. */
function shellStep(argv, expected = 0) {
  const command = argv.map(quote).join(' ')
  return expected === 0 ? `${command} || exit 1` : `${command}; [ $? -eq ${expected} ] || exit 1`
}

/**
 * CPU time (user + system, ms) of this process's waited-for children and their
 * own waited-for descendants, from /proc/self/stat (cutime + cstime, at the
 * usual 100 ticks a second); undefined where there is no /proc.
 */
/** Runs a command to its end; throws when it cannot start, times out, or exits non-zero. */

/** Checks a probe's JSON result: the listed runtimes must pass. Keeps warnings and engine times. */
function resultChecker(ids, warnings, engineMs) {
  return (stdout, measured) => {
    const result = cliResult(stdout)
    if (measured && typeof result.durationMs === 'number') engineMs.push(result.durationMs)
    for (const id of ids) {
      const outcome = result.runtimes?.find((r) => r.id === id)
      if (outcome?.status !== 'pass') {
        const status = outcome ? outcome.status : 'absent'
        warnings.add(
          `${id} is ${status}${outcome?.reason ? ` (${outcome.reason})` : ''}: the comparison is meaningless`
        )
      }
    }
  }
}

function loopChecker(label, expectedLines) {
  return (stdout) => {
    const count = stdout.split('\n').filter((line) => line === STDOUT_LINE).length
    if (count !== expectedLines) {
      throw new BenchError(
        `${label}: printed ${JSON.stringify(STDOUT_LINE)} ${count} times, not ${expectedLines}`
      )
    }
  }
}

const fmtKiB = (path) => (existsSync(path) ? `${(statSync(path).size / 1024).toFixed(1)} KiB` : 'missing')
async function main() {
  requireBundles(CLI)
  const runs = runsFromEnv()
  const modules = await readModules()
  const { writeFakeRuntime } = await loadTs('__tests__/helpers/fake-runtimes.ts')
  const { runtimeById } = await loadTs('src/runtimes/index.ts')
  const CLI_RUNTIMES = CLI_RUNTIME_IDS.map((id) => runtimeById(id))
  const nodeDir = dirname(process.execPath)
  // The same `node` for this script, the CLI, its child and the loops.
  const basePath = [nodeDir, process.env.PATH ?? ''].filter(Boolean).join(delimiter)
  const baseEnv = { ...process.env, PATH: basePath }
  const node = process.execPath

  const loadBefore = loadavg()[0]
  const temp = mkdtempSync(join(tmpdir(), 'wasi-probe-bench-'))
  try {
    const paths = writeModules(modules, join(temp, 'modules'))
    const log = (text) => process.stderr.write(`bench: ${text}\n`)
    log(
      `node ${process.version}, ${process.platform}-${process.arch}, ${cpus().length} CPUs, ${plural(runs, 'run')} + 1 warm-up`
    )
    const rows = []
    const comparisons = []
    const warnings = new Set()
    const notes = []

    // A. node alone.
    log('A: --runtimes node versus a bash loop of node processes')
    const runner = join(temp, 'runner.cjs')
    writeFileSync(runner, RUNNER_SOURCE)
    const nodeLoop = [
      'set -u',
      shellStep(['node', '--version']),
      ...MODULE_IDS.map((id) => shellStep(['node', '--no-warnings', runner, paths[id]], EXPECTED_EXIT[id]))
    ].join('\n')
    const engineA = []
    const [probeA, loopA] = timeCases(
      [
        {
          label: 'wasi-probe --runtimes node',
          command: node,
          args: [CLI, '--runtimes', 'node', '--json'],
          env: baseEnv,
          check: resultChecker(['node'], warnings, engineA)
        },
        {
          label: 'node loop',
          command: 'bash',
          args: ['-c', nodeLoop],
          env: baseEnv,
          check: loopChecker('node loop', 1)
        }
      ],
      runs
    )
    rows.push(['A  wasi-probe --runtimes node --json', ...msCells(probeA)])
    rows.push(['A  bash: node --version + 3 × node:wasi', ...msCells(loopA)])
    comparisons.push(...ratioRows('A', 'node', probeA, engineA, loopA, TARGETS.nodeRatio))
    notes.push(engineNote('A', probeA, engineA))

    // B. several CLI runtimes at once.
    if (existsSync(FAKE_RUNTIME_MODULE)) {
      log(`B: ${CLI_RUNTIMES.length} fake runtimes in parallel versus one after another`)
      const fakeDir = join(temp, 'bin')
      mkdirSync(fakeDir)
      for (const runtime of CLI_RUNTIMES) writeFakeRuntime(fakeDir, runtime.binary)
      const fakeEnv = { ...process.env, PATH: [fakeDir, basePath].join(delimiter) }
      const ids = CLI_RUNTIMES.map((r) => r.id)
      const cliLoop = [
        'set -u',
        ...CLI_RUNTIMES.flatMap((r) => [
          shellStep([r.binary, ...r.versionArgs]),
          ...MODULE_IDS.map((id) =>
            shellStep(
              [r.binary, ...r.argv({ module: paths[id], args: [], env: {}, dirs: [] })],
              EXPECTED_EXIT[id]
            )
          )
        ])
      ].join('\n')
      const engineB = []
      const [probeB, loopB] = timeCases(
        [
          {
            label: `wasi-probe --runtimes ${ids.join(',')}`,
            command: node,
            args: [CLI, '--runtimes', ids.join(','), '--json'],
            env: fakeEnv,
            check: resultChecker(ids, warnings, engineB)
          },
          {
            label: 'runtime loop',
            command: 'bash',
            args: ['-c', cliLoop],
            env: fakeEnv,
            check: loopChecker('runtime loop', CLI_RUNTIMES.length)
          }
        ],
        runs
      )
      rows.push([`B  wasi-probe --runtimes ${ids.join(',')} --json`, ...msCells(probeB)])
      rows.push([`B  bash: ${ids.length} × (version + 3 modules)`, ...msCells(loopB)])
      comparisons.push(...ratioRows('B', `${ids.length} runtimes`, probeB, engineB, loopB, TARGETS.cliRatio))
      notes.push(engineNote('B', probeB, engineB))
    } else {
      warnings.add(`${FAKE_RUNTIME_MODULE} not found: part B skipped`)
    }

    // D. the JavaScript hosts, real ones.
    const npmBin = join(ROOT, 'node_modules', '.bin')
    if (JS_HOST_IDS.every((id) => existsSync(join(npmBin, id)))) {
      log(`D: node, ${JS_HOST_IDS.join(', ')} (real) at once versus one after another`)
      const hosts = JS_HOST_IDS.map((id) => runtimeById(id))
      const hostEnv = { ...process.env, PATH: [npmBin, basePath].join(delimiter) }
      const ids = ['node', ...JS_HOST_IDS]
      /** Each host's facts as the engine gives them: its helper file written where the loop can read it. */
      const factsOf = (spec) => {
        if (!spec.helper) return undefined
        const helper = join(temp, `${spec.id}-helper`, spec.helper.file)
        mkdirSync(dirname(helper), { recursive: true })
        writeFileSync(helper, spec.helper.source)
        return { version: null, os: 'linux', helper }
      }
      const hostLoop = [
        'set -u',
        nodeLoop.replace(/^set -u\n/, ''),
        ...hosts.flatMap((spec) => {
          const facts = factsOf(spec)
          return [
            shellStep([spec.binary, ...spec.versionArgs]),
            ...MODULE_IDS.map((id) =>
              shellStep(
                [spec.binary, ...spec.argv({ module: paths[id], args: [], env: {}, dirs: [] }, facts)],
                EXPECTED_EXIT[id]
              )
            )
          ]
        })
      ].join('\n')
      const engineD = []
      const [probeD, loopD] = timeCases(
        [
          {
            label: `wasi-probe --runtimes ${ids.join(',')}`,
            command: node,
            args: [CLI, '--runtimes', ids.join(','), '--json'],
            env: hostEnv,
            check: resultChecker(ids, warnings, engineD)
          },
          {
            label: 'host loop',
            command: 'bash',
            args: ['-c', hostLoop],
            env: hostEnv,
            check: loopChecker('host loop', ids.length)
          }
        ],
        runs
      )
      rows.push([`D  wasi-probe --runtimes ${ids.join(',')} --json`, ...msCells(probeD)])
      rows.push([`D  bash: ${ids.length} × (version + 3 modules)`, ...msCells(loopD)])
      comparisons.push(...ratioRows('D', ids.join(', '), probeD, engineD, loopD, TARGETS.jsHostsRatio))
      notes.push(engineNote('D', probeD, engineD))
    } else {
      warnings.add(
        `${JS_HOST_IDS.join(' or ')} not in node_modules/.bin (npm ci installs them): part D skipped`
      )
    }

    // C. start-up.
    log('C: --help versus node -e 0')
    const [help, bare] = timeCases(
      [
        { label: 'wasi-probe --help', command: node, args: [CLI, '--help'], env: baseEnv },
        { label: 'node -e 0', command: node, args: ['-e', '0'], env: baseEnv }
      ],
      runs
    )
    rows.push(['C  wasi-probe --help', ...msCells(help)])
    rows.push(['C  node -e 0', ...msCells(bare)])
    const startup = help.median - bare.median
    comparisons.push([
      'C  --help − node -e 0',
      `${startup >= 0 ? '+' : ''}${startup.toFixed(1)} ms`,
      `≤ +${TARGETS.startupMs} ms`,
      verdict(startup <= TARGETS.startupMs)
    ])

    console.log(machineLine('wasi-probe bench', loadBefore, runs, '\n'))
    console.log(table(['measurement', 'median', 'min', 'max', 'cpu (median)'], rows))
    console.log('')
    console.log(table(['comparison', 'figure', 'target', 'verdict'], comparisons))
    console.log('')
    for (const note of notes) console.log(note)
    console.log(`bundle sizes: dist/index.js ${fmtKiB(ACTION)}, dist/cli/index.js ${fmtKiB(CLI)}`)
    if (process.env.NODE_EXTRA_CA_CERTS) {
      console.log('note: NODE_EXTRA_CA_CERTS is set: every node process (on both sides) pays for loading it')
    }
    for (const warning of warnings) console.log(`WARNING: ${warning}`)
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}

/**
 * The target is met by the probing itself, as the action runs it: inside the
 * runner's already running node, so the engine's own time (its durationMs,
 * runProbe from start to end). The whole CLI process, its own node start-up
 * included, is shown beside it for information.
 */
function ratioRows(part, what, wall, engineMs, loop, target) {
  const rows = []
  if (engineMs.length > 0) {
    const ratio = stats(engineMs).median / loop.median
    rows.push([
      `${part}  probing / loop, ${what}`,
      `${ratio.toFixed(2)}×`,
      `≤ ${target.toFixed(2)}×`,
      verdict(ratio <= target)
    ])
  }
  const whole = wall.median / loop.median
  rows.push([`${part}  whole CLI process / loop`, `${whole.toFixed(2)}×`, '(info)', ''])
  return rows
}

/** How much of the CLI's wall time the engine itself reports (the rest is start-up and output). */
function engineNote(part, wall, engineMs) {
  if (engineMs.length === 0) return `${part}: the CLI reported no durationMs`
  const engine = stats(engineMs).median
  return (
    `${part}: engine durationMs (median, from the JSON) ${fmtMs(engine)} of ${fmtMs(wall.median)} wall; ` +
    `${fmtMs(wall.median - engine)} outside the engine (node start-up, loading, output)`
  )
}

await runBench(main)
