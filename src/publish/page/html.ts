// The report as one self-contained HTML page: the host × runtime table (plain
// HTML, whole without JavaScript), each capability group and the WASI suite as
// tables a small script filters, the failures with their reasons, and the
// merged JSON to download from a data: URL. Every string from a result file is
// escaped, shown with its control characters spelled out.
import { countsCell } from '../capabilities.js'
import { mergedCell } from '../merge/merged-report.js'
import { clipped, oneLine } from '../escape.js'
import type { MergedCell } from '../merge/merge.js'
import { PAGE_CSP, PAGE_SCRIPT, PAGE_STYLE } from './assets.js'
import { type PageData, type PageGroup, type PageHost, symbolOf } from './page-data.js'

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

/** Text from outside, for an element's content or a quoted attribute value. */
export function html(text: string): string {
  return oneLine(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch])
}

/** ` title="…"` when there is something to say. */
const titled = (text: string | undefined) => (text ? ` title="${html(text)}"` : '')

/** How much of a reason a main-table cell shows under its symbol; the title has more. */
const CELL_REASON_CHARS = 90

const legendOf = (entries: [status: string, meaning: string][]) =>
  entries.map(([status, meaning]) => `${status === 'none' ? '—' : symbolOf(status)} ${meaning}`).join(' · ')

const MAIN_LEGEND = legendOf([
  [
    'pass',
    'passes (its version): the three basic probes, or, for a runtime of components only, the component probes'
  ],
  ['fail', 'a probe or an install step failed: it is named, the reason is below it and in the title'],
  ['error', 'could not start'],
  ['missing', 'not found'],
  ['unavailable', 'no build for this platform'],
  ['unsupported', 'unsupported'],
  ['none', 'not probed on this host']
])

const GROUP_LEGEND = `${legendOf([
  ['pass', 'pass'],
  ['fail', 'fail or trap'],
  ['timeout', 'timeout'],
  ['error', 'could not start'],
  ['unsupported', 'unsupported: the runtime cannot express it (the title says why)'],
  ['recorded', 'recorded, not judged'],
  ['none', 'not run']
])}. Passed / judged leaves the unsupported and the recorded out.`

/** The file name the merged JSON downloads as. */
export const DOWNLOAD_NAME = 'wasi-probe-report.json'

/** `feature-simd` → `simd`: the column says the group, the header the rest. */
function shortProbeName(id: string, category: string): string {
  const prefixes =
    category === 'proposal'
      ? ['feature-']
      : category === 'wasi'
        ? ['wasi-']
        : ['component-0.3-', 'component-']
  const prefix = prefixes.find((p) => id.startsWith(p))
  return prefix ? id.slice(prefix.length) : id
}

function hostHeader(host: PageHost): string {
  const where = [host.os, host.arch, host.libc, host.runner].filter(Boolean).join(' · ')
  const error = host.error ? `<span class="why">could not probe: ${html(host.error)}</span>` : ''
  return (
    `<th scope="row"${titled(`wasi-probe ${host.tool}, started ${host.startedAt}`)}><code>${html(host.label)}</code>` +
    `<span class="host-meta">${html(where)}</span>${error}</th>`
  )
}

function mainCell(cell: MergedCell | undefined): string {
  if (!cell) return '<td class="s-none" title="not probed on this host">—</td>'
  const reason = cell.reason ?? ''
  const shown = mergedCell(cell)
  const why =
    cell.status !== 'pass' && reason
      ? `<span class="why">${html(clipped(reason, CELL_REASON_CHARS))}</span>`
      : ''
  // A bare symbol says too little where ➖ stands for three things.
  const text =
    shown !== symbolOf(cell.status)
      ? shown
      : `${shown} ${cell.status === 'missing' ? 'not found' : cell.status}`
  return `<td class="s-${html(cell.status)}"${titled(reason)}>${html(text)}${why}</td>`
}

function mainTable(data: PageData): string {
  const { runtimes, matrix } = data
  const problem = (host: string) =>
    runtimes.some(({ id }) => matrix[host][id] && matrix[host][id].status !== 'pass')
  const rows = data.hosts.map((host) => {
    const attributes = `data-host="${html(host.label)}"${problem(host.label) || host.error ? ' data-problem' : ''}`
    const cells =
      host.error && Object.keys(matrix[host.label]).length === 0
        ? `<td class="s-error text" colspan="${runtimes.length}">${symbolOf('error')} ${html(host.error)}</td>`
        : runtimes.map(({ id }) => mainCell(matrix[host.label][id])).join('')
    return `<tr ${attributes}>${hostHeader(host)}${cells}</tr>`
  })
  const missing = data.missing.map(
    (label) =>
      `<tr data-host="${html(label)}" data-problem><th scope="row"><code>${html(label)}</code></th>` +
      `<td class="s-missing text" colspan="${Math.max(1, runtimes.length)}">did not report: no result file came from this leg</td></tr>`
  )
  const totals = runtimes.map(({ id }) => {
    const probed = data.hosts.filter((host) => matrix[host.label][id])
    const passing = probed.filter((host) => matrix[host.label][id].status === 'pass').length
    return `<td>${passing} of ${probed.length}</td>`
  })
  return [
    '<div class="scroll"><table id="matrix-table" data-count="matrix-count">',
    `<thead><tr><th scope="col">Host</th>${runtimes.map(({ id, name }) => `<th scope="col"${titled(name)}><code>${html(id)}</code></th>`).join('')}</tr></thead>`,
    `<tbody>${[...rows, ...missing].join('\n')}</tbody>`,
    runtimes.length > 0 ? `<tfoot><tr class="totals"><th>passes on</th>${totals.join('')}</tr></tfoot>` : '',
    '</table></div><p class="count" id="matrix-count"></p>',
    `<p class="legend">${MAIN_LEGEND}</p>`
  ].join('\n')
}

