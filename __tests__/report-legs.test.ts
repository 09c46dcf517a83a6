// The report over legs that failed or never came, each probed by the action as the runner runs it, then
// merged by the report sub-action: a failed leg keeps its row, its label and its error; no result at all
// still gives a summary of what was expected; an entry of `results` that matched nothing is named; and
// `fail-on` judges each host as the probe's own `fail-on` judges it.
import MarkdownIt from 'markdown-it'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { run as runAction } from '../src/action/run.js'
import { detectHost } from '../src/host.js'
import { run as runReport } from '../src/report-action/run.js'
import { type ActionRun, runActionInProcess } from './helpers/action.js'
import { tempDir, writeFakeRuntime } from './helpers/fake-runtimes.js'
import { sayWhySkipped } from './helpers/skip.js'

/** PATH with the running node and, when given, a folder of fake runtimes. */
const pathWith = (...dirs: string[]) => ({
  PATH: [...dirs, dirname(process.execPath), '/usr/bin', '/bin'].join(':')
})

/** One leg: the probe action with RUNNER_TEMP in `workspace`, where its result file is named after its label. */
const probeLeg = (workspace: string, inputs: Record<string, string>, env = pathWith()) =>
  runActionInProcess(runAction, inputs, env, workspace)

const report = (workspace: string, inputs: Record<string, string>) =>
  runActionInProcess(runReport, inputs, { GITHUB_WORKSPACE: workspace }, workspace)

const errorLines = (run: ActionRun) => run.stdout.split('\n').filter((line) => line.startsWith('::error::'))
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'))

const ENTITIES: Record<string, string> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  '#39': "'",
  '#124': '|',
  '#96': '`'
}
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&(lt|gt|amp|quot|#39|#124|#96);/g, (_, name: string) => ENTITIES[name])

/** The rows of the first table of `markdown` as GitHub's renderer would show them: each cell's text. */
function tableRows(markdown: string): string[][] {
  const html = new MarkdownIt({ html: true }).render(markdown)
  const table = /<table>([\s\S]*?)<\/table>/.exec(html)?.[1] ?? ''
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
    [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) => text(cell))
  )
}

/** The text of `markdown` rendered, without its markup. */
const rendered = (markdown: string) => text(new MarkdownIt({ html: true }).render(markdown))

const posixDescribe = process.platform === 'win32' ? describe.skip : describe
if (process.platform === 'win32')
  sayWhySkipped('the report over probed legs', 'the fake runtimes are shell scripts')

posixDescribe('a failed leg keeps its label and its error', () => {
  test('bad inputs on one leg: the report shows that leg under its label, with the error, and nothing missing', async () => {
    const workspace = tempDir('wasi-probe-workspace-')
    const fine = await probeLeg(workspace, { runtimes: 'node', label: 'linux-x64' })
    const bad = await probeLeg(workspace, { runtimes: 'bogus', label: 'windows-x64' })
    expect([fine.status, bad.status]).toEqual([0, 1])
    expect(bad.outputs['result-file']).toBe(join(workspace, 'wasi-probe-windows-x64.json'))
    // The failed leg's own summary says what went wrong.
    expect(rendered(bad.summary)).toContain(`Input 'runtimes' has "bogus", not a known runtime`)

    const merged = await report(workspace, { expect: 'linux-x64, windows-x64' })
    expect(merged.stderr).toBe('')
    expect(merged.status).toBe(0)
    expect(JSON.parse(merged.outputs.hosts)).toEqual(['linux-x64', 'windows-x64'])
    const rows = tableRows(merged.summary)
    expect(rows[0]).toEqual(['Host', 'node', 'Error'])
    expect(rows[1]).toEqual(['linux-x64', `✅ ${process.versions.node}`, ''])
    expect(rows[2][0]).toBe('windows-x64')
    expect(rows[2][2]).toMatch(
      /^⚠️ Input 'runtimes' has "bogus", not a known runtime\. Accepted: native, node/
    )
    // No row under the machine's own label, nothing said missing.
    expect(rows.map((row) => row[0])).not.toContain(detectHost().label)
    expect(merged.summary).not.toContain('Did not report')
    expect(merged.stdout).toMatch(
      /^::warning title=wasi-probe report::windows-x64 could not probe: Input 'runtimes' has "bogus"/m
    )
  })

  test('a bad label is still the label given: written one line, with its control characters escaped', async () => {
    const workspace = tempDir('wasi-probe-workspace-')
    const bad = await probeLeg(workspace, { runtimes: 'node', label: 'windows\nx64' })
    expect(bad.status).toBe(1)
    const result = readJson(bad.outputs['result-file'])
    expect(result.host.label).toBe('windows\\nx64')
    expect(result.error).toContain(`Input 'label' holds a line break or control character`)
    const merged = await report(workspace, {})
    expect(tableRows(merged.summary)[1][0]).toBe('windows\\nx64')
  })
})

