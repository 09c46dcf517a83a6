// The merged report as markdown: the host × runtime table, who did not report,
// and (below the details marker, which a long PR comment may cut) the
// capability tables per runtime.
import { probeCell, STATUS_SYMBOLS } from './cells.js'
import { escapeCell, escapeHtml } from './escape.js'
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

function mainTable(report: MergedReport): string[] {
  const { hosts, runtimes, cells } = report
  const passes = runtimes.map(
    (id) => `${hosts.filter((host) => cells[host][id]?.status === 'pass').length}/${hosts.length}`
  )
  return [
    `| Host | ${runtimes.map((id) => `\`${id}\``).join(' | ')} |`,
    `| --- | ${runtimes.map(() => ':---:').join(' | ')} |`,
    ...hosts.map(
      (host) =>
        `| \`${escapeCell(host)}\` | ${runtimes.map((id) => escapeCell(mergedCell(cells[host][id]))).join(' | ')} |`
    ),
    `| **passes** | ${passes.join(' | ')} |`
  ]
}

/** One collapsible table per runtime that ran capability probes: probes down, hosts across. */
function capabilityTables(report: MergedReport): string[] {
  const lines: string[] = []
  for (const id of report.runtimes) {
    const hosts = report.results
      .map(({ label, result }) => ({ label, runtime: result.runtimes.find((r) => r.id === id) }))
      .filter(({ runtime }) => runtime?.probes.some((p) => p.category !== 'basic'))
    if (hosts.length === 0) continue
    const probeIds = [
      ...new Set(
        hosts.flatMap(({ runtime }) => runtime!.probes.filter((p) => p.category !== 'basic').map((p) => p.id))
      )
    ]
    const counts = hosts.map(({ runtime }) => {
      const judged = runtime!.probes.filter((p) => p.category !== 'basic' && p.status !== 'recorded')
      return `${judged.filter((p) => p.status === 'pass').length}/${judged.length}`
    })
    lines.push(
      `<details><summary><code>${escapeHtml(id)}</code>: ${escapeHtml(hosts.map((h, i) => `${h.label} ${counts[i]}`).join(' · '))}</summary>`,
      '',
      `| Probe | ${hosts.map(({ label }) => `\`${escapeCell(label)}\``).join(' | ')} |`,
      `| --- | ${hosts.map(() => ':---:').join(' | ')} |`,
      ...probeIds.map(
        (probeId) =>
          `| \`${escapeCell(probeId)}\` | ${hosts.map(({ runtime }) => escapeCell(probeCell(runtime!.probes.find((p) => p.id === probeId)))).join(' | ')} |`
      ),
      `| **passed** | ${counts.join(' | ')} |`,
      '',
      '</details>',
      ''
    )
  }
  return lines
}

export function reportMarkdown(report: MergedReport, title: string): string {
  const lines = [`## ${escapeCell(title)}`, '']
  if (report.hosts.length === 0) {
    lines.push('No result could be read.', '')
  } else {
    lines.push(...mainTable(report), '')
    const list = (ids: string[]) => (ids.length > 0 ? ids.map((id) => `\`${id}\``).join(', ') : 'none')
    lines.push(
      `**Supported on every host:** ${list(report.supportedEverywhere)} · **on some:** ${list(report.supportedAnywhere)}`,
      ''
    )
  }
  if (report.missing.length > 0) {
    lines.push(
      `**Did not report:** ${report.missing.map((label) => `\`${escapeCell(label)}\``).join(', ')}`,
      ''
    )
  }
  if (report.skipped.length > 0) {
    lines.push(
      '**Skipped:**',
      ...report.skipped.map((s) => `- \`${escapeCell(s.file)}\`: ${escapeCell(s.why)}`),
      ''
    )
  }
  const details = capabilityTables(report)
  if (details.length > 0) lines.push(DETAILS_MARKER, '### Capabilities', '', ...details)
  return lines.join('\n')
}
