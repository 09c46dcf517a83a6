// The merged report as markdown: the host × runtime table, who did not report,
// and (below the details marker, which a long PR comment may cut) the
// capability tables per runtime.
import { probeCell, STATUS_SYMBOLS } from '../cells.js'
import { clipped, codeCell, codeSpan, escapeCell, escapeHtml } from '../escape.js'
import type { MergedCell, MergedReport } from './merge.js'

/** Everything after this line may be cut from a PR comment that would be too long. */
export const DETAILS_MARKER = '<!-- wasi-probe:details -->'

export function mergedCell(cell: MergedCell | undefined): string {
  if (!cell) return '—'
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
    const counts = hosts.map(({ runtime }) => {
      const judged = runtime!.probes.filter((p) => p.category !== 'basic' && p.status !== 'recorded')
      return `${judged.filter((p) => p.status === 'pass').length}/${judged.length}`
    })
    const wide = hosts.length <= HOST_COLUMNS_MAX
    const summary = wide
      ? hosts.map((h, i) => `${h.label} ${counts[i]}`).join(' · ')
      : `${hosts.length} hosts`
    lines.push(`<details><summary><code>${escapeHtml(id)}</code>: ${escapeHtml(summary)}</summary>`, '')
    if (wide) {
      lines.push(
        `| Probe | ${hosts.map(({ label }) => codeCell(label)).join(' | ')} |`,
        `| --- | ${hosts.map(() => ':---:').join(' | ')} |`,
        ...probeIds.map(
          (probeId) =>
            `| ${codeCell(probeId)} | ${byId.map((probes) => escapeCell(probeCell(probes.get(probeId)))).join(' | ')} |`
        ),
        `| **passed** | ${counts.join(' | ')} |`
      )
    } else {
      // Hundreds of hosts do not fit side by side: per probe, how many pass and where it does not.
      lines.push('| Probe | passes on | does not pass on |', '| --- | :---: | --- |')
      for (const probeId of probeIds) {
        let ran = 0
        let passing = 0
        const failing: string[] = []
        hosts.forEach(({ label }, i) => {
          const probe = byId[i].get(probeId)
          if (!probe) return
          ran += 1
          if (probe.status === 'pass') passing += 1
          else if (probe.status !== 'recorded' && probe.status !== 'unsupported') failing.push(label)
        })
        const shown = failing.slice(0, 5).map((label) => codeCell(label))
        const more = failing.length > 5 ? ` and ${failing.length - 5} more` : ''
        lines.push(`| ${codeCell(probeId)} | ${passing}/${ran} | ${shown.join(', ')}${more} |`)
      }
    }
    lines.push('', '</details>', '')
  }
  return lines
}

export function reportMarkdown(report: MergedReport, title: string): string {
  const lines = [`## ${escapeCell(title)}`, '']
  if (report.hosts.length === 0) {
    lines.push(...nothingCame(report))
  } else {
    lines.push(...mainTable(report), '')
    const list = (ids: string[]) => (ids.length > 0 ? ids.map((id) => `\`${id}\``).join(', ') : 'none')
    lines.push(
      `**Supported on every host:** ${list(report.supportedEverywhere)} · **on some:** ${list(report.supportedAnywhere)}`,
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
  const details = capabilityTables(report)
  if (details.length > 0) lines.push(DETAILS_MARKER, '### Capabilities', '', ...details)
  return lines.join('\n')
}