function groupTable(group: PageGroup, index: number): string {
  const id = `group-${index}`
  const header = group.probes
    .map(
      (probe) =>
        `<th scope="col" class="probe"${titled(`${probe.id}: ${probe.description}`)}>${html(shortProbeName(probe.id, group.category))}</th>`
    )
    .join('')
  const rows = group.rows.map((row) => {
    const problem = row.statuses.some((status) => status && status !== 'pass' && status !== 'unsupported')
    const cells = row.statuses
      .map((status, i) => {
        if (!status) return '<td class="s-none" title="not run">—</td>'
        const id = group.probes[i].id
        const note = row.notes[id]
        return `<td class="s-${html(status)}"${titled(note && `${id}: ${note}`)}>${symbolOf(status)}</td>`
      })
      .join('')
    const apart = row.unsupported > 0 ? ` · ${row.unsupported} unsupported` : ''
    return (
      `<tr data-host="${html(row.host)}" data-runtime="${html(row.runtime)}"${problem ? ' data-problem' : ''}>` +
      `<th><code>${html(row.host)}</code></th><th><code>${html(row.runtime)}</code></th>` +
      `${cells}<td class="text">${row.passed}/${row.judged}${apart}</td></tr>`
    )
  })
  return [
    `<section id="${id}"><h2>${html(group.title)}</h2>`,
    `<div class="scroll"><table data-count="${id}-count">`,
    `<thead><tr><th scope="col">Host</th><th scope="col">Runtime</th>${header}<th scope="col">passed / judged</th></tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody></table></div><p class="count" id="${id}-count"></p>`,
    `<p class="legend">${GROUP_LEGEND}</p></section>`
  ].join('\n')
}

function suitesSection(data: PageData): string {
  const { suites, rows } = data.suites
  if (rows.length === 0) return ''
  const body = rows.map((row) => {
    const problem = row.counts.some((c) => c && c.fail + c.xpass + c.error > 0)
    const cells = row.counts
      .map((c) => {
        if (c === null) return '<td class="s-none">—</td>'
        const status =
          c.pass + c.fail + c.xpass + c.error === 0
            ? 'unsupported'
            : c.fail + c.xpass > 0
              ? 'fail'
              : c.error > 0
                ? 'error'
                : 'pass'
        return `<td class="s-${status} text">${html(countsCell(c))}</td>`
      })
      .join('')
    return (
      `<tr data-host="${html(row.host)}" data-runtime="${html(row.runtime)}"${problem ? ' data-problem' : ''}>` +
      `<th><code>${html(row.host)}</code></th><th><code>${html(row.runtime)}</code></th>${cells}</tr>`
    )
  })
  return [
    '<section id="suites"><h2>WASI test suite and your modules</h2>',
    '<div class="scroll"><table data-count="suites-count">',
    `<thead><tr><th scope="col">Host</th><th scope="col">Runtime</th>${suites.map((s) => `<th scope="col"><code>${html(s)}</code></th>`).join('')}</tr></thead>`,
    `<tbody>${body.join('\n')}</tbody></table></div><p class="count" id="suites-count"></p>`,
    '<p class="legend">passed / judged, as the official runner counts: an unexpected pass (xpass) is a failure; ' +
      'expected failures (xfail), skipped and unsupported tests are counted apart.</p></section>'
  ].join('\n')
}

function failuresSection(data: PageData): string {
  if (data.failures.length === 0) return '<section id="failures"><h2>Failures</h2><p>None.</p></section>'
  const rows = data.failures.map(
    (f) =>
      `<tr data-host="${html(f.host)}" data-runtime="${html(f.runtime)}" data-problem>` +
      `<th><code>${html(f.host)}</code></th><th><code>${html(f.runtime)}</code></th>` +
      `<td class="text">${html(f.group)}</td><td class="text"><code>${html(f.test)}</code></td>` +
      `<td class="s-${html(f.status)}">${html(f.seen)}</td><td class="text">${html(f.why)}</td></tr>`
  )
  const more =
    data.failuresNotShown > 0
      ? `<p class="note">… and ${data.failuresNotShown} more: the result files have them all.</p>`
      : ''
  return [
    '<section id="failures"><h2>Failures</h2>',
    '<div class="scroll"><table data-count="failures-count">',
    '<thead><tr><th scope="col">Host</th><th scope="col">Runtime</th><th scope="col">Group</th><th scope="col">Test</th><th scope="col">Outcome</th><th scope="col">Why</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody></table></div><p class="count" id="failures-count"></p>${more}`,
    '<p class="legend">Why: the reason wasi-probe gives, else the first line the runtime wrote.</p></section>'
  ].join('\n')
}

