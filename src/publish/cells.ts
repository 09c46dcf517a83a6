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

/** The version as shown and published, or null when there is none. */
export function shownVersion(runtime: RuntimeOutcome): string | null {
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
  missing: '➖',
  unavailable: '➖',
  error: '⚠️',
  recorded: '📝',
  skip: '⏭',
  xfail: '☑️',
  xpass: '❗'
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
  if (!probe) return STATUS_SYMBOLS.missing
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
