// What a .wasm file is, read from its bytes before anything runs it: a core
// module or a component, which WASI it imports, and what a run starts. Only the
// preamble, the section headers and the import and export sections are read
// (the core and component binary formats of the WebAssembly and component-model
// specifications). The bytes are untrusted: every read is bounds-checked, no
// more than READ_LIMIT bytes are asked for, and anything malformed is a problem
// returned, never an exception.
import type { ModuleClassification, WasiLevel, WasiVersion } from '../result/index.js'

/** Random access to a module's bytes, so that large sections are skipped without being read. */
export interface ModuleBytes {
  readonly size: number
  /** Up to `length` bytes from `offset`; fewer only where the file ends. */
  read(offset: number, length: number): Uint8Array
}

/** What a module is, or why it cannot be told. */
export type ModuleReading =
  { classification: ModuleClassification; problem?: undefined } | { problem: string }

/** At most this many bytes are asked of a module: its headers and its import and export sections. */
export const READ_LIMIT = 16 * 1024 * 1024

/** At most this many top-level sections are walked (real modules and components have tens). */
export const SECTIONS_LIMIT = 10_000

const MAGIC = [0x00, 0x61, 0x73, 0x6d]
const CORE_VERSION = [0x01, 0x00, 0x00, 0x00]
const COMPONENT_VERSION = [0x0d, 0x00, 0x01, 0x00]

const CORE_IMPORT_SECTION = 2
const CORE_EXPORT_SECTION = 7
const COMPONENT_IMPORT_SECTION = 10
const COMPONENT_EXPORT_SECTION = 11

/** The import modules of WASI preview1 (and of its earlier snapshot, `wasi_unstable`). */
const PREVIEW1_MODULES: readonly string[] = ['wasi_snapshot_preview1', 'wasi_unstable']

/** A name of a WASI interface, such as `wasi:cli/run@0.2.0`: its package, interface and version. */
const WASI_INTERFACE = /^wasi:([a-z][a-z0-9-]*)\/([a-z][a-z0-9-]*)@(\d+)\.(\d+)\.\d+/

const UTF8 = new TextDecoder('utf-8', { fatal: true })

/** Why the bytes cannot be read, thrown inside the reader and returned as its problem. */
class Malformed extends Error {}

/** The module asks for more reading than the reader does. */
class OverLimit extends Error {}

const hex = (bytes: ArrayLike<number>) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ')

const same = (bytes: Uint8Array, expected: readonly number[], at = 0) =>
  expected.every((b, i) => bytes[at + i] === b)

/** Reads a section's content from memory, every read checked against its end. */
class Cursor {
  private at = 0

  constructor(
    private readonly bytes: Uint8Array,
    /** Where the content starts in the file, for the messages. */
    private readonly base: number
  ) {}

  get done(): boolean {
    return this.at >= this.bytes.length
  }

  /** How many bytes were read. */
  get position(): number {
    return this.at
  }

  private fail(what: string): never {
    throw new Malformed(`${what} at byte ${this.base + this.at}`)
  }

  byte(): number {
    if (this.at >= this.bytes.length) this.fail('the section ends early')
    return this.bytes[this.at++]
  }

  /** An unsigned LEB128 of at most 32 bits. */
  u32(): number {
    let value = 0
    for (let i = 0; i < 5; i++) {
      const b = this.byte()
      value += (b & 0x7f) * 2 ** (7 * i)
      if ((b & 0x80) === 0) {
        if (value > 0xffff_ffff) this.fail('a number is larger than 32 bits')
        return value
      }
    }
    return this.fail('a number is longer than 5 bytes')
  }

  /** Any LEB128 of at most `maxBytes` bytes, whose value is not needed (s33, u64). */
  skipLeb(maxBytes: number): void {
    for (let i = 0; i < maxBytes; i++) if ((this.byte() & 0x80) === 0) return
    this.fail(`a number is longer than ${maxBytes} bytes`)
  }

  name(): string {
    const length = this.u32()
    if (length > this.bytes.length - this.at) this.fail('a name runs past the end of its section')
    const start = this.at
    this.at += length
    try {
      return UTF8.decode(this.bytes.subarray(start, this.at))
    } catch {
      this.at = start
      return this.fail('a name is not UTF-8')
    }
  }

  unknown(what: string, value: number): never {
    this.at -= 1
    return this.fail(`unknown ${what} 0x${value.toString(16).padStart(2, '0')}`)
  }
}

/** A module's bytes with a budget: asking past READ_LIMIT is a problem. */
class Budgeted {
  private spent = 0

  constructor(private readonly source: ModuleBytes) {}

  get size(): number {
    return this.source.size
  }

  read(offset: number, length: number): Uint8Array {
    this.spent += length
    if (this.spent > READ_LIMIT)
      throw new OverLimit(
        `its headers and import and export sections hold more than ${READ_LIMIT / 2 ** 20} MiB`
      )
    const bytes = this.source.read(offset, length)
    if (bytes.length < length) throw new Malformed(`the file ends at byte ${offset + bytes.length}, early`)
    return bytes
  }
}

