// The pieces that run a test: reading streams as the runner reads them,
// describing a difference, copying a test's folder, the shared bound on
// parallel runs, and node batches that keep each module's output its own.
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { copyTree, removeCleanupFiles } from '../src/run/copy-tree.js'
import { runNodeBatch } from '../src/run/node-batch.js'
import { createPool } from '../src/run/pool.js'
import { firstWords } from '../src/run/suite-tests.js'
import type { TestConfig } from '../src/probes/suites/spec.js'
import type { Operation } from '../src/result/index.js'
import { describeDifference, runTestCase, type TestRun } from '../src/run/test-case.js'
import { LiveProcess, TextStream } from '../src/run/test-process.js'
import { tempDir } from './helpers/fake-runtimes.js'
import { printing } from './helpers/test-modules.js'

describe('a stream, as Python text mode reads a pipe', () => {
  test('UTF-8 split across chunks, and \\r\\n and a lone \\r read as \\n, also when split', async () => {
    const stream = new TextStream()
    const bytes = Buffer.from('é one\r', 'utf8')
    stream.add(bytes.subarray(0, 1))
    stream.add(bytes.subarray(1))
    stream.add(Buffer.from('\ntwo\rthree\r'))
    stream.end()
    expect(await stream.read(100, 0)).toEqual({ text: 'é one\ntwo\nthree\n', timedOut: false })
    expect(stream.captured().bytes).toBe(bytes.length + 11)
  })

  test('a read takes the next characters, waits for them, and says when they did not come', async () => {
    const stream = new TextStream()
    stream.add(Buffer.from('abc'))
    expect(await stream.read(2, 0)).toEqual({ text: 'ab', timedOut: false })
    const later = stream.read(3, 2000)
    setTimeout(() => stream.add(Buffer.from('de')), 20)
    expect(await later).toEqual({ text: 'cde', timedOut: false })
    expect(await stream.read(5, 30)).toEqual({ text: '', timedOut: true })
    stream.add(Buffer.from('line one\nrest'))
    expect(await stream.readLine(0)).toEqual({ text: 'line one', timedOut: false })
    stream.end()
    expect(await stream.read(10, 1000)).toEqual({ text: 'rest', timedOut: false })
  })
})

test('a difference names the first differing character, with short escaped excerpts', () => {
  expect(describeDifference('stdout', 'hello\nworld', 'hello\nWorld')).toBe(
    'stdout differs at character 7: "hello\\nworld", expected "hello\\nWorld"'
  )
  expect(describeDifference('stderr', 'ab', 'abc')).toBe(
    'stderr ended after 2 characters ("ab"), expected "abc"'
  )
  const long = 'x'.repeat(100)
  expect(describeDifference('stdout', `${long}a${long}`, `${long}b${long}`)).toBe(
    `stdout differs at character 101: "…${'x'.repeat(12)}a${'x'.repeat(23)}…", expected "…${'x'.repeat(12)}b${'x'.repeat(23)}…"`
  )
})

test("a runtime's own words: the first error line, in the stream it writes its errors to first", () => {
  const run = (stdout: string, stderr: string): TestRun => ({
    stdout: { text: stdout, bytes: stdout.length },
    stderr: { text: stderr, bytes: stderr.length },
    durationMs: 0
  })
  // WAMR: the module's own output and the trap on stdout, the module's panic on stderr.
  const wamr = run(
    'writable subs: {}\nException: unreachable\n',
    "thread 'main' panicked at x.rs:1:2:\nboom\n"
  )
  expect(firstWords(wamr, 'stdout')).toEqual({ stream: 'stdout', words: 'Exception: unreachable' })
  expect(firstWords(wamr, 'stderr')).toEqual({
    stream: 'stderr',
    words: "thread 'main' panicked at x.rs:1:2: boom"
  })
  // No error line anywhere: the first line of the error stream, else of the other.
  expect(firstWords(run('just output\n', ''), 'stderr')).toEqual({ stream: 'stdout', words: 'just output' })
  expect(firstWords(run('', ''))).toBeUndefined()
})

