// The step summary: a heading with the host and the native verdict, one table,
// and a collapsible section per runtime that did not pass.
import { BASIC_PROBES } from '../probes/catalog.js'
import { capabilityMarkdown } from './capabilities.js'
import { runtimeProbeCell, sourceCell, STATUS_SYMBOLS } from './cells.js'
import { escapeCell, escapeHtml, escapePre } from './escape.js'
import type { ProbeResult, RuntimeOutcome } from '../result/index.js'

export function nativeVerdict(result: ProbeResult): string {
  const native = result.native
  if (native.status === 'pass') {
    return `${STATUS_SYMBOLS.pass} \`.wasm\` files run directly, through ${escapeCell(native.handler ?? 'an unknown handler')}`
  }
  const symbol = STATUS_SYMBOLS[native.status] ?? STATUS_SYMBOLS.fail
  return `${symbol} ${native.status}: ${escapeCell(native.reason ?? '')}`
}

function hostLine(result: ProbeResult): string {
  const { os, arch, libc, label, runner } = result.host
  const parts = [os, arch, libc].filter(Boolean).join(' ')
  return `${parts}${label !== [os, arch, libc].filter(Boolean).join('-') ? ` (${label})` : ''}${runner ? `, runner ${runner}` : ''}`
}

function runtimeRow(runtime: RuntimeOutcome, probeIds: string[]): string {
  const cells = [
    `\`${runtime.id}\``,
    escapeCell(runtime.version ?? runtime.install?.version ?? '—'),
    escapeCell(sourceCell(runtime)),
    ...probeIds.map((id) => escapeCell(runtimeProbeCell(runtime, id)))
  ]
  return `| ${cells.join(' | ')} |`
}

function details(runtime: RuntimeOutcome): string {
  const lines = [
    `<details><summary>${STATUS_SYMBOLS[runtime.status] ?? ''} <code>${escapeHtml(runtime.id)}</code>: ${escapeHtml(runtime.status)}</summary>`,
    ''
  ]
  if (runtime.path) lines.push(`<p>Path: <code>${escapeHtml(runtime.path)}</code></p>`)
  if (runtime.install?.url) lines.push(`<p>Download: <code>${escapeHtml(runtime.install.url)}</code></p>`)
  const notPassed = runtime.probes.filter((p) => p.status !== 'pass' && p.status !== 'unsupported')
  if (runtime.reason && notPassed.length === 0) lines.push(`<p>${escapeHtml(runtime.reason)}</p>`)
  for (const probe of notPassed) {
    lines.push(`<p><b>${escapeHtml(probe.id)}</b>: ${escapeHtml(probe.reason ?? probe.status)}</p>`)
    for (const [name, text, bytes] of [
      ['stdout', probe.stdout, probe.stdoutBytes],
      ['stderr', probe.stderr, probe.stderrBytes]
    ] as const) {
      if (bytes === 0) continue
      const note = bytes > text.length ? ` (first ${text.length} characters of ${bytes} bytes)` : ''
      lines.push(`<p>${name}${note}:</p>`, `<pre>${escapePre(text)}</pre>`)
    }
  }
  lines.push('', '</details>')
  return lines.join('\n')
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
    lines.push(`**Error:** ${escapeCell(result.error)}`, '')
    return lines.join('\n')
  }
  const probed = result.runtimes.filter((r) => r.status !== 'missing' && r.status !== 'unavailable').length
  lines.push(
    `**Supported:** ${result.supported.length > 0 ? result.supported.map((id) => `\`${id}\``).join(', ') : 'none'} ` +
      `(${result.supported.length} of ${probed} found)`,
    '',
    `| Runtime | Version | Source | ${probeIds.join(' | ')} |`,
    `| --- | --- | --- | ${probeIds.map(() => ':---:').join(' | ')} |`,
    ...result.runtimes.map((runtime) => runtimeRow(runtime, probeIds)),
    ''
  )
  const capabilityTables = capabilityMarkdown(result)
  if (capabilityTables) lines.push(capabilityTables)
  const failing = result.runtimes.filter((r) => r.status === 'fail' || r.status === 'error')
  for (const runtime of failing) lines.push(details(runtime), '')
  if (!result.failOn.ok) lines.push(`**fail-on:** ${escapeCell(result.failOn.message)}`, '')
  const most = (count: (runtime: RuntimeOutcome) => number) => Math.max(0, ...result.runtimes.map(count))
  const probes = most((r) => r.probes.filter((p) => p.test === undefined).length)
  const tests = most((r) => r.probes.filter((p) => p.test !== undefined).length)
  lines.push(
    `<sub>wasi-probe ${escapeHtml(result.tool.version)}: ${probes} probes${tests > 0 ? ` and ${tests} tests` : ''} per runtime, ` +
      `${(result.durationMs / 1000).toFixed(1)}s</sub>`,
    ''
  )
  return lines.join('\n')
}
