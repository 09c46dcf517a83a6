// What each runtime can do beyond running WASI at all: the capability probes,
// as the `capabilities` output and as tables in the step summary.
import type { ProbeCategory } from '../probes/catalog.js'
import { probeCell } from './cells.js'
import { escapeCell } from './escape.js'
import type { ProbeResult, RuntimeOutcome } from './result.js'

export const CATEGORY_TITLES: Record<Exclude<ProbeCategory, 'basic'>, string> = {
  wasi: 'WASI preview1',
  proposal: 'Wasm proposals',
  component: 'Components (WASI 0.2)',
  custom: 'Your modules'
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
  /** A probe, or a whole suite of the user's modules, and its cell per runtime. */
  rows: { label: string; cells: string[] }[]
  /** `passed/judged` per runtime, in column order (recorded probes are not judged). */
  counts: string[]
  /** For suites: which tests failed where. */
  notes: string[]
}

/** The capability probes that ran, by category, ready to be laid out as tables. */
export function capabilityGroups(result: ProbeResult): CapabilityGroup[] {
  const runtimes = result.runtimes.filter((r) => r.probes.some((p) => p.status !== 'unsupported'))
  const groups: CapabilityGroup[] = []
  for (const [category, title] of Object.entries(CATEGORY_TITLES)) {
    const ofCategory = (runtime: RuntimeOutcome) => runtime.probes.filter((p) => p.category === category)
    const ids = [...new Set(runtimes.flatMap((r) => ofCategory(r).map((p) => p.id)))]
    if (ids.length === 0) continue
    const counts = runtimes.map((runtime) => {
      const judged = ofCategory(runtime).filter((p) => p.status !== 'recorded')
      return `${judged.filter((p) => p.status === 'pass').length}/${judged.length}`
    })
    const rows: CapabilityGroup['rows'] = []
    const notes: string[] = []
    const suites = new Map<string, string[]>()
    for (const id of ids) {
      const suite = suiteOf(id, runtimes)
      if (suite) suites.set(suite, [...(suites.get(suite) ?? []), id])
      else rows.push({ label: id, cells: runtimes.map((runtime) => capabilityCell(runtime, id)) })
    }
    // A suite is one row: how many of its tests passed on each runtime.
    for (const [suite, suiteIds] of suites) {
      const cells = runtimes.map((runtime) => {
        const tests = runtime.probes.filter((p) => suiteIds.includes(p.id))
        const failed = tests.filter((p) => p.status !== 'pass' && p.status !== 'unsupported')
        if (failed.length > 0)
          notes.push(
            `${suite} on ${runtime.id}: ${failed.map((p) => p.id.slice(suite.length + 1)).join(', ')}`
          )
        const passed = tests.filter((p) => p.status === 'pass').length
        return `${failed.length === 0 ? '✅' : '❌'} ${passed}/${tests.length}`
      })
      rows.push({ label: `${suite}/ (suite)`, cells })
    }
    groups.push({ title, runtimes, rows, counts, notes })
  }
  return groups
}

function suiteOf(id: string, runtimes: RuntimeOutcome[]): string | undefined {
  for (const runtime of runtimes) {
    const probe = runtime.probes.find((p) => p.id === id)
    if (probe) return probe.suite
  }
  return undefined
}

/** The cell of `probeId` for `runtime`. */
export function capabilityCell(runtime: RuntimeOutcome, probeId: string): string {
  return probeCell(runtime.probes.find((p) => p.id === probeId))
}

/** One collapsible table per category: probes as rows, runtimes as columns, a count per runtime. */
export function capabilityMarkdown(result: ProbeResult): string {
  const sections = capabilityGroups(result).flatMap(({ title, runtimes, rows, counts, notes }) => [
    `<details><summary><b>${title}</b>: ${escapeCell(runtimes.map((r, i) => `${r.id} ${counts[i]}`).join(' · '))}</summary>`,
    '',
    `| Probe | ${runtimes.map((r) => `\`${r.id}\``).join(' | ')} |`,
    `| --- | ${runtimes.map(() => ':---:').join(' | ')} |`,
    ...rows.map((row) => `| \`${escapeCell(row.label)}\` | ${row.cells.map(escapeCell).join(' | ')} |`),
    `| **passed** | ${counts.join(' | ')} |`,
    '',
    ...(notes.length > 0 ? [`Failed: ${notes.map(escapeCell).join('; ')}`, ''] : []),
    '</details>',
    ''
  ])
  return sections.length > 0 ? ['### Capabilities', '', ...sections].join('\n') : ''
}
