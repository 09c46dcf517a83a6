// The CLI's table: plain text, columns padded to their widest cell.
import { BASIC_PROBES } from '../probes/catalog.js'
import { capabilityGroups, countsText, probesUnsupportedLine, unsupportedLine } from './capabilities.js'
import { legend, runtimeProbeCell, shownName, shownPath, shownVersion, sourceCell } from './cells.js'
import { clipped, notACommand, oneLine } from './escape.js'
import { probeReason, runtimeReason } from './runtime-words.js'
import type { ProbeResult } from '../result/index.js'

/** How much of a reason the table shows: the result file (--json) keeps all of it. */
const MESSAGE_CHARS = 2000

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
    oneLine(shownVersion(runtime) ?? '-'),
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
    ...legendLine(rows.flatMap((row) => row.slice(3, 3 + probeIds.length))),
    ''
  ]
  const native = result.native
  const nativeAsked = result.runtimes.some((runtime) => runtime.id === 'native')
  lines.push(
    !nativeAsked && !result.error
      ? 'native: not probed (--runtimes does not name native)'
      : native.status === 'pass'
        ? `native: yes, through ${oneLine(shownPath(native.handler ?? 'an unknown handler'))}`
        : `native: ${native.status}${native.reason ? ` (${oneLine(clipped(native.reason, MESSAGE_CHARS))})` : ''}`
  )
  lines.push(`supported: ${result.supported.length > 0 ? result.supported.join(', ') : 'none'}`)
  for (const runtime of result.runtimes.filter(
    (r) => (r.status === 'fail' || r.status === 'error') && r.id !== 'native'
  )) {
    lines.push(`${runtime.id}: ${oneLine(clipped(runtimeReason(runtime), MESSAGE_CHARS))}`)
  }
  if (!result.failOn.ok) lines.push(oneLine(clipped(result.failOn.message, MESSAGE_CHARS)))
  lines.push(...capabilityTables(result))
  // Foreign text is on one line each (oneLine), but the line may begin with it: each line is guarded.
  return lines.join('\n').split('\n').map(notACommand).join('\n')
}

/** What the table's symbols mean, as a line under it. */
function legendLine(cells: string[], counts = false): string[] {
  const text = legend(cells, counts)
  return text ? [`(${text})`] : []
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
  return capabilityGroups(result).flatMap((group) => {
    const { title, runtimes, rows, counts, notPassed, probesUnsupported, failures, unsupported } = group
    return [
      '',
      `${title}:`,
      ...textTable(
        ['probe', ...runtimes.map((r) => r.id)],
        [
          ...rows.map((row) => [oneLine(shownName(row.label)), ...row.cells]),
          ['passed', ...counts.map((c) => countsText(c))]
        ]
      ),
      ...legendLine(
        rows.flatMap((row) => row.cells),
        true
      ),
      ...notPassed.map(
        ({ runtime, probe }) =>
          `did not pass: ${probe.id} on ${runtime}: ${clip(oneLine(probeReason(probe, runtime)), 300)}`
      ),
      ...probesUnsupported.map((entry) => `unsupported: ${oneLine(probesUnsupportedLine(entry))}`),
      ...unsupported.map((entry) => `unsupported: ${oneLine(unsupportedLine(entry))}`),
      ...failures.flatMap(({ suite, runtime, tests }) => [
        '',
        `failed in ${oneLine(shownName(suite ?? 'modules on their own'))} on ${runtime}:`,
        ...tests.map(
          (test) =>
            `  ${oneLine(shownName(test.test ?? test.id))}: ${clip(oneLine(test.reason ?? test.status))}`
        )
      ])
    ]
  })
}

function clip(text: string, max = 160): string {
  const line = text.replace(/\s+/g, ' ')
  return line.length > max ? `${line.slice(0, max)}…` : line
}
