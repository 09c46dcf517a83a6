// The report sub-action against hostile result files: files that are not regular files or are too big,
// labels that collide or are named like Object.prototype's keys, and text that tries to become markup in
// the summary and the comment, or a workflow command in the log.
import MarkdownIt from 'markdown-it'
import { execFileSync } from 'node:child_process'
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { COMMENT_LIMIT, commentMarker, fitComment } from '../../src/publish/merge/comment.js'
import { mergeResults, readResults } from '../../src/publish/merge/merge.js'
import { reportMarkdown } from '../../src/publish/merge/merged-report.js'
import { RESULT_FILE_LIMIT } from '../../src/publish/merge/read-limited.js'
import type { ProbeResult, RuntimeOutcome } from '../../src/result/index.js'
import { fitSummary, run as runReport, SUMMARY_LIMIT } from '../../src/report-action/run.js'
import { type ActionRun, runActionInProcess, runBundledAction } from '../helpers/action.js'
import { tempDir } from '../helpers/fake-runtimes.js'
import { type GitHubServer, startGitHubServer } from '../helpers/github-server.js'
import { probe, resultWith, runtime, TEST_HOST } from '../helpers/results.js'
import { sayWhySkipped } from '../helpers/skip.js'
import { MARKUP, TERMINAL_ESCAPES, WORKFLOW_COMMANDS } from './hostile.js'

const HOSTILE = [...MARKUP, ...WORKFLOW_COMMANDS, ...TERMINAL_ESCAPES]

/** A valid result file's document for the host `label`. */
const result = (label: string, runtimes: RuntimeOutcome[] = [runtime('node')]): ProbeResult =>
  resultWith(runtimes, { host: { ...TEST_HOST, label } })

function writeResult(path: string, document: ProbeResult): string {
  mkdirSync(resolve(path, '..'), { recursive: true })
  writeFileSync(path, JSON.stringify(document))
  return path
}

const TSX_LOADER = pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href

/**
 * The report's entry from source in a child process, as the runner runs the bundle: a report that hangs
 * or eats memory is killed there (after two minutes) instead of taking the test process with it.
 */
function reportInChild(inputs: Record<string, string>, workspace: string): Promise<ActionRun> {
  return runBundledAction(
    inputs,
    { GITHUB_WORKSPACE: workspace, NODE_OPTIONS: `--import=${TSX_LOADER}` },
    workspace,
    resolve('src/report-action/index.ts')
  )
}

const warnings = (run: ActionRun) => run.stdout.split('\n').filter((line) => line.startsWith('::warning'))

