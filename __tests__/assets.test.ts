// Which release asset each runtime picks for each platform, against asset
// lists as the real releases publish them (helpers/release-catalog.ts, from runtimes.md).
import { assetUrl } from '../src/provision/install.js'
import { isUnavailable } from '../src/runtimes/release.js'
import { runtimeById, RUNTIMES } from '../src/runtimes/index.js'
import type { CliRuntimeSpec } from '../src/runtimes/spec.js'
import { PLATFORMS, publishedAssets, RELEASE_CATALOG } from './helpers/release-catalog.js'

const CLI_RUNTIMES = RUNTIMES.filter((spec): spec is CliRuntimeSpec => spec.kind === 'cli')

const cases = CLI_RUNTIMES.flatMap((spec) =>
  Object.keys(PLATFORMS).map(
    (platform, i) =>
      [spec.id, platform, RELEASE_CATALOG[spec.id]?.choices[i] ?? 'not in the catalog'] as const
  )
)

/** The archive format an asset's name says: what the installer must unpack it as. */
const formatOf = (name: string) =>
  (['tar.xz', 'tar.gz', 'zip'] as const).find((ending) => name.endsWith(`.${ending}`)) ??
  (name.endsWith('.tgz') ? 'tar.gz' : 'raw')

describe('release asset for each runtime and platform', () => {
  test.each(cases)('%s on %s → %s', (id, platformName, expected) => {
    const spec = runtimeById(id) as CliRuntimeSpec
    const { version } = RELEASE_CATALOG[id]
    const choice = spec.release.selectAsset(version, PLATFORMS[platformName], publishedAssets(id, version))
    if (expected === '-') {
      expect(isUnavailable(choice)).toBe(true)
      return
    }
    expect(choice).toEqual({ name: expected, format: formatOf(expected) })
    const tag = spec.release.tagPrefix + version
    expect(assetUrl('https://github.com', spec.release.repo, tag, expected)).toBe(
      `https://github.com/${spec.release.repo}/releases/download/${tag}/${expected}`
    )
  })

  test('the release tags read as the runtimes tag them', () => {
    const tags = Object.fromEntries(
      CLI_RUNTIMES.map((spec) => [spec.id, spec.release.tagPrefix + RELEASE_CATALOG[spec.id].version])
    )
    expect(tags).toEqual({
      wasmtime: 'v48.0.0',
      wasmer: 'v7.4.2',
      wasmedge: '0.17.1',
      wazero: 'v1.11.0',
      wamr: 'WAMR-2.4.5',
      wasm3: 'v0.5.0',
      wasmi: 'v2.0.0-beta.9',
      deno: 'v2.9.6',
      bun: 'bun-v1.4.5'
    })
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
      spec.release.selectAsset('0.5.0', PLATFORMS['macos-arm64'], publishedAssets('wasm3', '0.5.0'))
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
