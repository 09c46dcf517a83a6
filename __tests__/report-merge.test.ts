// Merging the result files of many legs: one written by the real probe engine
// on this machine, the others fixtures for hosts that cannot exist here.
import MarkdownIt from 'markdown-it'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runProbe } from '../src/engine.js'
import { fitSummary, SUMMARY_LIMIT } from '../src/report-action/run.js'
import { mergeResults, readResults } from '../src/publish/merge/merge.js'
import type { ProbeResult, RuntimeOutcome } from '../src/result/index.js'
import { DETAILS_MARKER, reportMarkdown } from '../src/publish/merge/merged-report.js'

let real: ProbeResult

beforeAll(async () => {
  real = await runProbe({
    runtimes: ['native', 'node', 'wasmtime'],
    probes: ['wasi'],
    timeoutSeconds: 20,
    failOn: { kind: 'none' },
    summary: true,
    resultPath: ''
  })
})

/** Another host's result: this machine's, relabelled, with some runtimes changed. */
function otherHost(
  label: string,
  change: (runtime: RuntimeOutcome) => RuntimeOutcome = (r) => r
): ProbeResult {
  const copy = structuredClone(real)
  copy.host = { ...copy.host, label }
  copy.runtimes = copy.runtimes.map(change)
  copy.supported = copy.runtimes.filter((r) => r.status === 'pass').map((r) => r.id)
  return copy
}

function writeAll(documents: Record<string, unknown>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'wasi-probe-report-'))
  return Object.entries(documents).map(([name, document]) => {
    const file = join(dir, name)
    writeFileSync(file, typeof document === 'string' ? document : JSON.stringify(document))
    return file
  })
}

const wasmtimeOk = (r: RuntimeOutcome): RuntimeOutcome =>
  r.id === 'wasmtime'
    ? { ...r, status: 'pass', version: '48.0.0', source: 'installed', reason: undefined }
    : r