function skippedSection(data: PageData): string {
  if (data.skipped.length === 0) return ''
  const items = data.skipped.map((s) => `<li><code>${html(s.file)}</code>: ${html(s.why)}</li>`)
  return `<section id="skipped"><h2>Skipped result files</h2><ul>${items.join('')}</ul></section>`
}

function filters(data: PageData): string {
  const options = (values: string[]) =>
    values.map((v) => `<option value="${html(v)}">${html(v)}</option>`).join('')
  return [
    '<form id="filters" hidden aria-label="Filter the tables">',
    `<label>Host <select name="host"><option value="">all</option>${options([...data.hosts.map((h) => h.label), ...data.missing])}</select></label>`,
    `<label>Runtime <select name="runtime"><option value="">all</option>${options(data.runtimes.map((r) => r.id))}</select></label>`,
    '<label><input type="checkbox" name="problems"> only rows with a problem</label>',
    '<label>Text <input type="search" name="q" placeholder="probe, reason, …"></label>',
    '</form>',
    '<noscript><p class="note">Filtering needs JavaScript: every row is shown.</p></noscript>'
  ].join('\n')
}

/**
 * The merged JSON as a data block (not run, whatever the policy), and a link
 * the page's script points at it; `<` is written as `\u003c` so that nothing
 * inside can end the block.
 */
function download(json: string): string {
  const kib = Math.ceil(Buffer.byteLength(json, 'utf8') / 1024)
  return [
    `<p id="download-line" hidden><a id="download" download="${DOWNLOAD_NAME}" href="#">Download the merged JSON</a> (${kib} KiB)</p>`,
    `<noscript><p class="note">The merged JSON (${kib} KiB) is in this page's source, in the <code>report-data</code> block; its download needs JavaScript.</p></noscript>`,
    `<script type="application/json" id="report-data">${json.replace(/</g, '\\u003c')}</script>`
  ].join('\n')
}

/** The merged JSON the page offers, exactly as it is downloaded. */
export const pageJson = (data: PageData) => JSON.stringify(data)

export function reportPage(data: PageData): string {
  const tools = [...new Set(data.hosts.map((h) => h.tool))].join(', ')
  const latest = data.hosts
    .map((h) => h.startedAt)
    .sort()
    .at(-1)
  const meta = [
    `${data.hosts.length} ${data.hosts.length === 1 ? 'host' : 'hosts'}`,
    `${data.runtimes.length} ${data.runtimes.length === 1 ? 'runtime' : 'runtimes'}`,
    ...(tools ? [`wasi-probe ${tools}`] : []),
    ...(latest ? [`last run ${latest}`] : [])
  ].join(' · ')
  const list = (ids: string[]) =>
    ids.length > 0 ? ids.map((id) => `<code>${html(id)}</code>`).join(', ') : 'none'
  const sections = [
    { id: 'matrix', title: 'Hosts × runtimes' },
    ...data.groups.map((group, i) => ({ id: `group-${i}`, title: group.title })),
    ...(data.suites.rows.length > 0 ? [{ id: 'suites', title: 'WASI test suite' }] : []),
    { id: 'failures', title: 'Failures' }
  ]
  const empty =
    data.hosts.length === 0
      ? `<p class="note">No result could be read${data.missing.length > 0 ? `; expected: ${data.missing.map((l) => `<code>${html(l)}</code>`).join(', ')}` : ''}.</p>`
      : ''
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${html(data.title)}</title>`,
    `<style>${PAGE_STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${html(data.title)}</h1><p class="meta">${html(meta)}</p>${download(pageJson(data))}</header>`,
    `<nav><ul>${sections.map((s) => `<li><a href="#${s.id}">${html(s.title)}</a></li>`).join('')}</ul></nav>`,
    filters(data),
    '<main>',
    '<section id="matrix"><h2>Hosts × runtimes</h2>',
    empty,
    mainTable(data),
    `<p><b>Supported on every host:</b> ${list(data.supportedEverywhere)} · <b>on any:</b> ${list(data.supportedAnywhere)}</p>`,
    '</section>',
    ...data.groups.map(groupTable),
    suitesSection(data),
    failuresSection(data),
    skippedSection(data),
    '</main>',
    `<script>${PAGE_SCRIPT}</script>`,
    '</body>',
    '</html>',
    ''
  ].join('\n')
}
