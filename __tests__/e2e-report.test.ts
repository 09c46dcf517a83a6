// The bundled report sub-action (dist/report/index.js), run as the runner runs
// it, on result files written by the real probe engine plus other hosts'.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { runProbe } from '../src/engine.js'
import type { ProbeResult } from '../src/result/index.js'
import { run as runReport } from '../src/report-action/run.js'
import { type ActionRun, runActionInProcess, runBundledAction } from './helpers/action.js'
import { tempDir } from './helpers/fake-runtimes.js'
import { type GitHubServer, startGitHubServer } from './helpers/github-server.js'

const REPORT = 'dist/report/index.js'

/** The report as the runner runs it: in this process through its run(), or the committed bundle. */
type RunReport = (
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv,
  workspace: string
) => Promise<ActionRun>
const inProcess: RunReport = (inputs, env, workspace) => runActionInProcess(runReport, inputs, env, workspace)
const bundled: RunReport = (inputs, env, workspace) => runBundledAction(inputs, env, workspace, REPORT)
const WAYS: [string, RunReport][] = [
  ['in-process', inProcess],
  ['the bundle', bundled]
]
let here: ProbeResult

beforeAll(async () => {
  here = await runProbe(
    {
      runtimes: ['node', 'wasmi'],
      probes: ['basic'],
      timeoutSeconds: 20,
      failOn: { kind: 'none' },
      summary: true,
      resultPath: ''
    },
    {
      // Only the running node: wasmi is missing here whatever this machine has installed.
      env: { ...process.env, PATH: dirname(process.execPath), RUNNER_TOOL_CACHE: tempDir() }
    }
  )
})

/** A workspace as download-artifact leaves it: every leg's file in one folder. */
function workspaceWith(results: ProbeResult[], extra: Record<string, string> = {}): string {
  const workspace = tempDir('wasi-probe-workspace-')
  const dir = join(workspace, 'wasi-probe-results')
  mkdirSync(dir)
  for (const result of results)
    writeFileSync(join(dir, `wasi-probe-${result.host.label}.json`), JSON.stringify(result))
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text)
  return workspace
}

const relabel = (label: string): ProbeResult => ({ ...structuredClone(here), host: { ...here.host, label } })

describe('the report sub-action', () => {
  test.each(WAYS)(
    '%s: merges, writes the summary and every output; skips what it cannot read with a warning',
    async (_way, runWay) => {
      const workspace = workspaceWith([here, relabel('macos-arm64')], { 'wasi-probe-broken.json': '{' })
      const run = await runWay(
        {
          results: 'wasi-probe-results',
          expect: `${here.host.label}\nmacos-arm64, windows x64 (arm)`,
          title: 'Runtimes'
        },
        { GITHUB_WORKSPACE: workspace },
        workspace
      )
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      expect(JSON.parse(run.outputs.hosts)).toEqual([here.host.label, 'macos-arm64'])
      expect(JSON.parse(run.outputs['supported-everywhere'])).toEqual(['node'])
      expect(JSON.parse(run.outputs['supported-anywhere'])).toEqual(['node'])
      expect(JSON.parse(run.outputs.include)).toEqual([
        { label: here.host.label, runtime: 'node', version: process.versions.node },
        { label: 'macos-arm64', runtime: 'node', version: process.versions.node }
      ])
      expect(JSON.parse(run.outputs.matrix)['macos-arm64']).toEqual({
        node: { status: 'pass', version: process.versions.node },
        wasmi: { status: 'missing', version: null }
      })
      expect(run.outputs.markdown.trimEnd()).toBe(run.summary.trimEnd())
      expect(run.summary).toMatch(/^## Runtimes$/m)
      expect(run.summary).toContain('**Did not report:** `windows x64 (arm)`')
      expect(run.stdout).toMatch(
        /^::warning title=wasi-probe report::wasi-probe-results\/wasi-probe-broken\.json is skipped: not JSON/m
      )
      expect(run.stdout).toMatch(/^::warning::Did not report: windows x64 \(arm\)$/m)
    }
  )

  test('fail-on: a runtime that does not pass on every host fails the step, naming the hosts', async () => {
    const workspace = workspaceWith([here])
    const run = await inProcess(
      { results: 'wasi-probe-results', 'fail-on': 'node, wasmi' },
      { GITHUB_WORKSPACE: workspace },
      workspace
    )
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(
      new RegExp(`^::error::fail-on: wasmi does not pass on ${here.host.label}$`, 'm')
    )
  })

  test('no result file: a clear error, not a stack trace', async () => {
    const workspace = tempDir('wasi-probe-workspace-')
    mkdirSync(join(workspace, 'empty'))
    const run = await inProcess({ results: 'empty' }, { GITHUB_WORKSPACE: workspace }, workspace)
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(
      /^::error::Input 'results' \("empty"\) names no result file\. Did the probe legs upload theirs/m
    )
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /)
  })

  test('bad inputs name the input, the value and what is accepted', async () => {
    const workspace = workspaceWith([here])
    const run = await inProcess(
      { results: 'wasi-probe-results', 'fail-on': 'wasmtim', 'pull-request': '#8' },
      { GITHUB_WORKSPACE: workspace },
      workspace
    )
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(
      /^::error::Input 'fail-on' is "wasmtim": "wasmtim" is not a runtime id\. Accepted: none, native, any, or a list of runtime ids/m
    )
    // Every problem at once, before anything is written, comment or not.
    expect(run.stdout).toContain(
      `%0AInput 'pull-request' is "#8". Accepted: a pull request number, or nothing.`
    )
    expect(run.outputs).toEqual({})
  })

  test("fail-on takes what the probe's fail-on takes: iwasm for wamr, and any", async () => {
    const workspace = workspaceWith([here])
    const report = (failOn: string) =>
      inProcess(
        { results: 'wasi-probe-results', 'fail-on': failOn },
        { GITHUB_WORKSPACE: workspace },
        workspace
      )
    const wamr = await report('iwasm')
    expect(wamr.status).toBe(1)
    expect(wamr.stdout).toMatch(
      new RegExp(`^::error::fail-on: wamr does not pass on ${here.host.label}$`, 'm')
    )
    // node passes here: some runtime passes on every host.
    expect((await report('any')).status).toBe(0)
  })
})

