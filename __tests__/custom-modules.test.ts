// The user's own modules: files and wasi-testsuite-style directories with
// sibling JSON expectations, compiled from WAT here, run through real runtimes.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { runProbe } from '../src/engine.js'
import { InputError, type Plan } from '../src/inputs.js'
import { probeBytes } from '../src/probes/catalog.js'
import { loadCustomModules } from '../src/probes/custom.js'
import { ALL_PROBES } from '../src/probes/index.js'
import { capabilityGroups } from '../src/report/capabilities.js'
import { prepareCellDir, removeCellDir } from '../src/run/cell-dir.js'
import { tempDir, writeFakeRuntime } from './helpers/fake-runtimes.js'
import { schemaErrors } from './helpers/schema.js'
import { compileWat } from './helpers/wat.js'

const WASI = '"wasi_snapshot_preview1"'
/** Exits with the number of arguments, argv[0] included. */
const EXIT_ARGC = `(module
  (import ${WASI} "args_sizes_get" (func $sizes (param i32 i32) (result i32)))
  (import ${WASI} "proc_exit" (func $exit (param i32)))
  (memory (export "memory") 1)
  (func (export "_start") (drop (call $sizes (i32.const 0) (i32.const 4))) (call $exit (i32.load (i32.const 0)))))`
/** Prints "hello\\n". */
const HELLO = `(module
  (import ${WASI} "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
  (import ${WASI} "proc_exit" (func $exit (param i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "hello\\n")
  (func (export "_start")
    (i32.store (i32.const 0) (i32.const 16)) (i32.store (i32.const 4) (i32.const 6))
    (drop (call $write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
    (call $exit (i32.const 0))))`
const EXIT_7 = `(module
  (import ${WASI} "proc_exit" (func $exit (param i32)))
  (memory (export "memory") 1)
  (func (export "_start") (call $exit (i32.const 7))))`

const embedded = (id: string) => Buffer.from(probeBytes(ALL_PROBES.find((p) => p.id === id)!))

/** A suite laid out like the wasi-testsuite: NAME.wasm with NAME.json beside it. */
async function writeSuite(root: string): Promise<string> {
  const suite = join(root, 'my-suite')
  mkdirSync(join(suite, 'fs-tests.dir'), { recursive: true })
  writeFileSync(join(suite, 'fs-tests.dir', 'keep.txt'), 'the user owns this\n')
  // Left behind by an earlier run of the suite elsewhere: not part of the test's directory.
  writeFileSync(join(suite, 'fs-tests.dir', 'output.txt.cleanup'), 'stale\n')
  const test = async (name: string, wasm: Uint8Array | Promise<Uint8Array>, spec?: object) => {
    writeFileSync(join(suite, `${name}.wasm`), await wasm)
    if (spec) writeFileSync(join(suite, `${name}.json`), JSON.stringify(spec))
  }
  await test('argc', compileWat(EXIT_ARGC), { args: ['a', 'b c'], exit_code: 3 })
  await test('hello', compileWat(HELLO), { stdout: 'hello\n' })
  await test('no-spec', compileWat(HELLO)) // no JSON: exit 0 expected
  await test('wrong-exit', compileWat(EXIT_7), { exit_code: 0 })
  await test('environ', embedded('wasi-environ'), { env: { WASI_PROBE_VAR: 'value with spaces=and equals' } })
  await test('writes-a-file', embedded('wasi-preopen-write'), { dirs: ['fs-tests.dir'] })
  return suite
}

function plan(runtimes: string[], modules: string[]): Plan {
  return {
    runtimes,
    probes: ['basic'],
    modules,
    timeoutSeconds: 20,
    failOn: { kind: 'none' },
    summary: true,
    resultPath: ''
  }
}

