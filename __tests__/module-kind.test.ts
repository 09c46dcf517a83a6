// The module-kind reader on real modules (the official suite's, the embedded
// probes', modules and components compiled here by wabt and jco's wasm-tools),
// on files that are not WebAssembly, and on truncated and garbled bytes.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { componentWit, parse as parseComponent, print as printComponent } from '@bytecodealliance/jco'
import { probeBytes } from '../src/probes/catalog.js'
import { ALL_PROBES } from '../src/probes/index.js'
import { readModuleFile } from '../src/probes/module-file.js'
import {
  type ModuleBytes,
  type ModuleReading,
  READ_LIMIT,
  readModuleKind,
  SECTIONS_LIMIT,
  wasiVersionOf
} from '../src/probes/module-kind.js'
import { MODULE_KINDS, WASI_LEVELS } from '../src/result/index.js'
import { tempDir } from './helpers/fake-runtimes.js'
import { sayWhySkipped } from './helpers/skip.js'
import { compileWat } from './helpers/wat.js'

const SUITE = resolve(process.env.WASI_TESTSUITE ?? '../shared/wasi-testsuite')
const TESTS = join(SUITE, 'tests')
const suiteMissing = existsSync(TESTS) ? undefined : `the shared wasi-testsuite is not at ${SUITE}`
if (suiteMissing) sayWhySkipped("the official suite's modules", `${suiteMissing}.`)
const testWithSuite = suiteMissing ? test.skip : test

/** The .wasm files of every folder of the suite named `version`. */
function suiteModules(version: string): string[] {
  return readdirSync(TESTS).flatMap((language) => {
    const dir = join(TESTS, language, 'testsuite', version)
    return existsSync(dir)
      ? readdirSync(dir)
          .filter((name) => name.endsWith('.wasm'))
          .map((name) => join(dir, name))
      : []
  })
}

function classification(reading: ModuleReading) {
  if (reading.problem !== undefined) throw new Error(`expected a classification, got: ${reading.problem}`)
  return reading.classification
}

/** A reading is either a problem (a sentence) or a classification with the values the result file takes. */
function wellFormed(reading: ModuleReading): boolean {
  if (reading.problem !== undefined) return typeof reading.problem === 'string' && reading.problem.length > 0
  const c = reading.classification
  return (
    MODULE_KINDS.includes(c.kind) &&
    WASI_LEVELS.includes(c.wasi) &&
    (c.run === null || typeof c.run === 'string') &&
    c.imports.every((name) => typeof name === 'string')
  )
}

describe("the official suite's modules", () => {
  testWithSuite(
    'every preview1 test is a core module importing wasi_snapshot_preview1 and exporting _start',
    () => {
      const files = suiteModules('wasm32-wasip1')
      expect(files).toHaveLength(72)
      for (const file of files)
        expect([file, classification(readModuleFile(file))]).toEqual([
          file,
          { kind: 'core', wasi: 'preview1', run: '_start', imports: ['wasi_snapshot_preview1'] }
        ])
    }
  )

  testWithSuite(
    'every WASI 0.3 test is a 0.3 component that exports wasi:cli/run@0.3 or serves wasi:http; its imports are the ones wasm-tools prints',
    async () => {
      const files = suiteModules('wasm32-wasip3')
      expect(files).toHaveLength(55)
      for (const file of files) {
        const found = classification(readModuleFile(file))
        expect([file, found.kind, found.wasi]).toEqual([file, 'component', '0.3'])
        const runs = /^wasi:cli\/run@0\.3\./.test(found.run ?? '')
        const serves = /^wasi:http\/handler@0\.3\./.test(found.serves ?? '')
        expect([file, runs || serves]).toEqual([file, true])
        const wit = await componentWit(readFileSync(file))
        const imports = [...wit.matchAll(/^\s*import (wasi:\S+);/gm)].map((m) => m[1])
        expect([file, [...found.imports].sort()]).toEqual([file, imports.sort()])
      }
      // The suite's http services export a 0.2 run beside their 0.3 handler.
      expect(
        classification(readModuleFile(files.find((f) => f.endsWith('/http-service.wasm'))!))
      ).toMatchObject({
        run: 'wasi:cli/run@0.2.0',
        serves: 'wasi:http/handler@0.3.0'
      })
    }
  )
})

