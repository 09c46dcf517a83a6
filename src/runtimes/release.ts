// What the installer needs to know of a runtime's GitHub releases: where they
// are, how tags read, and which asset fits which platform.

export interface Platform {
  os: 'linux' | 'macos' | 'windows'
  arch: 'x64' | 'arm64'
  /** Only on Linux. */
  libc: 'glibc' | 'musl' | null
}

export type ArchiveFormat = 'tar.xz' | 'tar.gz' | 'zip' | 'raw'

export interface AssetChoice {
  name: string
  format: ArchiveFormat
}

/** Why a platform has no asset: not an error, the runtime is `unavailable` there. */
export interface Unavailable {
  unavailable: string
}

export interface ReleaseSpec {
  /** owner/name on GitHub. */
  repo: string
  /** What comes before the version in a tag: `v`, `` or `WAMR-`. */
  tagPrefix: string
  /**
   * The asset for `platform` among a release's asset names, or why there is
   * none: the runtime ships no build for it, or this release lacks it.
   */
  selectAsset(version: string, platform: Platform, names: readonly string[]): AssetChoice | Unavailable
  /**
   * The upstream checksum file (`<hex> <file>` lines) that covers `asset`, when
   * there is one: one for the whole release, or one per asset.
   */
  checksumFile?(version: string, asset: string): string
  /** Library folders beside `bin/` that the binary needs on the loader's path (WasmEdge). */
  libDirs?: string[]
  /** Releases published as prereleases count when resolving `latest` or a range: every release with binaries is one. */
  prereleases?: boolean
}

export function isUnavailable(choice: AssetChoice | Unavailable): choice is Unavailable {
  return 'unavailable' in choice
}

export function platformLabel(platform: Platform): string {
  return [platform.os, platform.arch, platform.libc].filter(Boolean).join('-')
}

/** The asset `name` when the release has it; otherwise why not. */
export function assetNamed(
  names: readonly string[],
  name: string,
  format: ArchiveFormat
): AssetChoice | Unavailable {
  return names.includes(name) ? { name, format } : { unavailable: `the release has no asset ${name}` }
}

/** The first asset whose name matches `pattern` (names that change between releases). */
export function assetMatching(
  names: readonly string[],
  pattern: RegExp,
  format: ArchiveFormat,
  described: string
): AssetChoice | Unavailable {
  const name = [...names].sort().find((candidate) => pattern.test(candidate))
  return name ? { name, format } : { unavailable: `the release has no asset ${described}` }
}

export function noBuild(runtime: string, platform: Platform, why = ''): Unavailable {
  return {
    unavailable: `${runtime} publishes no build for ${platformLabel(platform)}${why ? `: ${why}` : ''}`
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Every platform runtimes publish builds for, as the manifest records them. */
export const ALL_PLATFORMS: readonly Platform[] = [
  { os: 'linux', arch: 'x64', libc: 'glibc' },
  { os: 'linux', arch: 'x64', libc: 'musl' },
  { os: 'linux', arch: 'arm64', libc: 'glibc' },
  { os: 'linux', arch: 'arm64', libc: 'musl' },
  { os: 'macos', arch: 'x64', libc: null },
  { os: 'macos', arch: 'arm64', libc: null },
  { os: 'windows', arch: 'x64', libc: null },
  { os: 'windows', arch: 'arm64', libc: null }
]
