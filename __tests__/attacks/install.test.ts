// Installing from a hostile release server: archives that try to write or link
// outside their folder, symlinked binaries, decompression bombs, servers that
// drip bytes or stall or send too much, redirects that try to take the token to
// another origin, and two probes installing the same version into one tool cache.
import * as tc from '@actions/tool-cache'
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ReleasesApi } from '../../src/provision/github.js'
import { type InstallOutcome, type InstallSettings, installRuntime } from '../../src/provision/install.js'
import type { Platform } from '../../src/runtimes/release.js'
import { runtimeById } from '../../src/runtimes/index.js'
import type { CliRuntimeSpec } from '../../src/runtimes/spec.js'
import { fakeRuntimeScript } from '../helpers/fake-runtimes.js'
import { sayWhySkipped } from '../helpers/skip.js'
import { type TarMember, tarGz, tarXz, type ZipMember, zipOf } from './archives.js'

const onThisPlatform = process.platform === 'linux' && process.arch === 'x64'
if (!onThisPlatform)
  sayWhySkipped('the install attack tests', 'the fake runtimes in the archives are built for linux x64.')
const describeHere = onThisPlatform ? describe : describe.skip

const TOKEN = 'attack-test-token'
const LINUX: Platform = { os: 'linux', arch: 'x64', libc: 'glibc' }
const WINDOWS: Platform = { os: 'windows', arch: 'x64', libc: null }
const WAZERO_SCRIPT = fakeRuntimeScript('wazero', 'real', '1.11.0')

interface Release {
  id: 'wazero' | 'wasmtime'
  version: string
  asset: string
  /** The binary's path inside the archive. */
  binary: string
}
const WAZERO: Release = {
  id: 'wazero',
  version: '1.11.0',
  asset: 'wazero_1.11.0_linux_amd64.tar.gz',
  binary: 'wazero'
}
const WAZERO_ZIP: Release = { ...WAZERO, asset: 'wazero_1.11.0_windows_amd64.zip' }
const WASMTIME: Release = {
  id: 'wasmtime',
  version: '48.0.0',
  asset: 'wasmtime-v48.0.0-x86_64-linux.tar.xz',
  binary: 'wasmtime-v48.0.0-x86_64-linux/wasmtime'
}

interface Served {
  url: string
  origin: string
  requests: { path: string; authorization?: string }[]
  close(): Promise<void>
}

/** A loopback server on `host`; `handle` answers every request, which is logged first. */
async function serve(
  host: string,
  handle: (req: IncomingMessage, res: ServerResponse) => void
): Promise<Served> {
  const requests: Served['requests'] = []
  const server = createServer((req, res) => {
    requests.push({
      path: req.url ?? '',
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {})
    })
    handle(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, host, resolve))
  const origin = `http://${host}:${(server.address() as AddressInfo).port}`
  return {
    url: `${origin}/dl`,
    origin,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}

const spec = (id: string) => runtimeById(id) as CliRuntimeSpec
const sha256 = (body: Buffer) => createHash('sha256').update(body).digest('hex')
const assetPath = (release: Release) =>
  `/dl/${spec(release.id).release.repo}/releases/download/v${release.version}/${release.asset}`

let root: string
/** Outside the tool cache and the temp folder: nothing may ever appear here. */
let outside: string
/** A file outside whose mode must never change. */
let victim: string

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'wasi-probe-attack-install-'))
  process.env.RUNNER_TOOL_CACHE = join(root, 'toolcache')
  process.env.RUNNER_TEMP = join(root, 'temp')
  outside = join(root, 'outside')
  mkdirSync(outside)
  victim = join(root, 'victim')
  writeFileSync(victim, 'not to be touched\n', { mode: 0o600 })
})

