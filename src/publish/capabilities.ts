// What each runtime can do beyond running WASI at all: the capability probes,
// as the `capabilities` output and as tables in the step summary.
import { legend, probeCell, shownName, STATUS_SYMBOLS } from './cells.js'
import { clipped, codeCell, escapeCell, escapeHtml } from './escape.js'
import { probeReason } from './runtime-words.js'
import type { ProbeCategory, ProbeOutcome, ProbeResult, RuntimeOutcome } from '../result/index.js'

export const CATEGORY_TITLES: Record<Exclude<ProbeCategory, 'basic'>, string> = {
  wasi: 'WASI preview1',
  proposal: 'Wasm proposals',
  component: 'Components (WASI 0.2)',
  'component-0.3': 'Components (WASI 0.3)',
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
  /** How each runtime did, in column order: `countsText` shows it as `passed/judged · 4 unsupported`. */
  counts: TestCounts[]
  /** For the probes: each that did not pass (failed, trapped, timed out, could not run), with its runtime. */
  notPassed: { runtime: string; probe: ProbeOutcome }[]
  /** For the probes: why a runtime cannot run some of them, and which. */
  probesUnsupported: { runtime: string; reason: string; probes: string[] }[]
  /** For the user's modules: the tests that failed, per suite and runtime. */
  failures: TestFailures[]
  /** For the user's modules: why tests could not run, per suite and runtime. */
  unsupported: { suite: string | undefined; runtime: string; reason: string; tests: number }[]
}

/** The user's tests that failed on one runtime, in one suite (or given on their own). */
export interface TestFailures {
  suite: string | undefined
  runtime: string
  tests: ProbeOutcome[]
}

/** How one runtime did on some of the user's tests, by the official runner's outcomes. */
export interface TestCounts {
  pass: number
  fail: number
  xfail: number
  xpass: number
  skip: number
  unsupported: number
  error: number
  /** Outcomes a probe only records (what runtimes do there differs legitimately): not judged. */
  recorded: number
}

/** How some probes or tests did; a trap and a timeout are failures. */
export function countTests(tests: readonly ProbeOutcome[]): TestCounts {
  const counts: TestCounts = {
    pass: 0,
    fail: 0,
    xfail: 0,
    xpass: 0,
    skip: 0,
    unsupported: 0,
    error: 0,
    recorded: 0
  }
  for (const test of tests) {
    const key = Object.hasOwn(counts, test.status) ? (test.status as keyof TestCounts) : 'fail'
    counts[key] += 1
  }
  return counts
}

/**
 * `✅ 60/60 · 2 xfail · 3 skipped · 55 unsupported`: passed of judged (an
 * unexpected pass is a failure, as the runner counts it), the rest apart.
 */
export function countsCell(counts: TestCounts): string {
  const judged = judgedOf(counts)
  const symbol =
    judged === 0
      ? STATUS_SYMBOLS.unsupported
      : counts.fail + counts.xpass > 0
        ? STATUS_SYMBOLS.fail
        : counts.error > 0
          ? STATUS_SYMBOLS.error
          : STATUS_SYMBOLS.pass
  const apart = apartOf(counts)
  if (judged === 0) return [symbol, apart.join(' · ')].filter(Boolean).join(' ')
  return [`${symbol} ${counts.pass}/${judged}`, ...apart].join(' · ')
}

/** Judged: passed or not; an unexpected pass is a failure, as the runner counts it. */
const judgedOf = (counts: TestCounts) => counts.pass + counts.fail + counts.xpass + counts.error

/** What is counted apart from `passed/judged`. */
function apartOf(counts: TestCounts): string[] {
  return [
    ...(counts.xpass > 0 ? [`${counts.xpass} xpass`] : []),
    ...(counts.xfail > 0 ? [`${counts.xfail} xfail`] : []),
    ...(counts.skip > 0 ? [`${counts.skip} skipped`] : []),
    ...(counts.unsupported > 0 ? [`${counts.unsupported} unsupported`] : []),
    ...(counts.recorded > 0 ? [`${counts.recorded} recorded`] : [])
  ]
}

/**
 * `6/7 · 4 unsupported`: passed of judged, the rest apart; `brief` puts the
 * rest in brackets, `6/7 (4 unsupported)`, for a line that lists several.
 */
export function countsText(counts: TestCounts, brief = false): string {
  const passed = `${counts.pass}/${judgedOf(counts)}`
  const apart = apartOf(counts)
  if (apart.length === 0) return passed
  return brief ? `${passed} (${apart.join(', ')})` : [passed, ...apart].join(' · ')
}

const isFailure = (status: string) => status === 'fail' || status === 'xpass' || status === 'error'

/** A probe's outcome that says something went wrong: not a pass, and neither unsupported nor only recorded. */
const didNotPass = (status: string) => !['pass', 'unsupported', 'recorded'].includes(status)