/** The sections after the preamble: id, where the content starts, and its size. */
function* sections(source: Budgeted): Generator<{ id: number; start: number; size: number }> {
  let at = 8
  let count = 0
  while (at < source.size) {
    if (++count > SECTIONS_LIMIT) throw new OverLimit(`it has more than ${SECTIONS_LIMIT} sections`)
    // A header is an id byte and a LEB128 size: at most 6 bytes, fewer at the end of the file.
    const header = new Cursor(source.read(at, Math.min(6, source.size - at)), at)
    const id = header.byte()
    const size = header.u32()
    const start = at + header.position
    if (size > source.size - start)
      throw new Malformed(
        `section ${id} at byte ${at} runs past the end of the file (${size} bytes from byte ${start})`
      )
    yield { id, start, size }
    at = start + size
  }
}

/** A reference type: one byte, or (ref null? heaptype) with a heap type as an s33, maybe marked shared. */
function refType(c: Cursor, first = c.byte()): void {
  if (first === 0x63 || first === 0x64) {
    let heap = c.byte()
    if (heap === 0x65) heap = c.byte()
    if (heap & 0x80) c.skipLeb(4)
  } else if (first < 0x68 || first > 0x75) c.unknown('reference type', first)
}

function valueType(c: Cursor): void {
  const b = c.byte()
  if (b < 0x7b || b > 0x7f) refType(c, b)
}

/** Limits of a table or memory: flags (a maximum, shared, 64-bit, a page size), then the numbers. */
function limits(c: Cursor): void {
  const flags = c.byte()
  if (flags > 0x0f) c.unknown('limits flag', flags)
  c.skipLeb(10)
  if (flags & 0x01) c.skipLeb(10)
  if (flags & 0x08) c.skipLeb(5)
}

/** The module names of a core import section, each once, in order. */
function coreImportModules(c: Cursor): string[] {
  const modules = new Set<string>()
  for (let count = c.u32(); count > 0; count--) {
    modules.add(c.name())
    c.name()
    const kind = c.byte()
    if (kind === 0x00) c.u32()
    else if (kind === 0x01) {
      refType(c)
      limits(c)
    } else if (kind === 0x02) limits(c)
    else if (kind === 0x03) {
      valueType(c)
      c.byte()
    } else if (kind === 0x04) {
      const attribute = c.byte()
      if (attribute !== 0x00) c.unknown('tag attribute', attribute)
      c.u32()
    } else c.unknown('import kind', kind)
  }
  return [...modules]
}

/** The names of the functions a core export section exports. */
function coreExportedFunctions(c: Cursor): string[] {
  const functions: string[] = []
  for (let count = c.u32(); count > 0; count--) {
    const name = c.name()
    const kind = c.byte()
    if (kind > 0x04) c.unknown('export kind', kind)
    c.u32()
    if (kind === 0x00) functions.push(name)
  }
  return functions
}

/**
 * An import's or export's name in a component: 0x00 and the name, or 0x01 and
 * the name, which older encoders wrote for interface names (`a:b/c`) and which
 * wasm-tools still reads as the same.
 */
function externName(c: Cursor): string {
  const prefix = c.byte()
  if (prefix !== 0x00 && prefix !== 0x01) c.unknown('name prefix', prefix)
  return c.name()
}

/** What a component imports or exports as: a core module, a function, a value, a type, a component or an instance. */
function externDesc(c: Cursor): void {
  const kind = c.byte()
  if (kind === 0x00) {
    const sort = c.byte()
    if (sort !== 0x11) c.unknown('core sort of an import', sort)
    c.u32()
  } else if (kind === 0x01 || kind === 0x04 || kind === 0x05) c.u32()
  else if (kind === 0x02) {
    const bound = c.byte()
    if (bound === 0x00) c.u32()
    else if (bound === 0x01) c.skipLeb(5)
    else c.unknown('value bound', bound)
  } else if (kind === 0x03) {
    const bound = c.byte()
    if (bound === 0x00) c.u32()
    else if (bound !== 0x01) c.unknown('type bound', bound)
  } else c.unknown('import kind', kind)
}

function componentImports(c: Cursor): string[] {
  const names: string[] = []
  for (let count = c.u32(); count > 0; count--) {
    names.push(externName(c))
    externDesc(c)
  }
  return names
}

function componentExports(c: Cursor): string[] {
  const names: string[] = []
  for (let count = c.u32(); count > 0; count--) {
    names.push(externName(c))
    const sort = c.byte()
    if (sort === 0x00) c.byte()
    else if (sort > 0x05) c.unknown('export sort', sort)
    c.u32()
    const typed = c.byte()
    if (typed === 0x01) externDesc(c)
    else if (typed !== 0x00) c.unknown('export type flag', typed)
  }
  return names
}

/** The WASI level of a name such as `wasi:cli/run@0.3.0`, or undefined for any other name. */
function levelOf(name: string): '0.2' | '0.3' | undefined {
  const match = WASI_INTERFACE.exec(name)
  if (!match || match[3] !== '0') return undefined
  return match[4] === '2' ? '0.2' : match[4] === '3' ? '0.3' : undefined
}

