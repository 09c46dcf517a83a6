// The report's page: one self-contained HTML file drawn from the merged report,
// checked as a file (its policy, its size, its download) and in headless
// Chromium (every host and runtime in the DOM, JavaScript on and off, light and
// dark, no request leaving the page, hostile strings shown as text).
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { runProbe } from '../src/engine.js'
import { oneLine } from '../src/publish/escape.js'
import { ALL_PROBES } from '../src/probes/index.js'
import { mergeResults, type LoadedResult } from '../src/publish/merge/merge.js'
import { cspHash, PAGE_SCRIPT, PAGE_STYLE } from '../src/publish/page/assets.js'
import { featuresExport } from '../src/publish/page/features.js'
import { DOWNLOAD_NAME, pageJson, reportPage } from '../src/publish/page/html.js'
import { FAILURES_SHOWN, pageData, PAGE_DATA_SCHEMA, type PageData } from '../src/publish/page/page-data.js'
import type { ProbeOutcome, ProbeResult, RuntimeOutcome } from '../src/result/index.js'
import { RUNTIME_IDS } from '../src/runtimes/index.js'
import { run as runReport } from '../src/report-action/run.js'
import { INVISIBLE_CONTROL, MARKUP } from './attacks/hostile.js'
import { runActionInProcess } from './helpers/action.js'
import { Browser, findChromium, type Page } from './helpers/chromium.js'
import { enginePlan } from './helpers/engine.js'
import { tempDir } from './helpers/fake-runtimes.js'
import { probe, resultWith, runtime, TEST_HOST, userTest } from './helpers/results.js'
import { sayWhySkipped } from './helpers/skip.js'

const loaded = (results: ProbeResult[]): LoadedResult[] =>
  results.map((result, i) => ({ file: `wasi-probe-${i}.json`, label: result.host.label, result }))

const onHost = (label: string, result: ProbeResult): ProbeResult => ({
  ...structuredClone(result),
  host: { ...result.host, label }
})

/** Labels that read differently when rendered carelessly: markup, pipes, backticks, controls. */
const AWKWARD_LABELS = ['ubuntu_22.04 | `node` <b>&amp;', ...MARKUP.slice(0, 3), INVISIBLE_CONTROL[0]]

/** A run of node:wasi on this machine: the real thing, preview1 calls and proposals. */
let here: ProbeResult

beforeAll(async () => {
  here = await runProbe(enginePlan(['node'], { probes: ['wasi', 'features'] }), {
    env: { ...process.env, RUNNER_TOOL_CACHE: tempDir() }
  })
}, 120_000)

/** Hosts that differ: node as it ran here, a wasmtime that fails a probe, a missing one, hostile reasons. */
function mixedReport(): { data: PageData; results: ProbeResult[] } {
  const failing = probe('stdout', {
    status: 'fail',
    stdout: 'wrong\n',
    stderr: `${MARKUP[0]}\nsecond line`
  })
  const wasmtime = runtime('wasmtime', {
    name: 'Wasmtime',
    version: '48.0.0',
    status: 'fail',
    failedStage: 'run',
    reason: MARKUP[1],
    probes: [probe('seed'), probe('exit-code'), failing, probe('feature-simd', { category: 'proposal' })]
  })
  const suite = 'WASI <Rust> tests'
  const wasm3 = runtime('wasm3', {
    probes: [
      probe('seed'),
      probe('exit-code'),
      probe('stdout'),
      userTest(suite, 'fd_write'),
      userTest(suite, 'path_open', {
        status: 'fail',
        failedCheck: 'exit-code',
        exitCode: 1,
        reason: MARKUP[5]
      }),
      userTest(suite, 'environ', { status: 'unsupported', reason: 'wasm3 cannot pass environment variables' })
    ]
  })
  const results = [
    here,
    onHost(AWKWARD_LABELS[0], here),
    resultWith([wasmtime, wasm3, runtime('wasmer', { status: 'missing', version: null, probes: [] })], {
      host: { ...TEST_HOST, label: AWKWARD_LABELS[1] }
    }),
    ...AWKWARD_LABELS.slice(2).map((label) =>
      resultWith([runtime('node', { reason: INVISIBLE_CONTROL[1] })], { host: { ...TEST_HOST, label } })
    )
  ]
  const report = mergeResults(loaded(results), [], ['windows-x64', ...results.map((r) => r.host.label)])
  return { data: pageData(report, 'WASI <support>'), results }
}

