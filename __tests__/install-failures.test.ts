// Installs that fail fail the step: the action with `install: true`, as the runner runs it, against a
// loopback server laid out like GitHub's API and downloads, with a 404, a checksum that does not match,
// a runtime with no build for this platform and a download that succeeds when tried again; then the
// same with `install: if-available`; and the notice for a runtime that is missing without `install`.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'
import { run as runAction } from '../src/action/run.js'
import { ReleasesApi } from '../src/provision/github.js'
import { installRuntime } from '../src/provision/install.js'
import { howToInstall } from '../src/provision/install-verdict.js'
import { runtimeById } from '../src/runtimes/index.js'
import type { CliRuntimeSpec } from '../src/runtimes/spec.js'
import { runActionInProcess } from './helpers/action.js'
import { cliInProcess } from './helpers/cli.js'
import { enginePlan } from './helpers/engine.js'
import { tempDir } from './helpers/fake-runtimes.js'
import { linuxX64Layout, runtimeRelease } from './helpers/release-fixtures.js'
import { type ReleaseServer, startReleaseServer } from './helpers/release-server.js'
import { runtime } from './helpers/results.js'
import { schemaErrors } from './helpers/schema.js'
import { sayWhySkipped } from './helpers/skip.js'

const onThisPlatform = process.platform === 'linux' && process.arch === 'x64'
if (!onThisPlatform)
  sayWhySkipped('the failing install tests', 'the fixture archives are built for linux x64.')
const describeHere = onThisPlatform ? describe : describe.skip

/** PATH with only the system and the running node: no runtime is there before the install. */
const BARE_PATH = [dirname(process.execPath), '/usr/bin', '/bin'].join(':')

interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
}

/** The workflow commands (`::error title=...::message`) of a step's stdout, decoded as the runner decodes them. */
function workflowCommands(stdout: string): WorkflowCommand[] {
  const decode = (text: string) =>
    text
      .replace(/%0D/g, '\r')
      .replace(/%0A/g, '\n')
      .replace(/%3A/g, ':')
      .replace(/%2C/g, ',')
      .replace(/%25/g, '%')
  return stdout.split('\n').flatMap((line) => {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!match) return []
    const properties = Object.fromEntries(
      (match[2] ?? '')
        .split(',')
        .filter(Boolean)
        .map((pair) => [pair.slice(0, pair.indexOf('=')), decode(pair.slice(pair.indexOf('=') + 1))])
    )
    return [{ command: match[1], properties, message: decode(match[3]) }]
  })
}

const downloadPath = (id: string, version: string) => {
  const layout = linuxX64Layout(id, version)
  return `/download/${layout.repo}/releases/download/${layout.tag}/${layout.asset}`
}

let server: ReleaseServer

beforeAll(async () => {
  if (!onThisPlatform) return
  const tampered = runtimeRelease('wasm3', '0.5.0')
  const wasm3Asset = tampered.assets.find((asset) => asset.name === linuxX64Layout('wasm3', '0.5.0').asset)!
  // The API's digest (wasm3 publishes no checksum file) says other bytes than the download has.
  wasm3Asset.digest = `sha256:${'0'.repeat(64)}`
  server = await startReleaseServer([
    runtimeRelease('wazero', '1.11.0'),
    runtimeRelease('wamr', '2.4.5'),
    runtimeRelease('wasmedge', '0.17.1'),
    runtimeRelease('wasmi', '1.1.0', { omitLinuxX64: true }),
    tampered
  ])
  server.fail(downloadPath('wasmedge', '0.17.1'), { status: 404 })
})
afterAll(async () => {
  await server?.close()
})

const installInputs = (install: string) => ({
  runtimes: 'wazero@1.11.0, wamr@2.4.5, wasm3@0.5.0, wasmedge@0.17.1, wasmi@1.1.0',
  install,
  'github-api-url': server.apiUrl,
  'download-url': server.downloadUrl
})

const statusesOf = (resultFile: string) =>
  Object.fromEntries(
    (
      JSON.parse(readFileSync(resultFile, 'utf8')) as { runtimes: { id: string; status: string }[] }
    ).runtimes.map((runtime) => [runtime.id, runtime.status])
  )