/** Settings that download `release` from `downloadUrl`, pinned to the sha256 of `body` (no API request). */
function settings(
  release: Release,
  body: Buffer,
  downloadUrl: string,
  overrides: Partial<InstallSettings> = {}
) {
  const apiUrl = `${new URL(downloadUrl).origin}/api`
  return {
    platform: LINUX,
    api: new ReleasesApi(apiUrl, TOKEN),
    apiUrl,
    downloadUrl,
    token: TOKEN,
    verify: true,
    manifest: {
      [release.id]: {
        default: release.version,
        sha256: { [release.version]: { [release.asset]: sha256(body) } }
      }
    },
    downloadLimits: { retryDelayMs: 0 },
    ...overrides
  } satisfies InstallSettings
}

/** Installs `release` with `body` as its asset, served as it is. */
async function installArchive(
  release: Release,
  body: Buffer,
  overrides: Partial<InstallSettings> = {}
): Promise<InstallOutcome> {
  const server = await serve('127.0.0.1', (req, res) => {
    if (req.url !== assetPath(release)) return res.writeHead(404).end()
    res.writeHead(200, { 'content-length': body.length }).end(body)
  })
  try {
    return await installRuntime(
      spec(release.id),
      release.version,
      settings(release, body, server.url, overrides)
    )
  } finally {
    await server.close()
  }
}

/** True when the tool cache holds `release` as tc.find finds it. */
const inToolCache = (release: Release, arch = 'x64') => tc.find(release.id, release.version, arch) !== ''

