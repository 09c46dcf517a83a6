// The report sub-action's core: read many legs' result files, keep the valid
// ones, and merge them into one host × runtime matrix. Plain data in and out.
import { readFileSync } from 'node:fs'
import { RUNTIME_IDS } from '../../runtimes/index.js'
import type { ProbeOutcome, ProbeResult, RuntimeOutcome } from '../../result/index.js'
import { RESULT_SCHEMA } from '../../result/index.js'
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
  /** host → runtime → cell. */
  cells: Record<string, Record<string, MergedCell>>
  supportedEverywhere: string[]
  supportedAnywhere: string[]
  include: { label: string; runtime: string; version: string }[]
  /** Expected labels that no result came from. */
  missing: string[]
  results: LoadedResult[]
  skipped: SkippedFile[]
}

const SCHEMA_PREFIX = 'wasi-probe/result@'

/** Reads and checks each file; what cannot be used is skipped with the reason. */
export function readResults(files: readonly string[]): { results: LoadedResult[]; skipped: SkippedFile[] } {
  const results: LoadedResult[] = []
  const skipped: SkippedFile[] = []
  const seen = new Map<string, number>()
  for (const file of files) {
    let document: unknown
    try {
      document = JSON.parse(readFileSync(file, 'utf8'))
    } catch (error) {
      skipped.push({ file, why: `not JSON: ${error instanceof Error ? error.message : error}` })
      continue
    }
    const schema = (document as { schema?: unknown } | null)?.schema
    if (typeof schema !== 'string' || !schema.startsWith(SCHEMA_PREFIX)) {
      skipped.push({ file, why: `not a wasi-probe result (schema is ${JSON.stringify(schema ?? null)})` })
      continue
    }
    const major = Number(schema.slice(SCHEMA_PREFIX.length))
    if (schema !== RESULT_SCHEMA && major > Number(RESULT_SCHEMA.slice(SCHEMA_PREFIX.length))) {
      skipped.push({
        file,
        why: `written by a newer wasi-probe (${schema}); this report reads ${RESULT_SCHEMA}`
      })
      continue
    }
    const errors = resultSchemaErrors(document)
    if (errors.length > 0) {
      skipped.push({ file, why: `does not match ${RESULT_SCHEMA}: ${errors.slice(0, 3).join('; ')}` })
      continue
    }
    const result = document as ProbeResult
    const count = (seen.get(result.host.label) ?? 0) + 1
    seen.set(result.host.label, count)
    results.push({ file, label: count === 1 ? result.host.label : `${result.host.label} (${count})`, result })
  }
  return { results, skipped }
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

export function mergeResults(
  results: readonly LoadedResult[],
  skipped: readonly SkippedFile[] = [],
  expect: readonly string[] = []
): MergedReport {
  const cells: MergedReport['cells'] = {}
  const present = new Set<string>()
  for (const { label, result } of results) {
    cells[label] = {}
    for (const runtime of result.runtimes) {
      cells[label][runtime.id] = cellOf(runtime)
      present.add(runtime.id)
    }
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
    results: [...results],
    skipped: [...skipped]
  }
}
