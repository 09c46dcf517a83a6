// What each runtime's GitHub releases hold, as the real ones do (runtimes.md):
// every asset a release publishes, the one the installer must pick on each
// platform, and how the linux x64 archive is laid out. The one table of it:
// the asset tests, the release fixtures and the install benchmark all read it.
import type { Platform } from '../../src/runtimes/release.js'

/** The platforms the catalog's choices are given for, in this order. */
export const PLATFORMS: Record<string, Platform> = {
  'linux-x64-glibc': { os: 'linux', arch: 'x64', libc: 'glibc' },
  'linux-x64-musl': { os: 'linux', arch: 'x64', libc: 'musl' },
  'linux-arm64-glibc': { os: 'linux', arch: 'arm64', libc: 'glibc' },
  'linux-arm64-musl': { os: 'linux', arch: 'arm64', libc: 'musl' },
  'macos-x64': { os: 'macos', arch: 'x64', libc: null },
  'macos-arm64': { os: 'macos', arch: 'arm64', libc: null },
  'windows-x64': { os: 'windows', arch: 'x64', libc: null },
  'windows-arm64': { os: 'windows', arch: 'arm64', libc: null }
}

export interface ReleaseCatalogEntry {
  /** The version the fixtures publish when none is asked for. */
  version: string
  /** Every asset a release publishes (the checksum file apart), as the real releases name them. */
  assets(version: string): string[]
  /** For `version`: the asset the installer must pick on each platform of PLATFORMS, in order; `-`: none. */
  choices: string[]
  /** The linux x64 asset: an archive with the binary at `binary`, beside `extras`; or the raw binary. */
  archive: {
    format: 'tar.xz' | 'tar.gz' | 'zip' | 'raw'
    binary(version: string): string
    extras?(version: string): Record<string, string>
  }
  /** The release's checksum file, when it publishes one: its name, and what separates hex and name. */
  checksums?: {
    /** The checksum file covering `asset`. */
    file(version: string, asset: string): string
    separator: string
    /** One checksum file per asset (Deno's `<asset>.sha256sum`), each holding that asset's line. */
    perAsset?: boolean
    /** wazero's Makefile runs `touch checksums.txt; sha256sum * >> checksums.txt`: it lists itself, empty. */
    listsItself?: boolean
  }
}

