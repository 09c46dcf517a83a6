// Secrets against servers that echo them and URLs that carry them: the token
// and a mirror URL's password are masked in the log and absent from the
// warnings, the summary and the result file; the token goes to the exact
// origin it was meant for, never to another port or host, whether a redirect
// or a page's Link header points there.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname } from 'node:path'
import { readFileSync } from 'node:fs'
import { run as runAction } from '../../src/action/run.js'
import { ReleasesApi } from '../../src/provision/github.js'
import { installRuntime } from '../../src/provision/install.js'
import { runtimeById } from '../../src/runtimes/index.js'
import type { CliRuntimeSpec } from '../../src/runtimes/spec.js'
import { runActionInProcess } from '../helpers/action.js'
import { tempDir } from '../helpers/fake-runtimes.js'
import { linuxX64Layout, runtimeRelease } from '../helpers/release-fixtures.js'
import { type ReleaseServer, startReleaseServer } from '../helpers/release-server.js'
import { sayWhySkipped } from '../helpers/skip.js'

const onThisPlatform = process.platform === 'linux' && process.arch === 'x64'
if (!onThisPlatform)
  sayWhySkipped('the install secret tests', 'the fixture archives are built for linux x64.')
const describeHere = onThisPlatform ? describe : describe.skip

const TOKEN = 'ghp_secretsTestToken0123456789'
const PASSWORD = 'mirror-pa55word'
const BARE_PATH = [dirname(process.execPath), '/usr/bin', '/bin'].join(':')
const cli = (id: string) => runtimeById(id) as CliRuntimeSpec

interface Served {
  origin: string
  requests: { path: string; authorization?: string }[]
  close(): Promise<void>
}

async function serve(
  host: string,
  handle: (req: IncomingMessage, res: ServerResponse, origin: string) => void
): Promise<Served> {
  const requests: Served['requests'] = []
  let origin = ''
  const server = createServer((req, res) => {
    requests.push({
      path: req.url ?? '',
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {})
    })
    handle(req, res, origin)
  })
  await new Promise<void>((resolve) => server.listen(0, host, resolve))
  origin = `http://${host}:${(server.address() as AddressInfo).port}`
  return {
    origin,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}

const json = (res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}) =>
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(value))

let releases: ReleaseServer
beforeAll(async () => {
  if (!onThisPlatform) return
  releases = await startReleaseServer([runtimeRelease('wazero', '1.11.0'), runtimeRelease('wasm3', '0.5.0')])
})
afterAll(async () => {
  await releases?.close()
})
beforeEach(() => {
  if (!onThisPlatform) return
  releases.clear()
  const root = tempDir('wasi-probe-secrets-')
  process.env.RUNNER_TOOL_CACHE = `${root}/toolcache`
  process.env.RUNNER_TEMP = `${root}/temp`
})

/** The mirror URL with credentials in it, as a user of a private mirror writes download-url. */
function mirrorWithPassword(): string {
  const url = new URL(releases.mirrorUrl)
  url.username = 'mirror-user'
  url.password = PASSWORD
  return url.href.replace(/\/$/, '')
}

