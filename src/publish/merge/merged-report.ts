// The merged report as markdown: the host × runtime table, who did not report,
// and (below the details marker, which a long PR comment may cut) the
// capability tables per runtime.
import { countsText, countTests } from '../capabilities.js'
import { legend, NOT_PROBED, probeCell, STATUS_SYMBOLS } from '../cells.js'
import { clipped, codeCell, codeSpan, escapeCell, escapeHtml } from '../escape.js'
import { probeReason, runtimeReason } from '../runtime-words.js'
import type { MergedCell, MergedReport } from './merge.js'

/** Everything after this line may be cut from a PR comment that would be too long. */
export const DETAILS_MARKER = '<!-- wasi-probe:details -->'

export function mergedCell(cell: MergedCell | undefined): string {
  if (!cell) return NOT_PROBED
  switch (cell.status) {
    case 'pass':
      return `${STATUS_SYMBOLS.pass} ${cell.version ?? ''}`.trim()
    case 'fail':
    case 'error': {
      const installStage = cell.failedStage && cell.failedStage !== 'run' ? cell.failedStage : undefined
      return `${STATUS_SYMBOLS.fail} ${installStage ?? cell.failedProbe ?? cell.status}`
    }
    default:
      return STATUS_SYMBOLS[cell.status] ?? cell.status
  }
}

/** How much of a leg's error its row shows; its result file has all of it. */
export const ERROR_CHARS = 300

function mainTable(report: MergedReport): string[] {
  const { hosts, runtimes, cells, errors } = report
  const passes = runtimes.map(
    (id) => `${hosts.filter((host) => cells[host][id]?.status === 'pass').length}/${hosts.length}`
  )
  // A leg that could not probe keeps its row, with why, in a column of its own.
  const errorColumn = hosts.some((host) => errors[host] !== undefined)
  const columns = [...runtimes.map((id) => `\`${id}\``), ...(errorColumn ? ['Error'] : [])]
  const errorCell = (host: string) =>
    errorColumn
      ? [errors[host] === undefined ? '' : `⚠️ ${escapeCell(clipped(errors[host], ERROR_CHARS))}`]
      : []
  const row = (cellsOfRow: string[]) => `| ${cellsOfRow.join(' | ')} |`
  return [
    row(['Host', ...columns]),
    row(['---', ...columns.map(() => ':---:')]),
    ...hosts.map((host) =>
      row([
        codeCell(host),
        ...runtimes.map((id) => escapeCell(mergedCell(cells[host][id]))),
        ...errorCell(host)
      ])
    ),
    row(['**passes**', ...passes, ...(errorColumn ? [''] : [])])
  ]
}

/** What the summary says when no leg's result came: why, and whom it waited for. */
function nothingCame(report: MergedReport): string[] {
  const why =
    report.skipped.length > 0
      ? 'nothing that was found could be read (see **Skipped** below).'
      : 'no result file was found.'
  const expected =
    report.missing.length > 0
      ? []
      : ['Set `expect` to the labels of the legs to see here which of them did not report.', '']
  return [`**No result came:** ${why}`, '', ...expected]
}

/** Up to this many hosts, capability tables have a column per host; beyond, a count and the failing hosts. */
export const HOST_COLUMNS_MAX = 8

/** How much of a reason a table cell shows; the result files keep all of it. */
const REASON_CHARS = 300
/** At most this many rows of reasons per table. */
const REASONS_SHOWN = 200

/** A table of why things did not pass: `header`, then rows, the first REASONS_SHOWN of them. */
function reasonsTable(header: string[], rows: string[][]): string[] {
  const shown = rows.slice(0, REASONS_SHOWN)
  const more = rows.length - shown.length
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...shown.map((row) => `| ${row.join(' | ')} |`),
    ...(more > 0
      ? [`| … and ${more} more (the result files have them all) | ${header.slice(1).fill('').join(' | ')} |`]
      : [])
  ]
}

/** Why each runtime that did not pass on a host did not: its own words where it said any. */
function whyNotPassed(report: MergedReport): string[] {
  const rows = report.results.flatMap(({ label, result }) =>
    result.runtimes
      .filter((runtime) => runtime.status === 'fail' || runtime.status === 'error')
      .map((runtime) => [
        codeCell(label),
        `\`${runtime.id}\``,
        escapeCell(clipped(runtimeReason(runtime), REASON_CHARS))
      ])
  )
  if (rows.length === 0) return []
  return [
    `<details><summary>Why runtimes did not pass (${rows.length})</summary>`,
    '',
    ...reasonsTable(['Host', 'Runtime', 'Why'], rows),
    '',
    '</details>',
    ''
  ]
}

/** `<sub>` with what the symbols of `cells` mean, then a blank line; nothing when there is none. */
function legendLines(cells: string[], counts = false): string[] {
  const text = legend(cells, counts)
  return text ? [`<sub>${escapeHtml(text)}</sub>`, ''] : []
}

