// How one probe outcome reads in a table, shared by the summary and the terminal.
import type { ProbeOutcome } from './result.js'

export const STATUS_SYMBOLS: Record<string, string> = {
  pass: '✅',
  fail: '❌',
  trap: '❌',
  timeout: '⏱',
  unsupported: '➖',
  missing: '➖',
  error: '⚠️'
}

/** `✅`, or the symbol with what was seen: `❌ exit 0`, `❌ stdout`, `❌ trap`, `⏱ timeout`. */
export function probeCell(probe: ProbeOutcome | undefined): string {
  if (!probe) return STATUS_SYMBOLS.missing
  const symbol = STATUS_SYMBOLS[probe.status]
  switch (probe.status) {
    case 'pass':
      return symbol
    case 'fail':
      if (probe.exitCode !== probe.expected.exitCode) {
        return `${symbol} ${probe.signal ? probe.signal : `exit ${probe.exitCode}`}`
      }
      return `${symbol} stdout`
    case 'trap':
      return `${symbol} trap${probe.exitCode !== null ? ` (exit ${probe.exitCode})` : ''}`
    default:
      return `${symbol} ${probe.status}`
  }
}
