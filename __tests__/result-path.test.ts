// Where the result file goes: its default name (one per label, always a name a file system takes), the
// check of `result-path` made before anything runs, and the action when that path cannot be written:
// the step fails naming the input, and every output, the summary and the result file are still there.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { run as runAction } from '../src/action/run.js'
import { failedRunResult } from '../src/engine.js'
import { defaultResultFileName, resultPathProblem, writeResultFile } from '../src/publish/result-file.js'
import { type ActionRun, runActionInProcess, runBundledAction } from './helpers/action.js'
import { tempDir } from './helpers/fake-runtimes.js'
import { schemaErrors } from './helpers/schema.js'
import { sayWhySkipped } from './helpers/skip.js'

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'))
const aResult = () => failedRunResult('x', { rule: 'none', ok: true, message: '' })

/** Labels a matrix may give, and ones that differ only where a careless file name would merge them. */
const LABELS = [
  'linux-x64-glibc',
  'ubuntu-24.04 (arm)',
  'a/b',
  'a_b',
  'a b',
  'a\\b',
  'a:b',
  'a%2Fb',
  'a%2fb',
  '~',
  '%7E',
  '.',
  '..',
  'CON',
  'é',
  'e\u0301',
  '<script>|"*?',
  'x'.repeat(300),
  `${'x'.repeat(299)}y`,
  '%'.repeat(100),
  '😀'.repeat(1000),
  `${'x'.repeat(156)}%`
]

describe('the default result file name', () => {
  test('labels that differ never share a name; a plain label reads as it is', () => {
    const names = LABELS.map(defaultResultFileName)
    expect(new Set(names).size).toBe(LABELS.length)
    expect(defaultResultFileName('linux-x64-glibc')).toBe('wasi-probe-linux-x64-glibc.json')
    expect(defaultResultFileName('a_b')).toBe('wasi-probe-a_b.json')
    expect(defaultResultFileName('a/b')).toBe('wasi-probe-a%2Fb.json')
    expect(defaultResultFileName('ubuntu-24.04 (arm)')).toBe('wasi-probe-ubuntu-24.04%20%28arm%29.json')
  })

  test('every name is one file that a file system takes, and the report finds it', () => {
    const dir = tempDir()
    for (const label of LABELS) {
      const name = defaultResultFileName(label)
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(180)
      // Nothing that Windows refuses or a shell reads, no folder, no hidden file.
      expect(name).toMatch(/^wasi-probe-[A-Za-z0-9._%~-]+\.json$/)
      // Each escape whole, also where a long label was cut.
      expect(name).not.toMatch(/%(?![0-9A-F]{2})/)
      writeFileSync(join(dir, name), label)
    }
    const written = readdirSync(dir)
    expect(written).toHaveLength(LABELS.length)
    expect(written.map((name) => readFileSync(join(dir, name), 'utf8')).sort()).toEqual([...LABELS].sort())
  })

  test('a long label is cut and ends in a hash of all of it', () => {
    const name = defaultResultFileName('x'.repeat(10_000))
    expect(name).toMatch(/^wasi-probe-x+~[0-9a-f]{16}\.json$/)
    expect(defaultResultFileName(`${'x'.repeat(9_999)}y`)).not.toBe(name)
  })
})