/** One collapsible table per runtime that ran capability probes: probes down, hosts across. */
function capabilityTables(report: MergedReport): string[] {
  const lines: string[] = []
  for (const id of report.runtimes) {
    const hosts = report.results
      .map(({ label, result }) => ({ label, runtime: result.runtimes.find((r) => r.id === id) }))
      .filter(({ runtime }) => runtime?.probes.some((p) => p.category !== 'basic'))
    if (hosts.length === 0) continue
    const byId = hosts.map(({ runtime }) => new Map(runtime!.probes.map((p) => [p.id, p])))
    const probeIds = [
      ...new Set(
        hosts.flatMap(({ runtime }) => runtime!.probes.filter((p) => p.category !== 'basic').map((p) => p.id))
      )
    ]
    const counts = hosts.map(({ runtime }) =>
      countTests(runtime!.probes.filter((p) => p.category !== 'basic'))
    )
    const wide = hosts.length <= HOST_COLUMNS_MAX
    const summary = wide
      ? hosts.map((h, i) => `${h.label} ${countsText(counts[i], true)}`).join(' · ')
      : `${hosts.length} hosts`
    lines.push(`<details><summary><code>${escapeHtml(id)}</code>: ${escapeHtml(summary)}</summary>`, '')
    if (wide) {
      const rows = probeIds.map((probeId) => byId.map((probes) => probeCell(probes.get(probeId))))
      lines.push(
        `| Probe | ${hosts.map(({ label }) => codeCell(label)).join(' | ')} |`,
        `| --- | ${hosts.map(() => ':---:').join(' | ')} |`,
        ...probeIds.map(
          (probeId, i) => `| ${codeCell(probeId)} | ${rows[i].map((cell) => escapeCell(cell)).join(' | ')} |`
        ),
        `| **passed** | ${counts.map((c) => escapeCell(countsText(c))).join(' | ')} |`,
        '',
        ...legendLines(rows.flat(), true)
      )
    } else {
      // Hundreds of hosts do not fit side by side: per probe, how many pass and where it does not.
      lines.push('| Probe | passes on | does not pass on |', '| --- | :---: | --- |')
      for (const probeId of probeIds) {
        const outcomes = byId.flatMap((probes) => probes.get(probeId) ?? [])
        const tally = countTests(outcomes)
        const failing = hosts
          .filter((_, i) => {
            const probe = byId[i].get(probeId)
            return probe && !['pass', 'recorded', 'unsupported'].includes(probe.status)
          })
          .map(({ label }) => label)
        const shown = failing.slice(0, 5).map((label) => codeCell(label))
        const more = failing.length > 5 ? ` and ${failing.length - 5} more` : ''
        lines.push(`| ${codeCell(probeId)} | ${escapeCell(countsText(tally))} | ${shown.join(', ')}${more} |`)
      }
      lines.push('', ...legendLines([], true))
    }
    // The runtime's own words for each probe that did not pass, on each host.
    const reasons = hosts.flatMap(({ label, runtime }) =>
      runtime!.probes
        .filter((p) => p.category !== 'basic' && !['pass', 'recorded', 'unsupported'].includes(p.status))
        .map((probe) => [
          codeCell(probe.test ?? probe.id),
          codeCell(label),
          escapeCell(probeCell(probe)),
          escapeCell(clipped(probeReason(probe, id), REASON_CHARS))
        ])
    )
    if (reasons.length > 0)
      lines.push(
        '**Why they did not pass:**',
        '',
        ...reasonsTable(['Probe', 'Host', 'Outcome', 'Why'], reasons)
      )
    lines.push('', '</details>', '')
  }
  return lines
}

export function reportMarkdown(report: MergedReport, title: string): string {
  const lines = [`## ${escapeCell(title)}`, '']
  if (report.hosts.length === 0) {
    lines.push(...nothingCame(report))
  } else {
    const { hosts, runtimes, cells } = report
    lines.push(...mainTable(report), '')
    lines.push(...legendLines(hosts.flatMap((host) => runtimes.map((id) => mergedCell(cells[host][id])))))
    const list = (ids: string[]) => (ids.length > 0 ? ids.map((id) => `\`${id}\``).join(', ') : 'none')
    lines.push(
      `**Supported on every host:** ${list(report.supportedEverywhere)} · **on any:** ${list(report.supportedAnywhere)}`,
      ''
    )
  }
  if (report.missing.length > 0) {
    lines.push(`**Did not report:** ${report.missing.map((label) => codeSpan(label)).join(', ')}`, '')
  }
  if (report.unmatched.length > 0) {
    lines.push(`**Matched no file:** ${report.unmatched.map((entry) => codeSpan(entry)).join(', ')}`, '')
  }
  if (report.duplicates.length > 0) {
    const told = report.duplicates.map(
      ({ label, shownAs }) => `${codeSpan(label)} (shown as ${shownAs.map((as) => codeSpan(as)).join(', ')})`
    )
    lines.push(`**The same label on several results:** ${told.join('; ')}`, '')
  }
  if (report.skipped.length > 0) {
    lines.push(
      '**Skipped:**',
      ...report.skipped.map((s) => `- ${codeSpan(s.file)}: ${escapeCell(s.why)}`),
      ''
    )
  }
  const why = whyNotPassed(report)
  const details = capabilityTables(report)
  if (why.length > 0 || details.length > 0)
    lines.push(DETAILS_MARKER, ...why, ...(details.length > 0 ? ['### Capabilities', '', ...details] : []))
  return lines.join('\n')
}