describeHere('install: true', () => {
  test('a requested runtime that fails to install fails the step, after every result is written', async () => {
    // Tried again once, after the downloader's 5 s wait.
    server.fail(downloadPath('wamr', '2.4.5'), { status: 500, times: 1 })
    const run = await runActionInProcess(runAction, installInputs('true'), { PATH: BARE_PATH })
    expect(run.status).toBe(1)

    // Everything is published: the result file, the outputs, the summary.
    const result = JSON.parse(readFileSync(run.outputs['result-file'], 'utf8'))
    expect(schemaErrors(result)).toEqual([])
    expect(statusesOf(run.outputs['result-file'])).toEqual({
      wasmedge: 'error',
      wazero: 'pass',
      wamr: 'pass',
      wasm3: 'error',
      wasmi: 'unavailable'
    })
    expect(run.outputs.supported).toBe('["wazero","wamr"]')
    expect(run.summary).toContain('| `wasm3` | — | install failed (verify) |')
    expect(run.summary).toContain('| `wasmedge` | — | install failed (download) |')

    const commands = workflowCommands(run.stdout)
    const errors = commands.filter((command) => command.command === 'error')
    // One error, naming each runtime that could not be installed and why; none for the one without a build.
    expect(errors).toHaveLength(1)
    const [first, ...rest] = errors[0].message.split('\n')
    expect(first).toBe('install: true, and 2 runtimes could not be installed:')
    expect(rest[0]).toMatch(
      /^ {2}wasmedge: install failed at download: http:\/\/127\.0\.0\.1:\d+\/download\/WasmEdge\/WasmEdge\/releases\/download\/0\.17\.1\/\S+: HTTP 404$/
    )
    expect(rest[1]).toMatch(
      /^ {2}wasm3: install failed at verify: sha256 mismatch for \S+: expected 0{64} \(api-digest\), got [0-9a-f]{64}; the download was deleted$/
    )
    expect(rest[2]).toBe(
      'Every result was written. With install: if-available, an install that fails does not fail the step.'
    )
    expect(errors[0].message).not.toMatch(/wasmi/)
    // Said once: the step's error, not a warning besides it.
    const warnings = commands.filter((command) => command.command === 'warning')
    expect(warnings.filter((warning) => /wasm3|wasmedge/.test(warning.properties.title ?? ''))).toEqual([])
    // The failure comes after the outputs and the summary were written.
    expect(run.stdout.indexOf('result file: ')).toBeGreaterThan(-1)
    expect(run.stdout.indexOf('::error::')).toBeGreaterThan(run.stdout.indexOf('result file: '))

    // The retry says which runtime it is for.
    expect(warnings.map((warning) => warning.message)).toContainEqual(
      expect.stringMatching(
        /^wamr: downloading http:\/\/127\.0\.0\.1:\d+\/download\/bytecodealliance\/wasm-micro-runtime\/\S+: HTTP 500; trying again in 5 s \(attempt 2 of 3\)$/
      )
    )
  }, 60_000)

  test('a runtime without a build for this platform does not fail the step', async () => {
    const run = await runActionInProcess(
      runAction,
      { ...installInputs('true'), runtimes: 'wazero@1.11.0, wasmi@1.1.0' },
      { PATH: BARE_PATH }
    )
    expect(statusesOf(run.outputs['result-file'])).toEqual({ wazero: 'pass', wasmi: 'unavailable' })
    expect(workflowCommands(run.stdout).filter((command) => command.command === 'error')).toEqual([])
    expect(run.status).toBe(0)
  })
})

describeHere('the CLI with --install', () => {
  const cliArgs = (runtimes: string) => [
    '--runtimes',
    runtimes,
    '--install',
    '--github-api-url',
    server.apiUrl,
    '--download-url',
    server.downloadUrl
  ]

  test('exits 1 when a runtime it was asked to install could not be, naming it and why, after the table', async () => {
    const run = await cliInProcess(cliArgs('wazero@1.11.0, wasmedge@0.17.1, wasmi@1.1.0'))
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/wazero/)
    expect(run.stderr).toMatch(/^wasi-probe: wasmedge could not be installed: .*404/m)
    expect(run.stderr).not.toMatch(/wazero could not|wasmi could not/)
  })

  test('exits 0 when the only runtime not installed has no build for this platform', async () => {
    const run = await cliInProcess(cliArgs('wazero@1.11.0, wasmi@1.1.0'))
    expect([run.status, run.stderr]).toEqual([0, expect.not.stringMatching(/could not be installed/)])
  })
})

describeHere('offline', () => {
  test('a download that cannot connect is tried again, each warning naming the runtime, then fails at download', async () => {
    // A port nothing listens on: taken, then given back.
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number }
        probe.close(() => resolve(port))
      })
    })
    const warnings: string[] = []
    // @actions/tool-cache reads its folders from the process.
    const saved = { RUNNER_TOOL_CACHE: process.env.RUNNER_TOOL_CACHE, RUNNER_TEMP: process.env.RUNNER_TEMP }
    const runner = tempDir('wasi-probe-offline-')
    Object.assign(process.env, {
      RUNNER_TOOL_CACHE: join(runner, 'toolcache'),
      RUNNER_TEMP: join(runner, 'temp')
    })
    const outcome = await installRuntime(runtimeById('wazero') as CliRuntimeSpec, '1.11.0', {
      platform: { os: 'linux', arch: 'x64', libc: 'glibc' },
      api: new ReleasesApi(server.apiUrl, ''),
      apiUrl: server.apiUrl,
      downloadUrl: `http://127.0.0.1:${port}/offline`,
      token: '',
      verify: true,
      manifest: {},
      downloadLimits: { retryDelayMs: 0 },
      warn: (message) => warnings.push(message)
    }).finally(() => {
      for (const [name, value] of Object.entries(saved))
        if (value === undefined) delete process.env[name]
        else process.env[name] = value
    })
    expect(outcome).toMatchObject({ kind: 'failed', stage: 'download' })
    if (outcome.kind === 'failed') expect(outcome.reason).toMatch(/ECONNREFUSED.*\(after 3 attempts\)$/)
    expect(warnings).toEqual([
      expect.stringMatching(
        /^wazero: downloading http:\/\/127\.0\.0\.1:\d+\/offline\/\S+: .*ECONNREFUSED.*attempt 2 of 3\)$/
      ),
      expect.stringMatching(/^wazero: downloading .*attempt 3 of 3\)$/)
    ])
  })
})

