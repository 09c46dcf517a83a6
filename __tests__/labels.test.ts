// Labels read as written: a label with `_`, `|`, `<`, `&`, backslashes or
// backticks shows exactly as given wherever the step summary and the report
// name it, rendered by a CommonMark renderer with GitHub's tables (markdown-it).
import MarkdownIt from 'markdown-it'
import { mergeResults } from '../src/publish/merge/merge.js'
import { reportMarkdown } from '../src/publish/merge/merged-report.js'
import { summaryMarkdown } from '../src/publish/summary.js'
import type { ProbeResult } from '../src/result/index.js'
import { probe, resultWith, runtime, TEST_HOST } from './helpers/results.js'

const LABELS = [
  'ubuntu_22.04',
  'a|b',
  '<b>x</b>',
  'R&D &amp; &#124;',
  '`tick` and ``two``',
  'back\\slash \\_ *star* [l](u)',
  'ubuntu-latest (node 20)',
  '|`|'
]

const markdown = new MarkdownIt({ html: true })

/** Entities decoded once: what the browser shows of the HTML between tags. */
function decoded(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
  return html.replace(/&(#x?[\da-f]+|[a-z]+);/gi, (entity, body: string) =>
    body[0] !== '#'
      ? (named[body] ?? entity)
      : String.fromCodePoint(body[1] === 'x' ? parseInt(body.slice(2), 16) : Number(body.slice(1)))
  )
}

/** The text of every element `name` in the rendered HTML (none of ours nest in one another). */
function textsOf(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`<${name}[^>]*>([\\s\\S]*?)</${name}>`, 'g'))].map(([, inner]) =>
    decoded(inner.replace(/<[^>]*>/g, ''))
  )
}

/** A leg labelled `label` where node passes and wasmtime fails one capability probe. */
function leg(label: string): ProbeResult {
  return resultWith(
    [
      runtime('node'),
      runtime('wasmtime', {
        probes: [
          ...runtime('wasmtime').probes,
          probe('wasi-args', { category: 'wasi', status: 'fail', exitCode: 1, reason: 'exit code 1' })
        ]
      })
    ],
    { host: { ...TEST_HOST, label } }
  )
}

describe.each(LABELS)('the label %j', (label) => {
  test('the step summary names it as written', () => {
    const html = markdown.render(summaryMarkdown(leg(label)))
    expect(textsOf(html, 'h2')).toEqual([`wasi-probe: linux x64 glibc (${label})`])
  })

  test('the report names it as written: its row, its column, its count, why, who did not report, the same label twice', () => {
    const results = [
      { file: 'a.json', label, result: leg(label) },
      { file: 'b.json', label: `${label} (2)`, result: leg(label) }
    ]
    const report = mergeResults(
      results,
      [],
      [`${label} late`],
      [{ label, files: ['a.json', 'b.json'], shownAs: [label, `${label} (2)`] }]
    )
    const html = markdown.render(reportMarkdown(report, 'T'))
    const codes = textsOf(html, 'code')
    const cells = textsOf(html, 'td')
    const headers = textsOf(html, 'th')
    // The host's row in the main table and in the table of why a probe did not pass.
    expect(cells.filter((cell) => cell === label)).toHaveLength(2)
    expect(cells).toContain(`${label} (2)`)
    // Its column in wasmtime's capability table.
    expect(headers).toContain(label)
    expect(textsOf(html, 'summary')).toContain(`wasmtime: ${label} 0/1 · ${label} (2) 0/1`)
    expect(codes).toContain(`${label} late`)
    expect(codes.filter((code) => code === label).length).toBeGreaterThanOrEqual(4)
    // No escape of ours shows: no backslash or entity the label did not have.
    const shown = [...cells, ...headers, ...codes].filter((text) => text.startsWith(label))
    for (const text of shown) expect(text.replace(label, '')).not.toMatch(/\\|&#?\w+;/)
  })
})
