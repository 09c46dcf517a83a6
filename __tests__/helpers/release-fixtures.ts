// GitHub releases of the WASI runtimes, laid out like the real ones (asset names, tags, inner paths and
// checksum files from the runtimes' release workflows), for serving with release-server.ts. Only this
// machine's asset (linux x64, glibc) is a real archive, holding a fake runtime (fixtures/fake-runtime) that
// prints the version it was released as; the other platforms' assets are tiny dummies that exist so that
// asset selection has realistic choices to make.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fakeRuntimeScript } from './fake-runtimes.js'
import type { FixtureAsset, FixtureRelease } from './release-server.js'

export type RuntimeId = 'wasmtime' | 'wasmer' | 'wasmedge' | 'wazero' | 'wamr' | 'wasm3' | 'wasmi'

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
}

export const RUNTIME_REPOS: Record<RuntimeId, string> = {
  wasmtime: 'bytecodealliance/wasmtime',
  wasmer: 'wasmerio/wasmer',
  wasmedge: 'WasmEdge/WasmEdge',
  wazero: 'wazero/wazero',
  wamr: 'bytecodealliance/wasm-micro-runtime',
  wasm3: 'wasm3/wasm3',
  wasmi: 'wasmi-labs/wasmi'
}

/** Where the linux x64 binary is: the release tag, the asset, and the binary's path inside it. */
export interface LinuxX64Layout {
  repo: string
  tag: string
  asset: string
  /** Path of the binary inside the archive; for wasm3 (a raw file), the asset name itself. */
  binary: string
  checksumFile?: string
}

type Format = 'tar.xz' | 'tar.gz' | 'raw'

interface Layout extends LinuxX64Layout {
  personality: string
  format: Format
  /** Other files of the linux x64 archive: path inside → contents. */
  extras: Record<string, string>
  /** Names of the other assets (dummies), in the order they are listed; `linuxX64` marks where ours goes. */
  assets: string[]
  /** How checksum lines separate the hex from the file name. */
  checksumSeparator?: string
}

const LINUX_X64 = '<linux-x64>'