describe('the embedded probe modules', () => {
  test.each(ALL_PROBES.map((probe) => [probe.id, probe] as const))(
    '%s classifies as its wasiVersion says',
    (_id, probe) => {
      const found = classification(readModuleKind(probeBytes(probe)))
      expect(wasiVersionOf(found)).toBe(probe.wasiVersion ?? 'wasm32-wasip1')
      expect(found.kind).toBe(probe.wasiVersion ? 'component' : 'core')
      if (probe.wasiVersion) expect(found.run).toMatch(/^wasi:cli\/run@0\.[23]\./)
      else expect([found.wasi, found.run]).toEqual(['preview1', '_start'])
    }
  )
})

describe('core modules', () => {
  test('wasi_unstable, a reactor, and imports of every kind are read past', async () => {
    const bytes = await compileWat(`(module
      (import "env" "memory" (memory 1 2 shared))
      (import "env" "table" (table 1 funcref))
      (import "env" "g" (global (mut i64)))
      (import "env" "tag" (tag (param i32)))
      (import "wasi_unstable" "fd_write" (func (param i32 i32 i32 i32) (result i32)))
      (import "wasi_snapshot_preview1" "proc_exit" (func (param i32)))
      (import "wasi_unstable" "proc_exit" (func (param i32)))
      (func (export "_initialize"))
      (func (export "other")))`)
    expect(classification(readModuleKind(bytes))).toEqual({
      kind: 'core',
      wasi: 'preview1',
      run: '_initialize',
      imports: ['wasi_unstable', 'wasi_snapshot_preview1']
    })
  })

  test('a module without WASI imports is a core module of no WASI, and runs where preview1 modules run', async () => {
    const found = classification(readModuleKind(await compileWat('(module (func (export "_start")))')))
    expect(found).toEqual({ kind: 'core', wasi: 'none', run: '_start', imports: [] })
    expect(wasiVersionOf(found)).toBe('wasm32-wasip1')
    // A memory named _start is not what a run starts.
    const memory = await compileWat('(module (memory (export "_start") 1))')
    expect(classification(readModuleKind(memory)).run).toBeNull()
  })
})

describe('components', () => {
  const SERVICE = `(component
    (import "wasi:io/streams@0.2.4" (instance))
    (import "host-thing" (func))
    (instance $i)
    (export "wasi:http/incoming-handler@0.2.0" (instance $i))
    (export "greeting" (instance $i)))`

  test('a WASI 0.2 http service: its incoming-handler export, only the WASI imports, no run', async () => {
    const found = classification(readModuleKind(await parseComponent(SERVICE)))
    expect(found).toEqual({
      kind: 'component',
      wasi: '0.2',
      run: null,
      serves: 'wasi:http/incoming-handler@0.2.0',
      imports: ['wasi:io/streams@0.2.4']
    })
    expect(wasiVersionOf(found)).toBe('wasm32-wasip2')
  })

  test('a component without WASI names is of no WASI, and needs a runtime that runs components', async () => {
    const bytes = await parseComponent(
      '(component (type (func)) (export "t" (type 0)) (core module) (component))'
    )
    const found = classification(readModuleKind(bytes))
    expect(found).toEqual({ kind: 'component', wasi: 'none', run: null, imports: [] })
    expect(wasiVersionOf(found)).toBe('wasm32-wasip2')
  })

  test('names with the older 0x01 prefix read as wasm-tools reads them', async () => {
    const bytes = Uint8Array.from(await parseComponent(SERVICE))
    // Every 0x00 that precedes a name's length and the name: the import and the two exports.
    const older = Uint8Array.from(bytes)
    for (const name of ['wasi:io/streams@0.2.4', 'host-thing', 'wasi:http/incoming-handler@0.2.0']) {
      const encoded = Buffer.from([name.length, ...Buffer.from(name)])
      const at = Buffer.from(older).indexOf(encoded)
      expect(older[at - 1]).toBe(0x00)
      older[at - 1] = 0x01
    }
    expect(await printComponent(older)).toBe(await printComponent(bytes))
    expect(readModuleKind(older)).toEqual(readModuleKind(bytes))
  })
})

