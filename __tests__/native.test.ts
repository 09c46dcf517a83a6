// Native execution through Linux binfmt_misc: parsing entries from real files,
// and, as root, registering real entries and executing the modules directly.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BASIC_PROBES } from '../src/probes/catalog.js'
import { STDIN_LINE, WASI_PROBES } from '../src/probes/wasi.js'
import { runNative } from '../src/run/native-runtime.js'
import { BINFMT_DIR, handlesWasm, parseBinfmtEntry, scanBinfmt } from '../src/runtimes/native.js'
import { whyBinfmtCannotBeRegistered } from './helpers/binfmt.js'
import { tempDir, writeFakeRuntime } from './helpers/fake-runtimes.js'
import { sayWhySkipped } from './helpers/skip.js'

describe('binfmt_misc entries', () => {
  test('parses magic, extension and disabled entries and knows which run .wasm', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'register'), '')
    writeFileSync(join(dir, 'status'), 'enabled\n')
    writeFileSync(
      join(dir, 'wasmtime'),
      'enabled\ninterpreter /usr/bin/wasmtime\nflags: F\noffset 0\nmagic 0061736d01000000\n'
    )
    writeFileSync(join(dir, 'wasm-ext'), 'enabled\ninterpreter /usr/bin/wasm3\nflags: \nextension .wasm\n')
    writeFileSync(join(dir, 'old'), 'disabled\ninterpreter /usr/bin/old\nflags: \noffset 0\nmagic 0061736d\n')
    writeFileSync(
      join(dir, 'qemu-arm'),
      'enabled\ninterpreter /usr/bin/qemu-arm\nflags: OCF\noffset 0\nmagic 7f454c46\n'
    )

    const scan = scanBinfmt(dir)
    expect(scan.state).toBe('scanned')
    if (scan.state !== 'scanned') return
    const wasm = scan.entries.filter(handlesWasm).map((e) => [e.name, e.interpreter, e.flags])
    expect(wasm.sort()).toEqual([
      ['wasm-ext', '/usr/bin/wasm3', ''],
      ['wasmtime', '/usr/bin/wasmtime', 'F']
    ])
    expect(
      parseBinfmtEntry('x', 'enabled\ninterpreter /i\nflags: F\noffset 2\nmagic 0061736d\n')
    ).toMatchObject({
      offset: 2
    })
    expect(
      handlesWasm(parseBinfmtEntry('x', 'enabled\ninterpreter /i\nflags: F\noffset 2\nmagic 0061736d\n'))
    ).toBe(false)
  })

  test('a folder without register is not mounted; a disabled status is disabled', () => {
    expect(scanBinfmt(tempDir()).state).toBe('not-mounted')
    const dir = tempDir()
    writeFileSync(join(dir, 'register'), '')
    writeFileSync(join(dir, 'status'), 'disabled\n')
    expect(scanBinfmt(dir).state).toBe('disabled')
  })

  test('no entry for .wasm: unsupported, with the reason, and nothing executed', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'register'), '')
    const run = await runNative(BASIC_PROBES, { timeoutMs: 5000, binfmtDir: dir })
    if (process.platform !== 'linux') {
      expect(run.native.status).toBe('unsupported')
      return
    }
    expect(run.native).toMatchObject({ status: 'unsupported', handler: null })
    expect(run.native.reason).toMatch(/no enabled binfmt_misc entry/)
    expect(run.runtime.probes).toEqual([])
  })
})

const skipReason = whyBinfmtCannotBeRegistered()
if (skipReason) sayWhySkipped('the binfmt_misc registration tests', `${skipReason}.`)
const describeAsRoot = skipReason ? describe.skip : describe

describeAsRoot('native execution through a registered binfmt_misc entry', () => {
  const entryName = `wasi-probe-test-${process.pid}`
  const register = (interpreter: string) =>
    writeFileSync(
      join(BINFMT_DIR, 'register'),
      `:${entryName}:M::\\x00asm\\x01\\x00\\x00\\x00::${interpreter}:F`
    )
  const unregister = () => {
    if (existsSync(join(BINFMT_DIR, entryName))) writeFileSync(join(BINFMT_DIR, entryName), '-1')
  }
  afterEach(unregister)

  test('a handler that runs modules through node:wasi: the basic probes pass natively', async () => {
    // wasm3's CLI form is the one binfmt_misc uses: `interpreter module args...`.
    const interpreter = writeFakeRuntime(tempDir(), 'wasm3')
    register(interpreter)
    const run = await runNative(BASIC_PROBES, { timeoutMs: 10_000 })

    expect(run.native).toMatchObject({ status: 'pass', handler: interpreter, flags: 'F' })
    expect(run.native.entries).toEqual([{ name: entryName, interpreter, flags: 'F' }])
    expect(run.runtime.probes.map((p) => [p.id, p.status, p.exitCode])).toEqual([
      ['seed', 'pass', 0],
      ['exit-code', 'pass', 42],
      ['stdout', 'pass', 0]
    ])
  })

  test("a probe's stdin reaches the module through the kernel and its handler: the line passes, another fails", async () => {
    register(writeFakeRuntime(tempDir(), 'wasm3'))
    const stdinProbe = WASI_PROBES.find((p) => p.id === 'wasi-stdin')!
    const another = { ...stdinProbe, id: 'wasi-stdin given another line', stdin: 'other line\n' }
    const run = await runNative([...BASIC_PROBES, stdinProbe, another], { timeoutMs: 10_000 })

    expect(
      run.runtime.probes.slice(BASIC_PROBES.length).map((p) => [p.id, p.status, p.exitCode, p.stdout])
    ).toEqual([
      ['wasi-stdin', 'pass', 0, STDIN_LINE],
      ['wasi-stdin given another line', 'fail', 2, 'other line\n']
    ])
  })

  test('a handler that always exits 0 fails natively', async () => {
    register(writeFakeRuntime(tempDir(), 'wasm3', 'exit0'))
    const run = await runNative(BASIC_PROBES, { timeoutMs: 10_000 })

    expect(run.native.status).toBe('fail')
    expect(run.runtime.probes.map((p) => p.status)).toEqual(['pass', 'fail', 'fail'])
  })

  test('a directory mounted noexec is passed over for the next one, and named', async () => {
    const noexec = tempDir()
    const fallback = tempDir()
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'noexec,size=1m', 'tmpfs', noexec])
    try {
      register(writeFakeRuntime(tempDir(), 'wasm3'))
      const run = await runNative(BASIC_PROBES, { timeoutMs: 10_000, candidateDirs: [noexec, fallback] })
      expect(run.native).toMatchObject({ status: 'pass', dir: fallback })
      expect(run.native.reason).toContain(`${noexec} refused execution`)

      const nowhere = await runNative(BASIC_PROBES, { timeoutMs: 10_000, candidateDirs: [noexec] })
      expect(nowhere.native.status).toBe('unsupported')
      expect(nowhere.native.reason).toMatch(/no directory allows execution/)
    } finally {
      execFileSync('umount', [noexec])
    }
    expect(readdirSync(fallback)).toEqual([])
  })
})