/** Files left in the tool cache's folders, markers and staging included. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => join(entry.parentPath, entry.name))
}

function expectRefusedAtExtract(outcome: InstallOutcome, reason: RegExp): void {
  expect(outcome).toMatchObject({ kind: 'failed', stage: 'extract' })
  if (outcome.kind === 'failed') expect(outcome.reason).toMatch(reason)
}

describeHere('hostile release archives', () => {
  test.each([
    ['tar.gz', WAZERO, tarGz],
    ['tar.xz', WASMTIME, tarXz]
  ])(
    '%s: a binary that is a symlink out of the archive is refused and its target never chmod-ed',
    async (_f, release, pack) => {
      const outcome = await installArchive(
        release,
        pack([{ name: release.binary, type: 'symlink', linkname: victim }])
      )
      expectRefusedAtExtract(outcome, /symlink/)
      expect(statSync(victim).mode & 0o777).toBe(0o600)
      expect(inToolCache(release)).toBe(false)
      expect(filesUnder(process.env.RUNNER_TOOL_CACHE!)).toEqual([])
    }
  )

  test('a binary that is a symlink to a file inside the archive is refused too, and nothing is chmod-ed', async () => {
    const body = tarGz([
      { name: 'libexec/', type: 'dir' },
      { name: 'libexec/wazero-real', content: WAZERO_SCRIPT, mode: 0o644 },
      { name: 'wazero', type: 'symlink', linkname: 'libexec/wazero-real' }
    ])
    const outcome = await installArchive(WAZERO, body)
    expectRefusedAtExtract(outcome, /wazero is a symlink, not the binary itself/)
    expect(inToolCache(WAZERO)).toBe(false)
    expect(filesUnder(process.env.RUNNER_TOOL_CACHE!)).toEqual([])
  })

  const binary: TarMember = { name: 'wazero', content: WAZERO_SCRIPT, mode: 0o755 }
  // Built when the test runs: the folders outside are made fresh for each.
  const escapes: [string, () => TarMember[], RegExp][] = [
    [
      'a member under ..',
      () => [binary, { name: '../../outside/pwned', content: 'x' }],
      /would land outside the folder/
    ],
    [
      'a member with an absolute path',
      () => [binary, { name: `${outside}/pwned`, content: 'x' }],
      /absolute path/
    ],
    [
      'a symlink to a folder outside, then a member written through it',
      () => [
        binary,
        { name: 'share', type: 'symlink', linkname: outside },
        { name: 'share/pwned', content: 'x' }
      ],
      /symlink/
    ],
    [
      'a relative symlink out of the folder, then a member written through it',
      () => [
        binary,
        { name: 'up', type: 'symlink', linkname: '../../outside' },
        { name: 'up/pwned', content: 'x' }
      ],
      /symlink/
    ],
    [
      'a symlink beside the binary that points outside',
      () => [binary, { name: 'lib', type: 'symlink', linkname: outside }],
      /symlink "lib" points to "[^"]*", outside the folder/
    ],
    [
      'a pax header whose path climbs out',
      () => [binary, { name: 'harmless', content: 'x', pax: { path: '../../outside/pwned' } }],
      /would land outside the folder/
    ],
    [
      'a hard link to a file outside',
      () => [binary, { name: 'passwd', type: 'hardlink', linkname: victim }],
      /absolute path|no file before it/
    ],
    ['a FIFO', () => [binary, { name: 'pipe', type: 'fifo' }], /a FIFO/]
  ]
  test.each(escapes)(
    '%s: refused, nothing written outside, nothing cached',
    async (_name, members, reason) => {
      const outcome = await installArchive(WAZERO, tarGz(members()))
      expectRefusedAtExtract(outcome, reason)
      expect(readdirSync(outside)).toEqual([])
      expect(readFileSync(victim, 'utf8')).toBe('not to be touched\n')
      expect(inToolCache(WAZERO)).toBe(false)
      expect(filesUnder(process.env.RUNNER_TOOL_CACHE!)).toEqual([])
    }
  )

  test('a decompression bomb fails the install before it fills the disk', async () => {
    const limits = { maxBytes: 1024 * 1024, maxEntries: 1000 }
    // 8 MiB of zeros in a few kilobytes.
    const bomb = tarGz([binary, { name: 'share/zeros', content: Buffer.alloc(8 * 1024 * 1024) }])
    expect(bomb.length).toBeLessThan(64 * 1024)
    const outcome = await installArchive(WAZERO, bomb, { extractLimits: limits })
    expectRefusedAtExtract(outcome, /unpacks to more than the limit of 1 MiB/)
    expect(filesUnder(process.env.RUNNER_TOOL_CACHE!)).toEqual([])

    const many = tarGz([
      binary,
      ...Array.from({ length: 1500 }, (_, i) => ({ name: `share/${i}`, content: '' }))
    ])
    expectRefusedAtExtract(
      await installArchive(WAZERO, many, { extractLimits: limits }),
      /more than 1000 members/
    )
    expect(filesUnder(process.env.RUNNER_TOOL_CACHE!)).toEqual([])
  })

  test('archives that honest tars write (GNU long names, pax, links inside) install and run', async () => {
    const long = `share/${'deep-folder-name/'.repeat(8)}notes.txt`
    for (const format of ['gnu', 'posix']) {
      const dir = mkdtempSync(join(root, 'honest-'))
      mkdirSync(join(dir, 'share', ...'deep-folder-name/'.repeat(8).split('/').filter(Boolean)), {
        recursive: true
      })
      writeFileSync(join(dir, long), 'notes\n')
      writeFileSync(join(dir, 'wazero'), WAZERO_SCRIPT)
      chmodSync(join(dir, 'wazero'), 0o755)
      symlinkSync('notes.txt', join(dir, `${long}.link`))
      execFileSync('ln', [join(dir, long), join(dir, 'share', 'hard-link.txt')])
      const body = execFileSync('tar', [`--format=${format}`, '-czf', '-', '-C', dir, 'wazero', 'share'])
      process.env.RUNNER_TOOL_CACHE = join(root, `toolcache-${format}`)
      const outcome = await installArchive(WAZERO, body)
      expect(outcome).toMatchObject({ kind: 'ready', located: { source: 'installed' } })
      if (outcome.kind !== 'ready') continue
      const run = spawnSync(outcome.located.path, ['version'], { encoding: 'utf8' })
      expect(run.stdout).toContain('1.11.0')
      const cached = tc.find('wazero', '1.11.0', 'x64')
      expect(readFileSync(join(cached, `${long}.link`), 'utf8')).toBe('notes\n')
    }
  })
})

const bsdtar = ['/usr/bin/bsdtar', '/usr/local/bin/bsdtar'].find((path) => existsSync(path))
if (onThisPlatform && !bsdtar)
  sayWhySkipped('the bsdtar install test', 'no bsdtar here (Debian: apt-get install libarchive-tools).')

describeHere('tar.xz where tar is bsdtar and there is no xz (macOS)', () => {
  const testWithBsdtar = bsdtar ? test : test.skip
  testWithBsdtar('an honest archive installs, a symlinked binary is refused', async () => {
    const honest = tarXz([
      { name: WASMTIME.binary, content: fakeRuntimeScript('wasmtime', 'real', '48.0.0'), mode: 0o755 }
    ])
    const hostile = tarXz([{ name: WASMTIME.binary, type: 'symlink', linkname: victim }])
    const bin = mkdtempSync(join(root, 'bin-'))
    symlinkSync(bsdtar!, join(bin, 'tar'))
    const saved = process.env.PATH
    process.env.PATH = bin
    try {
      const installed = await installArchive(WASMTIME, honest)
      expect(installed).toMatchObject({ kind: 'ready' })
      process.env.RUNNER_TOOL_CACHE = join(root, 'toolcache-hostile')
      expectRefusedAtExtract(await installArchive(WASMTIME, hostile), /symlink/)
      expect(statSync(victim).mode & 0o777).toBe(0o600)
    } finally {
      process.env.PATH = saved
    }
  })
})

describeHere('hostile zip archives (the Windows releases)', () => {
  const zipBinary: ZipMember = { name: 'wazero', content: WAZERO_SCRIPT, unixMode: 0o100755 }
  const zips: [string, () => ZipMember[], RegExp][] = [
    [
      'a binary that is a symlink',
      () => [{ name: 'wazero', content: victim, unixMode: 0o120777 }],
      /is a symlink/
    ],
    [
      'a member under ..',
      () => [zipBinary, { name: '../../outside/pwned', content: 'x' }],
      /would land outside/
    ],
    [
      'a member under ..\\ (Windows separators)',
      () => [zipBinary, { name: '..\\..\\outside\\pwned', content: 'x' }],
      /would land outside/
    ],
    [
      'a member with an absolute path',
      () => [zipBinary, { name: `${outside}/pwned`, content: 'x' }],
      /absolute path/
    ],
    [
      'a member that unpacks to more than it says',
      () => [zipBinary, { name: 'share/zeros', content: Buffer.alloc(4 * 1024 * 1024), declaredSize: 100 }],
      /more than it says/
    ],
    [
      'members that unpack to more than the limit',
      () => [zipBinary, { name: 'share/zeros', content: Buffer.alloc(4 * 1024 * 1024) }],
      /more than the limit of 1 MiB/
    ]
  ]
  test.each(zips)('%s: refused, nothing written outside, nothing cached', async (_name, members, reason) => {
    const outcome = await installArchive(WAZERO_ZIP, zipOf(members()), {
      platform: WINDOWS,
      extractLimits: { maxBytes: 1024 * 1024, maxEntries: 1000 }
    })
    expectRefusedAtExtract(outcome, reason)
    expect(readdirSync(outside)).toEqual([])
    expect(statSync(victim).mode & 0o777).toBe(0o600)
    expect(filesUnder(process.env.RUNNER_TOOL_CACHE!)).toEqual([])
  })

  test('an honest zip installs', async () => {
    const outcome = await installArchive(
      WAZERO_ZIP,
      zipOf([{ name: 'LICENSE', content: 'MIT\n' }, zipBinary]),
      {
        platform: WINDOWS
      }
    )
    expect(outcome).toMatchObject({ kind: 'ready' })
    if (outcome.kind === 'ready')
      expect(spawnSync(outcome.located.path, ['version'], { encoding: 'utf8' }).stdout).toContain('1.11.0')
  })
})

describeHere('hostile download servers', () => {
  const body = tarGz([{ name: 'wazero', content: WAZERO_SCRIPT, mode: 0o755 }])

  test('a server that sends one byte at a time, slowly, fails the install at the deadline', async () => {
    const server = await serve('127.0.0.1', (_req, res) => {
      res.writeHead(200, { 'content-length': body.length })
      let sent = 0
      const drip = setInterval(() => {
        if (res.destroyed || sent >= body.length) return clearInterval(drip)
        res.write(body.subarray(sent, ++sent))
      }, 100)
      res.on('close', () => clearInterval(drip))
    })
    try {
      // The real limits are minutes; scaled down, the same rules in a second or two.
      const limits = { deadlineMs: 1500, stallMs: 1000, retryDelayMs: 0 }
      const outcome = await installRuntime(
        spec('wazero'),
        '1.11.0',
        settings(WAZERO, body, server.url, { downloadLimits: limits })
      )
      expect(outcome).toMatchObject({ kind: 'failed', stage: 'download' })
      if (outcome.kind === 'failed')
        expect(outcome.reason).toMatch(/not complete within the time limit of 1\.5 s/)
      expect(server.requests).toHaveLength(1)
      expect(filesUnder(process.env.RUNNER_TEMP!)).toEqual([])
    } finally {
      await server.close()
    }
  })

  test('a server that stops sending fails after the stall limit, and is tried again within the deadline', async () => {
    const server = await serve('127.0.0.1', (_req, res) => {
      res.writeHead(200, { 'content-length': body.length })
      res.write(body.subarray(0, 10))
    })
    try {
      const limits = { deadlineMs: 10_000, stallMs: 300, retryDelayMs: 0, attempts: 2 }
      const warnings: string[] = []
      const outcome = await installRuntime(
        spec('wazero'),
        '1.11.0',
        settings(WAZERO, body, server.url, { downloadLimits: limits, warn: (m) => warnings.push(m) })
      )
      expect(outcome).toMatchObject({ kind: 'failed', stage: 'download' })
      if (outcome.kind === 'failed') expect(outcome.reason).toMatch(/no data for 0\.3 s \(after 2 attempts\)/)
      expect(server.requests).toHaveLength(2)
      expect(warnings).toEqual([expect.stringMatching(/no data for 0\.3 s; trying again/)])
    } finally {
      await server.close()
    }
  })

  test.each([
    ['says so', true],
    ['does not say its length', false]
  ])('a download larger than the size limit is refused when the server %s', async (_name, withLength) => {
    const big = Buffer.concat([body, Buffer.alloc(64 * 1024)])
    const server = await serve('127.0.0.1', (_req, res) => {
      res.writeHead(200, withLength ? { 'content-length': big.length } : {})
      res.end(big)
    })
    try {
      const outcome = await installRuntime(
        spec('wazero'),
        '1.11.0',
        settings(WAZERO, big, server.url, { downloadLimits: { maxBytes: 16 * 1024, retryDelayMs: 0 } })
      )
      expect(outcome).toMatchObject({ kind: 'failed', stage: 'download' })
      if (outcome.kind === 'failed')
        expect(outcome.reason).toMatch(/larger than the size limit of 0\.02 MiB|size limit/)
      expect(server.requests).toHaveLength(1)
      expect(filesUnder(process.env.RUNNER_TEMP!)).toEqual([])
    } finally {
      await server.close()
    }
  })

  test.each([
    ['another port on the same host', '127.0.0.1'],
    ['another host', '127.0.0.2']
  ])('a redirect to %s never gets the token; only the exact origin does', async (_name, host) => {
    const elsewhere = await serve(host, (_req, res) =>
      res.writeHead(200, { 'content-length': body.length }).end(body)
    )
    const github = await serve('127.0.0.1', (req, res) => {
      // Like github.com: the asset is on another origin, and a second hop comes back here.
      if (req.url === assetPath(WAZERO)) return res.writeHead(302, { location: `${github.origin}/hop` }).end()
      res.writeHead(302, { location: `${elsewhere.origin}/objects/asset?signature=abc` }).end()
    })
    try {
      const outcome = await installRuntime(spec('wazero'), '1.11.0', settings(WAZERO, body, github.url))
      expect(outcome).toMatchObject({ kind: 'ready' })
      expect(github.requests).toEqual([
        { path: assetPath(WAZERO), authorization: `Bearer ${TOKEN}` },
        { path: '/hop', authorization: `Bearer ${TOKEN}` }
      ])
      expect(elsewhere.requests).toEqual([{ path: '/objects/asset?signature=abc' }])
    } finally {
      await Promise.all([github.close(), elsewhere.close()])
    }
  })
})

describeHere('two probes sharing a tool cache', () => {
  const body = tarGz([{ name: 'wazero', content: WAZERO_SCRIPT, mode: 0o755 }])

  test('a second install of the same version never deletes or replaces the first one’s binary', async () => {
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    let served = 0
    const server = await serve('127.0.0.1', (_req, res) => {
      // The first download is served at once; the second waits until the first runtime is in use.
      const answer = () => res.writeHead(200, { 'content-length': body.length }).end(body)
      if (served++ === 0) answer()
      else void held.then(answer)
    })
    try {
      const both = [0, 1].map(() =>
        installRuntime(spec('wazero'), '1.11.0', settings(WAZERO, body, server.url))
      )
      const first = await Promise.race(both)
      expect(first).toMatchObject({ kind: 'ready', located: { source: 'installed' } })
      if (first.kind !== 'ready') return
      const before = statSync(first.located.path)
      release()
      const [a, b] = await Promise.all(both)
      expect(server.requests).toHaveLength(2)
      for (const outcome of [a, b])
        expect(outcome).toMatchObject({ kind: 'ready', located: { path: first.located.path } })
      const after = statSync(first.located.path)
      expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs])
      expect(spawnSync(first.located.path, ['version'], { encoding: 'utf8' }).stdout).toContain('1.11.0')
      expect(tc.find('wazero', '1.11.0', 'x64')).toBe(
        join(process.env.RUNNER_TOOL_CACHE!, 'wazero', '1.11.0', 'x64')
      )
      // Neither left a staging folder behind.
      expect(filesUnder(join(process.env.RUNNER_TOOL_CACHE!, '.wasi-probe-staging'))).toEqual([])
    } finally {
      await server.close()
    }
  })

  test.each([
    ['a half-copied folder without its marker (a killed tc.cacheDir)', false],
    ['a marked folder without the binary', true]
  ])('%s is replaced, not taken for complete', async (_name, marked) => {
    const dir = join(process.env.RUNNER_TOOL_CACHE!, 'wazero', '1.11.0', 'x64')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'LICENSE'), 'half')
    if (!marked) writeFileSync(join(dir, 'wazero'), '#!/bin/sh\nexit 3\n', { mode: 0o755 })
    if (marked) writeFileSync(`${dir}.complete`, '')
    const server = await serve('127.0.0.1', (_req, res) =>
      res.writeHead(200, { 'content-length': body.length }).end(body)
    )
    try {
      const outcome = await installRuntime(spec('wazero'), '1.11.0', settings(WAZERO, body, server.url))
      expect(outcome).toMatchObject({
        kind: 'ready',
        located: { path: join(dir, 'wazero'), source: 'installed' }
      })
      expect(server.requests).toHaveLength(1)
      expect(readdirSync(dir)).toEqual(['wazero'])
      expect(existsSync(`${dir}.complete`)).toBe(true)
      expect(spawnSync(join(dir, 'wazero'), ['version'], { encoding: 'utf8' }).stdout).toContain('1.11.0')
    } finally {
      await server.close()
    }
  })
})
