// Refreshes the manifest from the releases API: each runtime's newest stable
// release that has a build for Linux x64 becomes its pinned default, with the
// sha256 of every asset the installer would pick on any platform. Used by
// `npm run manifest` (scripts/update-manifest.ts); not part of the action.
import { HttpClient } from '@actions/http-client'
import semver from 'semver'
import { RUNTIMES } from '../runtimes/index.js'
import type { CliRuntimeSpec } from '../runtimes/spec.js'
import { hashInChecksumFile } from './checksums.js'
import { type ApiRelease, digestHex, type ReleasesApi } from './github.js'
import { assetUrl } from './install.js'
import type { ManifestEntry } from '../runtimes/manifest.js'
import { ALL_PLATFORMS, isUnavailable } from '../runtimes/release.js'

export interface Refreshed {
  manifest: Record<string, ManifestEntry>
  /** One line per change, for the pull request. */
  changes: string[]
}

const LINUX_X64 = ALL_PLATFORMS[0]

export async function refreshManifest(
  api: ReleasesApi,
  current: Record<string, ManifestEntry>,
  downloadUrl: string
): Promise<Refreshed> {
  const manifest: Record<string, ManifestEntry> = structuredClone(current)
  const changes: string[] = []
  const specs = RUNTIMES.filter((spec): spec is CliRuntimeSpec => spec.kind === 'cli')
  for (const spec of specs) {
    const entry = (manifest[spec.id] ??= { default: '', sha256: {} })
    let releases: ApiRelease[]
    try {
      releases = await api.listReleases(spec.release.repo)
    } catch (error) {
      changes.push(
        `${spec.id}: could not list releases (${error instanceof Error ? error.message : error}); stays at ${entry.default}`
      )
      continue
    }
    const newest = newestRelease(spec, releases)
    if (!newest) {
      const kind = spec.release.prereleases ? 'release' : 'stable release'
      changes.push(`${spec.id}: no ${kind} with a Linux x64 build; stays at ${entry.default}`)
      continue
    }
    if (newest.version !== entry.default) {
      changes.push(`${spec.id}: ${entry.default || '(none)'} → ${newest.version}`)
      entry.default = newest.version
    }
    const hashes = await assetHashes(spec, newest.release, newest.version, downloadUrl)
    const known = entry.sha256[newest.version] ?? {}
    for (const [name, hex] of Object.entries(known)) {
      if (hashes[name] && hashes[name] !== hex) {
        changes.push(
          `${spec.id}: the sha256 of ${name} CHANGED upstream (${hex} → ${hashes[name]}): check before merging`
        )
      }
    }
    if (Object.keys(hashes).length > 0) entry.sha256[newest.version] = { ...known, ...hashes }
  }
  return { manifest, changes }
}

function newestRelease(
  spec: CliRuntimeSpec,
  releases: ApiRelease[]
): { release: ApiRelease; version: string } | undefined {
  return releases
    .filter(
      (release) =>
        !release.draft &&
        // wasmi publishes every release with binaries as a prerelease: for it, they count.
        (spec.release.prereleases || !release.prerelease) &&
        release.tag_name.startsWith(spec.release.tagPrefix)
    )
    .map((release) => ({
      release,
      version: semver.valid(release.tag_name.slice(spec.release.tagPrefix.length))
    }))
    .filter((c): c is { release: ApiRelease; version: string } => c.version !== null)
    .sort((a, b) => semver.rcompare(a.version, b.version))
    .find(
      (c) =>
        !isUnavailable(
          spec.release.selectAsset(
            c.version,
            LINUX_X64,
            c.release.assets.map((asset) => asset.name)
          )
        )
    )
}

/** sha256 of each asset the installer would choose on some platform: the API digest, else the checksum file. */
async function assetHashes(
  spec: CliRuntimeSpec,
  release: ApiRelease,
  version: string,
  downloadUrl: string
): Promise<Record<string, string>> {
  const names = release.assets.map((asset) => asset.name)
  const chosen = new Set<string>()
  for (const platform of ALL_PLATFORMS) {
    const choice = spec.release.selectAsset(version, platform, names)
    if (!isUnavailable(choice)) chosen.add(choice.name)
  }
  // One checksum file for the release, or one per asset (Deno's): each fetched once, when a digest is missing.
  const checksumFiles = new Map<string, Promise<string>>()
  const checksumsFor = (name: string): Promise<string> => {
    const checksumName = spec.release.checksumFile?.(version, name)
    if (!checksumName || !names.includes(checksumName)) return Promise.resolve('')
    if (!checksumFiles.has(checksumName))
      checksumFiles.set(
        checksumName,
        fetchText(assetUrl(downloadUrl, spec.release.repo, release.tag_name, checksumName))
      )
    return checksumFiles.get(checksumName)!
  }
  const hashes: Record<string, string> = {}
  for (const name of [...chosen].sort()) {
    const hex =
      digestHex(release.assets.find((asset) => asset.name === name)?.digest) ??
      hashInChecksumFile(await checksumsFor(name), name)
    if (hex) hashes[name] = hex
  }
  return hashes
}

async function fetchText(url: string): Promise<string> {
  const response = await new HttpClient('wasi-probe').get(url)
  const body = await response.readBody()
  if (response.message.statusCode !== 200) throw new Error(`GET ${url}: HTTP ${response.message.statusCode}`)
  return body
}

/** The text of src/runtimes/manifest.json for `manifest`. */
export function renderManifest(manifest: Record<string, ManifestEntry>): string {
  return `${JSON.stringify(manifest, null, 2)}\n`
}