describe('special files among the result files', () => {
  const posix = process.platform !== 'win32'
  if (!posix) sayWhySkipped('special files', 'FIFOs and /dev/zero are POSIX')
  const maybe = posix ? test : test.skip

  /** A workspace with a regular result elsewhere, to link to. */
  function workspace(): { dir: string; elsewhere: (label: string) => string } {
    const dir = tempDir('wasi-probe-special-')
    const outside = tempDir('wasi-probe-elsewhere-')
    return { dir, elsewhere: (label) => writeResult(join(outside, `${label}.json`), result(label)) }
  }

  maybe(
    'named files: a symlink to /dev/zero, a FIFO and a file over the limit are skipped, each named in a warning; a symlink to a regular file is read',
    async () => {
      const { dir, elsewhere } = workspace()
      writeResult(join(dir, 'plain.json'), result('plain'))
      symlinkSync(elsewhere('linked'), join(dir, 'linked.json'))
      symlinkSync('/dev/zero', join(dir, 'zero.json'))
      execFileSync('mkfifo', [join(dir, 'fifo.json')])
      writeFileSync(join(dir, 'big.json'), '')
      truncateSync(join(dir, 'big.json'), RESULT_FILE_LIMIT + 1) // sparse: no disk used
      const run = await reportInChild(
        { results: 'plain.json, linked.json, zero.json, fifo.json, big.json' },
        dir
      )
      expect(run.status).toBe(0)
      expect(JSON.parse(run.outputs.hosts)).toEqual(['plain', 'linked'])
      const warned = warnings(run)
      expect(warned).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/::zero\.json is skipped: not a regular file \(a character device\)/),
          expect.stringMatching(/::fifo\.json is skipped: not a regular file \(a FIFO\)/),
          expect.stringMatching(/::big\.json is skipped: larger than 64 MiB/)
        ])
      )
      expect(run.summary).toContain('`fifo.json`')
    }
  )

  maybe(
    'in a named directory: special files are named, symlinks to regular files read; a symlink loop and a symlinked directory do not hang it',
    async () => {
      const { dir, elsewhere } = workspace()
      const results = join(dir, 'results')
      writeResult(join(results, 'leg', 'a.json'), result('in-dir'))
      symlinkSync(elsewhere('linked-in-dir'), join(results, 'linked.json'))
      symlinkSync('/dev/zero', join(results, 'leg', 'zero.json'))
      execFileSync('mkfifo', [join(results, 'fifo.json')])
      symlinkSync(results, join(results, 'leg', 'loop'))
      symlinkSync(resolve(elsewhere('behind-a-link'), '..'), join(results, 'linked-dir'))
      symlinkSync(join(dir, 'nothing-here'), join(results, 'dangling.json'))
      const run = await reportInChild({ results: 'results' }, dir)
      expect(run.status).toBe(0)
      expect(JSON.parse(run.outputs.hosts)).toEqual(['in-dir', 'linked-in-dir'])
      expect(warnings(run)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/::results\/fifo\.json is skipped: not a regular file \(a FIFO\)/),
          expect.stringMatching(/::results\/leg\/zero\.json is skipped: not a regular file/),
          expect.stringMatching(/::results\/leg\/loop is skipped: a symbolic link to a directory/),
          expect.stringMatching(/::results\/linked-dir is skipped: a symbolic link to a directory/),
          expect.stringMatching(/::results\/dangling\.json is skipped: cannot be read \(ENOENT/)
        ])
      )
    }
  )

  maybe(
    'glob matches: special files are named, symlinks to regular files read, a symlink loop does not hang it',
    async () => {
      const { dir, elsewhere } = workspace()
      const globbed = join(dir, 'globbed')
      writeResult(join(globbed, 'g.json'), result('globbed'))
      symlinkSync(elsewhere('globbed-link'), join(globbed, 'sym.json'))
      symlinkSync('/dev/zero', join(globbed, 'zero.json'))
      execFileSync('mkfifo', [join(globbed, 'fifo.json')])
      symlinkSync(globbed, join(globbed, 'loop.json'))
      const run = await reportInChild({ results: 'globbed/*.json, globbed/**/x.json' }, dir)
      expect(run.status).toBe(0)
      expect(JSON.parse(run.outputs.hosts)).toEqual(['globbed', 'globbed-link'])
      expect(warnings(run)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/::globbed\/fifo\.json is skipped: not a regular file \(a FIFO\)/),
          expect.stringMatching(/::globbed\/zero\.json is skipped: not a regular file/)
        ])
      )
    }
  )
})