describe('the result path, checked before anything runs', () => {
  test('a folder, a name ending in a separator, an over-long name, a folder that is a file', () => {
    const dir = tempDir()
    const file = join(dir, 'file')
    writeFileSync(file, '')
    expect(resultPathProblem(dir)).toBe('it is a folder')
    expect(resultPathProblem(`${join(dir, 'out')}/`)).toMatch(/ends in a separator, so it names a folder/)
    expect(resultPathProblem(join(dir, `${'r'.repeat(251)}.json`))).toBe(
      'its file name is 256 bytes long, more than the 255 a file system takes'
    )
    expect(resultPathProblem(join(file, 'sub', 'r.json'))).toBe(`${file} is a file, not a folder`)
    expect(readdirSync(dir)).toEqual(['file'])
  })

  test('a path that can be written: its folders are made, and nothing is left in them', () => {
    const dir = tempDir()
    const path = join(dir, 'a', 'b', 'c', 'result.json')
    expect(resultPathProblem(path)).toBeUndefined()
    expect(readdirSync(dirname(path))).toEqual([])
    expect(writeResultFile(path, aResult())).toBe(path)
    expect(readdirSync(dirname(path))).toEqual(['result.json'])
  })

  const posixOnly = process.platform === 'win32' ? test.skip : test
  if (process.platform === 'win32') sayWhySkipped('/dev/null as the result path', 'it is a POSIX device')
  posixOnly('a device is never replaced by the result file', () => {
    expect(resultPathProblem('/dev/null')).toMatch(/not a regular file/)
    expect(() => writeResultFile('/dev/null', aResult())).toThrow(/not a regular file/)
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true)
  })

  const hasProc = process.platform === 'linux' && existsSync('/proc/self')
  const linuxOnly = hasProc ? test : test.skip
  if (!hasProc) sayWhySkipped('result paths in /proc and /sys', 'no /proc here')
  // In a child process: a recursive mkdir in /proc never returns, and would hold this one forever.
  linuxOnly(
    'a path in /proc or /sys is refused at once, and writing there throws',
    () => {
      const module = pathToFileURL(resolve('src/publish/result-file.ts')).href
      const engine = pathToFileURL(resolve('src/engine.ts')).href
      const paths = ['/proc/wasi-probe-folder/result.json', '/proc/result.json', '/sys/result.json']
      const program = `
      import { resultPathProblem, writeResultFile } from ${JSON.stringify(module)}
      import { failedRunResult } from ${JSON.stringify(engine)}
      const result = failedRunResult('x', { rule: 'none', ok: true, message: '' })
      const seen = ${JSON.stringify(paths)}.map((path) => {
        let thrown
        try { writeResultFile(path, result) } catch (error) { thrown = error.message }
        return { problem: resultPathProblem(path), thrown }
      })
      process.stdout.write(JSON.stringify(seen))
    `
      const tsx = `--import=${pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href}`
      const child = spawnSync(process.execPath, [tsx, '--input-type=module', '-e', program], {
        encoding: 'utf8',
        timeout: 50_000
      })
      expect(child.signal).toBeNull()
      expect(child.stderr).toBe('')
      const [inFolder, inProc, inSys] = JSON.parse(child.stdout)
      expect(inFolder).toEqual({
        problem: 'the folder /proc/wasi-probe-folder cannot be made (ENOENT)',
        thrown: expect.stringContaining('the folder /proc/wasi-probe-folder cannot be made (ENOENT)')
      })
      expect(inProc.problem).toBe('nothing can be written in /proc (ENOENT)')
      expect(inProc.thrown).toMatch(/ENOENT/)
      expect(inSys.problem).toMatch(/^nothing can be written in \/sys \(E(ACCES|PERM|NOENT|ROFS)\)$/)
    },
    60_000
  )
})

/** The action as the runner runs it: its run() in this process, or the committed bundle in a child. */
const WAYS: [string, (inputs: Record<string, string>, runnerDir?: string) => Promise<ActionRun>][] = [
  ['in-process', (inputs, runnerDir) => runActionInProcess(runAction, inputs, NODE_ONLY, runnerDir)],
  ['the bundle', (inputs, runnerDir) => runBundledAction(inputs, NODE_ONLY, runnerDir)]
]
/** Only the running node is found: the runs are quick, and the same on every machine. */
const NODE_ONLY = { PATH: [dirname(process.execPath), '/usr/bin', '/bin'].join(':') }

const posixDescribe = process.platform === 'win32' ? describe.skip : describe
if (process.platform === 'win32') sayWhySkipped('the action with result paths', 'the paths are POSIX ones')

