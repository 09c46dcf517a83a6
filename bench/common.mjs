// What the benchmarks share: running and timing commands, and printing tables.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

export const CLI = join(ROOT, 'dist/cli/index.js')

export const FAKE_RUNTIME_MODULE = join(ROOT, '__tests__/fixtures/fake-runtime/fake-runtime.mjs')

export const SPAWN_TIMEOUT_MS = 180_000

export class BenchError extends Error {}

/** Runs a benchmark's main(): a BenchError is a message and exit status 1, anything else a crash. */
export async function runBench(main, name = 'wasi-probe bench') {
  try {
    await main()
  } catch (error) {
    if (!(error instanceof BenchError)) throw error
    console.error(`${name}: ${error.message}`)
    process.exitCode = 1
  }
}

/** Fails unless every bundled entry a benchmark runs has been built. */
export function requireBundles(...paths) {
  for (const path of paths)
    if (!existsSync(path)) throw new BenchError(`${path} does not exist: run npm run bundle first`)
}

/** The CLI's `--json` output, parsed. */
export function cliResult(stdout) {
  try {
    return JSON.parse(stdout)
  } catch {
    throw new BenchError(`the CLI printed no JSON result:\n${stdout.slice(0, 500)}`)
  }
}

/** The line that says on what machine, under what load, the figures were taken. */
export function machineLine(name, loadBefore, runs, more = '') {
  return (
    `${name}: node ${process.version}, ${process.platform}-${process.arch}, ` +
    `${cpus().length} CPUs, load ${loadBefore.toFixed(2)} → ${loadavg()[0].toFixed(2)}; ` +
    `median of ${plural(runs, 'run')} after 1 warm-up${more}`
  )
}

/**
 * A TypeScript module of the project (src/, __tests__/helpers/), loaded through
 * tsx: the benchmarks use the catalog, the fixtures and the helpers the tests
 * use, rather than copies of them.
 */
export async function loadTs(relativePath) {
  let tsx
  try {
    tsx = await import('tsx/esm/api')
  } catch {
    throw new BenchError('cannot load tsx (a devDependency): run npm install')
  }
  return tsx.tsImport(pathToFileURL(join(ROOT, relativePath)).href, import.meta.url)
}

export function runsFromEnv() {
  const raw = process.env.BENCH_RUNS
  if (raw === undefined || raw === '') return 7
  const runs = Number(raw)
  if (!Number.isInteger(runs) || runs < 1)
    throw new BenchError(`BENCH_RUNS must be a positive integer, not ${raw}`)
  return runs
}

export const quote = (word) => `'${String(word).replace(/'/g, `'\\''`)}'`

export function childCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')
    const ticks = Number(fields[13]) + Number(fields[14])
    return Number.isFinite(ticks) ? ticks * 10 : undefined
  } catch {
    return undefined
  }
}

/** Runs a command to its end; `okStatuses` are the exit codes that mean it worked (default: 0). */
export function run(label, command, args, env, { cwd = ROOT, okStatuses = [0] } = {}) {
  const cpuBefore = childCpuMs()
  const started = performance.now()
  const result = spawnSync(command, args, {
    cwd,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    timeout: SPAWN_TIMEOUT_MS
  })
  const ms = performance.now() - started
  const cpuAfter = childCpuMs()
  const cpuMs = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore
  if (result.error) throw new BenchError(`${label}: ${result.error.message}`)
  if (!okStatuses.includes(result.status)) {
    const end = result.signal ? `killed by ${result.signal}` : `exit code ${result.status}`
    throw new BenchError(`${label}: ${end}\n${result.stderr.trim()}`)
  }
  return { ms, cpuMs, stdout: result.stdout }
}

export function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  return { median, min: sorted[0], max: sorted[sorted.length - 1] }
}

export const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`

export const fmtMs = (ms) => `${ms.toFixed(1)} ms`

export const verdict = (ok) => (ok ? 'PASS' : 'MISS')

export function table(header, rows) {
  const all = [header, ...rows]
  const widths = header.map((_, i) => Math.max(...all.map((row) => String(row[i]).length)))
  const line = (row) =>
    row
      .map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i])))
      .join('  ')
      .trimEnd()
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

export function msCells(s) {
  return [fmtMs(s.median), fmtMs(s.min), fmtMs(s.max), s.cpu === undefined ? 'n/a' : `${s.cpu.toFixed(0)} ms`]
}

/**
 * Times each case `runs` times after one warm-up, the cases taking turns so
 * that drift on the machine hits all of them alike. `check` sees every output
 * (and whether it is a measured run rather than the warm-up).
 */
export function timeCases(cases, runs) {
  const samples = cases.map(() => [])
  const cpu = cases.map(() => [])
  for (let round = 0; round <= runs; round++) {
    cases.forEach((c, i) => {
      const { ms, cpuMs, stdout } = run(c.label, c.command, c.args, c.env, c)
      c.check?.(stdout, round > 0)
      if (round > 0) {
        samples[i].push(ms)
        if (cpuMs !== undefined) cpu[i].push(cpuMs)
      }
    })
  }
  return samples.map((s, i) => ({
    ...stats(s),
    cpu: cpu[i].length === s.length ? stats(cpu[i]).median : undefined
  }))
}
