// Publishing from plain result data: outputs, fail-on, summary markdown, terminal table.
import MarkdownIt from 'markdown-it'
import type { FailOn } from '../src/inputs/plan.js'
import { codeCell, codeSpan, escapeCell, escapePre } from '../src/publish/escape.js'
import { evaluateFailOn } from '../src/publish/fail-on.js'
import { summaryMarkdown } from '../src/publish/summary.js'
import { computeOutputs } from '../src/publish/outputs.js'
import type { ProbeResult, RuntimeOutcome } from '../src/result/index.js'
import { terminalTable } from '../src/publish/terminal.js'
import { probe, resultWith, runtime, TEST_HOST } from './helpers/results.js'

const result = (runtimes: RuntimeOutcome[]): ProbeResult =>
  resultWith(runtimes, { host: { ...TEST_HOST, runner: 'GitHub Actions 2' } })

const hostile = '| col |\n<img src=x onerror=alert(1)> `code` </pre> **b** [l](http://x)'
const broken = runtime('wasmer', {
  status: 'fail',
  version: '7.4.2|evil',
  reason: 'exit-code: exit code 0, expected exit code 42',
  probes: [
    probe('seed'),
    probe('exit-code', {
      status: 'fail',
      exitCode: 0,
      reason: 'exit code 0, expected exit code 42',
      stderr: hostile,
      stderrBytes: 70_000
    }),
    probe('stdout', { status: 'trap', exitCode: 134, reason: 'trap (exit code 134): unreachable' })
  ]
})

describe('escaping', () => {
  test('a table cell stays one cell: no pipe, newline, backtick or tag survives', () => {
    const cell = escapeCell(hostile)
    expect(cell).not.toMatch(/[|\n`<>]/)
    expect(cell).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  test('a code span shows its text as written, in a table cell too', () => {
    const md = new MarkdownIt()
    const cell = (text: string) => md.render(`| a |\n| --- |\n| ${codeCell(text)} |`)
    expect(cell('fd_advise')).toContain('<td><code>fd_advise</code></td>')
    expect(cell('a|b `c` <i>\n\nd')).toContain('<td><code>a|b `c` &lt;i&gt; d</code></td>')
    expect(md.renderInline(codeSpan('``x``|'))).toBe('<code>``x``|</code>')
  })

  test('a <pre> block cannot be closed from inside', () => {
    expect(escapePre('</pre><script>')).toBe('&lt;/pre&gt;&lt;script&gt;')
  })
})

describe('summary markdown', () => {
  const markdown = summaryMarkdown(
    result([
      runtime('node', { source: 'self' }),
      broken,
      runtime('wasm3', { status: 'missing', probes: [], version: null, path: null, source: null })
    ])
  )

  test('heading with the host and the native verdict, one row per runtime', () => {
    expect(markdown).toMatch(/^## wasi-probe: linux x64 glibc, runner GitHub Actions 2$/m)
    expect(markdown).toMatch(/^\*\*Native:\*\* not probed \(`runtimes` does not name `native`\)$/m)
    expect(markdown).toContain('| `node` | 1.0.0 | self | ✅ | ✅ | ✅ |')
    expect(markdown).toContain('| `wasmer` | 7.4.2&#124;evil | path | ✅ | ❌ exit 0 | ❌ trap (exit 134) |')
    expect(markdown).toContain('| `wasm3` | — | not found | ❔ | ❔ | ❔ |')
    expect(markdown).toContain('**Supported:** `node` (1 of 2 found)')
  })

  test('a collapsible section for each failing runtime, with its output escaped and its size told', () => {
    expect(markdown.match(/<details>/g)).toHaveLength(1)
    expect(markdown).toContain('<summary>❌ <code>wasmer</code>: fail</summary>')
    expect(markdown).toContain(`<p>stderr (first ${hostile.length} characters of 70000 bytes):</p>`)
    expect(markdown).not.toContain('<img')
    expect(markdown).toContain('&lt;/pre&gt;')
  })
})

test('a runtime reason over several lines stays inside its HTML: no markdown of its own renders', () => {
  const injected = 'failed\n\n![i](https://evil.example/p.png) [click](https://evil.example)\n\n'
  const failing = runtime('wasmer', {
    status: 'error',
    reason: injected,
    probes: [probe('seed', { status: 'fail', reason: injected })]
  })
  const html = new MarkdownIt({ html: true }).render(summaryMarkdown(result([failing])))
  expect(html).toContain('evil.example')
  expect(html).not.toMatch(/<img|<a /)
})

describe('outputs', () => {
  test('JSON outputs ready for fromJSON, and native as true/false', () => {
    const outputs = computeOutputs(result([runtime('node'), broken]), '/tmp/r.json')
    expect(outputs.native).toBe('false')
    expect(JSON.parse(outputs.supported)).toEqual(['node'])
    expect(JSON.parse(outputs.include)).toEqual([
      { runtime: 'node', version: '1.0.0', path: '/usr/bin/node' }
    ])
    expect(JSON.parse(outputs.matrix).wasmer).toEqual({
      status: 'fail',
      version: '7.4.2|evil',
      path: '/usr/bin/wasmer',
      probes: { seed: 'pass', 'exit-code': 'fail', stdout: 'trap' }
    })
    expect(outputs['result-file']).toBe('/tmp/r.json')
  })
})

describe('fail-on', () => {
  const runtimes = [runtime('node'), broken, runtime('native', { status: 'unsupported', reason: 'no entry' })]
  test.each([
    [{ kind: 'none' }, true],
    [{ kind: 'any' }, true],
    [{ kind: 'runtimes', ids: ['node'] }, true],
    [{ kind: 'runtimes', ids: ['node', 'wasmer'] }, false],
    [{ kind: 'runtimes', ids: ['native'] }, false]
  ] as [FailOn, boolean][])('%j → ok %s', (failOn, ok) => {
    expect(evaluateFailOn(failOn, runtimes).ok).toBe(ok)
  })

  test('any with nothing passing fails; the message names what did not pass', () => {
    expect(evaluateFailOn({ kind: 'any' }, [broken])).toMatchObject({ ok: false })
    expect(evaluateFailOn({ kind: 'runtimes', ids: ['native'] }, runtimes).message).toBe(
      'fail-on: native must pass, but native is unsupported (no entry)'
    )
  })
})

test('terminal table: aligned columns and the failing runtime explained', () => {
  const table = terminalTable(result([runtime('node'), broken]))
  const [header, node, wasmer] = table.split('\n').slice(2, 5)
  expect(header).toMatch(/^runtime\s+version\s+source\s+seed\s+exit-code\s+stdout\s+status$/)
  expect(node.indexOf('path')).toBe(header.indexOf('source'))
  expect(wasmer.indexOf('path')).toBe(header.indexOf('source'))
  expect(table).toContain('wasmer: exit-code: exit code 0, expected exit code 42')
  expect(table).toMatch(/^supported: node$/m)
})

test('terminal table: no line of it reads as a workflow command, reasons over several lines included', () => {
  const failing = runtime('wasmer', {
    status: 'error',
    reason: 'sudo said:\n::add-mask::secret\n  ::error::x'
  })
  const table = terminalTable(result([failing]))
  expect(table).toContain('add-mask')
  expect(table.split('\n').filter((line) => /^\s*::/.test(line))).toEqual([])
})