/** The capability probes that ran, by category, ready to be laid out as tables. */
export function capabilityGroups(result: ProbeResult): CapabilityGroup[] {
  const runtimes = result.runtimes.filter((r) => r.probes.some((p) => p.status !== 'unsupported'))
  const groups: CapabilityGroup[] = []
  for (const [category, title] of Object.entries(CATEGORY_TITLES)) {
    const ofCategory = (runtime: RuntimeOutcome) => runtime.probes.filter((p) => p.category === category)
    if (!runtimes.some((runtime) => ofCategory(runtime).length > 0)) continue
    if (category === 'custom') {
      groups.push(testGroup(title, runtimes))
      continue
    }
    const ids = [...new Set(runtimes.flatMap((r) => ofCategory(r).map((p) => p.id)))]
    const counts = runtimes.map((runtime) => countTests(ofCategory(runtime)))
    const rows = ids.map((id) => ({
      label: id,
      cells: runtimes.map((runtime) => capabilityCell(runtime, id))
    }))
    const notPassed = ids.flatMap((id) =>
      runtimes.flatMap((runtime) =>
        ofCategory(runtime)
          .filter((probe) => probe.id === id && didNotPass(probe.status))
          .map((probe) => ({ runtime: runtime.id, probe }))
      )
    )
    const probesUnsupported: CapabilityGroup['probesUnsupported'] = []
    for (const runtime of runtimes) {
      for (const probe of ofCategory(runtime).filter((p) => p.status === 'unsupported')) {
        const reason = probe.reason ?? 'unsupported'
        const entry = probesUnsupported.find((u) => u.runtime === runtime.id && u.reason === reason)
        if (entry) entry.probes.push(probe.id)
        else probesUnsupported.push({ runtime: runtime.id, reason, probes: [probe.id] })
      }
    }
    groups.push({
      title,
      runtimes,
      rows,
      counts,
      notPassed,
      probesUnsupported,
      failures: [],
      unsupported: []
    })
  }
  return groups
}

/** The user's modules: one row per module given on its own, one row per suite with its counts. */
function testGroup(title: string, runtimes: RuntimeOutcome[]): CapabilityGroup {
  const testsOf = (runtime: RuntimeOutcome) => runtime.probes.filter((p) => p.category === 'custom')
  const rows: CapabilityGroup['rows'] = []
  const failures: TestFailures[] = []
  const unsupported: CapabilityGroup['unsupported'] = []
  const seen = new Set<string>()
  for (const test of runtimes.flatMap(testsOf)) {
    const key = test.suite === undefined ? `module ${test.id}` : `suite ${test.suite}`
    if (seen.has(key)) continue
    seen.add(key)
    const members = (runtime: RuntimeOutcome) =>
      testsOf(runtime).filter((p) => (test.suite === undefined ? p.id === test.id : p.suite === test.suite))
    rows.push({
      label: test.suite ?? test.id,
      cells: runtimes.map((runtime) =>
        test.suite === undefined ? probeCell(members(runtime)[0]) : countsCell(countTests(members(runtime)))
      )
    })
    for (const runtime of runtimes) {
      const failed = members(runtime).filter((p) => isFailure(p.status))
      if (failed.length === 0) continue
      const list = failures.find((f) => f.suite === test.suite && f.runtime === runtime.id)
      if (list) list.tests.push(...failed)
      else failures.push({ suite: test.suite, runtime: runtime.id, tests: failed })
    }
    for (const runtime of runtimes) {
      for (const notRun of members(runtime).filter((p) => p.status === 'unsupported')) {
        const reason = notRun.reason ?? 'unsupported'
        const entry = unsupported.find(
          (u) => u.suite === test.suite && u.runtime === runtime.id && u.reason === reason
        )
        if (entry) entry.tests += 1
        else unsupported.push({ suite: test.suite, runtime: runtime.id, reason, tests: 1 })
      }
    }
  }
  const counts = runtimes.map((runtime) => countTests(testsOf(runtime)))
  return { title, runtimes, rows, counts, notPassed: [], probesUnsupported: [], failures, unsupported }
}

/** `WASI Rust tests [wasm32-wasip3] on node: needs WASI 0.3 components (55 tests)`. */
export function unsupportedLine(entry: CapabilityGroup['unsupported'][number]): string {
  return `${entry.suite ?? 'modules on their own'} on ${entry.runtime}: ${entry.reason} (${entry.tests} ${entry.tests === 1 ? 'test' : 'tests'})`
}

/** `wasm3: cannot pass arguments (wasi-args, wasi-environ)`. */
export function probesUnsupportedLine(entry: CapabilityGroup['probesUnsupported'][number]): string {
  return `${entry.runtime}: ${entry.reason} (${entry.probes.join(', ')})`
}

