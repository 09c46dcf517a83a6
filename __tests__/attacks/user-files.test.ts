// Attacks on the user's files and the host: a runtime that writes into its
// working directory, specs that point out of the test's folder, links that
// lead out of a copy, folders too big to copy, and a copy slower than the test.
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { dirname, join } from 'node:path'
import { runProbe } from '../../src/engine.js'
import { InputError } from '../../src/inputs/plan.js'
import { moduleBytes } from '../../src/probes/catalog.js'
import { loadTests } from '../../src/probes/suites/load.js'
import { FOLDER_ENTRIES_LIMIT } from '../../src/probes/suites/test-folder.js'
import { copyTree, CopyTimeout } from '../../src/run/copy-tree.js'
import type { ProbeResult } from '../../src/result/index.js'
import { enginePlan, envWithFakes, EVERY_FAKE_RUNTIME, everyFakeBinary } from '../helpers/engine.js'
import { tempDir } from '../helpers/fake-runtimes.js'
import { sayWhySkipped } from '../helpers/skip.js'
import { changingItsDirectory, printing, writeSuite } from '../helpers/test-modules.js'
import { compileWat } from '../helpers/wat.js'
import { treeSnapshot } from '../helpers/tree.js'

const SUITE = '../shared/wasi-testsuite/tests/rust/testsuite/wasm32-wasip1'
/** Tests of the official suite that write: into their directory, and (through wasm3) wherever it preopens. */
const WRITING_TESTS = [
  'file_pread_pwrite',
  'path_open_create_existing',
  'path_rename',
  'fd_filestat_set',
  'path_link'
]

const testsOf = (result: ProbeResult, runtime: string) =>
  result.runtimes.find((r) => r.id === runtime)!.probes.filter((p) => p.test !== undefined)

/** Runs `fn` with the process in `dir`, as the action runs in the user's checkout. */
async function inDirectory<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const before = process.cwd()
  process.chdir(dir)
  try {
    return await fn()
  } finally {
    process.chdir(before)
  }
}

describe("the caller's working directory", () => {
  test('is unchanged after every probe set and a suite, on every runtime', async () => {
    // A checkout with a copy of a few writing tests of the official suite in it.
    const checkout = tempDir('wasi-probe-checkout-')
    writeFileSync(join(checkout, 'README.md'), 'the user owns this\n')
    const suite = join(checkout, 'suite')
    mkdirSync(suite)
    cpSync(join(SUITE, 'manifest.json'), join(suite, 'manifest.json'))
    cpSync(join(SUITE, 'fs-tests.dir'), join(suite, 'fs-tests.dir'), { recursive: true })
    // A module without a spec preopens nothing, yet writes at fd 3 where a runtime gives it one anyway (wasm3).
    writeFileSync(join(suite, 'writes-where-it-can.wasm'), moduleBytes('wasi-preopen-write'))
    for (const name of WRITING_TESTS)
      for (const ext of ['wasm', 'json']) cpSync(join(SUITE, `${name}.${ext}`), join(suite, `${name}.${ext}`))
    const before = treeSnapshot(checkout)

    const result = await inDirectory(checkout, () =>
      runProbe(enginePlan(EVERY_FAKE_RUNTIME, { probes: ['all'], modules: ['suite'] }), {
        env: { ...envWithFakes(...everyFakeBinary()), GITHUB_WORKSPACE: checkout }
      })
    )
    // Every runtime ran the probes and the tests: a runtime that ran nothing proves nothing.
    for (const runtime of EVERY_FAKE_RUNTIME) {
      const ran = result.runtimes.find((r) => r.id === runtime)!
      expect([runtime, ran.status]).toEqual([runtime, 'pass'])
      expect([runtime, testsOf(result, runtime).length]).toEqual([runtime, WRITING_TESTS.length + 1])
    }
    // wasm3 preopens its working directory whatever it is asked: the module wrote its output.txt
    // there (it passed), in a scratch directory of its own; elsewhere it found no directory (exit 1).
    const wrote = (runtime: string) => testsOf(result, runtime).find((p) => p.test === 'writes-where-it-can')!
    expect(wrote('wasm3').status).toBe('pass')
    expect(wrote('wasmtime')).toMatchObject({
      status: 'fail',
      reason: expect.stringMatching(/exit code 1\b/)
    })
    expect(treeSnapshot(checkout)).toEqual(before)
  })
})