describe('the page as a file', () => {
  test('its policy loads nothing and runs only its own style and script, by their hashes', () => {
    const page = reportPage(mixedReport().data)
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1] ?? ''
    const directives = Object.fromEntries(
      csp.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/)
        return [name, values]
      })
    )
    expect(directives['default-src']).toEqual(["'none'"])
    expect(directives['img-src']).toEqual(["'none'"])
    expect(directives['base-uri']).toEqual(["'none'"])
    expect(directives['form-action']).toEqual(["'none'"])
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1]
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)![1]
    expect([style, script]).toEqual([PAGE_STYLE, PAGE_SCRIPT])
    expect(directives['style-src']).toEqual([cspHash(style)])
    expect(directives['script-src']).toEqual([cspHash(script)])
    // One script runs; the other block is data, which no policy runs.
    expect(page.match(/<script>/g)).toHaveLength(1)
    expect(page.match(/<script/g)).toHaveLength(2)
    expect(page).toContain('<script type="application/json" id="report-data">')
    // Nothing that would load: every link is to a part of the page, or the data: download.
    const links = [...page.matchAll(/\b(?:href|src)="([^"]*)"/g)].map((m) => m[1])
    expect(
      links.filter((link) => !link.startsWith('#') && !link.startsWith('data:application/json;'))
    ).toEqual([])
    expect(style).not.toMatch(/url\(|@import/)
    expect(page).not.toMatch(/<link|<iframe|<img|<object|<embed/i)
  })

  test('the download is the merged JSON, and the page shows the data it holds', () => {
    const { data } = mixedReport()
    const page = reportPage(data)
    const block = /<script type="application\/json" id="report-data">([^<]*)<\/script>/.exec(page)![1]
    const downloaded = JSON.parse(block) as unknown
    expect(downloaded).toEqual(JSON.parse(pageJson(data)))
    expect(page).toContain(`<a id="download" download="${DOWNLOAD_NAME}" href="#">`)
    const merged = downloaded as PageData
    expect(merged.schema).toBe(PAGE_DATA_SCHEMA)
    expect(merged.hosts.map((h) => h.label)).toEqual(data.hosts.map((h) => h.label))
    expect(merged.missing).toEqual(['windows-x64'])
    expect(merged.matrix[AWKWARD_LABELS[1]].wasmtime).toMatchObject({ status: 'fail', failedProbe: 'stdout' })
    expect(merged.failures).toContainEqual(
      expect.objectContaining({ runtime: 'wasmtime', test: 'stdout', why: MARKUP[0] })
    )
    expect(merged.failures).toContainEqual(
      expect.objectContaining({
        runtime: 'wasm3',
        group: 'WASI <Rust> tests',
        test: 'path_open',
        why: MARKUP[5]
      })
    )
    expect(merged.suites.suites).toEqual(['WASI <Rust> tests'])
    expect(merged.suites.rows[0].counts).toEqual([
      expect.objectContaining({ pass: 1, fail: 1, unsupported: 1 })
    ])
    expect(page).toContain('❌ 1/2 · 1 unsupported')
    expect(merged.groups.map((g) => g.category)).toEqual(['wasi', 'proposal'])
  })

  test("a failure's why carries the runtime's own first error line, from the stream it writes errors to", () => {
    const simd = probe('feature-simd', {
      category: 'proposal',
      status: 'fail',
      exitCode: 255,
      reason: 'exit code 255, expected exit code 0',
      stdout: 'WASM module load failed: unsupported opcode fd\n'
    })
    const wamr = runtime('wamr', { probes: [probe('seed'), probe('exit-code'), probe('stdout'), simd] })
    const data = pageData(mergeResults(loaded([resultWith([wamr])])), 'x')
    expect(data.failures).toEqual([
      expect.objectContaining({ runtime: 'wamr', test: 'feature-simd', seen: '❌ exit 255' })
    ])
    expect(data.failures[0].why).toContain('unsupported opcode fd')
    expect(reportPage(data)).toContain('WASM module load failed: unsupported opcode fd')
  })

  test('the README shows the pictures scripts/screenshots.ts makes, and they are there', () => {
    const readme = readFileSync('README.md', 'utf8')
    const script = readFileSync('scripts/screenshots.ts', 'utf8')
    const shown = [...readme.matchAll(/(?:src|srcset)="docs\/([\w-]+\.png)"/g)].map((m) => m[1])
    expect(shown.sort()).toEqual(['report-page-dark.png', 'report-page.png', 'report-summary.png'])
    for (const name of shown) {
      expect(script).toContain(`'${name}'`)
      expect(readFileSync(join('docs', name)).subarray(1, 4).toString('latin1')).toBe('PNG')
    }
  })

  test('20 hosts with every runtime, every probe and the whole WASI suite stay well under 2 MB', () => {
    const results = Array.from({ length: 20 }, (_, host) => manyProbes(`host-${host}`, host))
    const data = pageData(mergeResults(loaded(results)), 'WASI support across runners')
    const bytes = Buffer.byteLength(reportPage(data), 'utf8')
    process.stderr.write(
      `page for 20 hosts × ${data.runtimes.length} runtimes, ${data.failures.length} failures listed ` +
        `(${data.failuresNotShown} more in the result files): ${(bytes / 1e6).toFixed(2)} MB\n`
    )
    expect(data.hosts).toHaveLength(20)
    expect(data.failures.length).toBe(FAILURES_SHOWN)
    expect(data.failuresNotShown).toBeGreaterThan(0)
    expect(bytes).toBeLessThan(1_500_000)
  })
})

