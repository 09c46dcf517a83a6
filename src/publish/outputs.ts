// The step's outputs, every value a string as GitHub stores them, each within
// a limit: GitHub takes at most 1 MB of a job's outputs in all.
import { capabilities } from './capabilities.js'
import { PATH_CHARS, VERSION_CHARS } from './cells.js'
import { clipped } from './escape.js'
import type { ProbeOutcome, ProbeResult, RuntimeOutcome } from '../result/index.js'

export interface ProbeOutputs {
  native: string
  'native-handler': string
  supported: string
  matrix: string
  include: string
  paths: string
  runners: string
  capabilities: string
  'result-file': string
}

/**
 * The most bytes of each output; together about 850 kB. Versions and paths
 * are cut to VERSION_CHARS and PATH_CHARS characters, which keeps `include`,
 * `paths` and `native-handler` within theirs whatever they hold. `matrix` and
 * `capabilities` grow with the user's tests: over their limit, the tests are
 * left out of them (the result file has them). A command in `runners` is never
 * cut (it would run something else): over the limit, the longest are left out.
 */
export const OUTPUT_LIMITS: Record<keyof ProbeOutputs, number> = {
  native: 5,
  'native-handler': 4096,
  supported: 1024,
  matrix: 300_000,
  include: 80_000,
  paths: 80_000,
  runners: 80_000,
  capabilities: 300_000,
  'result-file': 4096
}

const isUserTest = (probe: ProbeOutcome) => probe.category === 'custom'
const version = (runtime: RuntimeOutcome) =>
  runtime.version === null ? null : clipped(runtime.version, VERSION_CHARS)
const path = (text: string | null) => (text === null ? null : clipped(text, PATH_CHARS))

/**
 * `of(result)` as JSON; when that is over `limit` bytes, `of` the result
 * without the user's tests, which is bounded (the embedded probes are ours).
 */
function jsonWithin(limit: number, result: ProbeResult, of: (result: ProbeResult) => unknown): string {
  const json = JSON.stringify(of(result))
  if (Buffer.byteLength(json, 'utf8') <= limit) return json
  const runtimes = result.runtimes.map((runtime) => ({
    ...runtime,
    probes: runtime.probes.filter((probe) => !isUserTest(probe))
  }))
  return JSON.stringify(of({ ...result, runtimes }))
}

function matrix(result: ProbeResult) {
  return Object.fromEntries(
    result.runtimes.map((runtime) => [
      runtime.id,
      {
        status: runtime.status,
        version: version(runtime),
        path: path(runtime.path),
        probes: Object.fromEntries(runtime.probes.map((probe) => [probe.id, probe.status]))
      }
    ])
  )
}

function runnersWithin(limit: number, runners: Record<string, string>): string {
  const kept = { ...runners }
  const bytes = () => Buffer.byteLength(JSON.stringify(kept), 'utf8')
  while (bytes() > limit) {
    const longest = Object.keys(kept).sort((a, b) => kept[b].length - kept[a].length)[0]
    delete kept[longest]
  }
  return JSON.stringify(kept)
}

export function computeOutputs(result: ProbeResult, resultFile: string): ProbeOutputs {
  const include = result.runtimes
    .filter((runtime) => runtime.status === 'pass')
    .map((runtime) => ({
      runtime: runtime.id,
      version: version(runtime) ?? '',
      path: path(runtime.path) ?? ''
    }))
  const paths = Object.fromEntries(
    result.runtimes
      .filter((runtime) => runtime.id !== 'native' && runtime.path)
      .map((runtime) => [runtime.id, path(runtime.path)])
  )
  return {
    native: String(result.native.status === 'pass'),
    'native-handler': path(result.native.handler) ?? '',
    supported: JSON.stringify(result.supported),
    matrix: jsonWithin(OUTPUT_LIMITS.matrix, result, matrix),
    include: JSON.stringify(include),
    paths: JSON.stringify(paths),
    runners: runnersWithin(OUTPUT_LIMITS.runners, result.runners ?? {}),
    capabilities: jsonWithin(OUTPUT_LIMITS.capabilities, result, capabilities),
    'result-file': resultFile
  }
}