posixDescribe('a result path that cannot be written loses nothing else', () => {
  test.each(WAYS)(
    '%s: result-path is a folder: the step fails naming it; outputs, summary and the result file are there',
    async (_way, runWay) => {
      const folder = tempDir()
      const run = await runWay({ runtimes: 'node', 'result-path': folder, label: 'leg' })
      expect(run.stderr).toBe('')
      expect(run.status).toBe(1)
      const instead = join(run.runnerTemp, 'wasi-probe-leg.json')
      const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'))
      expect(errors).toEqual([
        `::error::Input 'result-path' is "${folder}": it is a folder. Accepted: the path of a file that can be written. ` +
          `The result file is written to ${instead} instead (the result-file output names it).`
      ])
      // The probe ran, and everything it publishes is published.
      expect(JSON.parse(run.outputs.supported)).toEqual(['node'])
      expect(Object.keys(run.outputs).sort()).toEqual(
        [
          'capabilities',
          'include',
          'matrix',
          'native',
          'native-handler',
          'paths',
          'result-file',
          'runners',
          'supported'
        ].sort()
      )
      expect(run.outputs['result-file']).toBe(instead)
      const result = readJson(instead)
      expect(schemaErrors(result)).toEqual([])
      expect(result.host.label).toBe('leg')
      expect(result.supported).toEqual(['node'])
      expect(run.summary).toMatch(/^\| `node` \|/m)
      expect(readdirSync(folder)).toEqual([])
    }
  )

  test.each(WAYS)('%s: an over-long label still names a result file of its own', async (_way, runWay) => {
    const label = `${'ubuntu-24.04 '.repeat(40)}(arm)`
    const run = await runWay({ runtimes: 'node', label })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.outputs['result-file']).toBe(join(run.runnerTemp, defaultResultFileName(label)))
    expect(readJson(run.outputs['result-file']).host.label).toBe(label)
  })

  if (process.platform !== 'linux')
    sayWhySkipped('a result path in /proc through the bundle', 'no /proc here')
  // The bundle only: in this process, a hang would hold the test run.
  ;(process.platform === 'linux' ? test : test.skip)(
    'the bundle: a result path in /proc fails the step at once, and the probe publishes the rest',
    async () => {
      const run = await runBundledAction(
        { runtimes: 'node', 'result-path': '/proc/wasi-probe/r.json' },
        NODE_ONLY
      )
      expect(run.status).toBe(1)
      expect(run.stdout).toMatch(
        /^::error::Input 'result-path' is "\/proc\/wasi-probe\/r\.json": the folder \/proc\/wasi-probe cannot be made \(ENOENT\)\./m
      )
      expect(JSON.parse(run.outputs.supported)).toEqual(['node'])
      expect(readJson(run.outputs['result-file']).supported).toEqual(['node'])
    },
    // Beyond the helper's kill timer, so that a hanging bundle is killed, not left running.
    150_000
  )

  test('labels a/b and a_b, in one runner folder: two result files', async () => {
    const runnerDir = tempDir('wasi-probe-runner-')
    const first = await runActionInProcess(
      runAction,
      { runtimes: 'node', label: 'a/b' },
      NODE_ONLY,
      runnerDir
    )
    const second = await runActionInProcess(
      runAction,
      { runtimes: 'node', label: 'a_b' },
      NODE_ONLY,
      runnerDir
    )
    expect([first.status, second.status]).toEqual([0, 0])
    expect(first.outputs['result-file']).not.toBe(second.outputs['result-file'])
    expect(readJson(first.outputs['result-file']).host.label).toBe('a/b')
    expect(readJson(second.outputs['result-file']).host.label).toBe('a_b')
  })

  test('bad inputs and a bad result path: one message names both, and the result file goes to the default place', async () => {
    const runnerDir = tempDir('wasi-probe-runner-')
    const taken = join(runnerDir, 'taken')
    mkdirSync(taken)
    const run = await runActionInProcess(
      runAction,
      { runtimes: 'bogus', label: 'windows-x64', 'result-path': taken },
      NODE_ONLY,
      runnerDir
    )
    expect(run.status).toBe(1)
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(`Input 'runtimes' has "bogus", not a known runtime.`)
    expect(errors[0]).toContain(`%0AInput 'result-path' is "${taken}": it is a folder.`)
    const result = readJson(run.outputs['result-file'])
    expect(run.outputs['result-file']).toBe(join(runnerDir, 'wasi-probe-windows-x64.json'))
    expect(result.host.label).toBe('windows-x64')
    expect(result.error).toContain('it is a folder')
  })
})
