// Which release asset each runtime picks for each platform, against asset
// lists as the real releases publish them (runtimes.md).
import { assetUrl } from '../src/provision/install.js'
import { isUnavailable, type Platform } from '../src/runtimes/release.js'
import { runtimeById } from '../src/runtimes/index.js'
import type { CliRuntimeSpec } from '../src/runtimes/spec.js'

const RELEASE_ASSETS: Record<string, (v: string) => string[]> = {
  wasmtime: (v) =>
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
  wasmer: () => [
    'wasmer-linux-amd64.tar.gz',
    'wasmer-linux-aarch64.tar.gz',
    'wasmer-darwin-arm64.tar.gz',
    'wasmer-windows-amd64.tar.gz',
    'wasmer-linux-riscv64.tar.gz'
  ],
  wasmedge: (v) =>
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
      .concat(['SHA256SUM', `WasmEdge-plugin-wasi_nn-ggml-${v}-ubuntu20.04_x86_64.tar.gz`]),
  wazero: (v) =>
    [
      'linux_amd64.tar.gz',
      'linux_arm64.tar.gz',
      'darwin_amd64.tar.gz',
      'darwin_arm64.tar.gz',
      'windows_amd64.zip'
    ]
      .map((tail) => `wazero_${v}_${tail}`)
      .concat([`wazero_${v}_checksums.txt`]),
  wamr: (v) => [
    `iwasm-gc-eh-${v}-x86_64-ubuntu-22.04.tar.gz`,
    `iwasm-${v}-x86_64-ubuntu-22.04.tar.gz`,
    `iwasm-${v}-x86_64-macos-15-intel.tar.gz`,
    `iwasm-${v}-x86_64-windows-2022.zip`,
    `wamrc-${v}-x86_64-ubuntu-22.04.tar.gz`,
    `wamr-lldb-${v}-x86_64-ubuntu-22.04.tar.gz`
  ],
  wasm3: () => [
    'wasm3-linux-x64.elf',
    'wasm3-win-x64.exe',
    'wasm3-win-x86.exe',
    'wasm3-cosmopolitan.com',
    'wasm3-wasi.wasm'
  ],
  wasmi: (v) =>
    [
      'x86_64-linux-full.tar.xz',
      'x86_64-linux-minimal.tar.xz',
      'aarch64-linux-full.tar.xz',
      'x86_64-macos-full.tar.xz',
      'aarch64-macos-full.tar.xz',
      'x86_64-windows-full.zip'
    ]
      .map((tail) => `wasmi-v${v}-${tail}`)
      .concat([`wasmi-v${v}-SHA256SUMS`])
}

const VERSIONS: Record<string, string> = {
  wasmtime: '48.0.0',
  wasmer: '7.4.2',
  wasmedge: '0.17.1',
  wazero: '1.11.0',
  wamr: '2.4.5',
  wasm3: '0.5.0',
  wasmi: '2.0.0-beta.9'
}

const PLATFORMS: Record<string, Platform> = {
  'linux-x64-glibc': { os: 'linux', arch: 'x64', libc: 'glibc' },
  'linux-x64-musl': { os: 'linux', arch: 'x64', libc: 'musl' },
  'linux-arm64-glibc': { os: 'linux', arch: 'arm64', libc: 'glibc' },
  'linux-arm64-musl': { os: 'linux', arch: 'arm64', libc: 'musl' },
  'macos-x64': { os: 'macos', arch: 'x64', libc: null },
  'macos-arm64': { os: 'macos', arch: 'arm64', libc: null },
  'windows-x64': { os: 'windows', arch: 'x64', libc: null },
  'windows-arm64': { os: 'windows', arch: 'arm64', libc: null }
}

