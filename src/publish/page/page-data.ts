// What the report's page shows, as plain data read from the merged report:
// the page is drawn from it, and it is the merged JSON the page offers for
// download. Long lists are capped so that a page over many hosts stays small.
import { ALL_PROBES } from '../../probes/index.js'
import type { ProbeOutcome, ProbeStatus, RuntimeOutcome } from '../../result/index.js'
import { CATEGORY_TITLES, countTests, type TestCounts } from '../capabilities.js'
import { probeCell, shownName, STATUS_SYMBOLS, VERSION_CHARS } from '../cells.js'
import { clipped } from '../escape.js'
import { firstErrorLine, probeReason } from '../runtime-words.js'
import type { MergedCell, MergedReport, SkippedFile } from '../merge/merge.js'

export const PAGE_DATA_SCHEMA = 'wasi-probe/report@1'

/** A reason or a line of output, as the page shows it; the result files keep all of it. */
export const REASON_CHARS = 240
/** At most this many failed probes and tests are listed; the result files hold the rest. */
export const FAILURES_SHOWN = 500

export interface PageHost {
  /** The label the report shows (made unique when legs shared one). */
  label: string
  os: string
  arch: string
  libc: string | null
  runner: string | null
  tool: string
  startedAt: string
  /** Set when the leg could not probe at all (bad inputs, an internal error). */
  error?: string
}

/** The probes of one category, one row per host and runtime that ran any of them. */
export interface PageGroup {
  category: string
  title: string
  probes: { id: string; description: string }[]
  rows: {
    host: string
    runtime: string
    /** In the order of `probes`; null where this runtime did not run that probe. */
    statuses: (ProbeStatus | null)[]
    /**
     * Probe id → what was seen where it did not pass (`❌ exit 1`), or why it
     * is unsupported; a failure's reason is in `failures`.
     */
    notes: Record<string, string>
    passed: number
    judged: number
    unsupported: number
  }[]
}

/** The user's modules (the WASI test suite): per host and runtime, the counts of each suite. */
export interface PageSuites {
  suites: string[]
  rows: { host: string; runtime: string; counts: (TestCounts | null)[] }[]
}

export interface PageFailure {
  host: string
  runtime: string
  /** The category's title, or the suite's name. */
  group: string
  test: string
  status: ProbeStatus
  seen: string
  why: string
}

export interface PageData {
  schema: typeof PAGE_DATA_SCHEMA
  title: string
  hosts: PageHost[]
  /** Expected labels no result came from. */
  missing: string[]
  runtimes: { id: string; name: string }[]
  /** host → runtime → cell, as the merged report has it. */
  matrix: Record<string, Record<string, MergedCell>>
  supportedEverywhere: string[]
  supportedAnywhere: string[]
  groups: PageGroup[]
  suites: PageSuites
  failures: PageFailure[]
  /** How many failures are not listed (beyond FAILURES_SHOWN). */
  failuresNotShown: number
  skipped: SkippedFile[]
}

const DESCRIPTIONS = new Map(ALL_PROBES.map((probe) => [probe.id, probe.description]))

const FAILED: readonly ProbeStatus[] = ['fail', 'trap', 'timeout', 'error', 'xpass']
const NOT_JUDGED: readonly ProbeStatus[] = ['recorded', 'skip', 'xfail', 'unsupported']

/**
 * Why a probe did not pass on `runtimeId`: its reason, with the runtime's own
 * first error line where the run ended otherwise than expected; without a
 * reason, that line alone (from the stream the runtime writes its errors to).
 */
export function whyNot(probe: ProbeOutcome, runtimeId: string): string {
  const why =
    probe.reason !== undefined
      ? probeReason(probe, runtimeId)
      : (firstErrorLine(probe, runtimeId)?.words ?? probe.status)
  return clipped(why, REASON_CHARS)
}

function noteOf(probe: ProbeOutcome, runtimeId: string): string | undefined {
  if (probe.status === 'pass') return undefined
  return probe.status === 'unsupported' ? whyNot(probe, runtimeId) : probeCell(probe)
}

function dictionary<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>
}

/** A copy of the merged cells, the version and the reason cut as the page shows them. */
function shownMatrix(report: MergedReport): Record<string, Record<string, MergedCell>> {
  const matrix = dictionary<Record<string, MergedCell>>()
  for (const host of report.hosts) {
    const row = dictionary<MergedCell>()
    for (const [id, cell] of Object.entries(report.cells[host])) {
      row[id] = {
        ...cell,
        version: cell.version === null ? null : clipped(cell.version, VERSION_CHARS),
        ...(cell.reason ? { reason: clipped(cell.reason, REASON_CHARS) } : {})
      }
    }
    matrix[host] = row
  }
  return matrix
}