describe("a test's folder, copied for one run", () => {
  test('real copies, links as they are, no .cleanup leftovers, writable though the original is not', async () => {
    const from = join(tempDir(), 'fs-tests.dir')
    mkdirSync(join(from, 'sub'), { recursive: true })
    writeFileSync(join(from, 'file.txt'), 'content\n', { mode: 0o444 })
    writeFileSync(join(from, 'sub', 'stale.cleanup'), 'left behind\n')
    mkdirSync(join(from, 'dir.cleanup'))
    symlinkSync('file.txt', join(from, 'link'))
    symlinkSync('gone', join(from, 'kept.cleanup'))
    const to = join(tempDir(), 'copy')
    await copyTree(from, to)
    expect(readdirSync(to).sort()).toEqual(['file.txt', 'kept.cleanup', 'link', 'sub'])
    expect(readdirSync(join(to, 'sub'))).toEqual([])
    expect(readlinkSync(join(to, 'link'))).toBe('file.txt')
    expect(readFileSync(join(to, 'file.txt'), 'utf8')).toBe('content\n')
    // A copy, never a hard link to the user's file.
    expect(lstatSync(join(to, 'file.txt')).ino).not.toBe(lstatSync(join(from, 'file.txt')).ino)
    expect(lstatSync(join(to, 'file.txt')).mode & 0o777).toBe(0o644)
    writeFileSync(join(to, 'file.txt'), 'changed\n')
    expect(readFileSync(join(from, 'file.txt'), 'utf8')).toBe('content\n')

    writeFileSync(join(to, 'sub', 'new.cleanup'), '')
    removeCleanupFiles(to)
    expect(readdirSync(join(to, 'sub'))).toEqual([])
    // The runner never removes a link, whatever its name.
    expect(readdirSync(to).sort()).toEqual(['file.txt', 'kept.cleanup', 'link', 'sub'])
  })

  test('a root that is a link to a folder is copied as the folder it points to', async () => {
    const root = tempDir()
    mkdirSync(join(root, 'real'))
    writeFileSync(join(root, 'real', 'in.txt'), 'in\n')
    symlinkSync('real', join(root, 'alias'))
    await copyTree(join(root, 'alias'), join(root, 'copy'))
    expect(lstatSync(join(root, 'copy')).isDirectory()).toBe(true)
    expect(readdirSync(join(root, 'copy'))).toEqual(['in.txt'])
  })
})

test('the pool runs at most its size at once, and every task', async () => {
  const pool = createPool(2)
  let running = 0
  let most = 0
  const results = await Promise.all(
    Array.from({ length: 9 }, (_, i) =>
      pool.run(async () => {
        running += 1
        most = Math.max(most, running)
        await new Promise((resolve) => setTimeout(resolve, 5 + (i % 3)))
        running -= 1
        return i
      })
    )
  )
  expect(results).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8])
  expect(most).toBe(2)
})

describe('a node batch', () => {
  test("keeps each module's stdout and stderr its own, whatever bytes they hold", async () => {
    const dir = tempDir()
    const big = 'y'.repeat(100_000)
    const modules = {
      first: await printing('one\n', 'err one\n'),
      // NUL bytes and something shaped like the runner's markers, without its nonce.
      tricky: await printing('\0deadbeef end 0 {}\0 not a marker\n', '\0x\0'),
      big: await printing(big),
      last: await printing('', 'err last\n', 5),
      // proc_exit takes 32 bits; a process's exit status keeps 8 of them (on POSIX).
      wide: await printing('', '', 257)
    }
    const jobs = Object.entries(modules).map(([id, bytes]) => {
      writeFileSync(join(dir, `${id}.wasm`), bytes)
      return { id, module: join(dir, `${id}.wasm`), args: [], env: {}, preopens: {} }
    })
    const results = await runNodeBatch(process.execPath, jobs, 10_000, dir)
    const seen = (id: string) => {
      const r = results.get(id)!
      return [r.exitCode, r.stdout.text, r.stderr.text]
    }
    expect(seen('first')).toEqual([0, 'one\n', 'err one\n'])
    expect(seen('tricky')).toEqual([0, '\0deadbeef end 0 {}\0 not a marker\n', '\0x\0'])
    expect(results.get('big')!.stdout.bytes).toBe(100_000)
    expect(seen('last')).toEqual([5, '', 'err last\n'])
    expect(seen('wide')).toEqual([process.platform === 'win32' ? 257 : 1, '', ''])
  })
})

describe('a test case, as the runner runs it', () => {
  const config = (operations: Operation[]): TestConfig => ({
    format: 'operations',
    operations,
    proposals: [],
    world: 'wasi:cli/command',
    servers: [],
    dirs: []
  })
  const launching = (command: string, args: string[]) => async () =>
    new LiveProcess({ command, args, env: process.env, cwd: tempDir() })
  const run: Operation = { type: 'run', args: [], env: {}, root: null }
  const options = { timeoutMs: 2000, isTrap: () => false }

  test('a process killed by a signal has minus its number as exit code, as Python sees it', async () => {
    const killed = launching('sh', ['-c', 'kill -TERM $$'])
    expect(
      (await runTestCase(config([run, { type: 'wait', exit_code: -15 }]), killed, options)).failure
    ).toBeUndefined()
    expect(
      (await runTestCase(config([run, { type: 'wait', exit_code: 0 }]), killed, options)).failure
    ).toEqual({
      check: 'exit-code',
      message: 'killed by SIGTERM, expected 0'
    })
  })

  test('a module that could not start says so, whichever operation found out first', async () => {
    const missing = launching(join(tempDir(), 'no-such-runtime'), [])
    for (const operations of [
      [run, { type: 'wait', exit_code: 0 }],
      [run, { type: 'read', id: 'stdout', payload: 'hello' }, { type: 'wait', exit_code: 0 }]
    ] as Operation[][]) {
      const { failure } = await runTestCase(config(operations), missing, options)
      expect(failure).toEqual({ check: 'start', message: expect.stringMatching(/^could not start: ENOENT/) })
    }
  })
})
