// What each runtime can do beyond running WASI at all: the capability probes,
// as the `capabilities` output and as tables in the step summary.
import type { ProbeCategory } from '../probes/catalog.js'
import { probeCell } from './cells.js'
import { escapeCell } from './escape.js'
import type { ProbeResult, RuntimeOutcome } from './result.js'

export const CATEGORY_TITLES: Record<Exclude<ProbeCategory, 'basic'>, string> = {
  wasi: 'WASI preview1',
  proposal: 'Wasm proposals',
  component: 'Components (WASI 0.2)'
}

/** Runtime id → ids of the probes it passed. */
export function capabilities(result: ProbeResult): Record<string, string[]> {
  return Object.fromEntries(
    result.runtimes.map((runtime) => [
      runtime.id,
      runtime.probes.filter((probe) => probe.status === 'pass').map((probe) => probe.id)
    ])
  )
}

export interface CapabilityGroup {
  title: string
  /** The runtimes that ran modules: the columns. */
  runtimes: RuntimeOutcome[]
  probeIds: string[]
  /** `passed/judged` per runtime, in column order (recorded probes are not judged). */
  counts: string[]
}

/** The capability probes that ran, by category, ready to be laid out as tables. */
export function capabilityGroups(result: ProbeResult): CapabilityGroup[] {
  const runtimes = result.runtimes.filter((r) => r.probes.some((p) => p.status !== 'unsupported'))
  const groups: CapabilityGroup[] = []
  for (const [category, title] of Object.entries(CATEGORY_TITLES)) {
    const probeIds = [
      ...new Set(runtimes.flatMap((r) => r.probes.filter((p) => p.category === category).map((p) => p.id)))
    ]
    if (probeIds.length === 0) continue
    const counts = runtimes.map((runtime) => {
      const judged = runtime.probes.filter((p) => p.category === category && p.status !== 'recorded')
      return `${judged.filter((p) => p.status === 'pass').length}/${judged.length}`
    })
    groups.push({ title, runtimes, probeIds, counts })
  }
  return groups
}

/** The cell of `probeId` for `runtime`. */
export function capabilityCell(runtime: RuntimeOutcome, probeId: string): string {
  return probeCell(runtime.probes.find((p) => p.id === probeId))
}

/** One collapsible table per category: probes as rows, runtimes as columns, a count per runtime. */
export function capabilityMarkdown(result: ProbeResult): string {
  const sections = capabilityGroups(result).flatMap(({ title, runtimes, probeIds, counts }) => [
    `<details><summary><b>${title}</b>: ${escapeCell(runtimes.map((r, i) => `${r.id} ${counts[i]}`).join(' · '))}</summary>`,
    '',
    `| Probe | ${runtimes.map((r) => `\`${r.id}\``).join(' | ')} |`,
    `| --- | ${runtimes.map(() => ':---:').join(' | ')} |`,
    ...probeIds.map(
      (id) => `| \`${id}\` | ${runtimes.map((r) => escapeCell(capabilityCell(r, id))).join(' | ')} |`
    ),
    `| **passed** | ${counts.join(' | ')} |`,
    '',
    '</details>',
    ''
  ])
  return sections.length > 0 ? ['### Capabilities', '', ...sections].join('\n') : ''
}