/** A result of `label` where every runtime ran every probe and a 127-test suite; outcomes vary by a rule. */
function manyProbes(label: string, seed: number): ProbeResult {
  const reason = (what: string) => `${what}: `.padEnd(400, 'x')
  const suites: [string, number][] = [
    ['WASI Rust tests', 46],
    ['WASI C tests', 14],
    ['WASI AssemblyScript tests', 12],
    ['WASI Rust tests [wasm32-wasip3]', 55]
  ]
  const runtimes: RuntimeOutcome[] = RUNTIME_IDS.filter((id) => id !== 'native').map((id, r) => {
    const probes: ProbeOutcome[] = ALL_PROBES.map((p, i) =>
      probe(p.id, {
        category: p.category,
        ...((seed + r + i) % 7 === 0
          ? { status: 'fail', exitCode: 1, reason: reason(p.id), stderr: 'e'.repeat(2000) }
          : {})
      })
    )
    const tests = suites.flatMap(([suite, count]) =>
      Array.from({ length: count }, (_, t) =>
        userTest(
          suite,
          `test_${t}`,
          (seed + r + t) % 5 === 0
            ? { status: 'fail', failedCheck: 'stdout', reason: reason(`test_${t}`) }
            : {}
        )
      )
    )
    return runtime(id, { probes: [...probes, ...tests] })
  })
  return resultWith(runtimes, { host: { ...TEST_HOST, label } })
}

