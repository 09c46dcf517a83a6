// GitHub releases of the WASI runtimes, laid out like the real ones (release-catalog.ts: asset names,
// inner paths and checksum files from the runtimes' release workflows; repo and tag form from each
// adapter), for serving with release-server.ts. Only this machine's asset (linux x64, glibc) is a real
// archive, holding a fake runtime (fixtures/fake-runtime) that prints the version it was released as; the
// other platforms' assets are tiny dummies that exist so that asset selection has realistic choices to make.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { isUnavailable } from '../../src/runtimes/release.js'
import { runtimeById } from '../../src/runtimes/index.js'
import { zipOf } from '../attacks/archives.js'
import { fakeRuntimeScript } from './fake-runtimes.js'
import { PLATFORMS, publishedAssets, RELEASE_CATALOG } from './release-catalog.js'
import type { FixtureAsset, FixtureRelease } from './release-server.js'

/** A runtime the catalog knows the releases of. */
export type RuntimeId = string

export interface RuntimeReleaseOptions {
  prerelease?: boolean
  /** How the fake binary behaves when running a module (default 'real'). */
  behaviour?: 'real' | 'exit0'
  /** The release exists but has no asset for linux x64. */
  omitLinuxX64?: boolean
  /** No checksum file asset (for the runtimes that publish one). */
  withoutChecksumFile?: boolean
  /** The archive lacks the binary; everything else is kept. Not possible for wasm3 (a raw file). */
  missingBinary?: boolean
  /** The linux x64 asset is garbage of a similar size; its digest and checksum lines match the garbage. */
  corrupt?: boolean
  /**
   * Bytes that do not compress, put beside the binary in the archive as share/padding.bin, so that
   * downloading and unpacking it costs what a real runtime's archive costs (the install benchmark).
   */
  padding?: number
}

/** Where the linux x64 binary is: the release tag, the asset, and the binary's path inside it. */
export interface LinuxX64Layout {
  repo: string
  tag: string
  asset: string
  /** Path of the binary inside the archive; for a raw binary, the asset name itself. */
  binary: string
  checksumFile?: string
}

/**
 * A release of `id` at `v` as the catalog has it: repo and tag form from the
 * runtime's adapter, the linux x64 asset the adapter itself picks.
 */
function layout(id: RuntimeId, v: string) {
  const entry = RELEASE_CATALOG[id]
  const spec = runtimeById(id)
  if (!entry || spec?.kind !== 'cli') throw new Error(`no release catalog entry for ${id}`)
  const choice = spec.release.selectAsset(v, PLATFORMS['linux-x64-glibc'], publishedAssets(id, v))
  if (isUnavailable(choice)) throw new Error(`${id} ${v} has no linux x64 asset: ${choice.unavailable}`)
  return {
    repo: spec.release.repo,
    tag: `${spec.release.tagPrefix}${v}`,
    asset: choice.name,
    binary: entry.archive.binary(v),
    format: entry.archive.format,
    extras: entry.archive.extras?.(v) ?? {},
    // The fake runtime (fixtures/fake-runtime) that plays it is named after its binary.
    personality: spec.binary,
    // The other assets are dummies, listed by name as a release lists them.
    others: entry.assets(v).filter((name) => name !== choice.name),
    ...(entry.checksums
      ? {
          checksumFile: entry.checksums.file(v, choice.name),
          checksumOf: (name: string) => entry.checksums!.file(v, name),
          perAsset: entry.checksums.perAsset ?? false,
          checksumSeparator: entry.checksums.separator,
          listsItself: entry.checksums.listsItself ?? false
        }
      : {})
  }
}

/** The tag, asset name and binary path of `id`'s linux x64 release asset for `version`. */
export function linuxX64Layout(id: RuntimeId, version: string): LinuxX64Layout {
  const { repo, tag, asset, binary, checksumFile } = layout(id, version)
  return { repo, tag, asset, binary, ...(checksumFile ? { checksumFile } : {}) }
}

export function sha256Hex(buffer: Buffer): string {
  return createHash('sha256').update(buffer).digest('hex')
}

/** `size` deterministic bytes that look random (a chain of sha256 blocks): they do not compress. */
function noise(size: number, seed: string): Buffer {
  const blocks: Buffer[] = []
  let block = createHash('sha256').update(seed).digest()
  for (let length = 0; length < size; length += block.length) {
    blocks.push(block)
    block = createHash('sha256').update(block).digest()
  }
  return Buffer.concat(blocks).subarray(0, size)
}

/** Deterministic bytes that are no archive format (they start with text). */
function garbage(size: number, seed: string): Buffer {
  const chunks = [Buffer.from('this is not an archive\n')]
  let length = chunks[0].length
  let block = createHash('sha256').update(seed).digest()
  while (length < size) {
    chunks.push(block)
    length += block.length
    block = createHash('sha256').update(block).digest()
  }
  return Buffer.concat(chunks).subarray(0, Math.max(size, chunks[0].length))
}

/**
 * Builds a tar archive with the system (GNU) tar from `files` (path → contents and mode; contents null: an
 * empty directory). Directories get mode 0755.
 */
