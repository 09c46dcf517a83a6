// How one probe outcome reads in a table, shared by the summary and the terminal.
import { clipped } from './escape.js'
import type { ProbeOutcome, RuntimeOutcome } from '../result/index.js'

/**
 * How much of a runtime's version and of a path is shown and published: a
 * version comes from the runtime's own output (up to 64 KiB of it), and one
 * that long would fill the log, the summary and the outputs. Longer ones are
 * cut there and end in `…`.
 */
export const VERSION_CHARS = 128
export const PATH_CHARS = 1024
/** How much of a suite's or a test's name is shown. */
export const NAME_CHARS = 200

/** True when the runtime was to be installed and that failed: it is not there, whatever was asked for. */
export function installFailed(runtime: RuntimeOutcome): boolean {
  return runtime.failedStage !== undefined && runtime.failedStage !== 'run'
}

/**
 * True when the runtime is there to be probed: not missing, not without a
 * build, not an install that failed, and for native a binfmt_misc entry.
 */
export function isFound(runtime: RuntimeOutcome): boolean {
  if (runtime.status === 'missing' || runtime.status === 'unavailable' || installFailed(runtime)) return false
  return !(runtime.id === 'native' && runtime.status === 'unsupported' && runtime.probes.length === 0)
}

/** The version as shown and published, or null when there is none (an install that failed has none). */
export function shownVersion(runtime: RuntimeOutcome): string | null {
  if (installFailed(runtime)) return null
  const version = runtime.version ?? runtime.install?.version ?? null
  return version === null ? null : clipped(version, VERSION_CHARS)
}

export const shownPath = (path: string) => clipped(path, PATH_CHARS)
export const shownName = (name: string) => clipped(name, NAME_CHARS)

export const STATUS_SYMBOLS: Record<string, string> = {
  pass: '✅',
  fail: '❌',
  trap: '❌',
  timeout: '⏱',
  unsupported: '➖',
  missing: '❔',
  unavailable: '🚫',
  error: '⚠️',
  recorded: '📝',
  skip: '⏭',
  xfail: '☑️',
  xpass: '❗'
}

/** A probe this runtime was not given (another runtime was): not the same as a runtime that is missing. */
export const NOT_PROBED = '—'

/** What each symbol of a table means, in the order a legend lists them. */
const MEANINGS: [symbol: string, meaning: string][] = [
  [STATUS_SYMBOLS.pass, 'passed'],
  [STATUS_SYMBOLS.fail, 'failed: what failed, or what was seen'],
  [STATUS_SYMBOLS.timeout, 'timed out'],
  [STATUS_SYMBOLS.error, 'error: could not run'],
  [STATUS_SYMBOLS.unsupported, 'unsupported: the runtime cannot run it'],
  [STATUS_SYMBOLS.recorded, 'recorded, not judged'],
  [STATUS_SYMBOLS.skip, 'skipped by an expectation file'],
  [STATUS_SYMBOLS.xfail, 'failed, as an expectation file says'],
  [STATUS_SYMBOLS.xpass, 'passed, though an expectation file says it fails'],
  [NOT_PROBED, 'not probed'],
  [STATUS_SYMBOLS.missing, 'runtime not found'],
  [STATUS_SYMBOLS.unavailable, 'no build for this platform']
]

/**
 * What the symbols that `cells` begin with mean, `✅ passed · ➖ unsupported: …`,
 * and with `counts` what `4/7` is; empty when there is nothing to explain.
 */
export function legend(cells: readonly string[], counts = false): string {
  const used = MEANINGS.filter(([symbol]) => cells.some((cell) => cell.startsWith(symbol)))
  const parts = used.map(([symbol, meaning]) => `${symbol} ${meaning}`)
  if (counts) parts.push('n/m: passed of those judged (unsupported and recorded ones apart)')
  return parts.join(' · ')
}

/** How a failed check of one of the user's tests reads in a cell. */
const CHECK_WORDS: Record<string, string> = {
  'exit-code': 'exit',
  trap: 'trap',
  timeout: 'timeout',
  stdout: 'stdout',
  stderr: 'stderr',
  start: 'could not start'
}

/** `✅`, or the symbol with what was seen: `❌ exit 0`, `❌ stdout`, `❌ trap`, `⏱ timeout`. */
export function probeCell(probe: ProbeOutcome | undefined): string {
  if (!probe) return NOT_PROBED
  const symbol = STATUS_SYMBOLS[probe.status]
  if (probe.test !== undefined && probe.status !== 'pass') {
    // One of the user's tests: its outcome, and for a failure which check failed.
    const check = probe.failedCheck && (CHECK_WORDS[probe.failedCheck] ?? probe.failedCheck)
    const detail =
      probe.failedCheck === 'exit-code' ? `exit ${probe.signal ?? probe.exitCode}` : (check ?? probe.status)
    return probe.status === 'fail' ? `${symbol} ${detail}` : `${symbol} ${probe.status}`
  }
  switch (probe.status) {
    case 'pass':
      return symbol
    case 'fail':
      if (
        probe.expected.exitCode === 'nonzero'
          ? probe.exitCode === 0
          : probe.exitCode !== probe.expected.exitCode
      ) {
        return `${symbol} ${probe.signal ? probe.signal : `exit ${probe.exitCode}`}`
      }
      return `${symbol} stdout`
    case 'trap':
      return `${symbol} trap${probe.exitCode !== null ? ` (exit ${probe.exitCode})` : ''}`
    case 'recorded':
      return `${symbol} ${probe.signal ?? `exit ${probe.exitCode}`}`
    default:
      return `${symbol} ${probe.status}`
  }
}

/** The cell of one probe in a runtime's row; a runtime that never ran shows its own status. */
export function runtimeProbeCell(runtime: RuntimeOutcome, probeId: string): string {
  if (runtime.probes.length === 0) return STATUS_SYMBOLS[runtime.status] ?? STATUS_SYMBOLS.missing
  return probeCell(runtime.probes.find((p) => p.id === probeId))
}

/** Where the runtime came from, or why it is not there. */
export function sourceCell(runtime: RuntimeOutcome): string {
  if (runtime.status === 'missing') return 'not found'
  if (runtime.status === 'unavailable') return 'unavailable'
  if (runtime.failedStage && runtime.failedStage !== 'run') return `install failed (${runtime.failedStage})`
  return runtime.source ?? '-'
}