describe('merging results', () => {
  test('hosts as rows, runtimes as columns, passes counted; the outputs follow', () => {
    const files = writeAll({
      'here.json': real,
      'mac.json': otherHost('macos-arm64', wasmtimeOk),
      'win.json': otherHost('windows-x64', (r) =>
        r.id === 'wasmtime'
          ? { ...r, status: 'error', failedStage: 'download', reason: 'install failed at download: HTTP 404' }
          : r
      )
    })
    const { results, skipped } = readResults(files)
    expect(skipped).toEqual([])
    const report = mergeResults(results, skipped, [
      real.host.label,
      'macos-arm64',
      'windows-x64',
      'linux-arm64-musl'
    ])

    expect(report.hosts).toEqual([real.host.label, 'macos-arm64', 'windows-x64'])
    expect(report.runtimes).toEqual(['native', 'node', 'wasmtime'])
    expect(report.supportedEverywhere).toEqual(['node'])
    expect(report.supportedAnywhere).toEqual(['node', 'wasmtime'])
    expect(report.include).toEqual([
      { label: real.host.label, runtime: 'node', version: process.versions.node },
      { label: 'macos-arm64', runtime: 'node', version: process.versions.node },
      { label: 'macos-arm64', runtime: 'wasmtime', version: '48.0.0' },
      { label: 'windows-x64', runtime: 'node', version: process.versions.node }
    ])
    expect(report.missing).toEqual(['linux-arm64-musl'])

    const markdown = reportMarkdown(report, 'WASI | support')
    expect(markdown).toMatch(/^## WASI &#124; support$/m)
    expect(markdown).toContain('| `macos-arm64` | ➖ | ✅ ' + process.versions.node + ' | ✅ 48.0.0 |')
    expect(markdown).toContain('| `windows-x64` | ➖ | ✅ ' + process.versions.node + ' | ❌ download |')
    expect(markdown).toContain('| **passes** | 0/3 | 3/3 | 1/3 |')
    expect(markdown).toContain('**Did not report:** `linux-arm64-musl`')
    // Capability tables come after the marker that a long comment may cut at.
    expect(markdown.indexOf(DETAILS_MARKER)).toBeLessThan(markdown.indexOf('<code>node</code>'))
    expect(markdown).toMatch(/^\| `wasi-args` \| ✅ \| ✅ \| ✅ \|$/m)
  })

  test('what cannot be used is skipped with the reason; the rest is merged', () => {
    const newer = { ...real, schema: 'wasi-probe/result@2' }
    const broken = { ...real, runtimes: 'none' }
    const files = writeAll({
      'a.json': real,
      'b.json': '{ not json',
      'c.json': { hello: 'world' },
      'd.json': newer,
      'e.json': broken
    })
    const { results, skipped } = readResults(files)
    expect(results).toHaveLength(1)
    expect(skipped.map((s) => [s.file.split('/').pop(), s.why])).toEqual([
      ['b.json', expect.stringMatching(/^not JSON: /)],
      ['c.json', 'not a wasi-probe result (schema is null)'],
      [
        'd.json',
        'written by a newer wasi-probe (wasi-probe/result@2); this report reads wasi-probe/result@1'
      ],
      ['e.json', expect.stringMatching(/^does not match wasi-probe\/result@1: \/runtimes must be array/)]
    ])
    expect(reportMarkdown(mergeResults(results, skipped), 't')).toContain('**Skipped:**')
  })

  test('two results with the same label are both kept and told apart', () => {
    const { results } = readResults(writeAll({ 'a.json': real, 'b.json': real }))
    const report = mergeResults(results)
    expect(report.hosts).toEqual([real.host.label, `${real.host.label} (2)`])
    expect(report.missing).toEqual([])
  })

  test('a label or a reason from a result file renders as text: no link, image or HTML of its own', () => {
    const injected = 'x\n\n![i](https://evil.example/p.png) [click](https://evil.example) <b>b</b>\n\n'
    const files = writeAll({
      'here.json': real,
      'bad.json': otherHost(injected, (r) => ({ ...r, status: 'fail', reason: injected }))
    })
    const { results, skipped } = readResults(files)
    const html = new MarkdownIt({ html: true }).render(reportMarkdown(mergeResults(results, skipped), 't'))
    expect(html).toContain('evil.example')
    expect(html).not.toMatch(/<img|<a |<b>/)
  })

  test('no result at all: an empty report, said plainly', () => {
    const report = mergeResults([])
    expect(report.supportedEverywhere).toEqual([])
    expect(reportMarkdown(report, 't')).toContain('**No result came:** no result file was found.')
  })
})

describe('many hosts', () => {
  test('beyond 8 hosts, a capability table counts hosts and names those that fail', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      otherHost(`host-${i}`, (r) =>
        r.id === 'node' && i < 7
          ? {
              ...r,
              probes: r.probes.map((p) => (p.id === 'wasi-clock' ? { ...p, status: 'fail' as const } : p))
            }
          : r
      )
    )
    const { results } = readResults(writeAll(Object.fromEntries(many.map((r, i) => [`${i}.json`, r]))))
    const markdown = reportMarkdown(mergeResults(results), 't')
    expect(markdown).toContain('<details><summary><code>node</code>: 12 hosts</summary>')
    expect(markdown).toContain('| `wasi-args` | 12/12 |  |')
    expect(markdown).toContain(
      '| `wasi-clock` | 5/12 | `host-0`, `host-1`, `host-2`, `host-3`, `host-4` and 2 more |'
    )
  })

  test('a step summary over the limit keeps the main table and says the details were cut', () => {
    const markdown = `## t\n\n| main |\n${DETAILS_MARKER}\n${'x'.repeat(SUMMARY_LIMIT)}`
    const fitted = fitSummary(markdown)
    expect(fitted.length).toBeLessThan(SUMMARY_LIMIT)
    expect(fitted).toContain('| main |')
    expect(fitted).toContain('The capability details were cut to fit the step summary')
    expect(fitSummary('short')).toBe('short')
  })

  test('the limit is in bytes: a summary of emoji is cut too, at a line, with or without the marker', () => {
    const emoji = `| ${'✅ '.repeat(20)}|\n`.repeat(SUMMARY_LIMIT / 50)
    expect(emoji.length).toBeLessThan(SUMMARY_LIMIT)
    for (const markdown of [`## t\n\n| main |\n${DETAILS_MARKER}\n${emoji}`, `## t\n\n${emoji}`]) {
      const fitted = fitSummary(markdown)
      expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(SUMMARY_LIMIT)
      expect(fitted).toMatch(/\|\n\n_The capability details were cut/)
    }
  })
})
