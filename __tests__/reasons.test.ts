// Reasons where the user looks: the runtime's own first error line (from the
// stream its adapter names) in the log, the summary and the report; counts as
// passed/judged with the unsupported apart; a legend under each table; "not
// probed" and "missing" told apart; no verdict on native when it was not asked
// for; no version for an install that failed; only runtimes found counted.
import MarkdownIt from 'markdown-it'
import { dirname } from 'node:path'
import { run as runProbeAction } from '../src/action/run.js'
import { NOT_PROBED, STATUS_SYMBOLS } from '../src/publish/cells.js'
import { mergeResults } from '../src/publish/merge/merge.js'
import { reportMarkdown } from '../src/publish/merge/merged-report.js'
import { probeReason } from '../src/publish/runtime-words.js'
import { summaryMarkdown } from '../src/publish/summary.js'
import { terminalTable } from '../src/publish/terminal.js'
import type { ProbeOutcome, ProbeResult } from '../src/result/index.js'
import { runActionInProcess } from './helpers/action.js'
import { tempDir, writeFakeRuntime } from './helpers/fake-runtimes.js'
import { probe, resultWith, runtime, TEST_HOST, userTest } from './helpers/results.js'

const markdown = new MarkdownIt({ html: true })

/** Entities decoded once, tags gone: what a reader of the rendered HTML sees. */
function textOf(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x?[\da-f]+|[a-z]+);/gi, (entity, body: string) =>
      body[0] !== '#'
        ? (named[body] ?? entity)
        : String.fromCodePoint(body[1] === 'x' ? parseInt(body.slice(2), 16) : Number(body.slice(1)))
    )
}

const SYMBOLS = [...new Set([...Object.values(STATUS_SYMBOLS), NOT_PROBED])]

/**
 * Every table of outcomes (all but the ones that say why) is followed by a
 * legend that explains each symbol its cells begin with; returns how many.
 */
