// The page's one stylesheet and one script, inline: the page loads nothing,
// and its Content-Security-Policy allows these two by their hashes only.
import { createHash } from 'node:crypto'

export const PAGE_STYLE = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0;
  --head: #f6f8fa; --pass: #dafbe1; --fail: #ffebe9; --warn: #fff8c5; --none: #f6f8fa; --info: #ddf4ff;
  --link: #0969da; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --head: #151b23;
    --pass: #12361f; --fail: #4a1c1f; --warn: #3b2e0a; --none: #151b23; --info: #0c2d4a; --link: #4493f8; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; padding: 1.5rem; max-width: 100rem; background: var(--bg); color: var(--fg);
  font: 14px/1.45 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif,
  "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji"; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; padding-bottom: .3rem; border-bottom: 1px solid var(--line); }
a { color: var(--link); }
code { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
  white-space: pre-wrap; overflow-wrap: anywhere; }
.meta, .note, .legend, .count { color: var(--muted); }
.legend { font-size: 12px; margin: .4rem 0 0; }
nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; padding: 0; margin: .75rem 0; }
form { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; padding: .6rem .8rem;
  border: 1px solid var(--line); border-radius: 6px; background: var(--head); position: sticky; top: 0; z-index: 2; }
form[hidden] { display: none; }
input, select { font: inherit; color: inherit; background: var(--bg); border: 1px solid var(--line);
  border-radius: 4px; padding: .15rem .35rem; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; margin: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .25rem .5rem; vertical-align: top; }
thead th { background: var(--head); position: sticky; top: 0; }
th { text-align: left; font-weight: 600; }
td { text-align: center; }
td.text { text-align: left; max-width: 40rem; overflow-wrap: anywhere; }
th.probe { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; font-weight: 500;
  padding: .5rem .2rem; text-align: left; }
.host-meta, .why { display: block; font-size: 11px; font-weight: 400; color: var(--muted); max-width: 18rem;
  overflow-wrap: anywhere; }
.s-pass { background: var(--pass); }
.s-fail, .s-trap, .s-xpass { background: var(--fail); }
.s-error, .s-timeout { background: var(--warn); }
.s-unsupported, .s-unavailable, .s-skip, .s-xfail { background: var(--none); color: var(--muted); }
.s-missing { background: var(--none); color: var(--muted); font-style: italic; }
.s-none { color: var(--muted); }
.s-recorded { background: var(--info); }
tr.totals th, tr.totals td { background: var(--head); font-weight: 600; }
tr[hidden] { display: none; }
`

export const PAGE_SCRIPT = `
(() => {
  const data = document.getElementById('report-data')
  const link = document.getElementById('download')
  if (data && link) {
    link.href = URL.createObjectURL(new Blob([data.textContent], { type: 'application/json' }))
    document.getElementById('download-line').hidden = false
  }
  const form = document.getElementById('filters')
  if (!form) return
  form.hidden = false
  const fields = { host: form.elements.host, runtime: form.elements.runtime, problems: form.elements.problems, q: form.elements.q }
  const wanted = new URLSearchParams(location.hash.slice(1))
  for (const name of ['host', 'runtime', 'q']) fields[name].value = wanted.get(name) || ''
  fields.problems.checked = wanted.get('problems') === '1'
  function apply() {
    const host = fields.host.value
    const runtime = fields.runtime.value
    const problems = fields.problems.checked
    const text = fields.q.value.trim().toLowerCase()
    for (const row of document.querySelectorAll('tr[data-host]')) {
      row.hidden = !(
        (!host || row.dataset.host === host) &&
        (!runtime || row.dataset.runtime === undefined || row.dataset.runtime === runtime) &&
        (!problems || row.hasAttribute('data-problem')) &&
        (!text || row.textContent.toLowerCase().includes(text))
      )
    }
    for (const table of document.querySelectorAll('table[data-count]')) {
      const rows = [...table.tBodies[0].rows].filter((row) => row.dataset.host !== undefined)
      const shown = rows.filter((row) => !row.hidden).length
      const count = document.getElementById(table.dataset.count)
      if (count) count.textContent = shown === rows.length ? '' : shown + ' of ' + rows.length + ' rows shown'
    }
    const chosen = new URLSearchParams()
    if (host) chosen.set('host', host)
    if (runtime) chosen.set('runtime', runtime)
    if (problems) chosen.set('problems', '1')
    if (text) chosen.set('q', fields.q.value.trim())
    const hash = chosen.toString()
    if (hash !== location.hash.slice(1)) {
      try { history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search) } catch {}
    }
  }
  form.addEventListener('input', apply)
  form.addEventListener('submit', (event) => event.preventDefault())
  apply()
})()
`

/** The CSP source that allows exactly `text` as an inline style or script. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/**
 * Nothing from the network, nothing but these two inline blocks, no forms
 * sent anywhere, no base URL: a string from a result file that got through as
 * markup would still have nothing to load or run.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  `style-src ${cspHash(PAGE_STYLE)}`,
  `script-src ${cspHash(PAGE_SCRIPT)}`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'"
].join('; ')
