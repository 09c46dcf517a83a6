// The CLI's table: plain text, columns padded to their widest cell.
import { BASIC_PROBES } from '../probes/catalog.js'
import { capabilityGroups, unsupportedLine } from './capabilities.js'
import { runtimeProbeCell, sourceCell } from './cells.js'
import { notACommand, oneLine } from './escape.js'
import type { ProbeResult } from '../result/index.js'

/** Display width, counting the emoji we print as two columns. */
function width(text: string): number {
  let columns = 0
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    if (code === 0xfe0f) continue
    columns += code >= 0x2300 ? 2 : 1
  }
  return columns
}

function pad(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - width(text)))
}

export function terminalTable(result: ProbeResult): string {
  const probeIds = BASIC_PROBES.map((probe) => probe.id)
  const header = ['runtime', 'version', 'source', ...probeIds, 'status']
  const rows = result.runtimes.map((runtime) => [
    runtime.id,
    runtime.version ?? runtime.install?.version ?? '-',
    sourceCell(runtime),
    ...probeIds.map((id) => runtimeProbeCell(runtime, id)),
    runtime.status
  ])
  const table = textTable(header, rows)
  const { os, arch, libc } = result.host
  const lines = [
    `wasi-probe ${result.tool.version} on ${[os, arch, libc].filter(Boolean).join(' ')}`,
    '',
    ...table,
    ''
  ]
  const native = result.native
  lines.push(
    native.status === 'pass'
      ? `native: yes, through ${native.handler}`
      : `native: ${native.status}${native.reason ? ` (${native.reason})` : ''}`
  )
  lines.push(`supported: ${result.supported.length > 0 ? result.supported.join(', ') : 'none'}`)
  for (const runtime of result.runtimes.filter(
    (r) => (r.status === 'fail' || r.status === 'error') && r.id !== 'native'
  )) {
    lines.push(`${runtime.id}: ${runtime.reason ?? runtime.status}`)
  }
  if (!result.failOn.ok) lines.push(result.failOn.message)
  lines.push(...capabilityTables(result))
  // A reason may hold line breaks (a runtime's or sudo's words): each line is guarded, not each entry.
  return lines.join('\n').split('\n').map(notACommand).join('\n')
}

/** Rows padded to their widest cell, two spaces apart. */
function textTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => width(row[column] ?? '')))
  )
  return [header, ...rows].map((row) =>
    row
      .map((cell, column) => pad(cell, widths[column]))
      .join('  ')
      .trimEnd()
  )
}

/** The capability probes: one table per category, probes down, runtimes across. */
function capabilityTables(result: ProbeResult): string[] {
  return capabilityGroups(result).flatMap(({ title, runtimes, rows, counts, failures, unsupported }) => [
    '',
    `${title}:`,
    ...textTable(
      ['probe', ...runtimes.map((r) => r.id)],
      [...rows.map((row) => [oneLine(row.label), ...row.cells]), ['passed', ...counts]]
    ),
    ...unsupported.map((entry) => `unsupported: ${oneLine(unsupportedLine(entry))}`),
    ...failures.flatMap(({ suite, runtime, tests }) => [
      '',
      `failed in ${oneLine(suite ?? 'modules on their own')} on ${runtime}:`,
      ...tests.map(
        (test) => `  ${oneLine(test.test ?? test.id)}: ${clip(oneLine(test.reason ?? test.status))}`
      )
    ])
  ])
}

function clip(text: string, max = 160): string {
  const line = text.replace(/\s+/g, ' ')
  return line.length > max ? `${line.slice(0, max)}…` : line
}