export const RELEASE_CATALOG: Record<string, ReleaseCatalogEntry> = {
  wasmtime: {
    version: '48.0.0',
    assets: (v) =>
      [
        'x86_64-linux.tar.xz',
        'aarch64-linux.tar.xz',
        'x86_64-musl.tar.xz',
        'aarch64-musl.tar.xz',
        'x86_64-macos.tar.xz',
        'aarch64-macos.tar.xz',
        'x86_64-windows.zip',
        'aarch64-windows.zip',
        'x86_64-linux-c-api.tar.xz',
        'src.tar.gz'
      ].map((tail) => `wasmtime-v${v}-${tail}`),
    choices: [
      'wasmtime-v48.0.0-x86_64-linux.tar.xz',
      'wasmtime-v48.0.0-x86_64-musl.tar.xz',
      'wasmtime-v48.0.0-aarch64-linux.tar.xz',
      'wasmtime-v48.0.0-aarch64-musl.tar.xz',
      'wasmtime-v48.0.0-x86_64-macos.tar.xz',
      'wasmtime-v48.0.0-aarch64-macos.tar.xz',
      'wasmtime-v48.0.0-x86_64-windows.zip',
      'wasmtime-v48.0.0-aarch64-windows.zip'
    ],
    archive: {
      format: 'tar.xz',
      binary: (v) => `wasmtime-v${v}-x86_64-linux/wasmtime`,
      // wasmtime's ci/build-tarballs.sh puts these beside the binary.
      extras: (v) => ({
        [`wasmtime-v${v}-x86_64-linux/LICENSE`]: 'Apache License 2.0 WITH LLVM-exception (fake)\n',
        [`wasmtime-v${v}-x86_64-linux/README.md`]: '# wasmtime (fake)\n'
      })
    }
  },
  wasmer: {
    version: '7.4.2',
    assets: () => [
      'wasmer-linux-amd64.tar.gz',
      'wasmer-linux-aarch64.tar.gz',
      'wasmer-darwin-arm64.tar.gz',
      'wasmer-windows-amd64.tar.gz',
      'wasmer-linux-riscv64.tar.gz'
    ],
    choices: [
      'wasmer-linux-amd64.tar.gz',
      '-',
      'wasmer-linux-aarch64.tar.gz',
      '-',
      '-',
      'wasmer-darwin-arm64.tar.gz',
      'wasmer-windows-amd64.tar.gz',
      '-'
    ],
    archive: {
      format: 'tar.gz',
      binary: () => 'bin/wasmer',
      extras: () => ({
        'lib/libwasmer.a': '!<arch>\nfake static library\n',
        'include/wasmer.h': '/* fake wasmer.h */\n'
      })
    }
  },
  wasmedge: {
    version: '0.17.1',
    assets: (v) =>
      [
        'ubuntu20.04_x86_64.tar.gz',
        'ubuntu20.04_aarch64.tar.gz',
        'manylinux_2_28_x86_64.tar.gz',
        'manylinux_2_28_aarch64.tar.gz',
        'darwin_x86_64.tar.gz',
        'darwin_arm64.tar.gz',
        'windows.zip',
        'windows.msi',
        'src.tar.gz'
      ]
        .map((tail) => `WasmEdge-${v}-${tail}`)
        .concat([`WasmEdge-plugin-wasi_nn-ggml-${v}-ubuntu20.04_x86_64.tar.gz`]),
    choices: [
      'WasmEdge-0.17.1-ubuntu20.04_x86_64.tar.gz',
      '-',
      'WasmEdge-0.17.1-ubuntu20.04_aarch64.tar.gz',
      '-',
      'WasmEdge-0.17.1-darwin_x86_64.tar.gz',
      'WasmEdge-0.17.1-darwin_arm64.tar.gz',
      'WasmEdge-0.17.1-windows.zip',
      '-'
    ],
    archive: {
      format: 'tar.gz',
      binary: () => 'bin/wasmedge',
      extras: () => ({ 'lib/libwasmedge.so.0': '\x7fELF fake shared library\n' })
    },
    checksums: { file: () => 'SHA256SUM', separator: ' ' }
  },
  wazero: {
    version: '1.11.0',
    assets: (v) =>
      [
        'linux_amd64.tar.gz',
        'linux_arm64.tar.gz',
        'darwin_amd64.tar.gz',
        'darwin_arm64.tar.gz',
        'windows_amd64.zip',
        'windows_amd64.msi'
      ].map((tail) => `wazero_${v}_${tail}`),
    choices: [
      'wazero_1.11.0_linux_amd64.tar.gz',
      'wazero_1.11.0_linux_amd64.tar.gz',
      'wazero_1.11.0_linux_arm64.tar.gz',
      'wazero_1.11.0_linux_arm64.tar.gz',
      'wazero_1.11.0_darwin_amd64.tar.gz',
      'wazero_1.11.0_darwin_arm64.tar.gz',
      'wazero_1.11.0_windows_amd64.zip',
      '-'
    ],
    archive: { format: 'tar.gz', binary: () => 'wazero' },
    checksums: { file: (v) => `wazero_${v}_checksums.txt`, separator: '  ', listsItself: true }
  },
  wamr: {
    version: '2.4.5',
    assets: (v) => [
      `iwasm-gc-eh-${v}-x86_64-ubuntu-22.04.tar.gz`,
      `iwasm-${v}-x86_64-ubuntu-22.04.tar.gz`,
      `iwasm-${v}-x86_64-macos-15-intel.tar.gz`,
      `iwasm-${v}-x86_64-windows-2022.zip`,
      `wamrc-${v}-x86_64-ubuntu-22.04.tar.gz`,
      `wamr-lldb-${v}-x86_64-ubuntu-22.04.tar.gz`
    ],
    choices: [
      'iwasm-2.4.5-x86_64-ubuntu-22.04.tar.gz',
      '-',
      '-',
      '-',
      'iwasm-2.4.5-x86_64-macos-15-intel.tar.gz',
      '-',
      'iwasm-2.4.5-x86_64-windows-2022.zip',
      '-'
    ],
    archive: { format: 'tar.gz', binary: () => 'iwasm' }
  },
  wasm3: {
    version: '0.5.0',
    assets: () => [
      'wasm3-linux-x64.elf',
      'wasm3-win-x64.exe',
      'wasm3-win-x86.exe',
      'wasm3-cosmopolitan.com',
      'wasm3-wasi.wasm'
    ],
    choices: ['wasm3-linux-x64.elf', 'wasm3-linux-x64.elf', '-', '-', '-', '-', 'wasm3-win-x64.exe', '-'],
    // A raw executable, no archive.
    archive: { format: 'raw', binary: () => 'wasm3-linux-x64.elf' }
  },
  wasmi: {
    version: '2.0.0-beta.9',
    assets: (v) =>
      [
        'x86_64-linux-full.tar.xz',
        'x86_64-linux-minimal.tar.xz',
        'aarch64-linux-full.tar.xz',
        'x86_64-macos-full.tar.xz',
        'aarch64-macos-full.tar.xz',
        'x86_64-windows-full.zip'
      ].map((tail) => `wasmi-v${v}-${tail}`),
    choices: [
      'wasmi-v2.0.0-beta.9-x86_64-linux-full.tar.xz',
      '-',
      'wasmi-v2.0.0-beta.9-aarch64-linux-full.tar.xz',
      '-',
      'wasmi-v2.0.0-beta.9-x86_64-macos-full.tar.xz',
      'wasmi-v2.0.0-beta.9-aarch64-macos-full.tar.xz',
      'wasmi-v2.0.0-beta.9-x86_64-windows-full.zip',
      '-'
    ],
    archive: { format: 'tar.xz', binary: (v) => `wasmi-v${v}-x86_64-linux-full/wasmi` },
    checksums: { file: (v) => `wasmi-v${v}-SHA256SUMS`, separator: '  ' }
  },
  deno: {
    version: '2.9.6',
    assets: () =>
      [
        'x86_64-unknown-linux-gnu',
        'aarch64-unknown-linux-gnu',
        'x86_64-apple-darwin',
        'aarch64-apple-darwin',
        'x86_64-pc-windows-msvc',
        'aarch64-pc-windows-msvc'
      ].flatMap((target) => [`deno-${target}.zip`, `denort-${target}.zip`]),
    choices: [
      'deno-x86_64-unknown-linux-gnu.zip',
      '-',
      'deno-aarch64-unknown-linux-gnu.zip',
      '-',
      'deno-x86_64-apple-darwin.zip',
      'deno-aarch64-apple-darwin.zip',
      'deno-x86_64-pc-windows-msvc.zip',
      'deno-aarch64-pc-windows-msvc.zip'
    ],
    archive: { format: 'zip', binary: () => 'deno' },
    // The release workflow runs `shasum -a 256 ASSET > ASSET.sha256sum` on Linux and macOS.
    checksums: { file: (_v, asset) => `${asset}.sha256sum`, separator: '  ', perAsset: true }
  },
  bun: {
    version: '1.4.5',
    assets: () =>
      [
        'linux-x64',
        'linux-x64-baseline',
        'linux-x64-musl',
        'linux-x64-musl-baseline',
        'linux-aarch64',
        'linux-aarch64-musl',
        'darwin-x64',
        'darwin-x64-baseline',
        'darwin-aarch64',
        'windows-x64',
        'windows-x64-baseline',
        'windows-aarch64',
        'linux-x64-profile'
      ].map((target) => `bun-${target}.zip`),
    choices: [
      'bun-linux-x64.zip',
      'bun-linux-x64-musl.zip',
      'bun-linux-aarch64.zip',
      'bun-linux-aarch64-musl.zip',
      'bun-darwin-x64.zip',
      'bun-darwin-aarch64.zip',
      'bun-windows-x64.zip',
      'bun-windows-aarch64.zip'
    ],
    archive: { format: 'zip', binary: () => 'bun-linux-x64/bun' },
    checksums: { file: () => 'SHASUMS256.txt', separator: '  ' }
  }
}

/** Every asset name of a release of `id` at `version`, the checksum files included. */
export function publishedAssets(id: string, version: string): string[] {
  const { assets, checksums } = RELEASE_CATALOG[id]
  const names = assets(version)
  if (!checksums) return names
  if (checksums.perAsset) return [...names, ...names.map((name) => checksums.file(version, name))]
  return [...names, checksums.file(version, '')]
}