describe('a runtime that writes into its working directory', () => {
  test('writes into a scratch one, for its version query, its probes and its tests alike', async () => {
    const checkout = tempDir('wasi-probe-checkout-')
    const suite = await writeSuite(join(checkout, 'suite'), { t: { module: printing('hi\n') } })
    const before = treeSnapshot(checkout)
    // The real fake behind a script that leaves a file wherever it runs, once per run.
    const env = envWithFakes('wasmtime')
    const bin = tempDir()
    const fake = join(env.PATH!.split(':')[0], 'wasmtime')
    writeFileSync(
      join(bin, 'wasmtime'),
      `#!/bin/sh\necho "$*" > "./left-by-wasmtime-$$"\nexec '${fake}' "$@"\n`
    )
    chmodSync(join(bin, 'wasmtime'), 0o755)
    const result = await inDirectory(checkout, () =>
      runProbe(enginePlan(['wasmtime'], { probes: ['wasi'], modules: [suite] }), {
        env: { ...env, PATH: `${bin}:${env.PATH}`, GITHUB_WORKSPACE: checkout }
      })
    )
    expect(result.runtimes[0]).toMatchObject({ id: 'wasmtime', status: 'pass', version: expect.any(String) })
    expect(testsOf(result, 'wasmtime').map((p) => p.status)).toEqual(['pass'])
    expect(treeSnapshot(checkout)).toEqual(before)
  })
})

describe('links in a folder a test preopens', () => {
  test('one that leads out of the folder is an input error naming the spec, the entry and the link', async () => {
    const suite = join(tempDir(), 'suite')
    await writeSuite(suite, { t: { module: printing(''), spec: { root: 'fs-tests.dir' } } })
    const fixture = join(suite, 'fs-tests.dir')
    mkdirSync(join(fixture, 'sub'), { recursive: true })
    symlinkSync('/etc', join(fixture, 'sub', 'host-etc'))
    symlinkSync('../../..', join(fixture, 'sub', 'climbs'))
    const loaded = await loadTests([suite])
    expect(loaded.problems).toEqual([
      expect.stringMatching(
        /t\.json: "root" entry "fs-tests\.dir" holds links that lead out of it \("sub\/(climbs|host-etc)" -> "(\.\.\/\.\.\/\.\.|\/etc)", "sub\/(climbs|host-etc)" -> .*\); a module must not reach past its copy$/
      )
    ])
  })

  test('a link through a link to the folder itself, then up, leads out too', async () => {
    const suite = join(tempDir(), 'suite')
    await writeSuite(suite, { t: { module: printing(''), spec: { dirs: ['fs-tests.dir'] } } })
    const fixture = join(suite, 'fs-tests.dir')
    mkdirSync(fixture)
    symlinkSync('.', join(fixture, 'self'))
    // Lexically "self/.." is the folder; the kernel follows self first, then climbs.
    symlinkSync('self/..', join(fixture, 'sneaky'))
    const loaded = await loadTests([suite])
    expect(loaded.problems).toEqual([expect.stringContaining('"sneaky" -> "self/.."')])
  })

  test('in the copy: relative links stay as written, absolute ones inside become relative, the originals untouched', async () => {
    const from = join(tempDir(), 'fs-tests.dir')
    mkdirSync(join(from, 'sub'), { recursive: true })
    writeFileSync(join(from, 'file.txt'), 'original\n')
    symlinkSync('../file.txt', join(from, 'sub', 'relative'))
    symlinkSync(join(from, 'file.txt'), join(from, 'sub', 'absolute'))
    symlinkSync('missing', join(from, 'dangling'))
    const to = join(tempDir(), 'copy')
    await copyTree(from, to)
    expect(readlinkSync(join(to, 'sub', 'relative'))).toBe('../file.txt')
    expect(readlinkSync(join(to, 'sub', 'absolute'))).toBe('../file.txt')
    expect(readlinkSync(join(to, 'dangling'))).toBe('missing')
    // Written through the copy's link: the copy changes, the original does not.
    writeFileSync(join(to, 'sub', 'absolute'), 'changed\n')
    expect(readFileSync(join(to, 'file.txt'), 'utf8')).toBe('changed\n')
    expect(readFileSync(join(from, 'file.txt'), 'utf8')).toBe('original\n')
  })

  test('a link changed to lead out after loading is refused by the copy itself', async () => {
    const from = join(tempDir(), 'fs-tests.dir')
    mkdirSync(from)
    symlinkSync('/etc/passwd', join(from, 'later'))
    await expect(copyTree(from, join(tempDir(), 'copy'))).rejects.toThrow(
      /the link .*later -> \/etc\/passwd leads out of/
    )
  })
})