describe('what is not a module that can run', () => {
  test.each([
    [
      'an ELF executable',
      Buffer.from('7f454c4602010100', 'hex'),
      'is not WebAssembly: it starts with 7f 45 4c 46, not 00 61 73 6d (\\0asm)'
    ],
    [
      'WebAssembly text',
      Buffer.from('(module)\n'),
      'is not WebAssembly: it starts with 28 6d 6f 64 ("(mod"), not 00 61 73 6d (\\0asm)'
    ],
    [
      'an empty file',
      Buffer.alloc(0),
      'is not WebAssembly: it holds 0 bytes, and a module starts with 8 (\\0asm and its version)'
    ],
    [
      'just the magic',
      Buffer.from('0061736d', 'hex'),
      'is not WebAssembly: it holds 4 bytes, and a module starts with 8 (\\0asm and its version)'
    ],
    [
      'a component of a pre-release layer',
      Buffer.from('0061736d0a000100', 'hex'),
      'is WebAssembly of version 0a 00 01 00, which no runtime here reads; accepted: 01 00 00 00 (a core module), 0d 00 01 00 (a component)'
    ],
    [
      'a section that runs past the end',
      Buffer.from('0061736d01000000' + '0705' + '0100', 'hex'),
      'is not a valid WebAssembly core module: section 7 at byte 8 runs past the end of the file (5 bytes from byte 10)'
    ],
    [
      'an import of an unknown kind',
      Buffer.from('0061736d01000000' + '0206' + '01' + '0161' + '0162' + '09', 'hex'),
      'is not a valid WebAssembly core module: unknown import kind 0x09 at byte 15'
    ],
    [
      'a name that is not UTF-8',
      Buffer.from('0061736d0d000100' + '0a06' + '01' + '00' + '02ffff' + '01', 'hex'),
      'is not a valid WebAssembly component: a name is not UTF-8 at byte 13'
    ],
    [
      'a number longer than 5 bytes',
      Buffer.from('0061736d01000000' + '02' + '8080808080', 'hex'),
      'is not a valid WebAssembly core module: a number is longer than 5 bytes at byte 14'
    ]
  ])('%s', (_what, bytes, problem) => {
    expect(readModuleKind(bytes)).toEqual({ problem })
  })

  test('a directory, a FIFO and a broken link named .wasm are problems, and the FIFO does not block', () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'folder.wasm'))
    execFileSync('mkfifo', [join(dir, 'pipe.wasm')])
    symlinkSync(join(dir, 'nowhere'), join(dir, 'broken.wasm'))
    writeFileSync(join(dir, 'script.wasm'), '#!/bin/sh\n')
    expect(readModuleFile(join(dir, 'folder.wasm'))).toEqual({ problem: 'is a directory, not a module' })
    expect(readModuleFile(join(dir, 'pipe.wasm'))).toEqual({ problem: 'is not a regular file' })
    expect(readModuleFile(join(dir, 'broken.wasm'))).toEqual({
      problem: 'cannot be read (ENOENT: a broken symbolic link?)'
    })
    expect(readModuleFile(join(dir, 'script.wasm'))).toEqual({
      problem: 'is not WebAssembly: it starts with 23 21 2f 62 ("#!/b"), not 00 61 73 6d (\\0asm)'
    })
  })
})

/** A source that says it holds `size` bytes, made by `byteAt`, and counts what is asked of it. */
function countingSource(size: number, byteAt: (offset: number) => number): ModuleBytes & { asked: number } {
  const source = {
    size,
    asked: 0,
    read(offset: number, length: number) {
      const end = Math.min(offset + length, size)
      source.asked += end - offset
      return Uint8Array.from({ length: end - offset }, (_, i) => byteAt(offset + i))
    }
  }
  return source
}

