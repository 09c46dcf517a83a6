// Every probe the tool carries, and the sets the `probes` input names.
import { BASIC_PROBES, type Probe } from './catalog.js'
import { COMPONENT_PROBES } from './components.js'
import { COMPONENT_03_PROBES } from './components-0.3.js'
import { PROPOSAL_PROBES } from './proposals.js'
import { WASI_PROBES } from './wasi.js'

export const ALL_PROBES: readonly Probe[] = [
  ...BASIC_PROBES,
  ...WASI_PROBES,
  ...PROPOSAL_PROBES,
  ...COMPONENT_PROBES,
  ...COMPONENT_03_PROBES
]

/** The names the `probes` input accepts besides single probe ids (a Map: a name is the user's text). */
export const PROBE_SETS: ReadonlyMap<string, readonly Probe[]> = new Map([
  ['basic', BASIC_PROBES],
  ['wasi', WASI_PROBES],
  ['features', PROPOSAL_PROBES],
  ['component', COMPONENT_PROBES],
  ['component-0.3', COMPONENT_03_PROBES],
  ['all', ALL_PROBES]
])

/**
 * The probes for `ids` (set names or probe ids), in catalog order. The basic
 * probes always run: they decide whether a runtime supports WASI at all.
 */
export function selectProbes(ids: readonly string[]): Probe[] {
  const wanted = new Set<string>(BASIC_PROBES.map((probe) => probe.id))
  for (const id of ids) {
    for (const probe of PROBE_SETS.get(id) ?? ALL_PROBES.filter((p) => p.id === id)) wanted.add(probe.id)
  }
  return ALL_PROBES.filter((probe) => wanted.has(probe.id))
}

export function isProbeName(name: string): boolean {
  return PROBE_SETS.has(name) || ALL_PROBES.some((probe) => probe.id === name)
}

export type { Probe } from './catalog.js'
