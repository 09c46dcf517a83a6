// Installing runtimes for real: downloads from a loopback server laid out like
// GitHub, real sha256 checks, real tar, the real tool cache layout.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { runProbe } from '../src/engine.js'
import { ReleasesApi } from '../src/provision/github.js'
import { type InstallSettings, installRuntime } from '../src/provision/install.js'
import type { ManifestEntry } from '../src/runtimes/manifest.js'
import type { InstallPlan, Plan } from '../src/inputs/plan.js'
import { runtimeById } from '../src/runtimes/index.js'
import type { CliRuntimeSpec } from '../src/runtimes/spec.js'
import { linuxX64Layout, runtimeRelease, type RuntimeId, sha256Hex } from './helpers/release-fixtures.js'
import { type ReleaseServer, startReleaseServer } from './helpers/release-server.js'
import { schemaErrors } from './helpers/schema.js'
import { sayWhySkipped } from './helpers/skip.js'

const onThisPlatform = process.platform === 'linux' && process.arch === 'x64'
if (!onThisPlatform) sayWhySkipped('the install tests', 'the fixture archives are built for linux x64.')
const describeHere = onThisPlatform ? describe : describe.skip

const cli = (id: string) => runtimeById(id) as CliRuntimeSpec
const NO_MANIFEST: Record<string, ManifestEntry> = {}

let server: ReleaseServer

/** A fresh tool cache and temp dir: @actions/tool-cache reads them from the process. */
function freshRunnerDirs(): void {
  const root = mkdtempSync(join(tmpdir(), 'wasi-probe-install-'))
  process.env.RUNNER_TOOL_CACHE = join(root, 'toolcache')
  process.env.RUNNER_TEMP = join(root, 'temp')
}

function settings(overrides: Partial<InstallSettings> = {}): InstallSettings {
  return {
    platform: { os: 'linux', arch: 'x64', libc: 'glibc' },
    api: new ReleasesApi(server.apiUrl, 'test-token'),
    apiUrl: server.apiUrl,
    downloadUrl: server.downloadUrl,
    token: 'test-token',
    verify: true,
    manifest: NO_MANIFEST,
    // Downloads wait seconds between attempts; these tests need not.
    downloadLimits: { retryDelayMs: 0 },
    ...overrides
  }
}

function downloadPath(id: RuntimeId, version: string): string {
  const layout = linuxX64Layout(id, version)
  return `/download/${layout.repo}/releases/download/${layout.tag}/${layout.asset}`
}

const cacheEntries = (id: string) =>
  existsSync(join(process.env.RUNNER_TOOL_CACHE!, id))
    ? readdirSync(join(process.env.RUNNER_TOOL_CACHE!, id))
    : []

beforeAll(async () => {
  if (!onThisPlatform) return
  server = await startReleaseServer([
    runtimeRelease('wasmtime', '49.0.0-rc.1', { prerelease: true }),
    runtimeRelease('wasmtime', '48.1.0', { omitLinuxX64: true }),
    runtimeRelease('wasmtime', '48.0.2'),
    runtimeRelease('wasmtime', '48.0.0'),
    runtimeRelease('wasmtime', '47.0.4'),
    runtimeRelease('wasmer', '7.4.2'),
    runtimeRelease('wasmedge', '0.17.1'),
    runtimeRelease('wazero', '1.11.0'),
    runtimeRelease('wazero', '1.10.1', { missingBinary: true }),
    runtimeRelease('wazero', '1.9.0', { corrupt: true }),
    runtimeRelease('wamr', '2.4.5'),
    runtimeRelease('wasm3', '0.5.0'),
    // As wasmi-labs/wasmi publishes them: every release with binaries a prerelease, 1.x without binaries.
    runtimeRelease('wasmi', '2.0.0-beta.9', { prerelease: true }),
    runtimeRelease('wasmi', '2.0.0-beta.8', { prerelease: true, withoutChecksumFile: true }),
    runtimeRelease('wasmi', '1.1.0', { omitLinuxX64: true }),
    runtimeRelease('deno', '2.9.6'),
    runtimeRelease('bun', '1.4.5')
  ])
})
afterAll(async () => {
  await server?.close()
})
beforeEach(() => {
  if (!onThisPlatform) return
  freshRunnerDirs()
  server.clear()
})

