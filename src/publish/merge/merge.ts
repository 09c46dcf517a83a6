// The report sub-action's core: read many legs' result files, keep the valid
// ones, and merge them into one host × runtime matrix. Plain data in and out.
import { RUNTIME_IDS } from '../../runtimes/index.js'
import type { ProbeOutcome, ProbeResult, RuntimeOutcome } from '../../result/index.js'
import { RESULT_SCHEMA } from '../../result/index.js'
import { readRegularFile } from './read-limited.js'
import { resultSchemaErrors } from './validate.js'

export interface LoadedResult {
  file: string
  /** The host's label, made unique (`label (2)`) when two legs used the same one. */
  label: string
  result: ProbeResult
}

export interface SkippedFile {
  file: string
  why: string
}

/** A label that more than one result file gives: every file, and the label each is shown under. */
export interface DuplicateLabel {
  label: string
  files: string[]
  shownAs: string[]
}

/** One cell of the merged table. */
export interface MergedCell {
  status: RuntimeOutcome['status']
  version: string | null
  /** For a runtime that did not pass: the stage, and the first probe that did not pass. */
  failedStage?: string
  failedProbe?: string
  reason?: string
}

export interface MergedReport {
  hosts: string[]
  /** Runtime ids that appear in any result, in the usual order. */
  runtimes: string[]
  /** host → runtime → cell; objects without a prototype, as labels and ids come from the result files. */
  cells: Record<string, Record<string, MergedCell>>
  supportedEverywhere: string[]
  supportedAnywhere: string[]
  include: { label: string; runtime: string; version: string }[]
  /** Expected labels that no result came from. */
  missing: string[]
  /** host → why its leg could not probe (bad inputs, a cancelled run): the result's `error`. */
  errors: Record<string, string>
  /** Entries of `results` that named no file (a glob that matched nothing). */
  unmatched: string[]
  results: LoadedResult[]
  skipped: SkippedFile[]
  duplicates: DuplicateLabel[]
}

const SCHEMA_PREFIX = 'wasi-probe/result@'

/** The document in `file`, checked against the schema, or why it cannot be used. */
function readResult(file: string): { result: ProbeResult } | { why: string } {
  const read = readRegularFile(file)
  if ('why' in read) return read
  let document: unknown
  try {
    document = JSON.parse(read.text)
  } catch (error) {
    return { why: `not JSON: ${error instanceof Error ? error.message : error}` }
  }
  const schema = (document as { schema?: unknown } | null)?.schema
  if (typeof schema !== 'string' || !schema.startsWith(SCHEMA_PREFIX))
    return { why: `not a wasi-probe result (schema is ${JSON.stringify(schema ?? null)})` }
  const major = Number(schema.slice(SCHEMA_PREFIX.length))
  if (schema !== RESULT_SCHEMA && major > Number(RESULT_SCHEMA.slice(SCHEMA_PREFIX.length)))
    return { why: `written by a newer wasi-probe (${schema}); this report reads ${RESULT_SCHEMA}` }
  const errors = resultSchemaErrors(document)
  if (errors.length > 0) return { why: `does not match ${RESULT_SCHEMA}: ${errors.slice(0, 3).join('; ')}` }
  return { result: document as ProbeResult }
}

/**
 * A label for every result, none twice: the first result with a label keeps it, the next ones get
 * `label (2)`, `label (3)`, ..., skipping any that another result has as its own label.
 */
function distinctLabels(read: readonly { file: string; result: ProbeResult }[]): {
  results: LoadedResult[]
  duplicates: DuplicateLabel[]
} {
  const own = new Set(read.map(({ result }) => result.host.label))
  const taken = new Set<string>()
  const byLabel = new Map<string, DuplicateLabel>()
  const results = read.map(({ file, result }) => {
    const asked = result.host.label
    let label = asked
    for (let n = 2; taken.has(label) || (label !== asked && own.has(label)); n++) label = `${asked} (${n})`
    taken.add(label)
    const entry = byLabel.get(asked) ?? { label: asked, files: [], shownAs: [] }
    entry.files.push(file)
    entry.shownAs.push(label)
    byLabel.set(asked, entry)
    return { file, label, result }
  })
  return { results, duplicates: [...byLabel.values()].filter((entry) => entry.files.length > 1) }
}

/** Reads and checks each file; what cannot be used is skipped with the reason. */
export function readResults(files: readonly string[]): {
  results: LoadedResult[]
  skipped: SkippedFile[]
  duplicates: DuplicateLabel[]
} {
  const read: { file: string; result: ProbeResult }[] = []
  const skipped: SkippedFile[] = []
  for (const file of files) {
    const outcome = readResult(file)
    if ('why' in outcome) skipped.push({ file, why: outcome.why })
    else read.push({ file, result: outcome.result })
  }
  return { ...distinctLabels(read), skipped }
}

function cellOf(runtime: RuntimeOutcome): MergedCell {
  const cell: MergedCell = { status: runtime.status, version: runtime.version }
  if (runtime.status === 'pass') return cell
  const failed = runtime.probes.find((p: ProbeOutcome) => p.category === 'basic' && p.status !== 'pass')
  return {
    ...cell,
    ...(runtime.failedStage ? { failedStage: runtime.failedStage } : {}),
    ...(failed ? { failedProbe: failed.id } : {}),
    ...(runtime.reason ? { reason: runtime.reason } : {})
  }
}

/** An object for keys from outside: `__proto__` or `constructor` is a key like any other there. */
function dictionary<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>
}

export function mergeResults(
  results: readonly LoadedResult[],
  skipped: readonly SkippedFile[] = [],
  expect: readonly string[] = [],
  duplicates: readonly DuplicateLabel[] = [],
  unmatched: readonly string[] = []
): MergedReport {
  const cells = dictionary<Record<string, MergedCell>>()
  const errors = dictionary<string>()
  const present = new Set<string>()
  for (const { label, result } of results) {
    if (result.error) errors[label] = result.error
    const row = dictionary<MergedCell>()
    for (const runtime of result.runtimes) {
      row[runtime.id] = cellOf(runtime)
      present.add(runtime.id)
    }
    cells[label] = row
  }
  const hosts = results.map((r) => r.label)
  const runtimes = RUNTIME_IDS.filter((id) => present.has(id))
  const passesOn = (id: string) => hosts.filter((host) => cells[host][id]?.status === 'pass')
  const labels = new Set(results.map((r) => r.result.host.label))
  return {
    hosts,
    runtimes,
    cells,
    supportedEverywhere:
      hosts.length > 0 ? runtimes.filter((id) => passesOn(id).length === hosts.length) : [],
    supportedAnywhere: runtimes.filter((id) => passesOn(id).length > 0),
    include: hosts.flatMap((host) =>
      runtimes
        .filter((id) => cells[host][id]?.status === 'pass')
        .map((id) => ({ label: host, runtime: id, version: cells[host][id].version ?? '' }))
    ),
    missing: expect.filter((label) => !labels.has(label)),
    errors,
    unmatched: [...unmatched],
    results: [...results],
    skipped: [...skipped],
    duplicates: [...duplicates]
  }
}