describe('your own modules', () => {
  test('a wasi-testsuite-style directory runs as a suite on every runtime; the files stay untouched', async () => {
    const root = tempDir()
    const suite = await writeSuite(root)
    const bin = tempDir()
    writeFakeRuntime(bin, 'wasmtime')
    writeFakeRuntime(bin, 'wasm3')
    const env = { ...process.env, PATH: `${bin}:${dirname(process.execPath)}:/usr/bin:/bin` }
    const result = await runProbe(plan(['node', 'wasmtime', 'wasm3'], [suite]), { env })
    expect(schemaErrors(result)).toEqual([])

    const custom = (id: string) =>
      Object.fromEntries(
        result.runtimes
          .find((r) => r.id === id)!
          .probes.filter((p) => p.category === 'custom')
          .map((p) => [p.id, p.status])
      )
    const expected = {
      'my-suite/argc': 'pass',
      'my-suite/environ': 'pass',
      'my-suite/hello': 'pass',
      // No JSON: only exit 0 is expected.
      'my-suite/no-spec': 'pass',
      'my-suite/wrong-exit': 'fail',
      'my-suite/writes-a-file': 'pass'
    }
    expect(custom('node')).toEqual(expected)
    expect(custom('wasmtime')).toEqual(expected)
    // wasm3 passes no environment and preopens no directory: those tests are unsupported there.
    expect(custom('wasm3')).toEqual({
      ...expected,
      'my-suite/environ': 'unsupported',
      'my-suite/writes-a-file': 'unsupported'
    })

    // The runs wrote into copies: the user's directory holds only what it held.
    expect(readdirSync(join(suite, 'fs-tests.dir')).sort()).toEqual(['keep.txt', 'output.txt.cleanup'])

    const group = capabilityGroups(result).find((g) => g.title === 'Your modules')!
    expect(group.rows).toEqual([{ label: 'my-suite/ (suite)', cells: ['❌ 5/6', '❌ 5/6', '❌ 3/6'] }])
    expect(group.notes).toEqual([
      'my-suite on node: wrong-exit',
      'my-suite on wasmtime: wrong-exit',
      'my-suite on wasm3: wrong-exit'
    ])
    // The basic probes still decide whether a runtime supports WASI.
    expect(result.supported).toEqual(['node', 'wasmtime', 'wasm3'])
  })

  test('single files and globs, ids from the file names', async () => {
    const suite = await writeSuite(tempDir())
    const { probes, problems } = await loadCustomModules([join(suite, 'h*.wasm'), join(suite, 'argc.wasm')])
    expect(problems).toEqual([])
    expect(probes.map((p) => [p.id, p.suite, p.args, p.expect])).toEqual([
      ['hello', undefined, [], { exitCode: 0, stdout: 'hello\n' }],
      ['argc', undefined, ['a', 'b c'], { exitCode: 3 }]
    ])
  })

  test('what cannot be used is named, with why', async () => {
    const root = tempDir()
    const suite = await writeSuite(root)
    writeFileSync(join(suite, 'hello.json'), '{ "stdout": ')
    writeFileSync(join(suite, 'argc.json'), JSON.stringify({ args: 'a b', exit_code: 'three' }))
    const { problems } = await loadCustomModules([suite, join(root, 'nothing-*.wasm'), root])
    expect(problems).toEqual([
      expect.stringMatching(
        /argc\.json: "args" must be an array of strings; "exit_code" must be an integer$/
      ),
      expect.stringMatching(/hello\.json is not valid JSON/),
      `${join(root, 'nothing-*.wasm')} matches no .wasm file`,
      `${root} is a directory with no .wasm file in it`
    ])
    await expect(runProbe(plan(['node'], [join(root, 'nothing-*.wasm')]))).rejects.toThrow(InputError)
  })
})

test("a copied directory leaves out wasi-testsuite's .cleanup leftovers and keeps the rest", () => {
  const from = join(tempDir(), 'fs-tests.dir')
  mkdirSync(join(from, 'sub'), { recursive: true })
  writeFileSync(join(from, 'keep.txt'), 'kept\n')
  writeFileSync(join(from, 'sub', 'also.txt'), 'kept\n')
  writeFileSync(join(from, 'stale.txt.cleanup'), 'left by an earlier run\n')
  const probe = { ...ALL_PROBES[0], copyDirs: [{ guest: 'fs-tests.dir', from }] }
  const dirs = prepareCellDir(probe, tempDir())!
  expect(dirs.preopens.map((p) => p.guest)).toEqual(['fs-tests.dir'])
  const copy = dirs.preopens[0].host
  expect(readdirSync(copy).sort()).toEqual(['keep.txt', 'sub'])
  expect(readdirSync(join(copy, 'sub'))).toEqual(['also.txt'])
  removeCellDir(dirs)
  expect(readdirSync(from).sort()).toEqual(['keep.txt', 'stale.txt.cleanup', 'sub'])
})