describe('a root that is a link', () => {
  test('to a folder of the test: its contents are copied, and the module changes the copy, never the original', async () => {
    const suite = join(tempDir(), 'suite')
    await writeSuite(suite, {
      t: { module: changingItsDirectory('target.txt'), spec: { root: 'alias.dir' } }
    })
    mkdirSync(join(suite, 'real.dir'))
    writeFileSync(join(suite, 'real.dir', 'target.txt'), 'the user owns this\n')
    writeFileSync(join(suite, 'real.dir', 'victim.txt'), 'and this\n')
    symlinkSync('real.dir', join(suite, 'alias.dir'))
    const before = treeSnapshot(suite)
    const result = await runProbe(enginePlan(['node', 'wasmtime'], { modules: [suite] }), {
      env: envWithFakes('wasmtime')
    })
    for (const runtime of ['node', 'wasmtime'])
      expect([runtime, testsOf(result, runtime)[0].status]).toEqual([runtime, 'pass'])
    expect(treeSnapshot(suite)).toEqual(before)
  })

  test('to a folder elsewhere: an input error naming the spec and the entry', async () => {
    const suite = join(tempDir(), 'suite')
    await writeSuite(suite, { t: { module: printing(''), spec: { root: 'alias.dir' } } })
    symlinkSync(tempDir(), join(suite, 'alias.dir'))
    expect((await loadTests([suite])).problems).toEqual([
      expect.stringContaining(
        't.json: "root" entry "alias.dir" is a link to a folder outside the test\'s folder'
      )
    ])
  })
})

describe('paths that climb out', () => {
  test.each([
    ['dirs', { dirs: ['../../../../etc'] }, '"dirs" entry "../../../../etc" leaves the test\'s folder'],
    [
      'root',
      { operations: [{ type: 'run', root: '/etc' }, { type: 'wait' }] },
      '"root" entry "/etc" is an absolute path'
    ],
    ['dirs', { dirs: ['/etc'] }, '"dirs" entry "/etc" is an absolute path']
  ])('%s %j is an input error naming the spec file and the entry', async (_field, spec, message) => {
    const suite = join(tempDir(), 'suite')
    await writeSuite(suite, { t: { module: printing(''), spec } })
    const loaded = await loadTests([suite])
    expect(loaded.problems).toEqual([expect.stringContaining(`${join(suite, 't.json')}: ${message}`)])
  })
})