posixDescribe('the report when results are missing', () => {
  test('nothing came: the summary says what was expected and that nothing came, and names what matched nothing', async () => {
    const workspace = tempDir('wasi-probe-workspace-')
    const run = await report(workspace, {
      results: 'legs/wasi-probe-*.json',
      expect: 'linux-x64\nwindows-x64'
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(1)
    expect(errorLines(run)).toEqual([
      `::error::Input 'results' ("legs/wasi-probe-*.json") names no result file. Did the probe legs upload theirs, ` +
        'and did actions/download-artifact (pattern: wasi-probe-*, merge-multiple: true) put them here?'
    ])
    expect(run.stdout).toMatch(
      /^::warning title=wasi-probe report::Input 'results': "legs\/wasi-probe-\*\.json" matches no file\.$/m
    )
    const shown = rendered(run.summary)
    expect(shown).toContain('WASI support across runners')
    expect(shown).toContain('No result came: no result file was found.')
    expect(shown).toContain('Did not report: linux-x64, windows-x64')
    expect(shown).toContain('Matched no file: legs/wasi-probe-*.json')
    expect(run.outputs.markdown.trimEnd()).toBe(run.summary.trimEnd())
    expect(JSON.parse(run.outputs.hosts)).toEqual([])
  })

  test('nothing came and nothing was expected: the summary says how to have the missing legs named', async () => {
    const run = await report(tempDir('wasi-probe-workspace-'), {})
    expect(run.status).toBe(1)
    expect(rendered(run.summary)).toContain(
      'Set expect to the labels of the legs to see here which of them did not report.'
    )
    expect(rendered(run.summary)).toContain('Matched no file: wasi-probe-*.json')
  })

  test('one entry of results matches nothing beside one that does: a warning names it, and the step passes', async () => {
    const workspace = tempDir('wasi-probe-workspace-')
    await probeLeg(workspace, { runtimes: 'node', label: 'linux-x64' })
    const run = await report(workspace, { results: 'wasi-probe-*.json\nold-legs/*.json' })
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(
      /^::warning title=wasi-probe report::Input 'results': "old-legs\/\*\.json" matches no file\.$/m
    )
    expect(rendered(run.summary)).toContain('Matched no file: old-legs/*.json')
    expect(JSON.parse(run.outputs.hosts)).toEqual(['linux-x64'])
  })
})

posixDescribe("the report's fail-on judges each host as the probe's fail-on judges it", () => {
  let workspace: string
  let legs: Record<string, ActionRun>
  beforeAll(async () => {
    workspace = tempDir('wasi-probe-workspace-')
    const fakes = tempDir()
    writeFakeRuntime(fakes, 'wasm3', 'exit0')
    const leg = (label: string, runtimes: string) =>
      probeLeg(workspace, { label, runtimes, 'fail-on': 'any', summary: 'false' }, pathWith(fakes))
    legs = {
      passes: await leg('passes', 'node, wasm3'),
      fails: await leg('fails', 'wasm3'),
      missing: await leg('missing', 'wasmi'),
      bad: await leg('bad', 'bogus')
    }
  })

  test('any: each leg alone, the report fails exactly where the probe failed', async () => {
    const statuses = Object.fromEntries(Object.entries(legs).map(([label, run]) => [label, run.status]))
    expect(statuses).toEqual({ passes: 0, fails: 1, missing: 1, bad: 1 })
    for (const [label, run] of Object.entries(legs)) {
      const alone = await report(workspace, { results: `wasi-probe-${label}.json`, 'fail-on': 'any' })
      expect([label, alone.status]).toEqual([label, run.status])
    }
  })

  test('any, over every leg and one that never came: the hosts, the failed leg and the missing one are named', async () => {
    const run = await report(workspace, {
      'fail-on': 'any',
      expect: 'passes, fails, missing, bad, never-came'
    })
    expect(run.status).toBe(1)
    expect(errorLines(run)).toEqual([
      '::error::fail-on: no runtime passes on bad, fails, missing; could not probe: bad; did not report: never-came'
    ])
  })

  test('a runtime id: every host where it does not pass, then the failed and the missing legs', async () => {
    const run = await report(workspace, { 'fail-on': 'node', expect: 'passes, never-came' })
    expect(errorLines(run)).toEqual([
      '::error::fail-on: node does not pass on bad, fails, missing; could not probe: bad; did not report: never-came'
    ])
    const met = await report(workspace, { results: 'wasi-probe-passes.json', 'fail-on': 'node' })
    expect(met.status).toBe(0)
  })
})