/** Of `names`, the first of the highest WASI level. */
const highest = (names: readonly string[]): string | undefined =>
  names.find((name) => levelOf(name) === '0.3') ?? names.find((name) => levelOf(name) === '0.2') ?? names[0]

const RUN_EXPORT = /^wasi:cli\/run@/
/** What a wasi:http service exports: incoming-handler in WASI 0.2, handler in 0.3. */
const HTTP_HANDLER_EXPORT = /^wasi:http\/(incoming-handler|handler)@/

function classifyCore(source: Budgeted): ModuleClassification {
  const modules: string[] = []
  const functions: string[] = []
  for (const { id, start, size } of sections(source)) {
    if (id !== CORE_IMPORT_SECTION && id !== CORE_EXPORT_SECTION) continue
    const c = new Cursor(source.read(start, size), start)
    if (id === CORE_IMPORT_SECTION) modules.push(...coreImportModules(c))
    else functions.push(...coreExportedFunctions(c))
    if (!c.done) throw new Malformed(`section ${id} at byte ${start} has bytes after its last entry`)
  }
  const imports = [...new Set(modules)].filter((module) => PREVIEW1_MODULES.includes(module))
  const run = ['_start', '_initialize'].find((name) => functions.includes(name)) ?? null
  return { kind: 'core', wasi: imports.length > 0 ? 'preview1' : 'none', run, imports }
}

function classifyComponent(source: Budgeted): ModuleClassification {
  const imports: string[] = []
  const exports: string[] = []
  for (const { id, start, size } of sections(source)) {
    if (id !== COMPONENT_IMPORT_SECTION && id !== COMPONENT_EXPORT_SECTION) continue
    const c = new Cursor(source.read(start, size), start)
    if (id === COMPONENT_IMPORT_SECTION) imports.push(...componentImports(c))
    else exports.push(...componentExports(c))
    if (!c.done) throw new Malformed(`section ${id} at byte ${start} has bytes after its last entry`)
  }
  const levels = new Set([...imports, ...exports].map(levelOf))
  const wasi: WasiLevel = levels.has('0.3') ? '0.3' : levels.has('0.2') ? '0.2' : 'none'
  const serves = highest(exports.filter((name) => HTTP_HANDLER_EXPORT.test(name)))
  return {
    kind: 'component',
    wasi,
    run: highest(exports.filter((name) => RUN_EXPORT.test(name))) ?? null,
    ...(serves ? { serves } : {}),
    imports: [...new Set(imports.filter((name) => name.startsWith('wasi:')))]
  }
}

const inMemory = (bytes: Uint8Array): ModuleBytes => ({
  size: bytes.length,
  read: (offset, length) => bytes.subarray(offset, offset + length)
})

/** `bytes` as hex, and as text too when they are printable ASCII (a text file, a script). */
function shown(bytes: Uint8Array): string {
  const text = Array.from(bytes).every((b) => b >= 0x20 && b < 0x7f)
  return `${hex(bytes)}${text ? ` (${JSON.stringify(String.fromCharCode(...bytes))})` : ''}`
}

/** What `input` is: a core module or a component, and of which WASI; or why that cannot be told. */
export function readModuleKind(input: Uint8Array | ModuleBytes): ModuleReading {
  const source = new Budgeted(input instanceof Uint8Array ? inMemory(input) : input)
  let what = 'WebAssembly binary'
  try {
    if (source.size < 8)
      return {
        problem: `is not WebAssembly: it holds ${source.size} byte${source.size === 1 ? '' : 's'}, and a module starts with 8 (\\0asm and its version)`
      }
    const preamble = source.read(0, 8)
    if (!same(preamble, MAGIC))
      return {
        problem: `is not WebAssembly: it starts with ${shown(preamble.subarray(0, 4))}, not 00 61 73 6d (\\0asm)`
      }
    if (same(preamble, CORE_VERSION, 4)) {
      what = 'core module'
      return { classification: classifyCore(source) }
    }
    if (same(preamble, COMPONENT_VERSION, 4)) {
      what = 'component'
      return { classification: classifyComponent(source) }
    }
    return {
      problem: `is WebAssembly of version ${hex(preamble.subarray(4))}, which no runtime here reads; accepted: ${hex(CORE_VERSION)} (a core module), ${hex(COMPONENT_VERSION)} (a component)`
    }
  } catch (error) {
    if (error instanceof Malformed) return { problem: `is not a valid WebAssembly ${what}: ${error.message}` }
    if (error instanceof OverLimit)
      return { problem: `is a WebAssembly ${what} too large to read: ${error.message}` }
    return { problem: `cannot be read: ${error instanceof Error ? error.message : String(error)}` }
  }
}

/**
 * The WASI version a runtime must run to run a module of this classification:
 * a core module is what preview1 runtimes run, WASI imports or not; a
 * component needs the component runtimes of its level (0.2 when it imports
 * and exports no WASI interface of a known version).
 */
export function wasiVersionOf(classification: ModuleClassification): WasiVersion {
  if (classification.kind === 'core') return 'wasm32-wasip1'
  return classification.wasi === '0.3' ? 'wasm32-wasip3' : 'wasm32-wasip2'
}