describeHere('installing runtimes', () => {
  test('every runtime installs from its release and then passes the probes', async () => {
    const install: InstallPlan = {
      versions: {
        wasmtime: '48.0.2',
        wasmer: '7.4.2',
        wasmedge: '0.17.1',
        wazero: '1.11.0',
        wamr: '2.4.5',
        wasm3: '0.5.0',
        wasmi: '2.0.0-beta.9',
        deno: '2.9.6',
        bun: '1.4.5'
      },
      token: 'test-token',
      apiUrl: server.apiUrl,
      downloadUrl: server.downloadUrl,
      verify: true,
      cache: false
    }
    const ids = Object.keys(install.versions)
    const plan: Plan = {
      runtimes: ids,
      probes: ['basic'],
      timeoutSeconds: 20,
      failOn: { kind: 'none' },
      summary: true,
      resultPath: '',
      install
    }
    const result = await runProbe(plan, { manifest: NO_MANIFEST })

    expect(schemaErrors(result)).toEqual([])
    for (const runtime of result.runtimes) {
      expect([runtime.id, runtime.status, runtime.source, runtime.version]).toEqual([
        runtime.id,
        'pass',
        'installed',
        install.versions[runtime.id]
      ])
      expect(runtime.path!.startsWith(process.env.RUNNER_TOOL_CACHE!)).toBe(true)
    }
    const verifiedBy = Object.fromEntries(result.runtimes.map((r) => [r.id, r.install?.verifiedBy]))
    expect(verifiedBy).toEqual({
      wasmtime: 'api-digest',
      wasmer: 'api-digest',
      wasmedge: 'checksum-file',
      wazero: 'checksum-file',
      wamr: 'api-digest',
      wasm3: 'api-digest',
      wasmi: 'checksum-file',
      // Deno's `<asset>.sha256sum`, one per asset; Bun's SHASUMS256.txt.
      deno: 'checksum-file',
      bun: 'checksum-file'
    })
    // WasmEdge runs only with its lib/ on the loader's path (the fake checks, like the real one).
    const wasmedge = result.runtimes.find((r) => r.id === 'wasmedge')!
    expect(wasmedge.libDir).toBe(join(dirname(dirname(wasmedge.path!)), 'lib'))
  })

  test('a second run is served from the tool cache without a single request', async () => {
    const first = await installRuntime(cli('wazero'), '1.11.0', settings())
    expect(first.kind).toBe('ready')
    server.clear()
    const second = await installRuntime(cli('wazero'), '1.11.0', settings())
    expect(second).toMatchObject({
      kind: 'ready',
      located: { source: 'tool-cache' },
      record: { version: '1.11.0' }
    })
    if (first.kind === 'ready' && second.kind === 'ready')
      expect(second.located.path).toBe(first.located.path)
    // A partial version found in the tool cache needs no request either.
    expect(await installRuntime(cli('wazero'), '1.11', settings())).toMatchObject({
      located: { source: 'tool-cache' }
    })
    expect(server.requests).toEqual([])
  })

  test('latest skips prereleases and releases without this platform asset; partial versions resolve', async () => {
    const latest = await installRuntime(cli('wasmtime'), 'latest', settings())
    expect(latest).toMatchObject({ kind: 'ready', record: { version: '48.0.2', requested: 'latest' } })
    expect(await installRuntime(cli('wasmtime'), '47', settings())).toMatchObject({
      record: { version: '47.0.4' }
    })
    expect(await installRuntime(cli('wasmtime'), '48.0', settings())).toMatchObject({
      record: { version: '48.0.2' }
    })
    const none = await installRuntime(cli('wasmtime'), '50', settings())
    expect(none).toMatchObject({ kind: 'failed', stage: 'resolve' })
    if (none.kind === 'failed') expect(none.reason).toMatch(/no release matching 50/)
  })

  test('wasmi latest: its releases with binaries are all prereleases, and the newest of them is taken', async () => {
    const latest = await installRuntime(cli('wasmi'), 'latest', settings())
    expect(latest).toMatchObject({ kind: 'ready', record: { version: '2.0.0-beta.9', requested: 'latest' } })
    expect(await installRuntime(cli('wasmi'), '>=2.0.0-beta.1 <2.0.0-beta.9', settings())).toMatchObject({
      record: { version: '2.0.0-beta.8' }
    })
    // A partial version takes its prereleases too, for wasmi.
    expect(await installRuntime(cli('wasmi'), '2', settings())).toMatchObject({
      record: { version: '2.0.0-beta.9' }
    })
  })

  test('the pinned default with its manifest hash needs no API request; a hash mismatch is refused', async () => {
    // The checked-in manifest pins wasmtime 48.0.0 with the real asset hashes, which the fixture cannot match.
    const outcome = await installRuntime(cli('wasmtime'), undefined, settings({ manifest: undefined }))
    expect(outcome).toMatchObject({ kind: 'failed', stage: 'verify', record: { requested: '48.0.0' } })
    if (outcome.kind === 'failed') {
      expect(outcome.reason).toMatch(
        /^sha256 mismatch for wasmtime-v48\.0\.0-x86_64-linux\.tar\.xz: expected 1d23a692[0-9a-f]{56} \(manifest\), got [0-9a-f]{64}/
      )
    }
    expect(server.requests.filter((r) => r.path.startsWith('/api/'))).toEqual([])
    expect(cacheEntries('wasmtime')).toEqual([])
    expect(readdirSync(process.env.RUNNER_TEMP!).filter((name) => !name.startsWith('.'))).toEqual([])

    // With the right hash in the manifest, the same download is accepted.
    const release = runtimeRelease('wasmtime', '48.0.0')
    const asset = release.assets.find((a) => a.name === 'wasmtime-v48.0.0-x86_64-linux.tar.xz')!
    const manifest = {
      wasmtime: { default: '48.0.0', sha256: { '48.0.0': { [asset.name]: sha256Hex(asset.body) } } }
    }
    server.clear()
    const pinned = await installRuntime(cli('wasmtime'), undefined, settings({ manifest }))
    expect(pinned).toMatchObject({ kind: 'ready', record: { verifiedBy: 'manifest', version: '48.0.0' } })
    expect(server.requests.map((r) => r.path)).toEqual([downloadPath('wasmtime', '48.0.0')])
  })

  test('download failures: 404 fails, a 500 is retried, a truncated download never gets cached', async () => {
    server.fail(downloadPath('wasm3', '0.5.0'), { status: 404 })
    const missing = await installRuntime(cli('wasm3'), '0.5.0', settings())
    expect(missing).toMatchObject({ kind: 'failed', stage: 'download' })
    if (missing.kind === 'failed') expect(missing.reason).toMatch(/HTTP 404/)

    freshRunnerDirs()
    server.fail(downloadPath('wamr', '2.4.5'), { status: 500, times: 1 })
    expect(await installRuntime(cli('wamr'), '2.4.5', settings())).toMatchObject({ kind: 'ready' })
    expect(server.requests.filter((r) => r.path === downloadPath('wamr', '2.4.5'))).toHaveLength(2)

    server.fail(downloadPath('wasmer', '7.4.2'), { truncate: true })
    const truncated = await installRuntime(cli('wasmer'), '7.4.2', settings())
    expect(truncated.kind).toBe('failed')
    if (truncated.kind === 'failed') expect(['download', 'verify']).toContain(truncated.stage)
    expect(cacheEntries('wasmer')).toEqual([])
  })

  test('an archive without the binary, and a corrupt archive, fail at extract and cache nothing', async () => {
    const noBinary = await installRuntime(cli('wazero'), '1.10.1', settings())
    expect(noBinary).toMatchObject({ kind: 'failed', stage: 'extract' })
    if (noBinary.kind === 'failed') expect(noBinary.reason).toMatch(/has no wazero/)
    const corrupt = await installRuntime(cli('wazero'), '1.9.0', settings())
    expect(corrupt).toMatchObject({ kind: 'failed', stage: 'extract' })
    expect(cacheEntries('wazero')).toEqual([])
  })

  test('no checksum anywhere: refused with verify, installed with a warning without it', async () => {
    const release = runtimeRelease('wasmi', '2.0.0-beta.8', { withoutChecksumFile: true })
    for (const asset of release.assets) asset.digest = null
    const bare = await startReleaseServer([release])
    try {
      const local = (verify: boolean, warn?: (m: string) => void): InstallSettings =>
        settings({
          api: new ReleasesApi(bare.apiUrl, ''),
          apiUrl: bare.apiUrl,
          downloadUrl: bare.downloadUrl,
          verify,
          warn
        })
      const refused = await installRuntime(cli('wasmi'), '2.0.0-beta.8', local(true))
      expect(refused).toMatchObject({ kind: 'failed', stage: 'verify' })
      if (refused.kind === 'failed') expect(refused.reason).toMatch(/no checksum .*set verify: false/)
      const warnings: string[] = []
      const unverified = await installRuntime(
        cli('wasmi'),
        '2.0.0-beta.8',
        local(false, (m) => warnings.push(m))
      )
      expect(unverified).toMatchObject({ kind: 'ready', record: { verifiedBy: 'unverified' } })
      expect(warnings.join()).toMatch(/UNVERIFIED/)
    } finally {
      await bare.close()
    }
  })

  test('a platform without a build is unavailable, not an error', async () => {
    const outcome = await installRuntime(
      cli('wasm3'),
      '0.5.0',
      settings({ platform: { os: 'macos', arch: 'arm64', libc: null } })
    )
    expect(outcome).toMatchObject({ kind: 'unavailable', reason: 'wasm3 publishes no build for macos-arm64' })
  })

  test('the token goes to the API host, never to a mirror', async () => {
    const outcome = await installRuntime(cli('wazero'), '1.11.0', settings({ downloadUrl: server.mirrorUrl }))
    expect(outcome.kind).toBe('ready')
    const api = server.requests.filter((r) => r.path.startsWith('/api/'))
    const mirror = server.requests.filter((r) => r.path.startsWith('/mirror/'))
    expect(api.length).toBeGreaterThan(0)
    expect(api.every((r) => r.authorization === 'token test-token')).toBe(true)
    expect(mirror.map((r) => r.path).sort()).toEqual([
      '/mirror/wazero/wazero/releases/download/v1.11.0/wazero_1.11.0_checksums.txt',
      '/mirror/wazero/wazero/releases/download/v1.11.0/wazero_1.11.0_linux_amd64.tar.gz'
    ])
    expect(mirror.every((r) => r.authorization === undefined)).toBe(true)
  })
})
