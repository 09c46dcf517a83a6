// The step summary: a heading with the host and the native verdict, one table,
// and a collapsible section per runtime that did not pass.
import { BASIC_PROBES } from '../probes/catalog.js'
import { capabilitySections } from './capabilities.js'
import {
  isFound,
  legend,
  runtimeProbeCell,
  shownName,
  shownPath,
  shownVersion,
  sourceCell,
  STATUS_SYMBOLS
} from './cells.js'
import { clipped, escapeCell, escapeHtml, escapePre } from './escape.js'
import { probeReason, streamsInOrder } from './runtime-words.js'
import type { ProbeResult, RuntimeOutcome } from '../result/index.js'

/** GitHub refuses a step summary over 1 MiB, counted in bytes: this leaves room to spare. */
export const SUMMARY_LIMIT_BYTES = 1_000_000

/** How much of a reason or an error the summary shows where it must always fit. */
const MESSAGE_CHARS = 2000
/** A failing runtime's details show the output of this many probes at most (each up to 2 × 2000 characters). */
const OUTPUTS_SHOWN = 10

const LEFT_OUT =
  '_Some details were left out to fit the step summary (1 MB); the result file has them all._\n'

export function nativeVerdict(result: ProbeResult): string {
  const native = result.native
  // Not asked for: no verdict to give, and `unsupported` would say the kernel cannot.
  if (!result.error && !result.runtimes.some((runtime) => runtime.id === 'native'))
    return 'not probed (`runtimes` does not name `native`)'
  if (native.status === 'pass') {
    return `${STATUS_SYMBOLS.pass} \`.wasm\` files run directly, through ${escapeCell(shownPath(native.handler ?? 'an unknown handler'))}`
  }
  const symbol = STATUS_SYMBOLS[native.status] ?? STATUS_SYMBOLS.fail
  return `${symbol} ${native.status}: ${escapeCell(clipped(native.reason ?? '', MESSAGE_CHARS))}`
}

function hostLine(result: ProbeResult): string {
  const { os, arch, libc, label, runner } = result.host
  const parts = [os, arch, libc].filter(Boolean).join(' ')
  const named = label !== [os, arch, libc].filter(Boolean).join('-') ? ` (${shownName(label)})` : ''
  return `${parts}${named}${runner ? `, runner ${shownName(runner)}` : ''}`
}

function runtimeRow(runtime: RuntimeOutcome, probeIds: string[]): string {
  const cells = [
    `\`${runtime.id}\``,
    escapeCell(shownVersion(runtime) ?? '—'),
    escapeCell(sourceCell(runtime)),
    ...probeIds.map((id) => escapeCell(runtimeProbeCell(runtime, id)))
  ]
  return `| ${cells.join(' | ')} |`
}

/** A failing runtime, collapsed: where it is, and what its embedded probes did (its tests have their own blocks). */
function details(runtime: RuntimeOutcome): string {
  const lines = [
    `<details><summary>${STATUS_SYMBOLS[runtime.status] ?? ''} <code>${escapeHtml(runtime.id)}</code>: ${escapeHtml(runtime.status)}</summary>`,
    ''
  ]
  if (runtime.path) lines.push(`<p>Path: <code>${escapeHtml(shownPath(runtime.path))}</code></p>`)
  if (runtime.install?.url)
    lines.push(`<p>Download: <code>${escapeHtml(shownPath(runtime.install.url))}</code></p>`)
  const notPassed = runtime.probes.filter(
    (p) => p.test === undefined && p.status !== 'pass' && p.status !== 'unsupported'
  )
  if (runtime.reason && notPassed.length === 0)
    lines.push(`<p>${escapeHtml(clipped(runtime.reason, MESSAGE_CHARS))}</p>`)
  notPassed.forEach((probe, index) => {
    lines.push(
      `<p><b>${escapeHtml(probe.id)}</b>: ${escapeHtml(clipped(probeReason(probe, runtime.id), MESSAGE_CHARS))}</p>`
    )
    if (index >= OUTPUTS_SHOWN) return
    // The stream the runtime writes its errors to first.
    for (const name of streamsInOrder(runtime.id)) {
      const [text, bytes] =
        name === 'stdout' ? [probe.stdout, probe.stdoutBytes] : [probe.stderr, probe.stderrBytes]
      if (bytes === 0) continue
      const note = bytes > text.length ? ` (first ${text.length} characters of ${bytes} bytes)` : ''
      lines.push(`<p>${name}${note}:</p>`, `<pre>${escapePre(text)}</pre>`)
    }
  })
  lines.push('', '</details>', '')
  return lines.join('\n')
}

/**
 * The blocks that must always be there, then as many of the others as fit in
 * SUMMARY_LIMIT_BYTES (whole blocks, in order), then the end; a note says when
 * some were left out.
 */
function fitted(head: string, blocks: string[], end: string): string {
  const bytes = (text: string) => Buffer.byteLength(text, 'utf8') + 1
  let room = SUMMARY_LIMIT_BYTES - bytes(head) - bytes(end) - bytes(LEFT_OUT)
  const kept = blocks.filter((block) => {
    if (bytes(block) > room) return false
    room -= bytes(block)
    return true
  })
  const leftOut = kept.length < blocks.length ? [LEFT_OUT] : []
  return [head, ...kept, ...leftOut, end].join('\n')
}

export function summaryMarkdown(result: ProbeResult): string {
  const probeIds = BASIC_PROBES.map((probe) => probe.id)
  const lines = [
    `## wasi-probe: ${escapeCell(hostLine(result))}`,
    '',
    `**Native:** ${nativeVerdict(result)}`,
    ''
  ]
  if (result.error) {
    lines.push(`**Error:** ${escapeCell(clipped(result.error, MESSAGE_CHARS))}`, '')
    return lines.join('\n')
  }
  const found = result.runtimes.filter(isFound).length
  const cells = result.runtimes.flatMap((runtime) => probeIds.map((id) => runtimeProbeCell(runtime, id)))
  lines.push(
    `**Supported:** ${result.supported.length > 0 ? result.supported.map((id) => `\`${id}\``).join(', ') : 'none'} ` +
      `(${result.supported.length} of ${found} found)`,
    '',
    `| Runtime | Version | Source | ${probeIds.join(' | ')} |`,
    `| --- | --- | --- | ${probeIds.map(() => ':---:').join(' | ')} |`,
    ...result.runtimes.map((runtime) => runtimeRow(runtime, probeIds)),
    '',
    `<sub>${escapeHtml(legend(cells))}</sub>`,
    ''
  )
  const failing = result.runtimes.filter((r) => r.status === 'fail' || r.status === 'error')
  const end: string[] = []
  if (!result.failOn.ok)
    end.push(`**fail-on:** ${escapeCell(clipped(result.failOn.message, MESSAGE_CHARS))}`, '')
  const most = (count: (runtime: RuntimeOutcome) => number) => Math.max(0, ...result.runtimes.map(count))
  const probes = most((r) => r.probes.filter((p) => p.test === undefined).length)
  const tests = most((r) => r.probes.filter((p) => p.test !== undefined).length)
  end.push(
    `<sub>wasi-probe ${escapeHtml(result.tool.version)}: ${probes} probes${tests > 0 ? ` and ${tests} tests` : ''} per runtime, ` +
      `${(result.durationMs / 1000).toFixed(1)}s</sub>`,
    ''
  )
  return fitted(lines.join('\n'), [...capabilitySections(result), ...failing.map(details)], end.join('\n'))
}