/** The expected asset per platform, or `-` for unavailable. In PLATFORMS order. */
const EXPECTED: Record<string, string[]> = {
  wasmtime: [
    'wasmtime-v48.0.0-x86_64-linux.tar.xz',
    'wasmtime-v48.0.0-x86_64-musl.tar.xz',
    'wasmtime-v48.0.0-aarch64-linux.tar.xz',
    'wasmtime-v48.0.0-aarch64-musl.tar.xz',
    'wasmtime-v48.0.0-x86_64-macos.tar.xz',
    'wasmtime-v48.0.0-aarch64-macos.tar.xz',
    'wasmtime-v48.0.0-x86_64-windows.zip',
    'wasmtime-v48.0.0-aarch64-windows.zip'
  ],
  wasmer: [
    'wasmer-linux-amd64.tar.gz',
    '-',
    'wasmer-linux-aarch64.tar.gz',
    '-',
    '-',
    'wasmer-darwin-arm64.tar.gz',
    'wasmer-windows-amd64.tar.gz',
    '-'
  ],
  wasmedge: [
    'WasmEdge-0.17.1-ubuntu20.04_x86_64.tar.gz',
    '-',
    'WasmEdge-0.17.1-ubuntu20.04_aarch64.tar.gz',
    '-',
    'WasmEdge-0.17.1-darwin_x86_64.tar.gz',
    'WasmEdge-0.17.1-darwin_arm64.tar.gz',
    'WasmEdge-0.17.1-windows.zip',
    '-'
  ],
  wazero: [
    'wazero_1.11.0_linux_amd64.tar.gz',
    'wazero_1.11.0_linux_amd64.tar.gz',
    'wazero_1.11.0_linux_arm64.tar.gz',
    'wazero_1.11.0_linux_arm64.tar.gz',
    'wazero_1.11.0_darwin_amd64.tar.gz',
    'wazero_1.11.0_darwin_arm64.tar.gz',
    'wazero_1.11.0_windows_amd64.zip',
    '-'
  ],
  wamr: [
    'iwasm-2.4.5-x86_64-ubuntu-22.04.tar.gz',
    '-',
    '-',
    '-',
    'iwasm-2.4.5-x86_64-macos-15-intel.tar.gz',
    '-',
    'iwasm-2.4.5-x86_64-windows-2022.zip',
    '-'
  ],
  wasm3: ['wasm3-linux-x64.elf', 'wasm3-linux-x64.elf', '-', '-', '-', '-', 'wasm3-win-x64.exe', '-'],
  wasmi: [
    'wasmi-v2.0.0-beta.9-x86_64-linux-full.tar.xz',
    '-',
    'wasmi-v2.0.0-beta.9-aarch64-linux-full.tar.xz',
    '-',
    'wasmi-v2.0.0-beta.9-x86_64-macos-full.tar.xz',
    'wasmi-v2.0.0-beta.9-aarch64-macos-full.tar.xz',
    'wasmi-v2.0.0-beta.9-x86_64-windows-full.zip',
    '-'
  ]
}

const TAGS: Record<string, string> = {
  wasmtime: 'v48.0.0',
  wasmer: 'v7.4.2',
  wasmedge: '0.17.1',
  wazero: 'v1.11.0',
  wamr: 'WAMR-2.4.5',
  wasm3: 'v0.5.0',
  wasmi: 'v2.0.0-beta.9'
}

const cases = Object.keys(EXPECTED).flatMap((id) =>
  Object.keys(PLATFORMS).map((platform, i) => [id, platform, EXPECTED[id][i]] as const)
)

describe('release asset for each runtime and platform', () => {
  test.each(cases)('%s on %s → %s', (id, platformName, expected) => {
    const spec = runtimeById(id) as CliRuntimeSpec
    const version = VERSIONS[id]
    const choice = spec.release.selectAsset(version, PLATFORMS[platformName], RELEASE_ASSETS[id](version))
    if (expected === '-') {
      expect(isUnavailable(choice)).toBe(true)
      return
    }
    expect(choice).toEqual({ name: expected, format: expect.any(String) })
    expect(spec.release.tagPrefix + version).toBe(TAGS[id])
    expect(assetUrl('https://github.com', spec.release.repo, TAGS[id], expected)).toBe(
      `https://github.com/${spec.release.repo}/releases/download/${TAGS[id]}/${expected}`
    )
  })

  test('a release that lacks this platform asset is unavailable, saying which asset', () => {
    const spec = runtimeById('wasmtime') as CliRuntimeSpec
    const choice = spec.release.selectAsset('48.0.0', PLATFORMS['linux-x64-glibc'], [
      'wasmtime-v48.0.0-aarch64-linux.tar.xz'
    ])
    expect(choice).toEqual({ unavailable: 'the release has no asset wasmtime-v48.0.0-x86_64-linux.tar.xz' })
  })

  test('no build at all for a platform says so', () => {
    const spec = runtimeById('wasm3') as CliRuntimeSpec
    expect(
      spec.release.selectAsset('0.5.0', PLATFORMS['macos-arm64'], RELEASE_ASSETS.wasm3('0.5.0'))
    ).toEqual({
      unavailable: 'wasm3 publishes no build for macos-arm64'
    })
  })

  test('a mirror keeps the GitHub layout', () => {
    expect(assetUrl('https://mirror.example/gh/', 'wasm3/wasm3', 'v0.5.0', 'wasm3-linux-x64.elf')).toBe(
      'https://mirror.example/gh/wasm3/wasm3/releases/download/v0.5.0/wasm3-linux-x64.elf'
    )
  })
})
