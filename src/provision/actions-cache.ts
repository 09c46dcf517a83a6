// `cache: true`: keeps installed runtimes in the Actions cache, since the tool
// cache does not outlive a hosted job. Failures here are warnings: a cache
// that cannot be read or written only costs a download.
import * as cache from '@actions/cache'
import { join } from 'node:path'
import { type Platform, platformLabel } from '../runtimes/release.js'

export interface RuntimeCache {
  /** True when the runtime is now in the tool cache, restored from the Actions cache. */
  restore(id: string, version: string): Promise<boolean>
  save(id: string, version: string): Promise<void>
}

export function actionsCacheAvailable(): boolean {
  return cache.isFeatureAvailable()
}

/** The Actions cache, holding each runtime's tool-cache folder and its `.complete` marker. */
export function actionsCache(platform: Platform, warn: (message: string) => void): RuntimeCache {
  const paths = (id: string, version: string) => {
    const dir = join(process.env.RUNNER_TOOL_CACHE ?? '', id, version, platform.arch)
    return [dir, `${dir}.complete`]
  }
  const key = (id: string, version: string) => `wasi-probe-${id}-${version}-${platformLabel(platform)}`
  return {
    async restore(id, version) {
      try {
        return (await cache.restoreCache(paths(id, version), key(id, version))) !== undefined
      } catch (error) {
        warn(`${id}: the Actions cache could not be read: ${error instanceof Error ? error.message : error}`)
        return false
      }
    },
    async save(id, version) {
      try {
        await cache.saveCache(paths(id, version), key(id, version))
      } catch (error) {
        warn(
          `${id}: the Actions cache could not be written: ${error instanceof Error ? error.message : error}`
        )
      }
    }
  }
}