describeHere('a password in download-url', () => {
  test('is masked in the log and absent from the warnings, the summary and the result file', async () => {
    const wasm3 = linuxX64Layout('wasm3', '0.5.0')
    // A failed download names its URL: in the reason, the summary, the annotation.
    releases.fail(`/mirror/${wasm3.repo}/releases/download/${wasm3.tag}/${wasm3.asset}`, { status: 404 })
    const run = await runActionInProcess(
      runAction,
      {
        runtimes: 'wazero@1.11.0, wasm3@0.5.0',
        install: 'true',
        token: TOKEN,
        'github-api-url': releases.apiUrl,
        'download-url': mirrorWithPassword()
      },
      { PATH: BARE_PATH }
    )
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain(`::add-mask::${PASSWORD}`)
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`)
    // Beyond the mask commands themselves, neither appears anywhere.
    expect(run.stdout.split(PASSWORD)).toHaveLength(2)
    expect(run.stdout.split(TOKEN)).toHaveLength(2)
    // With install: true, the failed install is the step's error.
    expect(run.stdout).toMatch(
      /^::error::.*wasm3: install failed at download: http:\/\/\*\*\*@localhost:\d+\/mirror\/.*HTTP 404/m
    )
    expect(run.summary).not.toContain(PASSWORD)
    const resultText = readFileSync(run.outputs['result-file'], 'utf8')
    expect(resultText).not.toContain(PASSWORD)
    expect(resultText).not.toContain(TOKEN)
    const result = JSON.parse(resultText)
    const byId = Object.fromEntries(result.runtimes.map((r: { id: string }) => [r.id, r]))
    expect(byId.wazero).toMatchObject({ status: 'pass', source: 'installed' })
    expect(byId.wazero.install.url).toMatch(
      /^http:\/\/\*\*\*@localhost:\d+\/mirror\/wazero\/wazero\/releases\//
    )
    expect(byId.wasm3.reason).toMatch(/^install failed at download: http:\/\/\*\*\*@localhost:\d+\/mirror\//)

    // The password goes where it was meant to: as basic credentials, to the mirror only; the token never there.
    const basic = `Basic ${Buffer.from(`mirror-user:${PASSWORD}`).toString('base64')}`
    const mirror = releases.requests.filter((r) => r.path.startsWith('/mirror/'))
    expect(mirror.length).toBeGreaterThan(0)
    expect(mirror.every((r) => r.authorization === basic)).toBe(true)
    const api = releases.requests.filter((r) => r.path.startsWith('/api/'))
    expect(api.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true)
  })

  test('is absent from the retries’ warnings', async () => {
    const wazero = linuxX64Layout('wazero', '1.11.0')
    releases.fail(`/mirror/${wazero.repo}/releases/download/${wazero.tag}/${wazero.asset}`, {
      status: 500,
      times: 1
    })
    const warnings: string[] = []
    const outcome = await installRuntime(cli('wazero'), '1.11.0', {
      platform: { os: 'linux', arch: 'x64', libc: 'glibc' },
      api: new ReleasesApi(releases.apiUrl, TOKEN),
      apiUrl: releases.apiUrl,
      downloadUrl: mirrorWithPassword(),
      token: TOKEN,
      verify: true,
      manifest: {},
      downloadLimits: { retryDelayMs: 0 },
      warn: (message) => warnings.push(message)
    })
    expect(outcome).toMatchObject({ kind: 'ready' })
    expect(warnings).toEqual([
      expect.stringMatching(
        /^wazero: downloading http:\/\/\*\*\*@localhost:\d+\/mirror\/.*: HTTP 500; trying again/
      )
    ])
    expect(JSON.stringify(outcome)).not.toContain(PASSWORD)
  })
})

describeHere('an API that echoes the token', () => {
  test.each([401, 403, 422])('HTTP %i: the reason says what failed, without the token', async (status) => {
    const api = await serve('127.0.0.1', (req, res) =>
      json(res, status, { message: `Bad credentials: ${req.headers.authorization} (${TOKEN})` })
    )
    try {
      const outcome = await installRuntime(cli('wazero'), 'latest', {
        platform: { os: 'linux', arch: 'x64', libc: 'glibc' },
        api: new ReleasesApi(`${api.origin}/api`, TOKEN),
        apiUrl: `${api.origin}/api`,
        downloadUrl: `${api.origin}/download`,
        token: TOKEN,
        verify: true,
        manifest: {}
      })
      expect(outcome).toMatchObject({ kind: 'failed', stage: 'resolve' })
      if (outcome.kind !== 'failed') return
      expect(outcome.reason).toContain(`HTTP ${status} Bad credentials: token *** (***)`)
      expect(outcome.reason).not.toContain(TOKEN)
      expect(api.requests[0].authorization).toBe(`token ${TOKEN}`)
    } finally {
      await api.close()
    }
  })
})

describe('the API client sends the token to its own origin only', () => {
  const elsewhereHosts = [
    ['another port on the same host', '127.0.0.1'],
    ['another host', '127.0.0.2']
  ]
  const release = { tag_name: 'v1.0.0', draft: false, prerelease: false, assets: [] }

  test.each(elsewhereHosts)('a redirect to %s is followed without the token', async (_name, host) => {
    const elsewhere = await serve(host, (_req, res) => json(res, 200, [release]))
    const api = await serve('127.0.0.1', (req, res) =>
      res.writeHead(302, { location: `${elsewhere.origin}${req.url}` }).end()
    )
    try {
      const list = await new ReleasesApi(`${api.origin}/api`, TOKEN).listReleases('o/r')
      expect(list.map((r) => r.tag_name)).toEqual(['v1.0.0'])
      expect(api.requests).toEqual([
        { path: '/api/repos/o/r/releases?per_page=100', authorization: `token ${TOKEN}` }
      ])
      expect(elsewhere.requests).toEqual([{ path: '/api/repos/o/r/releases?per_page=100' }])
    } finally {
      await Promise.all([api.close(), elsewhere.close()])
    }
  })

  test.each(elsewhereHosts)('a next page on %s is not followed at all', async (_name, host) => {
    const elsewhere = await serve(host, (_req, res) => json(res, 200, [release]))
    const api = await serve('127.0.0.1', (_req, res) =>
      json(res, 200, [release], { link: `<${elsewhere.origin}/api/repos/o/r/releases?page=2>; rel="next"` })
    )
    try {
      await expect(new ReleasesApi(`${api.origin}/api`, TOKEN).listReleases('o/r')).rejects.toThrow(
        /next page is on another host/
      )
      expect(api.requests).toHaveLength(1)
      expect(elsewhere.requests).toEqual([])
    } finally {
      await Promise.all([api.close(), elsewhere.close()])
    }
  })
})