function layout(id: RuntimeId, v: string): Layout {
  const repo = RUNTIME_REPOS[id]
  switch (id) {
    case 'wasmtime': {
      const base = `wasmtime-v${v}`
      return {
        repo,
        tag: `v${v}`,
        personality: 'wasmtime',
        format: 'tar.xz',
        asset: `${base}-x86_64-linux.tar.xz`,
        binary: `${base}-x86_64-linux/wasmtime`,
        // wasmtime's ci/build-tarballs.sh puts these beside the binary.
        extras: {
          [`${base}-x86_64-linux/LICENSE`]: 'Apache License 2.0 WITH LLVM-exception (fake)\n',
          [`${base}-x86_64-linux/README.md`]: '# wasmtime (fake)\n'
        },
        assets: [
          `${base}-aarch64-linux.tar.xz`,
          `${base}-aarch64-macos.tar.xz`,
          `${base}-aarch64-musl.tar.xz`,
          `${base}-aarch64-windows.zip`,
          `${base}-x86_64-musl.tar.xz`,
          LINUX_X64,
          `${base}-x86_64-macos.tar.xz`,
          `${base}-x86_64-windows.zip`
        ]
      }
    }
    case 'wasmer':
      return {
        repo,
        tag: `v${v}`,
        personality: 'wasmer',
        format: 'tar.gz',
        asset: 'wasmer-linux-amd64.tar.gz',
        binary: 'bin/wasmer',
        extras: {
          'lib/libwasmer.a': '!<arch>\nfake static library\n',
          'include/wasmer.h': '/* fake wasmer.h */\n'
        },
        assets: [
          'wasmer-darwin-arm64.tar.gz',
          'wasmer-linux-aarch64.tar.gz',
          LINUX_X64,
          'wasmer-windows-amd64.tar.gz'
        ]
      }
    case 'wasmedge': {
      const base = `WasmEdge-${v}`
      return {
        repo,
        tag: v,
        personality: 'wasmedge',
        format: 'tar.gz',
        asset: `${base}-ubuntu20.04_x86_64.tar.gz`,
        binary: 'bin/wasmedge',
        extras: { 'lib/libwasmedge.so.0': '\x7fELF fake shared library\n' },
        checksumFile: 'SHA256SUM',
        checksumSeparator: ' ',
        assets: [
          `${base}-darwin_arm64.tar.gz`,
          `${base}-darwin_x86_64.tar.gz`,
          `${base}-manylinux_2_28_x86_64.tar.gz`,
          `${base}-ubuntu20.04_aarch64.tar.gz`,
          LINUX_X64,
          `${base}-windows.zip`
        ]
      }
    }
    case 'wazero': {
      const base = `wazero_${v}`
      return {
        repo,
        tag: `v${v}`,
        personality: 'wazero',
        format: 'tar.gz',
        asset: `${base}_linux_amd64.tar.gz`,
        binary: 'wazero',
        extras: {},
        checksumFile: `${base}_checksums.txt`,
        checksumSeparator: '  ',
        assets: [
          `${base}_darwin_amd64.tar.gz`,
          `${base}_darwin_arm64.tar.gz`,
          LINUX_X64,
          `${base}_linux_arm64.tar.gz`,
          `${base}_windows_amd64.msi`,
          `${base}_windows_amd64.zip`
        ]
      }
    }
    case 'wamr':
      return {
        repo,
        tag: `WAMR-${v}`,
        personality: 'iwasm',
        format: 'tar.gz',
        asset: `iwasm-${v}-x86_64-ubuntu-22.04.tar.gz`,
        binary: 'iwasm',
        extras: {},
        assets: [
          `iwasm-gc-eh-${v}-x86_64-ubuntu-22.04.tar.gz`,
          LINUX_X64,
          `iwasm-${v}-x86_64-macos-15-intel.tar.gz`,
          `iwasm-${v}-x86_64-windows-2022.zip`,
          `wamrc-${v}-x86_64-ubuntu-22.04.tar.gz`
        ]
      }
    case 'wasm3':
      return {
        repo,
        tag: `v${v}`,
        personality: 'wasm3',
        format: 'raw',
        asset: 'wasm3-linux-x64.elf',
        binary: 'wasm3-linux-x64.elf',
        extras: {},
        assets: ['wasm3-cosmopolitan.com', LINUX_X64, 'wasm3-win-x64.exe']
      }
    case 'wasmi': {
      const base = `wasmi-v${v}`
      return {
        repo,
        tag: `v${v}`,
        personality: 'wasmi',
        format: 'tar.xz',
        asset: `${base}-x86_64-linux-full.tar.xz`,
        binary: `${base}-x86_64-linux-full/wasmi`,
        extras: {},
        checksumFile: `${base}-SHA256SUMS`,
        checksumSeparator: '  ',
        assets: [
          `${base}-aarch64-linux-full.tar.xz`,
          `${base}-aarch64-macos-full.tar.xz`,
          `${base}-x86_64-linux-minimal.tar.xz`,
          LINUX_X64,
          `${base}-x86_64-macos-full.tar.xz`,
          `${base}-x86_64-windows-full.zip`
        ]
      }
    }
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
function tarArchive(
  format: 'tar.xz' | 'tar.gz',
  files: Record<string, { content: string | null; mode: number }>
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
    const files: Record<string, { content: string | null; mode: number }> = {}
    if (!options.missingBinary) files[spec.binary] = { content: script, mode: 0o755 }
    else if (dirname(spec.binary) !== '.') files[dirname(spec.binary)] = { content: null, mode: 0o755 }
    for (const [path, content] of Object.entries(spec.extras)) files[path] = { content, mode: 0o644 }
    body = tarArchive(spec.format, files)
  }
  if (options.corrupt) body = garbage(body.length, `${id} ${version} corrupt`)

  const assets: FixtureAsset[] = []
  for (const name of spec.assets) {
    if (name !== LINUX_X64) assets.push({ name, body: Buffer.from(`dummy asset ${name}\n`) })
    else if (!options.omitLinuxX64) assets.push({ name: spec.asset, body })
  }
  if (spec.checksumFile && !options.withoutChecksumFile) {
    const summed = [...assets]
    // wazero's Makefile runs `touch checksums.txt; sha256sum * >> checksums.txt`: the file lists itself,
    // empty, and sorts first.
    if (id === 'wazero') summed.unshift({ name: spec.checksumFile, body: Buffer.alloc(0) })
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