describe('labels', () => {
  test('dup, dup and dup (2): every leg keeps a row of its own, and a warning names the label', async () => {
    const dir = tempDir('wasi-probe-dup-')
    const versions = ['1.0.0', '2.0.0', '3.0.0']
    ;['dup', 'dup', 'dup (2)'].forEach((label, i) =>
      writeResult(join(dir, `${i}.json`), result(label, [runtime('node', { version: versions[i] })]))
    )
    const run = await runActionInProcess(runReport, { results: '.' }, { GITHUB_WORKSPACE: dir }, dir)
    expect(run.status).toBe(0)
    const hosts: string[] = JSON.parse(run.outputs.hosts)
    expect(new Set(hosts).size).toBe(3)
    const matrix = JSON.parse(run.outputs.matrix)
    expect(hosts.map((host) => matrix[host].node.version).sort()).toEqual(versions)
    // A leg really named `dup (2)` keeps its name.
    expect(matrix['dup (2)'].node.version).toBe('3.0.0')
    expect(JSON.parse(run.outputs.include)).toHaveLength(3)
    expect(run.stdout).toMatch(/^::warning.*The label "dup" is used by 2 result files \(0\.json, 1\.json\)/m)
    expect(run.summary.match(/^\| `dup/gm)).toHaveLength(3)
  })

  test('labels, runtime ids and probe ids named like Object.prototype keys merge into their own rows and cells', async () => {
    const keys = ['__proto__', 'constructor', 'toString', 'hasOwnProperty']
    const dir = tempDir('wasi-probe-proto-')
    keys.forEach((label, i) =>
      writeResult(
        join(dir, `${i}.json`),
        result(label, [
          runtime('node', {
            version: `${i}.0.0`,
            probes: [
              probe('seed'),
              probe('exit-code'),
              probe('stdout'),
              ...keys.map((id, j) =>
                probe(id, { category: 'wasi', status: j === i ? 'fail' : 'pass', exitCode: j === i ? 1 : 0 })
              )
            ]
          }),
          // The schema lets a runtime id be any lowercase word: `constructor` among them.
          runtime('constructor', { version: `c${i}`, status: i % 2 === 0 ? 'pass' : 'fail' })
        ])
      )
    )
    const { results, skipped } = readResults(keys.map((_, i) => join(dir, `${i}.json`)))
    expect(skipped).toEqual([])
    const report = mergeResults(results, skipped, [...keys, 'valueOf'])
    expect(report.hosts).toEqual(keys)
    expect(Object.keys(report.cells)).toEqual(keys)
    keys.forEach((host, i) => {
      expect(report.cells[host].node).toMatchObject({ status: 'pass', version: `${i}.0.0` })
      expect(report.cells[host].constructor).toMatchObject({ version: `c${i}` })
      expect(Object.keys(report.cells[host])).toEqual(['node', 'constructor'])
    })
    expect(report.missing).toEqual(['valueOf'])
    expect(report.include.map((entry) => entry.label)).toEqual(keys)

    const markdown = reportMarkdown(report, 't')
    keys.forEach((id, j) => {
      const cells = keys.map((_, i) => (i === j ? '❌ exit 1' : '✅'))
      expect(markdown).toContain(`| \`${id}\` | ${cells.join(' | ')} |`)
    })

    const run = await runActionInProcess(
      runReport,
      { results: '.', 'fail-on': 'node' },
      { GITHUB_WORKSPACE: dir },
      dir
    )
    expect(run.status).toBe(0)
    const matrix = JSON.parse(run.outputs.matrix)
    expect(Object.keys(matrix)).toEqual(keys)
    keys.forEach((host, i) => {
      expect(Object.getOwnPropertyDescriptor(matrix, host)?.value.node.version).toBe(`${i}.0.0`)
    })
  })
})

/** The elements of rendered HTML, by name. */
function elements(html: string): string[] {
  return [...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((match) => match[1].toLowerCase())
}

/** What a reader sees: the text of rendered HTML, tags gone and entities decoded. */
function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(#x?[\da-f]+|[a-z]+);/gi, (entity, body: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
    if (body[0] !== '#') return named[body] ?? entity
    return String.fromCodePoint(
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1))
    )
  })
}

/** As a line of the report shows foreign text: line breaks as spaces. */
const asShown = (text: string) => text.replace(/[\r\n]+/g, ' ')