type HostRuntime = { host: string; runtime: RuntimeOutcome }

function groups(pairs: HostRuntime[]): PageGroup[] {
  const shown: PageGroup[] = []
  for (const [category, title] of Object.entries(CATEGORY_TITLES)) {
    if (category === 'custom') continue
    const ofCategory = (runtime: RuntimeOutcome) => runtime.probes.filter((p) => p.category === category)
    const ran = pairs.filter(({ runtime }) => ofCategory(runtime).length > 0)
    if (ran.length === 0) continue
    const ids = [...new Set(ran.flatMap(({ runtime }) => ofCategory(runtime).map((p) => p.id)))]
    shown.push({
      category,
      title,
      probes: ids.map((id) => ({ id, description: DESCRIPTIONS.get(id) ?? '' })),
      rows: ran.map(({ host, runtime }) => {
        const byId = new Map(ofCategory(runtime).map((p) => [p.id, p]))
        const probes = [...byId.values()]
        const judged = probes.filter((p) => !NOT_JUDGED.includes(p.status))
        return {
          host,
          runtime: runtime.id,
          statuses: ids.map((id) => byId.get(id)?.status ?? null),
          notes: Object.fromEntries(
            probes.flatMap((probe) => {
              const note = noteOf(probe, runtime.id)
              return note ? [[probe.id, note]] : []
            })
          ),
          passed: judged.filter((p) => p.status === 'pass').length,
          judged: judged.length,
          unsupported: probes.filter((p) => p.status === 'unsupported').length
        }
      })
    })
  }
  return shown
}

const ON_THEIR_OWN = 'modules on their own'
const suiteOf = (test: ProbeOutcome) => test.suite ?? ON_THEIR_OWN

function suites(pairs: HostRuntime[]): PageSuites {
  const testsOf = (runtime: RuntimeOutcome) => runtime.probes.filter((p) => p.category === 'custom')
  const ran = pairs.filter(({ runtime }) => testsOf(runtime).length > 0)
  const names = [...new Set(ran.flatMap(({ runtime }) => testsOf(runtime).map(suiteOf)))]
  return {
    suites: names.map(shownName),
    rows: ran.map(({ host, runtime }) => {
      const counts = names.map((name) => {
        const tests = testsOf(runtime).filter((test) => suiteOf(test) === name)
        return tests.length > 0 ? countTests(tests) : null
      })
      return { host, runtime: runtime.id, counts }
    })
  }
}

function failures(pairs: HostRuntime[]): PageFailure[] {
  return pairs.flatMap(({ host, runtime }) =>
    runtime.probes
      .filter((probe) => FAILED.includes(probe.status))
      .map((probe) => ({
        host,
        runtime: runtime.id,
        group:
          probe.category === 'custom'
            ? shownName(suiteOf(probe))
            : probe.category === 'basic'
              ? 'Basic'
              : CATEGORY_TITLES[probe.category],
        test: shownName(probe.test ?? probe.id),
        status: probe.status,
        seen: probeCell(probe),
        why: whyNot(probe, runtime.id)
      }))
  )
}

export function pageData(report: MergedReport, title: string): PageData {
  const pairs = report.results.flatMap(({ label, result }) =>
    result.runtimes.map((runtime) => ({ host: label, runtime }))
  )
  const names = new Map(pairs.map(({ runtime }) => [runtime.id, runtime.name]))
  const failed = failures(pairs)
  return {
    schema: PAGE_DATA_SCHEMA,
    title,
    hosts: report.results.map(({ label, result }) => ({
      label,
      os: result.host.os,
      arch: result.host.arch,
      libc: result.host.libc,
      runner: result.host.runner,
      tool: result.tool.version,
      startedAt: result.startedAt,
      ...(result.error ? { error: clipped(result.error, REASON_CHARS) } : {})
    })),
    missing: [...report.missing],
    runtimes: report.runtimes.map((id) => ({ id, name: names.get(id) ?? id })),
    matrix: shownMatrix(report),
    supportedEverywhere: [...report.supportedEverywhere],
    supportedAnywhere: [...report.supportedAnywhere],
    groups: groups(pairs),
    suites: suites(pairs),
    failures: failed.slice(0, FAILURES_SHOWN),
    failuresNotShown: Math.max(0, failed.length - FAILURES_SHOWN),
    skipped: report.skipped.map(({ file, why }) => ({ file, why: clipped(why, REASON_CHARS) }))
  }
}

/** The symbol a status is shown with. */
export const symbolOf = (status: string) => STATUS_SYMBOLS[status] ?? '?'
