// A runtime binary the kernel refuses (a truncated download, a binary for
// another machine): libc hands it to /bin/sh as a script, which exits 127 or 2
// with a message. That is an error, "could not start: not an executable",
// never a runtime that ran and failed. Real ELF files, a real /bin/sh.
import { chmodSync, closeSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { runProbe } from '../src/engine.js'
import { BASIC_PROBES } from '../src/probes/catalog.js'
import { classify } from '../src/run/classify.js'
import type { Observation } from '../src/run/process.js'
import { looksLikeTrap } from '../src/runtimes/spec.js'
import { enginePlan } from './helpers/engine.js'
import { tempDir } from './helpers/fake-runtimes.js'
import { sayWhySkipped } from './helpers/skip.js'
import { printing } from './helpers/test-modules.js'

const NOT_AN_EXECUTABLE = /^could not start: not an executable \(/

/** The first bytes of a file. */
function head(path: string, length: number): Buffer {
  const fd = openSync(path, 'r')
  try {
    const bytes = Buffer.alloc(length)
    return bytes.subarray(0, readSync(fd, bytes, 0, length, 0))
  } finally {
    closeSync(fd)
  }
}

const ELF_MAGIC = Buffer.from([0x7f, 0x45, 0x4c, 0x46])
/** A small real ELF program of this machine: copied and altered, it is what a bad download leaves. */
const SMALL_ELF = ['/bin/true', '/usr/bin/true'].find((path) => {
  try {
    return head(path, 4).equals(ELF_MAGIC)
  } catch {
    return false
  }
})
// Only glibc's execvp hands a file the kernel refuses to /bin/sh; elsewhere spawning it fails with ENOEXEC.
const skip =
  process.platform !== 'linux'
    ? 'only Linux runs a file the kernel refuses through /bin/sh'
    : SMALL_ELF === undefined
      ? 'no ELF /bin/true to make broken copies of'
      : undefined
if (skip) sayWhySkipped('the broken-executable runs', `${skip}.`)
const describeOnLinux = skip ? describe.skip : describe

/** Broken copies of a real ELF program, each named `wasmtime` in a folder of its own. */
function brokenWasmtimes(): Record<string, string> {
  const place = (bytes: Buffer) => {
    const path = join(tempDir(), 'wasmtime')
    writeFileSync(path, bytes)
    chmodSync(path, 0o755)
    return path
  }
  const program = readFileSync(SMALL_ELF!)
  // e_machine, at byte 18 of the header: EM_NONE, a machine no kernel (and no emulator) runs.
  const forNoMachine = Buffer.from(program)
  forNoMachine.fill(0, 18, 20)
  return {
    'cut short after its header (a broken download)': place(program.subarray(0, 64)),
    'built for another machine': place(forNoMachine),
    'garbage behind the ELF magic': place(Buffer.concat([ELF_MAGIC, Buffer.from('\x02\x01\x01\x00garbage')]))
  }
}

describeOnLinux('a runtime binary the kernel cannot execute', () => {
  const cases = Object.entries(brokenWasmtimes())

  test.each(cases)(
    'one %s is an error on every probe, "could not start: not an executable", never a fail',
    async (_what, path) => {
      const result = await runProbe(enginePlan(['wasmtime']), {
        env: { ...process.env, PATH: `${dirname(path)}:/usr/bin:/bin`, RUNNER_TOOL_CACHE: '' },
        workRoot: tempDir()
      })
      const [wasmtime] = result.runtimes
      expect(wasmtime.path).toBe(path)
      expect(wasmtime.probes.map((probe) => [probe.id, probe.status])).toEqual(
        BASIC_PROBES.map((probe) => [probe.id, 'error'])
      )
      for (const probe of wasmtime.probes) {
        expect(probe.reason).toMatch(NOT_AN_EXECUTABLE)
        // What the shell said is kept, for whoever wants to see it.
        expect(probe.stderr).toContain(path)
      }
      expect(wasmtime.status).toBe('error')
      expect(wasmtime.reason).toMatch(/not an executable/)
    }
  )

  test('your own module through it is an error too, its reason the same', async () => {
    const [, path] = cases[0]
    const dir = tempDir()
    const module = join(dir, 'hello.wasm')
    writeFileSync(module, await printing('hello\n'))
    const result = await runProbe(enginePlan(['wasmtime'], { modules: [module] }), {
      env: { ...process.env, PATH: `${dirname(path)}:/usr/bin:/bin`, RUNNER_TOOL_CACHE: '' },
      workRoot: tempDir()
    })
    const test = result.runtimes[0].probes.find((probe) => probe.test !== undefined)!
    expect([test.status, test.reason]).toEqual(['error', expect.stringMatching(/not an executable/)])
  })
})

describe("the shells' words for a file they were handed as a script", () => {
  const observed = (exitCode: number, stderr: string): Observation => ({
    exitCode,
    signal: null,
    durationMs: 1,
    timedOut: false,
    stdout: { text: '', bytes: 0 },
    stderr: { text: stderr, bytes: Buffer.byteLength(stderr) }
  })
  const verdict = (exitCode: number, stderr: string) =>
    classify(BASIC_PROBES[0].expect, observed(exitCode, stderr), looksLikeTrap, 10_000)

  test.each([
    ['dash, a word it cannot find', 127, '/opt/wasmtime: 1: \u007fELF\u0002\u0001\u0001: not found\n'],
    ['dash, a syntax error', 2, '/opt/wasmtime: 1: Syntax error: "(" unexpected\n'],
    ['busybox', 127, '/opt/wasmtime: line 1: \u007fELF\u0002\u0001\u0001: not found\n'],
    ['bash', 126, '/opt/wasmtime: /opt/wasmtime: cannot execute binary file\n']
  ])('%s: an error', (_shell, exitCode, stderr) => {
    expect(verdict(exitCode, stderr)).toEqual({
      status: 'error',
      reason: expect.stringMatching(NOT_AN_EXECUTABLE)
    })
  })

  test.each([
    // A wrapper script that fails further down: its line 1 is its #! line.
    ['a script failing on line 3', 127, '/opt/wasmtime: 3: wasmtime-real: not found\n'],
    // Its own words, not a path: a runtime that ran.
    ['a runtime naming itself', 2, 'wasmtime: 1: unknown flag\n'],
    ['the right words, another exit code', 1, '/opt/wasmtime: 1: Syntax error: "(" unexpected\n']
  ])('%s: the runtime ran, so it is judged', (_what, exitCode, stderr) => {
    expect(verdict(exitCode, stderr).status).toBe('fail')
  })
})