describeHere('install: if-available', () => {
  test('installs what can be, warns of the rest, and never fails the step for an install', async () => {
    const run = await runActionInProcess(runAction, installInputs('if-available'), { PATH: BARE_PATH })
    expect(statusesOf(run.outputs['result-file'])).toEqual({
      wasmedge: 'error',
      wazero: 'pass',
      wamr: 'pass',
      wasm3: 'error',
      wasmi: 'unavailable'
    })
    const commands = workflowCommands(run.stdout)
    expect(commands.filter((command) => command.command === 'error')).toEqual([])
    const warned = commands.filter((command) => command.command === 'warning')
    expect(warned.find((warning) => warning.properties.title === 'wasi-probe: wasm3 error')?.message).toMatch(
      /^install failed at verify: sha256 mismatch/
    )
    expect(
      warned.find((warning) => warning.properties.title === 'wasi-probe: wasmedge error')?.message
    ).toMatch(/^install failed at download: .*HTTP 404$/)
    expect(run.status).toBe(0)
  })

  test('fail-on still judges the results', async () => {
    const run = await runActionInProcess(
      runAction,
      { ...installInputs('IF-AVAILABLE'), runtimes: 'wazero@1.11.0, wasmedge@0.17.1', 'fail-on': 'wasmedge' },
      { PATH: BARE_PATH }
    )
    const errors = workflowCommands(run.stdout).filter((command) => command.command === 'error')
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringMatching(
        /^fail-on: wasmedge must pass, but wasmedge is error \(install failed at download/
      )
    ])
    expect(run.status).toBe(1)
  })
})

describe('a runtime missing without install', () => {
  test('gets one notice saying how to install it; one never installed gets none; the step passes', async () => {
    const run = await runActionInProcess(
      runAction,
      { runtimes: 'native, node, wasmtime, wasm3, jco' },
      { PATH: BARE_PATH }
    )
    expect(run.status).toBe(0)
    const statuses = statusesOf(run.outputs['result-file'])
    expect([statuses.wasmtime, statuses.wasm3, statuses.jco]).toEqual(['missing', 'missing', 'missing'])
    const notices = workflowCommands(run.stdout).filter((command) => command.command === 'notice')
    expect(notices.map((notice) => [notice.properties.title, notice.message])).toEqual([
      [
        'wasi-probe: wasmtime missing',
        'wasmtime is missing (not on PATH or in the tool cache): install: true installs it from its GitHub releases, pinned and checksum-verified, for this step and later ones.'
      ],
      [
        'wasi-probe: wasm3 missing',
        'wasm3 is missing (not on PATH or in the tool cache): install: true installs it from its GitHub releases, pinned and checksum-verified, for this step and later ones.'
      ],
      [
        'wasi-probe: jco missing',
        'jco is missing (not on PATH or in the tool cache): it runs components only, and with a component probe (probes: component) or your modules, install: true installs it with npm.'
      ]
    ])
    expect(workflowCommands(run.stdout).filter((command) => command.command === 'error')).toEqual([])
  })

  test('with install, jco left out for want of components is neither a notice nor a failure', async () => {
    const run = await runActionInProcess(
      runAction,
      { runtimes: 'node, jco', install: 'true' },
      { PATH: BARE_PATH }
    )
    expect(statusesOf(run.outputs['result-file'])).toEqual({ node: 'pass', jco: 'missing' })
    const commands = workflowCommands(run.stdout)
    expect(commands.filter((command) => command.command === 'notice' || command.command === 'error')).toEqual(
      []
    )
    expect(run.status).toBe(0)
  })
})

test('the notice for jco says that install: true installs it, when components are asked for', () => {
  const missing = runtime('jco', { status: 'missing', path: null, version: null, source: null })
  expect(howToInstall(enginePlan(['jco'], { probes: ['component'] }), missing)).toBe(
    'jco is missing (not on PATH or in the tool cache): install: true installs it with npm, at the pinned versions, integrity-checked.'
  )
  expect(howToInstall(enginePlan(['jco'], { modules: ['tests/'] }), missing)).toMatch(
    /install: true installs it/
  )
  expect(howToInstall(enginePlan(['node']), runtime('node', { status: 'missing' }))).toBeUndefined()
})
