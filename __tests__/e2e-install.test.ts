// The action with `install: true`, as the runner runs it (in this process, and
// the first test through the bundle too), against a loopback server laid out
// like GitHub's API and downloads.
import { spawn } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { run as runAction } from '../src/action/run.js'
import { type ActionRun, runActionInProcess, runBundledAction } from './helpers/action.js'
import { type CacheServer, startCacheServer } from './helpers/cache-server.js'
import { tempDir } from './helpers/fake-runtimes.js'
import { runtimeRelease } from './helpers/release-fixtures.js'
import { type ReleaseServer, startReleaseServer } from './helpers/release-server.js'
import { schemaErrors } from './helpers/schema.js'
import { sayWhySkipped } from './helpers/skip.js'

const onThisPlatform = process.platform === 'linux' && process.arch === 'x64'
if (!onThisPlatform)
  sayWhySkipped('the install end-to-end tests', 'the fixture archives are built for linux x64.')
const describeHere = onThisPlatform ? describe : describe.skip

const TOKEN = 'e2e-secret-token'
let server: ReleaseServer

beforeAll(async () => {
  if (!onThisPlatform) return
  server = await startReleaseServer([
    runtimeRelease('wazero', '1.11.0'),
    runtimeRelease('wasm3', '0.5.0'),
    runtimeRelease('wasmedge', '0.17.1'),
    runtimeRelease('wamr', '2.4.5')
  ])
})
afterAll(async () => {
  await server?.close()
})

type RunAction = (
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv,
  runner?: string
) => Promise<ActionRun>
const inProcess: RunAction = (inputs, env, runner) => runActionInProcess(runAction, inputs, env, runner)
const WAYS: [string, RunAction][] = [
  ['in-process', inProcess],
  ['the bundle', (inputs, env, runner) => runBundledAction(inputs, env, runner)]
]

/** PATH with only the system and the running node: no runtime is there before the install. */
const BARE_PATH = [dirname(process.execPath), '/usr/bin', '/bin'].join(':')

