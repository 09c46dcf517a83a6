// The manifest: its committed source is what `npm run manifest` writes, and
// the refresh reads versions and hashes from a releases API (loopback).
import { readFileSync } from 'node:fs'
import { format, resolveConfig } from 'prettier'
import semver from 'semver'
import { ReleasesApi } from '../src/provision/github.js'
import { ALL_PLATFORMS, isUnavailable } from '../src/runtimes/release.js'
import { runtimeById, RUNTIMES } from '../src/runtimes/index.js'
import type { CliRuntimeSpec } from '../src/runtimes/spec.js'
import { MANIFEST } from '../src/runtimes/manifest.js'
import { refreshManifest, renderManifest } from '../src/provision/refresh-manifest.js'
import { runtimeRelease, sha256Hex } from './helpers/release-fixtures.js'
import { type ReleaseServer, startReleaseServer } from './helpers/release-server.js'

const TARGET = 'src/runtimes/manifest.json'

test('the committed manifest is exactly what the refresh script renders', async () => {
  const rendered = await format(renderManifest(MANIFEST), {
    ...(await resolveConfig(TARGET)),
    filepath: TARGET
  })
  expect(rendered).toBe(readFileSync(TARGET, 'utf8'))
})

test('every runtime has a pinned default, and every hash is for an asset the installer would choose', () => {
  // Every runtime installed from releases or with npm, and no other.
  expect(Object.keys(MANIFEST).sort()).toEqual(
    RUNTIMES.filter((spec) => spec.kind === 'cli' || spec.kind === 'jco')
      .map((spec) => spec.id)
      .sort()
  )
  for (const [id, entry] of Object.entries(MANIFEST)) {
    if (runtimeById(id)?.kind === 'jco') continue
    const spec = runtimeById(id) as CliRuntimeSpec
    expect(semver.valid(entry.default)).toBe(entry.default)
    for (const [version, hashes] of Object.entries(entry.sha256)) {
      const names = Object.keys(hashes)
      const chosen = ALL_PLATFORMS.map((platform) => spec.release.selectAsset(version, platform, names))
        .filter((choice) => !isUnavailable(choice))
        .map((choice) => (choice as { name: string }).name)
      expect(names.sort()).toEqual([...new Set(chosen)].sort())
      for (const hex of Object.values(hashes)) expect(hex).toMatch(/^[0-9a-f]{64}$/)
    }
  }
  expect(Object.keys(MANIFEST.wasmtime.sha256['48.0.0'])).toHaveLength(6)
})

test("jco's pins: the default version's packages, each name@version with an npm integrity", () => {
  const { default: version, npm } = MANIFEST.jco
  expect(Object.keys(npm!)).toContain(version)
  const pins = npm![version]
  expect(Object.keys(pins).sort()).toEqual([
    `@bytecodealliance/jco@${version}`,
    expect.stringMatching(/^@bytecodealliance\/preview3-shim@\d+\.\d+\.\d+$/)
  ])
  for (const integrity of Object.values(pins)) expect(integrity).toMatch(/^sha512-[A-Za-z0-9+/]{86}==$/)
  // The versions the project's own tests run with.
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
    packages: Record<string, { version: string; integrity: string }>
  }
  for (const [spec, integrity] of Object.entries(pins)) {
    const at = spec.lastIndexOf('@')
    expect(lock.packages[`node_modules/${spec.slice(0, at)}`]).toMatchObject({
      version: spec.slice(at + 1),
      integrity
    })
  }
})

describe('refreshing from the releases API', () => {
  let server: ReleaseServer
  const wazero = runtimeRelease('wazero', '1.12.0')
  // Old uploads have no API digest: the checksum file must supply the hash.
  for (const asset of wazero.assets) asset.digest = null

  beforeAll(async () => {
    server = await startReleaseServer([
      runtimeRelease('wasmtime', '49.0.0-rc.1', { prerelease: true }),
      runtimeRelease('wasmtime', '48.1.0', { omitLinuxX64: true }),
      runtimeRelease('wasmtime', '48.0.2'),
      runtimeRelease('wasmtime', '48.0.0'),
      wazero,
      runtimeRelease('wasmi', '2.0.0-beta.10', { prerelease: true })
    ])
  })
  afterAll(() => server.close())

  test('newest stable release with a Linux x64 build, hashes from digests or the checksum file', async () => {
    // A manifest a release behind on wazero.
    const behind = { ...MANIFEST, wazero: { default: '1.11.0', sha256: {} } }
    const { manifest, changes } = await refreshManifest(
      new ReleasesApi(server.apiUrl, ''),
      behind,
      server.downloadUrl
    )

    expect(manifest.wasmtime.default).toBe('48.0.2')
    const wasmtimeAsset = runtimeRelease('wasmtime', '48.0.2').assets.find(
      (a) => a.name === 'wasmtime-v48.0.2-x86_64-linux.tar.xz'
    )!
    expect(manifest.wasmtime.sha256['48.0.2']['wasmtime-v48.0.2-x86_64-linux.tar.xz']).toBe(
      sha256Hex(wasmtimeAsset.body)
    )
    // Only the assets the installer would choose (8 platforms → 8 wasmtime builds).
    expect(Object.keys(manifest.wasmtime.sha256['48.0.2'])).toHaveLength(8)
    // Hashes of other pinned versions are kept.
    expect(manifest.wasmtime.sha256['47.0.4']).toEqual(MANIFEST.wasmtime.sha256['47.0.4'])

    const wazeroAsset = wazero.assets.find((a) => a.name === 'wazero_1.12.0_linux_amd64.tar.gz')!
    expect(manifest.wazero).toMatchObject({ default: '1.12.0' })
    expect(manifest.wazero.sha256['1.12.0']['wazero_1.12.0_linux_amd64.tar.gz']).toBe(
      sha256Hex(wazeroAsset.body)
    )

    // wasmi publishes every release with binaries as a prerelease: the newest of them is taken.
    expect(manifest.wasmi.default).toBe('2.0.0-beta.10')
    // A repository the API does not know (wasmer): the pin stays.
    expect(manifest.wasmer).toEqual(MANIFEST.wasmer)
    expect(changes).toEqual(
      expect.arrayContaining([
        'wasmtime: 48.0.0 → 48.0.2',
        'wazero: 1.11.0 → 1.12.0',
        `wasmi: ${MANIFEST.wasmi.default} → 2.0.0-beta.10`
      ])
    )
    expect(changes.join('\n')).toMatch(
      /^wasmer: could not list releases \(GET .* HTTP 404 Not Found\); stays at 7\.4\.2$/m
    )
  })

  test('a hash that changed upstream is called out', async () => {
    const tampered = structuredClone(MANIFEST)
    tampered.wasmtime.sha256['48.0.2'] = { 'wasmtime-v48.0.2-x86_64-linux.tar.xz': '0'.repeat(64) }
    const { changes } = await refreshManifest(
      new ReleasesApi(server.apiUrl, ''),
      tampered,
      server.downloadUrl
    )
    expect(changes.join('\n')).toMatch(/sha256 of wasmtime-v48\.0\.2-x86_64-linux\.tar\.xz CHANGED upstream/)
  })
})
