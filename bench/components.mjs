// Benchmark (not a test): `probes: component` on jco through the engine versus
// a bash loop of `jco run` per component, the same WASI 0.2 components, with
// each probe's arguments (jco from the devDependencies, node_modules/.bin).
//
// The engine transpiles each component once and runs them all in batches of a
// child node each; `jco run` transpiles and starts a node per component. The
// engine is the bundled CLI when it knows jco, else the CLI from source through
// tsx (whose start-up then counts against it). Each figure is the median of
// BENCH_RUNS runs (default 7) after one warm-up. Prints figures and the ratio;
// exits 0 unless something crashes.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import {
  BenchError,
  CLI,
  ROOT,
  cliResult,
  fmtMs,
  loadTs,
  machineLine,
  msCells,
  plural,
  quote,
  run,
  runBench,
  runsFromEnv,
  table,
  timeCases,
  verdict
} from './common.mjs'

const TARGET_RATIO = 0.5
const JCO = join(ROOT, 'node_modules/.bin/jco')

/** The bundled CLI if it has the jco adapter, else the CLI from source. */
function engineCommand(env) {
  if (existsSync(CLI) && run('help', process.execPath, [CLI, '--help'], env).stdout.includes('jco'))
    return { args: [CLI], how: 'the bundled CLI (dist/cli/index.js)' }
  return { args: ['--import', 'tsx', join(ROOT, 'src/cli/index.ts')], how: 'the CLI from source (tsx)' }
}

async function main() {
  if (!existsSync(JCO)) throw new BenchError(`${JCO} does not exist: run npm install`)
  const runs = runsFromEnv()
  const { COMPONENT_PROBES } = await loadTs('src/probes/components.ts')
  const { moduleBytes } = await loadTs('src/probes/catalog.ts')
  const env = {
    ...process.env,
    PATH: [dirname(JCO), dirname(process.execPath), process.env.PATH ?? ''].filter(Boolean).join(delimiter)
  }
  const loadBefore = loadavg()[0]
  const temp = mkdtempSync(join(tmpdir(), 'wasi-probe-bench-components-'))
  try {
    const dir = join(temp, 'components')
    mkdirSync(dir)
    // `jco run` per probe, with its arguments and environment, stdin empty; the exit codes are not judged.
    const lines = COMPONENT_PROBES.map((probe) => {
      const path = join(dir, `${probe.module}.wasm`)
      writeFileSync(path, moduleBytes(probe.module))
      const envWords = Object.entries(probe.env).map(([k, v]) => quote(`${k}=${v}`))
      return `${envWords.length ? `env ${envWords.join(' ')} ` : ''}${quote(JCO)} run ${quote(path)} ${probe.args.map(quote).join(' ')} </dev/null >/dev/null 2>&1`
    })
    const loop = lines.join('\n') + '\nexit 0\n'
    const engine = engineCommand(env)
    const engineMs = []
    const cases = [
      {
        label: `engine: --runtimes jco --probes component`,
        command: process.execPath,
        args: [...engine.args, '--runtimes', 'jco', '--probes', 'component', '--json'],
        env,
        okStatuses: [0, 1],
        check: (stdout, measured) => {
          const runtime = cliResult(stdout).runtimes.find((r) => r.id === 'jco')
          if (runtime?.status !== 'pass')
            throw new BenchError(`jco is ${runtime?.status ?? 'absent'} (${runtime?.reason ?? ''})`)
          if (measured) engineMs.push(cliResult(stdout).durationMs)
        }
      },
      { label: `bash loop: ${plural(lines.length, 'jco run')}`, command: 'bash', args: ['-c', loop], env }
    ]
    process.stderr.write(
      `bench: ${plural(COMPONENT_PROBES.length, 'component')}, ${engine.how}, ${plural(runs, 'run')} + 1 warm-up\n`
    )
    const [ours, baseline] = timeCases(cases, runs)
    const ratio = ours.median / baseline.median
    console.log(machineLine('wasi-probe bench:components', loadBefore, runs, `; ${engine.how}`))
    console.log(
      table(
        ['case', 'median', 'min', 'max', 'cpu'],
        cases.map((c, i) => [c.label, ...msCells([ours, baseline][i])])
      )
    )
    const engineMedian = [...engineMs].sort((a, b) => a - b)[Math.floor(engineMs.length / 2)]
    console.log(`engine's own durationMs (median): ${fmtMs(engineMedian)}`)
    console.log(
      `ratio engine / loop: ${ratio.toFixed(2)}× (target ≤ ${TARGET_RATIO}×) ${verdict(ratio <= TARGET_RATIO)}`
    )
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}

await runBench(main, 'wasi-probe bench:components')