describe('the features export', () => {
  test('runtime → feature: the version where it passes everywhere, false where nowhere, a note where on some', () => {
    const simd = (status: ProbeOutcome['status']) => probe('feature-simd', { category: 'proposal', status })
    const gc = (status: ProbeOutcome['status']) => probe('feature-gc', { category: 'proposal', status })
    const results = [
      resultWith(
        [runtime('wasmtime', { name: 'Wasmtime', version: '48.0.0', probes: [simd('pass'), gc('fail')] })],
        {
          host: { ...TEST_HOST, label: 'linux' }
        }
      ),
      resultWith(
        [
          runtime('wasmtime', {
            name: 'Wasmtime',
            version: '47.0.1',
            probes: [simd('pass'), gc('unsupported')]
          })
        ],
        { host: { ...TEST_HOST, label: 'macos' } }
      ),
      resultWith(
        [runtime('wasmtime', { name: 'Wasmtime', version: '48.0.0', probes: [simd('pass'), gc('pass')] })],
        {
          host: { ...TEST_HOST, label: 'windows' }
        }
      )
    ]
    const exported = featuresExport(pageData(mergeResults(loaded(results)), 'x'))
    expect(exported.runtimes.Wasmtime).toEqual({
      id: 'wasmtime',
      category: 'Standalone Runtimes',
      features: { wasip1: '47.0.1', simd: '47.0.1', gc: ['48.0.0', 'not on linux, macos'] }
    })
    expect(exported.features.simd.probes).toEqual(['feature-simd'])
    const none = featuresExport(
      pageData(mergeResults(loaded([resultWith([runtime('wasm3', { probes: [gc('fail')] })])])), 'x')
    )
    expect(none.runtimes.wasm3.features.gc).toBe(false)
  })
})

describe('the report sub-action writes the page', () => {
  function workspaceWith(results: ProbeResult[]): string {
    const workspace = tempDir('wasi-probe-workspace-')
    mkdirSync(join(workspace, 'results'))
    results.forEach((result, i) =>
      writeFileSync(join(workspace, 'results', `wasi-probe-${i}.json`), JSON.stringify(result))
    )
    return workspace
  }

  test('html and features: both written, named by html-file and features-file', async () => {
    const workspace = workspaceWith([here, onHost('macos-arm64', here)])
    const run = await runActionInProcess(
      runReport,
      { results: 'results', html: 'site/index.html', features: 'site/features.json' },
      { GITHUB_WORKSPACE: workspace },
      workspace
    )
    expect(run.stdout).not.toMatch(/::error::/)
    expect(run.status).toBe(0)
    expect(run.outputs['html-file']).toBe(join(workspace, 'site/index.html'))
    expect(run.outputs['features-file']).toBe(join(workspace, 'site/features.json'))
    const page = readFileSync(run.outputs['html-file'], 'utf8')
    expect(page).toMatch(/^<!DOCTYPE html>/)
    expect(page).toContain('<code>macos-arm64</code>')
    const features = JSON.parse(readFileSync(run.outputs['features-file'], 'utf8'))
    expect(features.runtimes[here.runtimes[0].name].features.wasip1).toBe(process.versions.node)
  })

  test('a page that cannot be written fails the step naming the input; the summary and outputs are written', async () => {
    const workspace = workspaceWith([here])
    mkdirSync(join(workspace, 'taken'))
    const run = await runActionInProcess(
      runReport,
      { results: 'results', html: 'taken', features: 'features.json' },
      { GITHUB_WORKSPACE: workspace },
      workspace
    )
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(
      /^::error::Input 'html' \("taken"\) could not be written to .*taken: it is a folder$/m
    )
    expect(run.summary).toContain('| Host |')
    expect(JSON.parse(run.outputs.hosts)).toEqual([here.host.label])
    expect(run.outputs['html-file']).toBeUndefined()
    expect(run.outputs['features-file']).toBe(join(workspace, 'features.json'))
  })

  test('a page in a folder of /proc is refused at once, naming the input', async () => {
    const workspace = workspaceWith([here])
    const run = await runActionInProcess(
      runReport,
      { results: 'results', html: '/proc/wasi-probe-page/index.html' },
      { GITHUB_WORKSPACE: workspace },
      workspace
    )
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(
      /^::error::Input 'html' \("\/proc\/wasi-probe-page\/index\.html"\) could not be written/m
    )
    expect(JSON.parse(run.outputs.hosts)).toEqual([here.host.label])
  })
})