/** A zip of `files` (path → contents and mode), as a Unix zip tool makes one. */
function zipArchive(files: Record<string, { content: string | Buffer | null; mode: number }>): Buffer {
  return zipOf(
    Object.entries(files).map(([path, { content, mode }]) =>
      content === null
        ? { name: `${path}/`, unixMode: 0o40000 | mode }
        : { name: path, content, unixMode: 0o100000 | mode }
    )
  )
}

function tarArchive(
  format: 'tar.xz' | 'tar.gz',
  files: Record<string, { content: string | Buffer | null; mode: number }>
): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'wasi-probe-release-'))
  try {
    const root = join(dir, 'root')
    mkdirSync(root)
    const tops = new Set<string>()
    for (const [path, { content, mode }] of Object.entries(files)) {
      const file = join(root, path)
      if (content === null) {
        mkdirSync(file, { recursive: true })
      } else {
        mkdirSync(dirname(file), { recursive: true })
        writeFileSync(file, content)
      }
      chmodSync(file, mode)
      tops.add(path.split('/')[0])
      for (let d = dirname(path); d !== '.'; d = dirname(d)) chmodSync(join(root, d), 0o755)
    }
    const out = join(dir, `archive.${format}`)
    const entries = [...tops].sort()
    const options = ['--owner=0', '--group=0', '--numeric-owner', '--sort=name', '--mtime=2026-06-20 00:00Z']
    const create = format === 'tar.xz' ? '-cJf' : '-czf'
    // With nothing to archive (the binary was the only file), tar writes an empty archive from /dev/null.
    execFileSync(
      'tar',
      [...options, '-C', root, create, out, ...(entries.length ? entries : ['-T', '/dev/null'])],
      {
        stdio: 'pipe'
      }
    )
    return readFileSync(out)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const cache = new Map<string, FixtureRelease>()

/**
 * A release of `id` at `version` (without a leading `v`), laid out like the real one, with a real archive
 * for linux x64 holding a fake runtime that prints `version`. Built once per (id, version, options); each
 * call returns a fresh copy of the release and asset objects (the bodies are shared).
 */
export function runtimeRelease(
  id: RuntimeId,
  version: string,
  options: RuntimeReleaseOptions = {}
): FixtureRelease {
  const key = JSON.stringify([id, version, Object.entries(options).sort()])
  let release = cache.get(key)
  if (!release) {
    release = buildRelease(id, version, options)
    cache.set(key, release)
  }
  return { ...release, assets: release.assets.map((asset) => ({ ...asset })) }
}

function buildRelease(id: RuntimeId, version: string, options: RuntimeReleaseOptions): FixtureRelease {
  const spec = layout(id, version)
  if (options.missingBinary && spec.format === 'raw')
    throw new Error(
      `${id} ships a raw binary, not an archive: missingBinary does not apply (use omitLinuxX64)`
    )
  const script = fakeRuntimeScript(spec.personality, options.behaviour ?? 'real', version)

  let body: Buffer
  if (spec.format === 'raw') {
    body = Buffer.from(script)
  } else {
    const files: Record<string, { content: string | Buffer | null; mode: number }> = {}
    if (!options.missingBinary) files[spec.binary] = { content: script, mode: 0o755 }
    else if (dirname(spec.binary) !== '.') files[dirname(spec.binary)] = { content: null, mode: 0o755 }
    for (const [path, content] of Object.entries(spec.extras)) files[path] = { content, mode: 0o644 }
    if (options.padding)
      files['share/padding.bin'] = { content: noise(options.padding, `${id} ${version}`), mode: 0o644 }
    body = spec.format === 'zip' ? zipArchive(files) : tarArchive(spec.format, files)
  }
  if (options.corrupt) body = garbage(body.length, `${id} ${version} corrupt`)

  const assets: FixtureAsset[] = [
    ...spec.others.map((name) => ({ name, body: Buffer.from(`dummy asset ${name}\n`) })),
    ...(options.omitLinuxX64 ? [] : [{ name: spec.asset, body }])
  ].sort((a, b) => a.name.localeCompare(b.name))
  if (spec.perAsset && !options.withoutChecksumFile) {
    for (const asset of [...assets])
      assets.push({
        name: spec.checksumOf!(asset.name),
        body: Buffer.from(`${sha256Hex(asset.body)}${spec.checksumSeparator}${asset.name}\n`)
      })
  } else if (spec.checksumFile && !options.withoutChecksumFile) {
    const summed = [...assets]
    // A checksum file that lists itself lists itself empty, and first.
    if (spec.listsItself) summed.unshift({ name: spec.checksumFile, body: Buffer.alloc(0) })
    const lines = summed.map((asset) => `${sha256Hex(asset.body)}${spec.checksumSeparator}${asset.name}\n`)
    assets.push({ name: spec.checksumFile, body: Buffer.from(lines.join('')) })
  }
  return {
    repo: spec.repo,
    tag: spec.tag,
    ...(options.prerelease ? { prerelease: true } : {}),
    assets
  }
}
