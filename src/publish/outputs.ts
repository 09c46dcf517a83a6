// The step's outputs, every value a string as GitHub stores them.
import { capabilities } from './capabilities.js'
import type { ProbeResult } from '../result/index.js'

export interface ProbeOutputs {
  native: string
  supported: string
  matrix: string
  include: string
  paths: string
  capabilities: string
  'result-file': string
}

export function computeOutputs(result: ProbeResult, resultFile: string): ProbeOutputs {
  const matrix = Object.fromEntries(
    result.runtimes.map((runtime) => [
      runtime.id,
      {
        status: runtime.status,
        version: runtime.version,
        path: runtime.path,
        probes: Object.fromEntries(runtime.probes.map((probe) => [probe.id, probe.status]))
      }
    ])
  )
  const include = result.runtimes
    .filter((runtime) => runtime.status === 'pass')
    .map((runtime) => ({ runtime: runtime.id, version: runtime.version ?? '', path: runtime.path ?? '' }))
  const paths = Object.fromEntries(
    result.runtimes
      .filter((runtime) => runtime.id !== 'native' && runtime.path)
      .map((runtime) => [runtime.id, runtime.path])
  )
  return {
    native: String(result.native.status === 'pass'),
    supported: JSON.stringify(result.supported),
    matrix: JSON.stringify(matrix),
    include: JSON.stringify(include),
    paths: JSON.stringify(paths),
    capabilities: JSON.stringify(capabilities(result)),
    'result-file': resultFile
  }
}