describe('the size of a folder a test preopens', () => {
  test('past the limit of entries it is an input error, said before anything runs', async () => {
    const suite = join(tempDir(), 'suite')
    await writeSuite(suite, { t: { module: printing(''), spec: { root: 'big.dir' } } })
    const big = join(suite, 'big.dir')
    mkdirSync(big)
    for (let i = 0; i <= FOLDER_ENTRIES_LIMIT; i++) writeFileSync(join(big, `f${i}`), '')
    const failed = runProbe(enginePlan(['node'], { modules: [suite] }), { env: envWithFakes() })
    await expect(failed).rejects.toThrow(InputError)
    await expect(failed).rejects.toThrow(/"root" entry "big\.dir" holds more than 256 MiB or 20000 entries/)
  })

  test('FIFOs, sockets and devices are left out of copies, with a warning naming them; the tests run', async () => {
    const suite = join(tempDir(), 'suite')
    await writeSuite(suite, {
      t: { module: changingItsDirectory('target.txt'), spec: { root: 'fs-tests.dir' } },
      other: { module: printing('fine\n'), spec: { stdout: 'fine\n' } }
    })
    const fixture = join(suite, 'fs-tests.dir')
    mkdirSync(fixture)
    writeFileSync(join(fixture, 'target.txt'), 'x\n')
    writeFileSync(join(fixture, 'victim.txt'), 'x\n')
    execFileSync('mkfifo', [join(fixture, 'pipe')])
    const warnings: string[] = []
    const result = await runProbe(enginePlan(['node', 'wasmtime'], { modules: [suite] }), {
      env: envWithFakes('wasmtime'),
      warn: (message) => warnings.push(message)
    })
    expect(warnings).toEqual([
      expect.stringContaining('holds 1 FIFO, socket or device file ("pipe"), which the copies leave out')
    ])
    for (const runtime of ['node', 'wasmtime']) {
      const outcome = result.runtimes.find((r) => r.id === runtime)!
      expect([
        runtime,
        outcome.status,
        testsOf(result, runtime).map((p) => `${p.test}: ${p.status}`)
      ]).toEqual([runtime, 'pass', ['other: pass', 't: pass']])
    }
  })
})

describe('copy time', () => {
  test('a copy past its deadline stops with CopyTimeout', async () => {
    const from = join(tempDir(), 'fs-tests.dir')
    mkdirSync(from)
    for (let i = 0; i < 50; i++) writeFileSync(join(from, `f${i}`), 'x')
    await expect(copyTree(from, join(tempDir(), 'copy'), performance.now() - 1)).rejects.toThrow(CopyTimeout)
  })
})

describe('bun, which preopens a / of its own', () => {
  const bun = join(process.cwd(), 'node_modules', '.bin', 'bun')
  const why = existsSync(bun) ? undefined : 'bun is not installed (npm ci installs it)'
  if (why) sayWhySkipped('the bun root test', why)
  ;(why ? test.skip : test)(
    "gives a module the run's own working directory as /, never the host's",
    async () => {
      // Exits 0 when fd 4 (bun's "/") holds no etc/, 1 when it does (the host's / would).
      const module = await compileWat(`(module
      (import "wasi_snapshot_preview1" "path_open"
        (func $open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
      (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
      (memory (export "memory") 1)
      (data (i32.const 16) "etc")
      (func (export "_start")
        ;; oflags DIRECTORY (2)
        (if (i32.eqz (call $open (i32.const 4) (i32.const 0) (i32.const 16) (i32.const 3) (i32.const 2)
              (i64.const 0) (i64.const 0) (i32.const 0) (i32.const 64)))
          (then (call $exit (i32.const 1))))
        (call $exit (i32.const 0))))`)
      const suite = await writeSuite(join(tempDir(), 'suite'), { 'no-host-root': { module } })
      const env = envWithFakes()
      const result = await runProbe(enginePlan(['bun'], { modules: [suite] }), {
        env: { ...env, PATH: `${dirname(bun)}:${env.PATH}` }
      })
      expect(testsOf(result, 'bun').map((p) => [p.test, p.status, p.reason])).toEqual([
        ['no-host-root', 'pass', undefined]
      ])
    }
  )
})