/** The cell of `probeId` for `runtime`. */
export function capabilityCell(runtime: RuntimeOutcome, probeId: string): string {
  return probeCell(runtime.probes.find((p) => p.id === probeId))
}

/** A reason in a table cell stays short; the result file keeps all of it. */
const REASON_CHARS = 300
/**
 * At most this many rows of the user's modules per table, and of failed tests
 * per block: thousands of them would not fit in the step summary (1 MB).
 */
const ROWS_SHOWN = 200

/** The first ROWS_SHOWN rows, and a last one that says how many more the result file has. */
function firstRows(rows: string[], columns: number): string[] {
  if (rows.length <= ROWS_SHOWN) return rows
  const more = `… and ${rows.length - ROWS_SHOWN} more (the result file has them all)`
  return [...rows.slice(0, ROWS_SHOWN), `| ${[more, ...Array<string>(columns - 1).fill('')].join(' | ')} |`]
}

/** One collapsible block per suite and runtime: the tests that failed and why. */
function failureBlocks(failures: TestFailures[]): string[] {
  return failures.map(({ suite, runtime, tests }) =>
    [
      `<details><summary>${STATUS_SYMBOLS.fail} ${escapeHtml(shownName(suite ?? 'modules on their own'))} on <code>${escapeHtml(runtime)}</code>: ${tests.length} failed</summary>`,
      '',
      '| Test | Outcome | Why |',
      '| --- | --- | --- |',
      ...firstRows(
        tests.map((test) => {
          const reason = clipped(test.reason ?? test.status, REASON_CHARS)
          return `| ${codeCell(shownName(test.test ?? test.id))} | ${escapeCell(probeCell(test))} | ${escapeCell(reason)} |`
        }),
        3
      ),
      '',
      `<sub>${escapeHtml(legend(tests.map(probeCell)))}</sub>`,
      '',
      '</details>',
      ''
    ].join('\n')
  )
}

/** The probes that did not pass, and why: the runtime's own words where it said any. */
function notPassedTable(notPassed: CapabilityGroup['notPassed']): string[] {
  if (notPassed.length === 0) return []
  return [
    '**Why they did not pass:**',
    '',
    '| Probe | Runtime | Outcome | Why |',
    '| --- | --- | --- | --- |',
    ...firstRows(
      notPassed.map(
        ({ runtime, probe }) =>
          `| ${codeCell(probe.id)} | \`${runtime}\` | ${escapeCell(probeCell(probe))} | ${escapeCell(clipped(probeReason(probe, runtime), REASON_CHARS))} |`
      ),
      4
    ),
    ''
  ]
}

/** One line: why runtimes cannot run what they were given. */
function unsupportedParagraph(lines: string[]): string[] {
  if (lines.length === 0) return []
  return [`**Unsupported:** ${lines.slice(0, ROWS_SHOWN).map(escapeCell).join('; ')}`, '']
}

/**
 * The capability probes as markdown blocks, each whole on its own (the step
 * summary keeps as many as fit): per category a collapsible table, probes as
 * rows, runtimes as columns, a count per runtime, a legend, why probes did
 * not pass and why some could not run; then the failed tests.
 */
export function capabilitySections(result: ProbeResult): string[] {
  const sections = capabilityGroups(result).flatMap((group) => {
    const { title, runtimes, rows, counts, notPassed, probesUnsupported, failures, unsupported } = group
    const brief = runtimes.map((r, i) => `${r.id} ${countsText(counts[i], true)}`).join(' · ')
    const explained = legend(
      rows.flatMap((row) => row.cells),
      true
    )
    return [
      [
        `<details><summary><b>${escapeHtml(title)}</b>: ${escapeHtml(brief)}</summary>`,
        '',
        `| Probe | ${runtimes.map((r) => `\`${r.id}\``).join(' | ')} |`,
        `| --- | ${runtimes.map(() => ':---:').join(' | ')} |`,
        ...firstRows(
          rows.map(
            (row) => `| ${codeCell(shownName(row.label))} | ${row.cells.map(escapeCell).join(' | ')} |`
          ),
          runtimes.length + 1
        ),
        `| **passed** | ${counts.map((c) => escapeCell(countsText(c))).join(' | ')} |`,
        '',
        `<sub>${escapeHtml(explained)}</sub>`,
        '',
        ...notPassedTable(notPassed),
        ...unsupportedParagraph([
          ...probesUnsupported.map((entry) =>
            probesUnsupportedLine({ ...entry, reason: clipped(entry.reason, REASON_CHARS) })
          ),
          ...unsupported.map((entry) =>
            unsupportedLine({
              ...entry,
              suite: entry.suite && shownName(entry.suite),
              reason: clipped(entry.reason, REASON_CHARS)
            })
          )
        ]),
        '</details>',
        ''
      ].join('\n'),
      ...failureBlocks(failures)
    ]
  })
  return sections.length > 0 ? ['### Capabilities\n', ...sections] : []
}