describe('the report sub-action comments on the pull request', () => {
  let github: GitHubServer
  beforeAll(async () => {
    github = await startGitHubServer({ user: null, token: 'report-token' })
  })
  afterAll(() => github.close())

  function prEvent(workspace: string, event: object): string {
    const path = join(workspace, 'event.json')
    writeFileSync(path, JSON.stringify(event))
    return path
  }

  test('comment: true posts one sticky comment, then updates it; the token is masked', async () => {
    const workspace = workspaceWith([here])
    const env = {
      GITHUB_WORKSPACE: workspace,
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'octo/repo',
      GITHUB_EVENT_PATH: prEvent(workspace, { pull_request: { number: 7 } })
    }
    const inputs = { results: 'wasi-probe-results', comment: 'true', token: 'report-token' }
    const first = await inProcess(inputs, env, workspace)
    expect(first.status).toBe(0)
    expect(first.stdout).toContain('::add-mask::report-token')
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0]).toMatchObject({ issue: 7, author: 'github-actions[bot]' })
    expect(github.comments[0].body.split('\n')[0]).toBe('<!-- wasi-probe:report:default -->')
    expect(github.comments[0].body).toContain(`| \`${here.host.label}\` | ✅ ${process.versions.node} | ❔ |`)

    const second = await inProcess({ ...inputs, title: 'Second run' }, env, workspace)
    expect(second.status).toBe(0)
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0].body).toContain('## Second run')
  })

  test('no pull request in the event: a notice, nothing posted', async () => {
    const workspace = workspaceWith([here])
    const before = github.comments.length
    const run = await inProcess(
      { results: 'wasi-probe-results', comment: 'true', token: 'report-token' },
      {
        GITHUB_WORKSPACE: workspace,
        GITHUB_API_URL: github.url,
        GITHUB_REPOSITORY: 'octo/repo',
        GITHUB_EVENT_PATH: prEvent(workspace, { ref: 'refs/heads/main' })
      },
      workspace
    )
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(
      /^::notice::comment: true, but this run is not for a pull request: nothing was posted\.$/m
    )
    expect(github.comments).toHaveLength(before)
  })

  test("a fork's read-only token: a warning that says how to post instead, and the step passes", async () => {
    const workspace = workspaceWith([here])
    github.configure({ readOnly: true })
    try {
      const run = await inProcess(
        { results: 'wasi-probe-results', comment: 'true', token: 'report-token', 'pull-request': '8' },
        { GITHUB_WORKSPACE: workspace, GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'octo/repo' },
        workspace
      )
      expect(run.status).toBe(0)
      expect(run.stdout).toMatch(/^::warning::.*workflow_run/m)
    } finally {
      github.configure({ readOnly: false })
    }
  })
})