describe('foreign text in the merged report', () => {
  let github: GitHubServer
  beforeAll(async () => {
    github = await startGitHubServer({ user: null, token: 'report-token' })
  })
  afterAll(() => github.close())

  /** One leg per hostile string, which is everywhere a result file holds text; and a file by that name. */
  function hostileWorkspace(texts: readonly string[] = HOSTILE): string {
    const dir = tempDir('wasi-probe-markup-')
    texts.forEach((text, i) => {
      const failing = probe('exit-code', {
        status: 'fail',
        exitCode: 0,
        reason: text,
        stdout: text,
        stderr: text,
        signal: text
      })
      const test = probe(text, {
        category: 'custom',
        suite: text,
        test: text,
        status: 'fail',
        reason: text,
        stderr: text
      })
      const document = result(text, [
        runtime('node', { version: text, path: text, name: text, probes: [probe('seed'), test] }),
        runtime('wasmtime', {
          status: 'fail',
          version: text,
          path: text,
          reason: text,
          probes: [probe('seed'), failing, probe(text, { category: 'wasi' })]
        })
      ])
      document.host.runner = text
      document.suites = [{ name: text, wasiVersion: 'wasm32-wasip1', path: text, tests: 1 }]
      writeResult(join(dir, `${i}.json`), document)
      // A file name holds anything but a slash and NUL; its content is shown in why it was skipped.
      writeFileSync(join(dir, `${text.replace(/\//g, '∕')}.json`), `${text}`)
    })
    return dir
  }

  /** What the report put there itself. */
  const OWN_ELEMENTS = new Set([
    'h2',
    'h3',
    'p',
    'strong',
    'em',
    'code',
    'ul',
    'li',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'details',
    'summary',
    'sub'
  ])

  function expectOnlyOwnMarkup(markdown: string, texts: readonly string[]): void {
    const html = new MarkdownIt({ html: true }).render(markdown)
    const found = elements(html)
    expect(found.filter((name) => !OWN_ELEMENTS.has(name))).toEqual([])
    expect(found.filter((name) => name === 'h2')).toHaveLength(1)
    // The main table, why wasmtime did not pass (in a block of its own), one capability table per runtime
    // that ran capability probes (node and wasmtime), and why node's test did not pass.
    expect(found.filter((name) => name === 'table')).toHaveLength(5)
    expect(found.filter((name) => name === 'details')).toHaveLength(3)
    const text = textOf(html)
    for (const hostile of texts) expect(text).toContain(asShown(hostile))
  }

  test.each([
    ['a column per host', MARKUP, 3],
    ['a count of hosts', HOSTILE, 4]
  ])(
    'capability tables with %s: the summary and the comment render only the markup the report put there; every text reads as text',
    async (_layout, texts, issue) => {
      const dir = hostileWorkspace(texts)
      const run = await runActionInProcess(
        runReport,
        {
          results: '.',
          comment: 'true',
          token: 'report-token',
          'pull-request': String(issue),
          expect: texts.join(',')
        },
        { GITHUB_WORKSPACE: dir, GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'octo/repo' },
        dir
      )
      expect(run.status).toBe(0)
      expectOnlyOwnMarkup(run.summary, texts)
      const comment = github.comments.find((c) => c.issue === issue)
      expect(comment).toBeDefined()
      expectOnlyOwnMarkup(comment!.body, texts)
    }
  )

  test('no line of the log reads as a workflow command from a label or a file name', async () => {
    const dir = hostileWorkspace()
    // The same labels twice, and as expected labels that did not report: every warning that names them.
    HOSTILE.forEach((text, i) => writeResult(join(dir, `again-${i}.json`), result(text)))
    const run = await runActionInProcess(
      runReport,
      { results: '.', expect: WORKFLOW_COMMANDS.join('\n') },
      { GITHUB_WORKSPACE: dir },
      dir
    )
    expect(run.status).toBe(0)
    const lines = run.stdout.split(/\r\n|\r|\n/)
    for (const command of WORKFLOW_COMMANDS)
      expect(lines.filter((line) => line.trimStart().startsWith(command.trimStart()))).toEqual([])
    // Each command the report gives is its own: a warning or a debug line, nothing injected.
    expect(
      lines.filter(
        (line) => /^\s*::/.test(line) && !/^::(warning|debug)( title=wasi-probe report)?::/.test(line)
      )
    ).toEqual([])
  })
})

/** Half a character: what cutting between the two UTF-16 units of a surrogate pair leaves. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

describe('limits in bytes and in characters', () => {
  test('the step summary stays within its limit in bytes, with 4-byte characters and no line break to cut at', () => {
    for (const markdown of ['🦀'.repeat(SUMMARY_LIMIT), `## t\n\n${'| 🦀 |\n'.repeat(SUMMARY_LIMIT / 8)}`]) {
      const fitted = fitSummary(markdown)
      expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(SUMMARY_LIMIT)
      expect(fitted).not.toMatch(LONE_SURROGATE)
      expect(fitted).not.toContain('\uFFFD')
    }
  })

  test('the comment stays within 65,536 characters, however counted, and splits no character', () => {
    const marker = commentMarker('default')
    for (const body of [
      '🦀'.repeat(COMMENT_LIMIT),
      `${'| 日本 🦀 |\n'.repeat(COMMENT_LIMIT / 4)}`,
      `## t\n\n${'ü'.repeat(COMMENT_LIMIT)}`
    ]) {
      const { text, truncated } = fitComment(marker, body)
      expect(truncated).toBe(true)
      expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT)
      expect([...text].length).toBeLessThanOrEqual(COMMENT_LIMIT)
      // Counted as UTF-8 bytes, four per character at most, it stays within what GitHub takes too.
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(4 * COMMENT_LIMIT)
      expect(text).not.toMatch(LONE_SURROGATE)
    }
  })
})
