// The provision stage: find each runtime, or install it when asked to.
import type { RuntimeCache } from './actions-cache.js'
import type { ManifestEntry } from '../runtimes/manifest.js'
import type { Platform } from '../runtimes/release.js'
import type { Plan } from '../inputs/plan.js'
import type { InstallRecord, InstallStage, RuntimeStatus } from '../result/index.js'
import { runtimeById } from '../runtimes/index.js'
import { THIS_OS } from '../runtimes/spec.js'
import { selectProbes } from '../probes/index.js'
import { type Located, locate } from './discover.js'
import type { InstallOutcome } from './install.js'

/** Why a runtime cannot be run, when it cannot. */
export interface Absent {
  status: Extract<RuntimeStatus, 'missing' | 'unavailable' | 'error'>
  reason: string
  failedStage?: InstallStage
}

export interface Provisioned {
  located: Map<string, Located>
  absent: Map<string, Absent>
  installs: Map<string, InstallRecord>
}

export async function provision(
  plan: Plan,
  env: NodeJS.ProcessEnv,
  platform: Platform | undefined,
  options: { manifest?: Record<string, ManifestEntry>; warn?: (message: string) => void } = {}
): Promise<Provisioned> {
  const result: Provisioned = { located: new Map(), absent: new Map(), installs: new Map() }
  const install = plan.install
  // The installer and the Actions cache client are large: loaded only when asked for,
  // so that probing alone starts fast.
  const installer = install ? await import('./install.js') : undefined
  const api = install
    ? new (await import('./github.js')).ReleasesApi(install.apiUrl, install.token)
    : undefined
  const warn = options.warn ?? (() => {})
  let cache: RuntimeCache | undefined
  if (install?.cache && platform) {
    const { actionsCache, actionsCacheAvailable } = await import('./actions-cache.js')
    if (actionsCacheAvailable()) cache = actionsCache(platform, warn)
    else warn('cache: true, but the Actions cache service is not available here: runtimes are downloaded')
  }

  const record = (id: string, outcome: InstallOutcome): void => {
    result.installs.set(id, outcome.record)
    if (outcome.kind === 'ready') result.located.set(id, outcome.located)
    else if (outcome.kind === 'unavailable')
      result.absent.set(id, { status: 'unavailable', reason: outcome.reason })
    else {
      result.absent.set(id, {
        status: 'error',
        reason: `install failed at ${outcome.stage}: ${outcome.reason}`,
        failedStage: outcome.stage
      })
    }
  }

  await Promise.all(
    plan.runtimes.map(async (id) => {
      const spec = runtimeById(id)
      if (!spec || spec.kind === 'native') return
      const notHere = spec.kind === 'jco' ? spec.notOn?.[THIS_OS] : undefined
      if (notHere) {
        result.absent.set(id, { status: 'unavailable', reason: notHere })
        return
      }
      const requested = install?.versions[id]
      // A version asked for is installed (or taken from the tool cache); without
      // one, whatever is on the machine will do.
      const found = requested === undefined ? locate(spec, env) : undefined
      if (found) {
        result.located.set(id, found)
        return
      }
      if (install && spec.kind === 'jco' && !asksForComponents(plan)) {
        result.absent.set(id, {
          status: 'missing',
          reason:
            'not found on PATH or in the tool cache, and not installed: jco runs components only, ' +
            'and neither a component probe (probes: component) nor your modules were asked for'
        })
        return
      }
      if (install && spec.kind === 'jco') {
        const { installNodePackage } = await import('./npm-install.js')
        const outcome = await installNodePackage(spec, requested, {
          arch: platform?.arch ?? process.arch,
          env,
          verify: install.verify,
          manifest: options.manifest,
          cache,
          warn
        })
        record(id, outcome)
        return
      }
      if (!install || !installer || !api || spec.kind !== 'cli') {
        result.absent.set(id, { status: 'missing', reason: 'not found on PATH or in the tool cache' })
        return
      }
      if (!platform) {
        result.absent.set(id, {
          status: 'unavailable',
          reason: `no runtime builds are published for ${process.platform}-${process.arch}`
        })
        return
      }
      const outcome = await installer.installRuntime(spec, requested, {
        platform,
        api,
        apiUrl: install.apiUrl,
        downloadUrl: install.downloadUrl,
        token: install.token,
        verify: install.verify,
        manifest: options.manifest,
        cache,
        warn
      })
      record(id, outcome)
    })
  )
  return result
}

/** True when something the plan runs may be a component: a component probe, or the user's modules. */
export function asksForComponents(plan: Plan): boolean {
  const probes = selectProbes(plan.probes)
  return (
    Boolean(plan.modules) ||
    probes.some((probe) => (probe.wasiVersion ?? 'wasm32-wasip1') !== 'wasm32-wasip1')
  )
}