describeHere('the action installs runtimes', () => {
  test.each(WAYS)(
    '%s: installs, probes, exports PATH and library paths, and a second run uses the tool cache',
    async (_way, runWay) => {
      const runner = tempDir('wasi-probe-runner-')
      const inputs = {
        runtimes: 'node, wazero@1.11.0, wasm3@0.5.0, wasmedge@0.17.1, wamr@latest',
        install: 'true',
        token: TOKEN,
        'github-api-url': server.apiUrl,
        'download-url': server.downloadUrl,
        'fail-on': 'wazero wasm3 wasmedge wamr'
      }
      const first = await runWay(inputs, { PATH: BARE_PATH }, runner)
      expect(first.stderr).toBe('')
      expect(first.status).toBe(0)

      const result = JSON.parse(readFileSync(first.outputs['result-file'], 'utf8'))
      expect(schemaErrors(result)).toEqual([])
      const rows = result.runtimes.map(
        (r: { id: string; status: string; source: string; version: string }) => [
          r.id,
          r.status,
          r.source,
          r.version
        ]
      )
      expect(rows).toEqual([
        ['node', 'pass', 'path', process.versions.node],
        ['wasmedge', 'pass', 'installed', '0.17.1'],
        ['wazero', 'pass', 'installed', '1.11.0'],
        ['wamr', 'pass', 'installed', '2.4.5'],
        ['wasm3', 'pass', 'installed', '0.5.0']
      ])

      const paths = JSON.parse(first.outputs.paths)
      expect(paths.wazero).toBe(join(runner, 'toolcache', 'wazero', '1.11.0', 'x64', 'wazero'))
      expect(first.path.split('\n')).toEqual(
        expect.arrayContaining([dirname(paths.wazero), dirname(paths.wasm3)])
      )
      expect(first.env).toContain(`LD_LIBRARY_PATH<<`)
      expect(first.env).toContain(join(runner, 'toolcache', 'wasmedge', '0.17.1', 'x64', 'lib'))
      expect(first.summary).toContain('| `wazero` | 1.11.0 | installed | ✅ | ✅ | ✅ |')

      // The token: masked, sent to the API host only, never printed.
      expect(first.stdout).toContain(`::add-mask::${TOKEN}`)
      expect(first.stdout.split(TOKEN)).toHaveLength(2)
      const apiHost = new URL(server.apiUrl).host
      for (const request of server.requests) {
        if (request.authorization) expect(request.host).toBe(apiHost)
      }

      server.clear()
      const second = await runWay(inputs, { PATH: BARE_PATH }, runner)
      expect(second.status).toBe(0)
      const again = JSON.parse(readFileSync(second.outputs['result-file'], 'utf8'))
      const sources = Object.fromEntries(
        again.runtimes.map((r: { id: string; source: string }) => [r.id, r.source])
      )
      // wamr@latest has to ask which release is the latest; the exact versions need nothing.
      expect(sources).toEqual({
        node: 'path',
        wasmedge: 'tool-cache',
        wazero: 'tool-cache',
        wamr: 'tool-cache',
        wasm3: 'tool-cache'
      })
      expect(server.requests.map((r) => r.path)).toEqual([
        '/api/repos/bytecodealliance/wasm-micro-runtime/releases?per_page=100'
      ])
    }
  )

  test('a failing install names its stage, the others still pass, and the result is written', async () => {
    const inputs = {
      runtimes: 'wazero@1.11.0, wasm3@9.9.9',
      install: 'true',
      'github-api-url': server.apiUrl,
      'download-url': server.downloadUrl,
      'fail-on': 'wasm3'
    }
    const run = await inProcess(inputs, { PATH: BARE_PATH })
    expect(run.status).toBe(1)
    const result = JSON.parse(readFileSync(run.outputs['result-file'], 'utf8'))
    expect(schemaErrors(result)).toEqual([])
    const wasm3 = result.runtimes.find((r: { id: string }) => r.id === 'wasm3')
    expect(wasm3).toMatchObject({ status: 'error', failedStage: 'resolve' })
    expect(wasm3.reason).toBe('install failed at resolve: wasm3/wasm3 has no release tagged v9.9.9')
    expect(result.runtimes.find((r: { id: string }) => r.id === 'wazero').status).toBe('pass')
    expect(run.summary).toContain('| `wasm3` | — | install failed (resolve) | ⚠️ | ⚠️ | ⚠️ |')
    expect(run.stdout).toMatch(
      /^::error::fail-on: wasm3 must pass, but wasm3 is error \(install failed at resolve/m
    )
  })
})

describeHere('cache: true keeps installed runtimes in the Actions cache', () => {
  let cacheServer: CacheServer
  beforeAll(async () => {
    cacheServer = await startCacheServer()
  })
  afterAll(() => cacheServer.close())

  test('the first job saves, a later job on a fresh runner restores without downloading', async () => {
    // Hosted runners share one tool-cache path; a fresh runner has it empty.
    const toolCache = join(tempDir(), 'hostedtoolcache')
    const cacheEnv = {
      PATH: BARE_PATH,
      RUNNER_TOOL_CACHE: toolCache,
      ACTIONS_CACHE_URL: cacheServer.url,
      ACTIONS_RUNTIME_TOKEN: 'runtime-token'
    }
    const inputs = {
      runtimes: 'wazero@1.11.0',
      install: 'true',
      cache: 'true',
      'github-api-url': server.apiUrl,
      'download-url': server.downloadUrl
    }
    const first = await inProcess(inputs, cacheEnv)
    expect(first.status).toBe(0)
    const installed = JSON.parse(readFileSync(first.outputs['result-file'], 'utf8')).runtimes[0]
    expect(installed).toMatchObject({ status: 'pass', source: 'installed' })
    expect([...cacheServer.entries.keys()]).toEqual(['wasi-probe-wazero-1.11.0-linux-x64-glibc'])

    rmSync(toolCache, { recursive: true, force: true })
    server.clear()
    const second = await inProcess(inputs, cacheEnv)
    expect(second.status).toBe(0)
    const restored = JSON.parse(readFileSync(second.outputs['result-file'], 'utf8')).runtimes[0]
    expect(restored).toMatchObject({ status: 'pass', source: 'cache', path: installed.path })
    expect(server.requests).toEqual([])
    // Later steps find it as they would an installed one.
    expect(second.path.trim().split('\n')).toEqual([dirname(installed.path)])
    expect(second.path).toBe(first.path)
  })

  test('without a cache service, cache: true warns and downloads', async () => {
    const run = await inProcess(
      {
        runtimes: 'wasm3@0.5.0',
        install: 'true',
        cache: 'true',
        'github-api-url': server.apiUrl,
        'download-url': server.downloadUrl
      },
      { PATH: BARE_PATH }
    )
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(
      /^::warning::cache: true, but the Actions cache service is not available here/m
    )
    const result = JSON.parse(readFileSync(run.outputs['result-file'], 'utf8'))
    expect(result.runtimes[0]).toMatchObject({ status: 'pass', source: 'installed' })
  })
})

describeHere('the bundled CLI installs runtimes', () => {
  test('--install with --json: stdout holds only the JSON', async () => {
    const home = tempDir()
    const child = spawn(
      process.execPath,
      [
        resolve('dist/cli/index.js'),
        '--runtimes',
        'wazero@1.11.0',
        '--install',
        '--github-api-url',
        server.apiUrl,
        '--download-url',
        server.downloadUrl,
        '--json'
      ],
      { env: { PATH: BARE_PATH, HOME: home, XDG_CACHE_HOME: join(home, 'cache') } }
    )
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.resume()
    const status = await new Promise((done) => child.on('close', done))
    expect(status).toBe(0)
    const result = JSON.parse(stdout)
    expect(result.runtimes[0]).toMatchObject({ id: 'wazero', status: 'pass', source: 'installed' })
    expect(result.runtimes[0].path.startsWith(join(home, 'cache', 'wasi-probe', 'tool-cache'))).toBe(true)
  })
})
