import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { BASIC_PROBES, moduleBytes, STDOUT_LINE } from '../src/probes/catalog.js'
import { ALL_PROBES } from '../src/probes/index.js'
import { MODULE_HEX } from '../src/probes/modules.generated.js'
import { WASI_PROBES } from '../src/probes/wasi.js'

// The seed module as runtimes.md gives it, byte for byte.
const SEED_HEX =
  '0061736d 01000000 0108 02 60017f00 600000 0224 01 16 ' +
  Buffer.from('wasi_snapshot_preview1').toString('hex') +
  ' 09 ' +
  Buffer.from('proc_exit').toString('hex') +
  ' 0000 0302 0101 0503 01 0010 0713 02 06 ' +
  Buffer.from('memory').toString('hex') +
  ' 0200 06 ' +
  Buffer.from('_start').toString('hex') +
  ' 0001 0a09 01 07 00 4100 1000 00 0b'

describe('embedded modules', () => {
  test('the seed module is the 97-byte module of the reference, byte for byte', () => {
    const seed = moduleBytes('seed')
    expect(seed.length).toBe(97)
    expect(Buffer.from(seed).toString('hex')).toBe(SEED_HEX.replace(/ /g, ''))
  })

  test('every module this Node can read exports memory and _start and imports only WASI preview1', () => {
    // Proposal modules use features an older Node may not have: those are only checked for the header.
    const always = new Set<string>([...BASIC_PROBES, ...WASI_PROBES].map((probe) => probe.module))
    const components = new Set<string>(
      ALL_PROBES.filter((p) => p.wasiVersion !== undefined).map((p) => p.module)
    )
    for (const id of Object.keys(MODULE_HEX) as (keyof typeof MODULE_HEX)[]) {
      const bytes = moduleBytes(id)
      // A component's header: the same magic, version 0x0d, layer 1.
      const header = components.has(id) ? '0061736d0d000100' : '0061736d01000000'
      expect([id, Buffer.from(bytes.subarray(0, 8)).toString('hex')]).toEqual([id, header])
      if (components.has(id)) continue
      const valid = WebAssembly.validate(bytes)
      if (always.has(id)) expect([id, valid]).toEqual([id, true])
      if (!valid) continue
      const module = new WebAssembly.Module(bytes)
      expect(WebAssembly.Module.exports(module).map((e) => e.name)).toEqual(
        expect.arrayContaining(['_start', 'memory'])
      )
      for (const imported of WebAssembly.Module.imports(module)) {
        expect(imported.module).toBe('wasi_snapshot_preview1')
      }
    }
  })

  test('every module belongs to a probe, and every probe has a module', () => {
    const used = new Set(ALL_PROBES.map((probe) => probe.module))
    expect([...used].sort()).toEqual(Object.keys(MODULE_HEX).sort())
  })

  test('the exit-code module differs from the seed only in the exit code and memory size', () => {
    const seed = moduleBytes('seed')
    const exitCode = moduleBytes('exit-code')
    expect(exitCode.length).toBe(seed.length)
    const differences = [...seed.keys()].filter((i) => seed[i] !== exitCode[i])
    expect(differences.map((i) => exitCode[i])).toEqual([1, 42])
  })

  test('the stdout module carries the expected line', () => {
    expect(Buffer.from(moduleBytes('stdout')).includes(Buffer.from(STDOUT_LINE))).toBe(true)
  })

  test('the basic probes', () => {
    expect(BASIC_PROBES.map((p) => p.id)).toEqual(['seed', 'exit-code', 'stdout'])
  })

  test('the generated module source equals a fresh build from the WAT sources', () => {
    // Fails when a .wat file changed without `npm run build:modules`.
    const before = readFileSync('src/probes/modules.generated.ts', 'utf8')
    const output = execFileSync(process.execPath, ['scripts/build-modules.mjs', '--check'], {
      encoding: 'utf8'
    })
    expect(output).toMatch(/up to date/)
    expect(readFileSync('src/probes/modules.generated.ts', 'utf8')).toBe(before)
  })
})
