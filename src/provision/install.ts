// Installs one runtime the way a careful user would by hand: pick the release
// and the asset for this platform, download, verify the sha256 before
// anything is unpacked, extract, and keep it in the tool cache.
import * as tc from '@actions/tool-cache'
import { randomUUID } from 'node:crypto'
import { chmodSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import semver from 'semver'
import { findBinaryIn, type Located, withLibraryDir } from './discover.js'
import { type DownloadLimits, downloadFile } from './download.js'
import { checkedBinary, type ExtractLimits, extractArchive } from './extract.js'
import { moveIntoToolCache, stagingDir } from './tool-cache.js'
import { redact, redactUrl, urlSecrets } from '../redact.js'
import type { InstallRecord, InstallStage } from '../result/index.js'
import type { CliRuntimeSpec } from '../runtimes/spec.js'
import type { RuntimeCache } from './actions-cache.js'
import { hashInChecksumFile, sha256File } from './checksums.js'
import { type ApiRelease, digestHex, type ReleasesApi } from './github.js'
import { MANIFEST, type ManifestEntry } from '../runtimes/manifest.js'
import { type AssetChoice, isUnavailable, type Platform, platformLabel } from '../runtimes/release.js'

export interface InstallSettings {
  platform: Platform
  api: ReleasesApi
  /** Where release assets are downloaded from: https://github.com, or a mirror with the same layout. */
  downloadUrl: string
  /** Sent with downloads only when `downloadUrl` is GitHub's own host (or the API's). */
  token: string
  apiUrl: string
  /** false: install a download that no checksum covers, with a warning. */
  verify: boolean
  manifest?: Record<string, ManifestEntry>
  /** The Actions cache (`cache: true`), tried before any download. */
  cache?: RuntimeCache
  warn?: (message: string) => void
  /** Default: DOWNLOAD_LIMITS and EXTRACT_LIMITS. */
  downloadLimits?: Partial<DownloadLimits>
  extractLimits?: ExtractLimits
}

/** What must not appear in a message or the record: the token, and the password of either URL. */
function secretsOf(settings: InstallSettings): string[] {
  return [settings.token, ...urlSecrets(settings.downloadUrl), ...urlSecrets(settings.apiUrl)]
}

export type InstallOutcome =
  | { kind: 'ready'; located: Located; record: InstallRecord }
  | { kind: 'unavailable'; reason: string; record: InstallRecord }
  | { kind: 'failed'; stage: InstallStage; reason: string; record: InstallRecord }

class StageError extends Error {
  constructor(
    readonly stage: InstallStage,
    message: string
  ) {
    super(message)
  }
}

/** A resolved release: its version, tag, asset names and, when the API was asked, their digests. */
interface Resolved {
  version: string
  tag: string
  names: string[]
  digests: Map<string, string>
}

export async function installRuntime(
  spec: CliRuntimeSpec,
  requested: string | undefined,
  given: InstallSettings
): Promise<InstallOutcome> {
  const secrets = secretsOf(given)
  const warn = given.warn
  const settings: InstallSettings = { ...given, warn: warn && ((message) => warn(redact(message, secrets))) }
  const manifest = settings.manifest ?? MANIFEST
  const wanted = requested ?? manifest[spec.id]?.default ?? 'latest'
  const record: InstallRecord = { requested: wanted, version: null }
  // The stage under way, for errors that do not say theirs.
  let stage: InstallStage = 'resolve'
  try {
    if (wanted !== 'latest') {
      const there = await alreadyThere(spec, wanted, settings)
      if (there) {
        record.version = there.version
        return { kind: 'ready', located: there.located, record }
      }
    }
    const resolved = await resolveRelease(spec, wanted, settings, manifest)
    record.version = resolved.version
    if (resolved.version !== wanted) {
      const there = await alreadyThere(spec, resolved.version, settings)
      if (there) return { kind: 'ready', located: there.located, record }
    }
    const choice = spec.release.selectAsset(resolved.version, settings.platform, resolved.names)
    if (isUnavailable(choice)) return { kind: 'unavailable', reason: choice.unavailable, record }
    record.asset = choice.name
    const url = assetUrl(settings.downloadUrl, spec.release.repo, resolved.tag, choice.name)
    record.url = redactUrl(url)

    stage = 'download'
    const file = await download(spec.id, url, settings)
    try {
      stage = 'verify'
      const { sha256, verifiedBy } = await verify(spec, resolved, choice, file, settings, manifest)
      record.sha256 = sha256
      record.verifiedBy = verifiedBy
      stage = 'extract'
      const located = await extractAndCache(spec, resolved.version, choice, file, settings)
      await settings.cache?.save(spec.id, resolved.version)
      return { kind: 'ready', located: { ...located, source: 'installed' }, record }
    } finally {
      rmSync(file, { force: true })
    }
  } catch (error) {
    const reason = redact(error instanceof Error ? error.message : String(error), secrets)
    return { kind: 'failed', stage: error instanceof StageError ? error.stage : stage, reason, record }
  }
}

/**
 * The runtime without any release request: from the tool cache (a full or
 * partial version), else restored from the Actions cache (a full version).
 */
async function alreadyThere(
  spec: CliRuntimeSpec,
  versionSpec: string,
  settings: InstallSettings
): Promise<{ located: Located; version: string } | undefined> {
  const arch = settings.platform.arch
  const cached = fromToolCache(spec, versionSpec, arch)
  if (cached) return cached
  const exact = semver.valid(versionSpec)
  if (!exact || !settings.cache || !(await settings.cache.restore(spec.id, exact))) return undefined
  const restored = fromToolCache(spec, exact, arch)
  return restored && { ...restored, located: { ...restored.located, source: 'cache' } }
}

function fromToolCache(
  spec: CliRuntimeSpec,
  versionSpec: string,
  arch: string
): { located: Located; version: string } | undefined {
  const dir = tc.find(spec.id, versionSpec, arch)
  if (!dir) return undefined
  const path = findBinaryIn(dir, spec.binary)
  if (!path) return undefined
  // The tool cache lays a version out as <tool>/<version>/<arch>.
  const version = basename(dirname(dir))
  return { located: withLibraryDir({ path, source: 'tool-cache' }, spec.release.libDirs), version }
}

/** The GitHub download layout, on github.com or on a mirror. */
export function assetUrl(downloadUrl: string, repo: string, tag: string, name: string): string {
  return `${downloadUrl.replace(/\/+$/, '')}/${repo}/releases/download/${encodeURIComponent(tag)}/${encodeURIComponent(name)}`
}

async function resolveRelease(
  spec: CliRuntimeSpec,
  wanted: string,
  settings: InstallSettings,
  manifest: Record<string, ManifestEntry>
): Promise<Resolved> {
  const { repo, tagPrefix } = spec.release
  if (semver.valid(wanted)) {
    const tag = `${tagPrefix}${wanted}`
    // The manifest knows the pinned assets: no API request needed.
    const known = manifest[spec.id]?.sha256[wanted]
    if (known) {
      const names = Object.keys(known)
      if (!isUnavailable(spec.release.selectAsset(wanted, settings.platform, names))) {
        return { version: wanted, tag, names, digests: new Map() }
      }
    }
    const release = await settings.api.releaseByTag(repo, tag)
    if (!release) throw new StageError('resolve', `${repo} has no release tagged ${tag}`)
    return fromApi(release, wanted)
  }

  const { prereleases } = spec.release
  const releases = (await settings.api.listReleases(repo)).filter(
    (r) => !r.draft && (prereleases || !r.prerelease)
  )
  const candidates = releases
    .map((release) => ({ release, version: semver.valid(release.tag_name.slice(tagPrefix.length)) }))
    .filter((c): c is { release: ApiRelease; version: string } => {
      if (!c.version || !c.release.tag_name.startsWith(tagPrefix)) return false
      return wanted === 'latest' || semver.satisfies(c.version, wanted, { includePrerelease: prereleases })
    })
    .sort((a, b) => semver.rcompare(a.version, b.version))
  const withAsset = candidates.find(
    (c) =>
      !isUnavailable(
        spec.release.selectAsset(
          c.version,
          settings.platform,
          c.release.assets.map((a) => a.name)
        )
      )
  )
  if (!withAsset) {
    const which = wanted === 'latest' ? 'no release' : `no release matching ${wanted}`
    throw new StageError(
      'resolve',
      `${repo}: ${which} (drafts${prereleases ? '' : ' and prereleases'} left out) has an asset for ${platformLabel(settings.platform)}` +
        (candidates.length > 0 ? ` (looked at ${candidates.length}, newest ${candidates[0].version})` : '')
    )
  }
  return fromApi(withAsset.release, withAsset.version)
}

function fromApi(release: ApiRelease, version: string): Resolved {
  const digests = new Map<string, string>()
  for (const asset of release.assets) {
    const hex = digestHex(asset.digest)
    if (hex) digests.set(asset.name, hex)
  }
  return { version, tag: release.tag_name, names: release.assets.map((a) => a.name), digests }
}

/** GitHub's own download origin (https://github.com, or the API's on GitHub Enterprise Server). */
function isGitHubOrigin(url: string, apiUrl: string): boolean {
  const origin = new URL(url).origin
  return origin === 'https://github.com' || origin === new URL(apiUrl).origin
}

/**
 * Downloads `url` to a new file in RUNNER_TEMP; the token goes to GitHub's own origin only. Each
 * retry is a warning naming the runtime `id` it is for, since runtimes install concurrently.
 */
async function download(id: string, url: string, settings: InstallSettings): Promise<string> {
  const dir = process.env.RUNNER_TEMP || tmpdir()
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `wasi-probe-${randomUUID()}`)
  const authorization =
    settings.token && isGitHubOrigin(url, settings.apiUrl)
      ? { origin: new URL(url).origin, header: `Bearer ${settings.token}` }
      : undefined
  const shown = redactUrl(url)
  try {
    await downloadFile(url, file, {
      authorization,
      limits: settings.downloadLimits,
      onRetry: (message) => settings.warn?.(`${id}: downloading ${shown}: ${message}`)
    })
    return file
  } catch (error) {
    throw new StageError('download', `${shown}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/**
 * The sha256 the download must have: the manifest's, else the release's own
 * checksum file's, else the API's digest. A mismatch deletes the file.
 */
async function verify(
  spec: CliRuntimeSpec,
  resolved: Resolved,
  choice: AssetChoice,
  file: string,
  settings: InstallSettings,
  manifest: Record<string, ManifestEntry>
): Promise<{ sha256: string; verifiedBy: NonNullable<InstallRecord['verifiedBy']> }> {
  const actual = await sha256File(file)
  let expected: { hex: string; by: 'manifest' | 'checksum-file' | 'api-digest' } | undefined
  const fromManifest = manifest[spec.id]?.sha256[resolved.version]?.[choice.name]
  if (fromManifest) expected = { hex: fromManifest.toLowerCase(), by: 'manifest' }
  const checksumName = spec.release.checksumFile?.(resolved.version, choice.name)
  if (!expected && checksumName && resolved.names.includes(checksumName)) {
    const hex = await checksumFromFile(spec, resolved, checksumName, choice.name, settings)
    if (hex) expected = { hex, by: 'checksum-file' }
  }
  const digest = resolved.digests.get(choice.name)
  if (!expected && digest) expected = { hex: digest, by: 'api-digest' }

  if (!expected) {
    if (settings.verify) {
      rmSync(file, { force: true })
      throw new StageError(
        'verify',
        `no checksum for ${choice.name}: not in the manifest, no checksum file, no digest from the API ` +
          `(set verify: false to install it unverified)`
      )
    }
    settings.warn?.(
      `${spec.id}: ${choice.name} is installed UNVERIFIED (verify: false); its sha256 is ${actual}`
    )
    return { sha256: actual, verifiedBy: 'unverified' }
  }
  if (expected.hex !== actual) {
    rmSync(file, { force: true })
    throw new StageError(
      'verify',
      `sha256 mismatch for ${choice.name}: expected ${expected.hex} (${expected.by}), got ${actual}; the download was deleted`
    )
  }
  return { sha256: actual, verifiedBy: expected.by }
}

async function checksumFromFile(
  spec: CliRuntimeSpec,
  resolved: Resolved,
  checksumName: string,
  assetName: string,
  settings: InstallSettings
): Promise<string | undefined> {
  const url = assetUrl(settings.downloadUrl, spec.release.repo, resolved.tag, checksumName)
  const file = await download(spec.id, url, settings)
  try {
    return hashInChecksumFile(readFileSync(file, 'utf8'), assetName)
  } finally {
    rmSync(file, { force: true })
  }
}

async function extractAndCache(
  spec: CliRuntimeSpec,
  version: string,
  choice: AssetChoice,
  file: string,
  settings: InstallSettings
): Promise<Located> {
  const executable = process.platform === 'win32' ? `${spec.binary}.exe` : spec.binary
  const staged = stagingDir()
  try {
    try {
      await extractArchive(file, choice.format, staged, executable, settings.extractLimits)
    } catch (error) {
      throw new StageError(
        'extract',
        `${choice.name} could not be unpacked: ${error instanceof Error ? error.message : error}`
      )
    }
    const inside = findBinaryIn(staged, spec.binary)
    if (!inside)
      throw new StageError(
        'extract',
        `${choice.name} has no ${executable} (looked at the top, in bin/ and one folder down)`
      )
    try {
      checkedBinary(staged, inside)
    } catch (error) {
      throw new StageError(
        'extract',
        `${choice.name} is refused: ${error instanceof Error ? error.message : error}`
      )
    }
    if (process.platform !== 'win32') chmodSync(inside, 0o755)
    const dir = moveIntoToolCache(staged, spec.id, version, settings.platform.arch, (there) => {
      const binary = findBinaryIn(there, spec.binary)
      return binary !== undefined && isSafeBinary(there, binary)
    })
    const path = findBinaryIn(dir, spec.binary)
    if (!path) throw new StageError('extract', `${dir} has no ${executable} after the install`)
    return withLibraryDir({ path, source: 'installed' }, spec.release.libDirs)
  } finally {
    // Gone when it was moved into place; what is left of a failed install goes here.
    rmSync(staged, { recursive: true, force: true })
  }
}

function isSafeBinary(root: string, path: string): boolean {
  try {
    checkedBinary(root, path)
    return true
  } catch {
    return false
  }
}
