// The report's findings in the shape of webassembly.org's features.json:
// runtime → feature → the version seen to have it, or false. The proposals
// carry webassembly.org's own keys; WASI, which that table has no columns for,
// gets keys of its own.
import semver from 'semver'
import type { ProbeStatus } from '../../result/index.js'
import type { PageData } from './page-data.js'

export const FEATURES_SCHEMA = 'wasi-probe/features@1'

/** webassembly.org's key for each proposal wasi-probe probes. */
export const WEBASSEMBLY_ORG_KEYS: Readonly<Record<string, string>> = {
  'feature-mutable-globals': 'mutableGlobals',
  'feature-sign-extension': 'signExtensions',
  'feature-saturating-float-to-int': 'saturatedFloatToInt',
  'feature-multi-value': 'multiValue',
  'feature-bulk-memory': 'bulkMemory',
  'feature-reference-types': 'referenceTypes',
  'feature-simd': 'simd',
  'feature-relaxed-simd': 'relaxedSimd',
  'feature-tail-call': 'tailCall',
  'feature-extended-const': 'extendedConst',
  'feature-threads': 'threads',
  'feature-exceptions': 'exceptions',
  'feature-exnref': 'exceptionsFinal',
  'feature-memory64': 'memory64',
  'feature-multi-memory': 'multiMemory',
  'feature-gc': 'gc',
  'feature-typed-function-references': 'typedFunctionReferences',
  'feature-wide-arithmetic': 'wideArithmetic'
}

/** The key of the basic probes together: runs WASI preview1 commands at all. */
export const WASIP1_KEY = 'wasip1'

/** `wasi-preopen-read` → `wasiPreopenRead`, `component-0.3-run` → `component03Run`. */
export function featureKey(probeId: string): string {
  return (
    WEBASSEMBLY_ORG_KEYS[probeId] ??
    probeId.replace(/\./g, '').replace(/-([a-z0-9])/g, (_, ch: string) => ch.toUpperCase())
  )
}

/** A version, `true` where the runtime has no version to give, `false`, or `[version, note]`. */
export type FeatureValue = string | boolean | [string, string]

export interface FeaturesExport {
  schema: typeof FEATURES_SCHEMA
  /** Key → what it means and the probes that decide it. */
  features: Record<string, { description: string; probes: string[] }>
  /** Runtime name → its id and its features. */
  runtimes: Record<
    string,
    { id: string; category: 'Standalone Runtimes'; features: Record<string, FeatureValue> }
  >
}

/** Outcomes that say nothing about the feature: recorded only, or set aside by an expectation. */
const NO_VERDICT: readonly ProbeStatus[] = ['recorded', 'skip', 'xfail']

function lowest(versions: (string | null)[]): string | null {
  const known = versions.filter((v): v is string => v !== null)
  if (known.length === 0) return null
  return known.sort((a, b) => {
    const [x, y] = [semver.coerce(a), semver.coerce(b)]
    return x && y && semver.compare(x, y) !== 0 ? semver.compare(x, y) : a.localeCompare(b)
  })[0]
}

/**
 * Passing on every host that judged it: the lowest version seen; on none:
 * false; on some: that version with a note naming the hosts it did not pass on.
 */
function valueOf(seen: { host: string; version: string | null; pass: boolean }[]): FeatureValue {
  const passing = seen.filter((s) => s.pass)
  if (passing.length === 0) return false
  const version = lowest(passing.map((s) => s.version))
  const failing = seen.filter((s) => !s.pass).map((s) => s.host)
  if (failing.length === 0) return version ?? true
  return [version ?? 'yes', `not on ${failing.join(', ')}`]
}

export function featuresExport(data: PageData): FeaturesExport {
  const features: FeaturesExport['features'] = Object.create(null)
  const runtimes: FeaturesExport['runtimes'] = Object.create(null)
  const seen = new Map<string, Map<string, { host: string; version: string | null; pass: boolean }[]>>()
  const note = (
    runtime: string,
    key: string,
    entry: { host: string; version: string | null; pass: boolean }
  ) => {
    const byKey = seen.get(runtime) ?? new Map()
    byKey.set(key, [...(byKey.get(key) ?? []), entry])
    seen.set(runtime, byKey)
  }
  const versionOn = (host: string, runtime: string) => data.matrix[host]?.[runtime]?.version ?? null

  features[WASIP1_KEY] = {
    description: 'Runs WASI preview1 commands: exit codes and stdout as written (the three basic probes)',
    probes: ['seed', 'exit-code', 'stdout']
  }
  for (const host of data.hosts) {
    for (const [runtime, cell] of Object.entries(data.matrix[host.label])) {
      if (cell.status === 'missing' || cell.status === 'unavailable') continue
      if (cell.failedStage && cell.failedStage !== 'run') continue
      note(runtime, WASIP1_KEY, { host: host.label, version: cell.version, pass: cell.status === 'pass' })
    }
  }
  for (const group of data.groups) {
    group.probes.forEach((probe, i) => {
      const key = featureKey(probe.id)
      features[key] = { description: probe.description, probes: [probe.id] }
      for (const row of group.rows) {
        const status = row.statuses[i]
        if (!status || NO_VERDICT.includes(status)) continue
        note(row.runtime, key, {
          host: row.host,
          version: versionOn(row.host, row.runtime),
          pass: status === 'pass'
        })
      }
    })
  }
  for (const { id, name } of data.runtimes) {
    const byKey = seen.get(id)
    if (!byKey) continue
    const values: Record<string, FeatureValue> = Object.create(null)
    for (const key of Object.keys(features)) {
      const entries = byKey.get(key)
      if (entries) values[key] = valueOf(entries)
    }
    runtimes[name] = { id, category: 'Standalone Runtimes', features: values }
  }
  return { schema: FEATURES_SCHEMA, features, runtimes }
}