const chromium = findChromium()
const inChromium = chromium ? describe : describe.skip
if (!chromium)
  sayWhySkipped('the page in headless Chromium', 'no chromium on PATH (Debian: apt-get install chromium)')

inChromium('the page in headless Chromium', () => {
  let browser: Browser
  let folder: string
  let mixed: PageData
  let url: string
  beforeAll(async () => {
    browser = await Browser.launch(chromium!)
    folder = tempDir('wasi-probe-page-')
    mixed = mixedReport().data
    const file = join(folder, 'index.html')
    writeFileSync(file, reportPage(mixed))
    url = pathToFileURL(file).href
  }, 60_000)
  afterAll(() => browser?.close())

  async function opened(options: Parameters<Browser['newPage']>[0], at = url): Promise<Page> {
    const page = await browser.newPage(options)
    await page.open(at)
    return page
  }

  /** The main table as the DOM has it: each row's host, and each header's runtime. */
  const mainTable = `(() => {
    const table = document.getElementById('matrix-table')
    return {
      runtimes: [...table.tHead.rows[0].cells].slice(1).map((c) => c.textContent),
      hosts: [...table.tBodies[0].rows].map((r) => r.cells[0].querySelector('code').textContent),
      visible: [...table.tBodies[0].rows].filter((r) => r.offsetParent !== null).length,
      wasmtime: table.tBodies[0].rows[2].cells[[...table.tHead.rows[0].cells].findIndex((c) => c.textContent === 'wasmtime')].textContent
    }
  })()`

  test.each([true, false])(
    'JavaScript %s: every host and runtime in the main table, labels read as written',
    async (javascript) => {
      const page = await opened({ javascript })
      const table = await page.evaluate<{
        runtimes: string[]
        hosts: string[]
        visible: number
        wasmtime: string
      }>(mainTable)
      expect(table.runtimes).toEqual(mixed.runtimes.map((r) => r.id))
      // Control characters are spelled out (\u202e), as in the log; the rest reads exactly as given.
      expect(table.hosts).toEqual([...mixed.hosts.map((h) => oneLine(h.label)), 'windows-x64'])
      expect(table.visible).toBe(mixed.hosts.length + 1)
      expect(table.wasmtime).toContain('❌ stdout')
      const form = await page.evaluate<{ hidden: boolean; noscript: boolean }>(
        `({ hidden: document.getElementById('filters').hidden,
            noscript: [...document.querySelectorAll('noscript')].some((n) => n.offsetParent !== null) })`
      )
      expect(form.hidden).toBe(!javascript)
      const link = await page.evaluate<{ shown: boolean; href: string }>(
        `(() => {
          const link = document.getElementById('download')
          return { shown: link.offsetParent !== null, href: link.href }
        })()`
      )
      expect(link.shown).toBe(javascript)
      if (javascript) {
        expect(link.href).toMatch(/^blob:/)
        const downloads = tempDir('wasi-probe-downloads-')
        const downloaded = await browser.nextDownload(downloads)
        await page.evaluate(`document.getElementById('download').click()`)
        await downloaded()
        const file = readFileSync(join(downloads, DOWNLOAD_NAME), 'utf8')
        expect(file).toBe(pageJson(mixed).replace(/</g, '\\u003c'))
        expect(JSON.parse(file)).toEqual(JSON.parse(pageJson(mixed)))
      }
      await page.close()
    }
  )

  test('hostile labels and reasons add no element: the DOM has what the page writes, and no more', async () => {
    const page = await opened({ javascript: true })
    const tags = await page.evaluate<Record<string, number>>(
      `[...document.querySelectorAll('*')].reduce((n, e) => (n[e.localName] = (n[e.localName] || 0) + 1, n), {})`
    )
    expect(tags.img).toBeUndefined()
    expect(tags.script).toBe(2)
    expect(tags.h1).toBe(1)
    expect(tags.details).toBeUndefined()
    // The download, and the contents: the main table, each group, the suite, the failures.
    expect(tags.a).toBe(1 + 1 + mixed.groups.length + (mixed.suites.rows.length > 0 ? 1 : 0) + 1)
    const reasons = await page.evaluate<string[]>(
      `[...document.querySelectorAll('#failures td:last-child')].map((td) => td.textContent)`
    )
    expect(reasons).toContain(MARKUP[0])
    expect(reasons).toContain(MARKUP[5])
    expect(page.requests).toEqual([url])
    await page.close()
  })

  test('filters: a runtime and a host from the address hide the other rows; every count says so', async () => {
    const host = AWKWARD_LABELS[1]
    const page = await opened(
      { javascript: true },
      `${url}#${new URLSearchParams({ host, runtime: 'wasm3' })}`
    )
    const shown = await page.evaluate<{ rows: [string, string | null][]; counts: string[] }>(
      `({ rows: [...document.querySelectorAll('tr[data-host]')].filter((r) => !r.hidden)
            .map((r) => [r.dataset.host, r.dataset.runtime ?? null]),
          counts: [...document.querySelectorAll('.count')].map((c) => c.textContent).filter(Boolean) })`
    )
    expect(shown.rows.length).toBeGreaterThan(1)
    for (const [rowHost, rowRuntime] of shown.rows) {
      expect(rowHost).toBe(host)
      if (rowRuntime !== null) expect(rowRuntime).toBe('wasm3')
    }
    expect(shown.counts).toContain(`1 of ${mixed.hosts.length + 1} rows shown`)
    await page.close()
  })

  test('light and dark: the colours follow prefers-color-scheme', async () => {
    const colours: string[] = []
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await opened({ colorScheme })
      colours.push(
        await page.evaluate<string>(
          `getComputedStyle(document.body).backgroundColor + ' ' + getComputedStyle(document.body).color`
        )
      )
      await page.close()
    }
    expect(colours).toEqual(['rgb(255, 255, 255) rgb(31, 35, 40)', 'rgb(13, 17, 23) rgb(230, 237, 243)'])
  })

  describe('what got through as markup would still load and run nothing', () => {
    let server: Server
    const requested: string[] = []
    beforeAll(async () => {
      server = createServer((request, response) => {
        requested.push(request.url ?? '')
        response.end('x')
      })
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    })
    afterAll(() => {
      server.closeAllConnections()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    })

    test('an injected image, stylesheet, frame and script: no request, no script run', async () => {
      const { port } = server.address() as AddressInfo
      const origin = `http://127.0.0.1:${port}`
      const injected = [
        `<img src="${origin}/img">`,
        `<link rel="stylesheet" href="${origin}/css">`,
        `<iframe src="${origin}/frame"></iframe>`,
        `<script src="${origin}/script"></script>`,
        `<script>document.title = 'pwned'</script>`,
        `<div style="background: url(${origin}/bg)">x</div>`
      ].join('')
      const file = join(folder, 'injected.html')
      writeFileSync(file, reportPage(mixed).replace('<main>', `<main>${injected}`))
      const page = await opened({ javascript: true }, pathToFileURL(file).href)
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(await page.evaluate<string>('document.title')).toBe('WASI <support>')
      expect(requested).toEqual([])
      // The page's own script still ran: the filters are shown.
      expect(await page.evaluate<boolean>(`document.getElementById('filters').hidden`)).toBe(false)
      await page.close()
    })
  })

  test('a screenshot of the page', async () => {
    const page = await opened({ width: 1200, height: 800 })
    const path = join(folder, 'page.png')
    await page.screenshot(path, 1500)
    const png = readFileSync(path)
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(png.length).toBeGreaterThan(20_000)
    await page.close()
  })
})