describe('the size caps', () => {
  const PREAMBLE = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]

  test('a section size past 32 bits is a problem, and nothing after its header is read', () => {
    // A terabyte file whose import section gives a size of 35 bits: no section is that large.
    const size = 2 ** 40
    const sectionSize = size - 14
    const leb = [0, 1, 2, 3, 4].map(
      (i) => (Math.floor(sectionSize / 2 ** (7 * i)) & 0x7f) | (i < 4 ? 0x80 : 0)
    )
    const header = [...PREAMBLE, 0x02, ...leb]
    const source = countingSource(size, (offset) => header[offset] ?? 0)
    const reading = readModuleKind(source)
    expect(reading.problem).toBe(
      'is not a valid WebAssembly core module: a number is larger than 32 bits at byte 14'
    )
    expect(source.asked).toBeLessThan(64)
  })

  test('an import section of 20 MiB is too large to read; what is asked stays under the cap', () => {
    const sectionSize = 20 * 2 ** 20
    const leb = [0, 1, 2, 3].map((i) => (Math.floor(sectionSize / 2 ** (7 * i)) & 0x7f) | (i < 3 ? 0x80 : 0))
    const header = [...PREAMBLE, 0x02, ...leb]
    const source = countingSource(header.length + sectionSize, (offset) => header[offset] ?? 0)
    expect(readModuleKind(source)).toEqual({
      problem: `is a WebAssembly core module too large to read: its headers and import and export sections hold more than ${READ_LIMIT / 2 ** 20} MiB`
    })
    expect(source.asked).toBeLessThanOrEqual(READ_LIMIT)
  })

  test('a file of endless empty custom sections stops at the section cap', () => {
    // Custom sections of 0 bytes, forever: 00 00 00 00 ...
    const source = countingSource(8 + 2 * 10 * SECTIONS_LIMIT, (offset) => PREAMBLE[offset] ?? 0)
    expect(readModuleKind(source)).toEqual({
      problem: `is a WebAssembly core module too large to read: it has more than ${SECTIONS_LIMIT} sections`
    })
  })

  test('a large module is classified from a few of its bytes', async () => {
    const wat = `(module (import "wasi_snapshot_preview1" "proc_exit" (func (param i32)))
      (memory 1) (data (i32.const 0) "${'x'.repeat(1 << 20)}") (func (export "_start")))`
    const bytes = await compileWat(wat)
    const source = countingSource(bytes.length, (offset) => bytes[offset])
    expect(classification(readModuleKind(source))).toMatchObject({ wasi: 'preview1', run: '_start' })
    expect(source.asked).toBeLessThan(1024)
  })
})

/** A small deterministic generator, so that a failure is repeated by the same run. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

describe('fuzzed bytes', () => {
  async function samples(): Promise<[string, Uint8Array][]> {
    const found: [string, Uint8Array][] = [
      ['a preview1 probe', probeBytes(ALL_PROBES.find((p) => p.id === 'stdout')!)],
      ['a WASI 0.2 component probe', probeBytes(ALL_PROBES.find((p) => p.id === 'component-cli-run')!)],
      [
        'an http service',
        await parseComponent('(component (instance $i) (export "wasi:http/handler@0.3.0" (instance $i)))')
      ]
    ]
    const p3 = suiteMissing ? [] : suiteModules('wasm32-wasip3')
    if (p3.length > 0)
      found.push(['a suite component', readFileSync(p3.find((f) => f.endsWith('cli-exit.wasm'))!)])
    return found
  }

  test('every truncation of real modules is read without an exception: a problem, or what the prefix holds', async () => {
    for (const [what, bytes] of await samples()) {
      const step = Math.max(1, Math.floor(bytes.length / 4000))
      for (let length = 0; length < bytes.length; length += step) {
        const reading = readModuleKind(bytes.subarray(0, length))
        expect([what, length, wellFormed(reading)]).toEqual([what, length, true])
      }
    }
  })

  test('garbled bytes, and random bytes after a valid preamble, never throw', async () => {
    const next = random(0x5eed)
    let problems = 0
    let runs = 0
    for (const [what, bytes] of await samples()) {
      for (let round = 0; round < 1500; round++) {
        const garbled = Uint8Array.from(bytes)
        const flips = 1 + Math.floor(next() * 8)
        for (let i = 0; i < flips; i++)
          garbled[Math.floor(next() * garbled.length)] = Math.floor(next() * 256)
        const reading = readModuleKind(garbled)
        expect([what, round, wellFormed(reading)]).toEqual([what, round, true])
        runs += 1
        if (reading.problem !== undefined) problems += 1
      }
    }
    for (const preamble of ['0061736d01000000', '0061736d0d000100']) {
      for (let round = 0; round < 1500; round++) {
        const tail = Uint8Array.from({ length: Math.floor(next() * 200) }, () => Math.floor(next() * 256))
        const reading = readModuleKind(Uint8Array.from([...Buffer.from(preamble, 'hex'), ...tail]))
        expect([preamble, round, wellFormed(reading)]).toEqual([preamble, round, true])
      }
    }
    // Most garbling is noticed; some lands in code or in a name and leaves a module to classify.
    expect(problems).toBeGreaterThan(0)
    expect(problems).toBeLessThan(runs)
  })
})
