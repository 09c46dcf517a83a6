// Renders the README's pictures: the report's step summary (its markdown
// through markdown-it, as GitHub renders it) and the report's page, in
// headless Chromium, into docs/. The results are a real probe run on this
// machine (every runtime found on PATH and node_modules/.bin, every probe, the
// official WASI suite when $WASI_TESTSUITE or ../shared/wasi-testsuite has it),
// plus any result files given as arguments (the legs of a real workflow run).
//
//   npm run screenshots -- [result.json ...]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import MarkdownIt from 'markdown-it'
import { Browser, findChromium } from '../__tests__/helpers/chromium.js'
import { runProbe } from '../src/engine.js'
import { mergeResults, readResults } from '../src/publish/merge/merge.js'
import { reportMarkdown } from '../src/publish/merge/merged-report.js'
import { pageData, reportPage } from '../src/publish/page/index.js'
import { RUNTIME_IDS } from '../src/runtimes/index.js'

const ROOT = resolve(import.meta.dirname, '..')
const DOCS = join(ROOT, 'docs')
const TITLE = 'WASI support across runners'

/** GitHub's look for markdown, near enough for a picture. */
const SUMMARY_STYLE = `
body { margin: 0; padding: 24px; background: #fff; color: #1f2328; max-width: 1012px;
  font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; }
h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; }
h3 { font-size: 1.25em; }
table { border-collapse: collapse; display: block; overflow: auto; margin: 0 0 16px; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
th { font-weight: 600; } tr:nth-child(2n) { background: #f6f8fa; }
code { font: 85% ui-monospace, SFMono-Regular, Menlo, monospace; background: #eff1f3; padding: .2em .4em; border-radius: 6px; }
details { margin: 0 0 16px; } summary { cursor: pointer; }
`

function wasiTestsuite(): string | undefined {
  const folder = process.env.WASI_TESTSUITE ?? join(ROOT, '../shared/wasi-testsuite')
  return existsSync(join(folder, 'tests')) ? folder : undefined
}

async function thisMachine() {
  const suite = wasiTestsuite()
  if (!suite)
    process.stderr.write('No WASI test suite found ($WASI_TESTSUITE): the page has no suite section.\n')
  return runProbe(
    {
      runtimes: [...RUNTIME_IDS],
      probes: ['all'],
      timeoutSeconds: 20,
      failOn: { kind: 'none' },
      summary: false,
      resultPath: '',
      ...(suite ? { modules: [join(suite, 'tests')], expectations: [join(suite, 'expectations')] } : {})
    },
    {
      env: {
        ...process.env,
        PATH: [join(ROOT, 'node_modules/.bin'), process.env.PATH].join(delimiter),
        RUNNER_TOOL_CACHE: process.env.RUNNER_TOOL_CACHE ?? join(tmpdir(), 'wasi-probe-screenshots-cache')
      }
    }
  )
}

async function main() {
  const chromium = findChromium()
  if (!chromium) throw new Error('no chromium on PATH (Debian: apt-get install chromium)')
  const given = readResults(process.argv.slice(2).map((file) => resolve(file)))
  for (const { file, why } of given.skipped) process.stderr.write(`${file} is skipped: ${why}\n`)
  const here = await thisMachine()
  const results = [{ file: 'this machine', label: here.host.label, result: here }, ...given.results]
  const report = mergeResults(results)
  mkdirSync(DOCS, { recursive: true })
  const work = join(tmpdir(), `wasi-probe-screenshots-${process.pid}`)
  mkdirSync(work, { recursive: true })
  const summary = join(work, 'summary.html')
  const markdown = new MarkdownIt({ html: true }).render(reportMarkdown(report, TITLE))
  writeFileSync(
    summary,
    `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${SUMMARY_STYLE}</style></head><body>${markdown}</body></html>`
  )
  const page = join(work, 'index.html')
  writeFileSync(page, reportPage(pageData(report, TITLE)))

  const browser = await Browser.launch(chromium)
  try {
    const shots: [string, string, Parameters<Browser['newPage']>[0], number][] = [
      [summary, 'report-summary.png', { width: 1060, height: 700 }, 900],
      [page, 'report-page.png', { width: 1280, height: 800 }, 1100],
      [page, 'report-page-dark.png', { width: 1280, height: 800, colorScheme: 'dark' }, 1100]
    ]
    for (const [file, name, options, height] of shots) {
      const tab = await browser.newPage(options)
      await tab.open(pathToFileURL(file).href)
      await tab.screenshot(join(DOCS, name), height)
      await tab.close()
      process.stdout.write(`docs/${name}\n`)
    }
  } finally {
    await browser.close()
  }
}

await main()