function expectLegends(html: string): number {
  const tables = [...html.matchAll(/<table>([\s\S]*?)<\/table>\s*(<p><sub>([\s\S]*?)<\/sub><\/p>)?/g)]
  let explained = 0
  for (const [, table, , legend] of tables) {
    const headers = [...table.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map(([, th]) => textOf(th))
    if (headers.includes('Why')) continue
    expect(legend).toBeDefined()
    const cells = [...table.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map(([, td]) => textOf(td))
    for (const symbol of SYMBOLS.filter((s) => cells.some((cell) => cell.startsWith(s))))
      expect(textOf(legend!)).toContain(`${symbol} `)
    explained += 1
  }
  return explained
}

describe('a runtime that writes its errors to stdout (WAMR), run as the runner runs the action', () => {
  // iwasm built without SIMD: `WASM module load failed: unsupported opcode fd` on stdout, exit 255.
  let summary: string
  let log: string
  beforeAll(async () => {
    const bin = tempDir()
    writeFakeRuntime(bin, 'iwasm', 'no-simd')
    const ran = await runActionInProcess(
      runProbeAction,
      { runtimes: 'wamr, node', probes: 'basic, feature-simd, feature-sign-extension', timeout: '20' },
      { PATH: `${bin}:${dirname(process.execPath)}:/usr/bin:/bin` }
    )
    expect(ran.status).toBe(0)
    summary = ran.summary
    log = ran.stdout
  })

  test('the log shows its words on the probe line and its stdout under it', () => {
    expect(log).toContain(
      'feature-simd: fail: exit code 255, expected exit code 0; stdout: "WASM module load failed: unsupported opcode fd"'
    )
    expect(log).toMatch(/^ {2}stdout: WASM module load failed: unsupported opcode fd$/m)
    expect(log).toMatch(/^feature-sign-extension: pass /m)
  })

  test('the summary says why beside the table: the cell, then the runtime’s own words', () => {
    const html = markdown.render(summary)
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
      [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map(([, td]) => textOf(td))
    )
    expect(rows).toContainEqual([
      'feature-simd',
      'wamr',
      '❌ exit 255',
      'exit code 255, expected exit code 0; stdout: "WASM module load failed: unsupported opcode fd"'
    ])
    expect(rows).toContainEqual(['feature-simd', '✅', '❌ exit 255'])
    // Node passes both, WAMR one of the two: counted apart from nothing unsupported.
    expect(rows).toContainEqual(['passed', '2/2', '1/2'])
    expect(textOf(html)).toContain('Native: not probed (runtimes does not name native)')
  })

  test('every table of outcomes has a legend under it that explains its symbols', () => {
    expect(expectLegends(markdown.render(summary))).toBe(2)
  })
})

/** wasi-probe's own result for a host whose runtimes are these, native asked for too. */
const withNative = (runtimes: ReturnType<typeof runtime>[], fields: Partial<ProbeResult> = {}) =>
  resultWith(
    [
      runtime('native', {
        status: 'unsupported',
        reason: 'no entry',
        version: null,
        path: null,
        source: 'kernel',
        probes: []
      }),
      ...runtimes
    ],
    fields
  )

const wasi = (id: string, fields: Partial<ProbeOutcome> = {}) => probe(id, { category: 'wasi', ...fields })

describe('counts: passed of judged, the unsupported apart', () => {
  // 6 of 7 judged pass; 4 more cannot be expressed by wasm3 at all.
  const wasm3 = runtime('wasm3', {
    probes: [
      ...runtime('wasm3').probes,
      ...['a', 'b', 'c', 'd', 'e', 'f'].map((n) => wasi(`wasi-${n}`)),
      wasi('wasi-g', { status: 'fail', exitCode: 1, expected: { exitCode: 0 }, reason: 'exit code 1' }),
      ...['h', 'i', 'j', 'k'].map((n) =>
        wasi(`wasi-${n}`, { status: 'unsupported', reason: 'wasm3 cannot pass arguments' })
      )
    ]
  })
  const result = withNative([wasm3])

  test('the summary: 6/7 with 4 unsupported, never 6/11; why they are unsupported, said once', () => {
    const html = markdown.render(summaryMarkdown(result))
    expect(textOf(html)).toContain('WASI preview1: wasm3 6/7 (4 unsupported)')
    expect(html).toContain(
      '<td><strong>passed</strong></td>\n<td style="text-align:center">6/7 · 4 unsupported</td>'
    )
    expect(textOf(html)).toContain(
      'Unsupported: wasm3: wasm3 cannot pass arguments (wasi-h, wasi-i, wasi-j, wasi-k)'
    )
    expect(html).not.toContain('6/11')
  })

  test('the terminal and the report count the same way', () => {
    expect(terminalTable(result)).toMatch(/^passed +6\/7 · 4 unsupported$/m)
    const report = reportMarkdown(mergeResults([{ file: 'r.json', label: 'linux', result }]), 'T')
    expect(report).toContain('<summary><code>wasm3</code>: linux 6/7 (4 unsupported)</summary>')
    expect(report).toContain('| **passed** | 6/7 · 4 unsupported |')
  })
})

describe('not probed, missing, an install that failed, native not asked for', () => {
  const node = runtime('node', { probes: [...runtime('node').probes] })
  const wasmtime = runtime('wasmtime', { probes: [...runtime('wasmtime').probes, wasi('wasi-args')] })
  const wasm3 = runtime('wasm3', { status: 'missing', version: null, path: null, source: null, probes: [] })
  const wasmer = runtime('wasmer', {
    status: 'error',
    version: null,
    path: null,
    source: null,
    failedStage: 'download',
    reason: 'install failed at download: HTTP 404',
    install: { requested: '7.0.0', version: '7.0.0', url: 'https://example.invalid/wasmer.tar.gz' },
    probes: []
  })
  const wamr = runtime('wamr', {
    status: 'fail',
    failedStage: 'run',
    probes: [probe('seed', { status: 'fail', exitCode: 1, expected: { exitCode: 0 }, reason: 'exit code 1' })]
  })
  const result = withNative([node, wasmtime, wasm3, wasmer, wamr])

  test('a probe a runtime was not given reads otherwise than a runtime that is not there', () => {
    const summary = summaryMarkdown(result)
    expect(summary).toContain('| `wasm3` | — | not found | ❔ | ❔ | ❔ |')
    expect(summary).toMatch(/^\| `wasi-args` \| — \| ✅ \| — \|$/m)
    expect(NOT_PROBED).not.toBe(STATUS_SYMBOLS.missing)
    const text = textOf(markdown.render(summary))
    expect(text).toContain('❔ runtime not found')
    expect(text).toContain('— not probed')
    const report = reportMarkdown(
      mergeResults([
        { file: 'a.json', label: 'a', result },
        { file: 'b.json', label: 'b', result: resultWith([node]) }
      ]),
      'T'
    )
    expect(report).toMatch(/^\| `b` \| — \| ✅ 1\.0\.0 \| — \| — \| — \| — \|$/m)
    expect(report).toMatch(/^\| `a` \| ➖ \| ✅ 1\.0\.0 \| ✅ 1\.0\.0 \| ❌ download \| ❌ seed \| ❔ \|$/m)
    expect(expectLegends(markdown.render(report))).toBe(2)
  })

  test('an install that failed shows no version, and only runtimes found are counted', () => {
    const summary = summaryMarkdown(result)
    expect(summary).toContain('| `wasmer` | — | install failed (download) | ⚠️ | ⚠️ | ⚠️ |')
    expect(summary).not.toContain('7.0.0')
    // node, wasmtime and wamr are there; wasm3 is not, wasmer did not install, native has no entry.
    expect(summary).toContain('**Supported:** `node`, `wasmtime` (2 of 3 found)')
    expect(terminalTable(result)).toMatch(/^wasmer +- +install failed \(download\)/m)
  })

  test('native: its verdict when asked for, "not probed" when not', () => {
    expect(summaryMarkdown(result)).toMatch(/^\*\*Native:\*\* ➖ unsupported: no entry$/m)
    const without = resultWith([node], {
      native: {
        status: 'unsupported',
        handler: null,
        flags: null,
        entries: [],
        dir: null,
        reason: 'not requested'
      }
    })
    expect(summaryMarkdown(without)).toMatch(
      /^\*\*Native:\*\* not probed \(`runtimes` does not name `native`\)$/m
    )
    expect(summaryMarkdown(without)).not.toContain('not requested')
    expect(terminalTable(without)).toContain('native: not probed (--runtimes does not name native)')
    expect(terminalTable(without)).not.toContain('not requested')
  })
})

describe("the runtime's first error line, from the stream its adapter names", () => {
  // The same run as WasmEdge (its log, errors included, on stdout) and wasmtime (errors on stderr) write it.
  const trapped = probe('exit-code', {
    status: 'fail',
    exitCode: 1,
    reason: 'exit code 1, expected exit code 42',
    stdout: 'starting\n[2026-06-01 12:00:00.000] [error] execution failed: unreachable, Code: 0x89\n',
    stderr: 'Error: failed to run main module `exit-code.wasm`\n'
  })

  test('stdout for WasmEdge and WAMR, stderr for wasmtime and node', () => {
    expect(probeReason(trapped, 'wasmedge')).toBe(
      'exit code 1, expected exit code 42; stdout: "[2026-06-01 12:00:00.000] [error] execution failed: unreachable, Code: 0x89"'
    )
    expect(probeReason(trapped, 'wamr')).toContain('; stdout: "[2026-06-01')
    expect(probeReason(trapped, 'wasmtime')).toBe(
      'exit code 1, expected exit code 42; stderr: "Error: failed to run main module `exit-code.wasm`"'
    )
    expect(probeReason(trapped, 'node')).toContain('; stderr: "Error: failed to run')
  })

  test('no words where the output is what was compared, or where the reason has them already', () => {
    const wrongOutput = probe('stdout', {
      status: 'fail',
      reason: 'stdout "hi", expected "hello"',
      stdout: 'hi',
      stderr: 'error: something the module said'
    })
    expect(probeReason(wrongOutput, 'wasmtime')).toBe('stdout "hi", expected "hello"')
    const test = userTest('suite', 't', {
      status: 'fail',
      failedCheck: 'exit-code',
      exitCode: 1,
      reason: 'exit code 1, expected 0; stderr: "panicked"',
      stderr: 'panicked\n'
    })
    expect(probeReason(test, 'wasmtime')).toBe(test.reason)
    expect(probeReason(probe('seed'), 'wasmtime')).toBe('pass')
  })

  test('in the summary’s block for a failing runtime, and in the report’s list of why runtimes did not pass', () => {
    const wasmedge = runtime('wasmedge', {
      status: 'fail',
      failedStage: 'run',
      probes: [probe('seed'), trapped]
    })
    const result = resultWith([wasmedge], { host: { ...TEST_HOST } })
    const words =
      'stdout: &quot;[2026-06-01 12:00:00.000] [error] execution failed: unreachable, Code: 0x89&quot;'
    expect(summaryMarkdown(result)).toContain(
      `<p><b>exit-code</b>: exit code 1, expected exit code 42; ${words}</p>`
    )
    const report = reportMarkdown(mergeResults([{ file: 'r.json', label: 'linux', result }]), 'T')
    const rows = [...markdown.render(report).matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
      [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map(([, td]) => textOf(td))
    )
    expect(rows).toContainEqual([
      'linux',
      'wasmedge',
      'exit-code: exit code 1, expected exit code 42; stdout: "[2026-06-01 12:00:00.000] [error] execution failed: unreachable, Code: 0x89"'
    ])
  })
})
