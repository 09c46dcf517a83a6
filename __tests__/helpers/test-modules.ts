// Small WASI preview1 modules for tests of the user's modules, as WAT, and a
// way to lay them out as a wasi-testsuite suite.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { compileWat } from './wat.js'

const WASI = '"wasi_snapshot_preview1"'
const IMPORTS = `
  (import ${WASI} "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
  (import ${WASI} "fd_read" (func $read (param i32 i32 i32 i32) (result i32)))
  (import ${WASI} "fd_prestat_get" (func $prestat (param i32 i32) (result i32)))
  (import ${WASI} "fd_prestat_dir_name" (func $prestat_name (param i32 i32 i32) (result i32)))
  (import ${WASI} "path_open" (func $open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import ${WASI} "path_unlink_file" (func $unlink (param i32 i32 i32) (result i32)))
  (import ${WASI} "args_sizes_get" (func $args_sizes (param i32 i32) (result i32)))
  (import ${WASI} "environ_sizes_get" (func $environ_sizes (param i32 i32) (result i32)))
  (import ${WASI} "proc_exit" (func $exit (param i32)))
  (memory (export "memory") 4)
  ;; Writes $len bytes at $ptr to $fd, through an iovec at 0.
  (func $put (param $fd i32) (param $ptr i32) (param $len i32)
    (i32.store (i32.const 0) (local.get $ptr))
    (i32.store (i32.const 4) (local.get $len))
    (drop (call $write (local.get $fd) (i32.const 0) (i32.const 1) (i32.const 8))))`

const bytes = (text: string) => Buffer.byteLength(text, 'utf8')
/** WAT string literal for `text` (bytes as \\hh escapes). */
const literal = (text: string) =>
  [...Buffer.from(text, 'utf8')].map((b) => `\\${b.toString(16).padStart(2, '0')}`).join('')

/** Writes `stdout` and `stderr`, then exits with `code`. */
export function printing(stdout: string, stderr = '', code = 0): Promise<Uint8Array> {
  const at = 1024 + bytes(stdout)
  return compileWat(`(module ${IMPORTS}
    (data (i32.const 1024) "${literal(stdout)}")
    (data (i32.const ${at}) "${literal(stderr)}")
    (func (export "_start")
      (call $put (i32.const 1) (i32.const 1024) (i32.const ${bytes(stdout)}))
      (call $put (i32.const 2) (i32.const ${at}) (i32.const ${bytes(stderr)}))
      (call $exit (i32.const ${code}))))`)
}

/** Sleeps `ms` milliseconds (poll_oneoff on the monotonic clock), then writes `stdout` and exits 0. */
export function sleepingThenPrinting(ms: number, stdout: string): Promise<Uint8Array> {
  return compileWat(`(module
    (import ${WASI} "poll_oneoff" (func $poll (param i32 i32 i32 i32) (result i32)))
    ${IMPORTS}
    (data (i32.const 1024) "${literal(stdout)}")
    (func (export "_start")
      ;; One relative clock subscription at 256: monotonic clock, timeout in ns.
      (i32.store (i32.const 272) (i32.const 1))
      (i64.store (i32.const 280) (i64.const ${ms * 1_000_000}))
      (drop (call $poll (i32.const 256) (i32.const 320) (i32.const 1) (i32.const 384)))
      (call $put (i32.const 1) (i32.const 1024) (i32.const ${bytes(stdout)}))
      (call $exit (i32.const 0))))`)
}

/** Exits with the number of its arguments (argv[0] included) times 10 plus the number of variables. */
export function countingArgsAndEnv(): Promise<Uint8Array> {
  return compileWat(`(module ${IMPORTS}
    (func (export "_start")
      (drop (call $args_sizes (i32.const 16) (i32.const 20)))
      (drop (call $environ_sizes (i32.const 24) (i32.const 28)))
      (call $exit (i32.add (i32.mul (i32.load (i32.const 16)) (i32.const 10)) (i32.load (i32.const 24))))))`)
}

/** Copies stdin to stdout as it comes, until the end of stdin. */
export function echoingStdin(): Promise<Uint8Array> {
  return compileWat(`(module ${IMPORTS}
    (func (export "_start") (local $n i32)
      (block $eof (loop $more
        (i32.store (i32.const 32) (i32.const 1024))
        (i32.store (i32.const 36) (i32.const 4096))
        (br_if $eof (call $read (i32.const 0) (i32.const 32) (i32.const 1) (i32.const 40)))
        (local.set $n (i32.load (i32.const 40)))
        (br_if $eof (i32.eqz (local.get $n)))
        (call $put (i32.const 1) (i32.const 1024) (local.get $n))
        (br $more)))
      (call $exit (i32.const 0))))`)
}

/** Prints the name of the first preopened directory (fd 3); exits 1 when there is none. */
export function printingPreopenName(): Promise<Uint8Array> {
  return compileWat(`(module ${IMPORTS}
    (func (export "_start")
      (if (call $prestat (i32.const 3) (i32.const 16)) (then (call $exit (i32.const 1))))
      (if (call $prestat_name (i32.const 3) (i32.const 1024) (i32.load (i32.const 20)))
        (then (call $exit (i32.const 2))))
      (call $put (i32.const 1) (i32.const 1024) (i32.load (i32.const 20)))
      (call $exit (i32.const 0))))`)
}

/**
 * Changes the directory preopened at fd 3: truncates `file` (by default
 * `link`, a link to target.txt) and writes "changed" and a newline into it, deletes
 * `victim.txt` and creates `made.txt`. Exits 0 only when all of it worked (1,
 * 2, 3, 4: which step did not).
 */
export function changingItsDirectory(file = 'link'): Promise<Uint8Array> {
  // oflags: CREAT 1, TRUNC 8; rights: fd_write (bit 6); lookup flags 1: follow links.
  return compileWat(`(module ${IMPORTS}
    (data (i32.const 1024) "${literal(file)}")
    (data (i32.const 1040) "victim.txt")
    (data (i32.const 1056) "changed\\n")
    (data (i32.const 1072) "made.txt")
    (func (export "_start")
      (if (call $open (i32.const 3) (i32.const 1) (i32.const 1024) (i32.const ${bytes(file)}) (i32.const 8)
            (i64.const 0x40) (i64.const 0) (i32.const 0) (i32.const 64))
        (then (call $exit (i32.const 1))))
      (i32.store (i32.const 32) (i32.const 1056))
      (i32.store (i32.const 36) (i32.const 8))
      (if (call $write (i32.load (i32.const 64)) (i32.const 32) (i32.const 1) (i32.const 40))
        (then (call $exit (i32.const 2))))
      (if (call $unlink (i32.const 3) (i32.const 1040) (i32.const 10)) (then (call $exit (i32.const 3))))
      (if (call $open (i32.const 3) (i32.const 0) (i32.const 1072) (i32.const 8) (i32.const 1)
            (i64.const 0x40) (i64.const 0) (i32.const 0) (i32.const 64))
        (then (call $exit (i32.const 4))))
      (call $exit (i32.const 0))))`)
}

/** One test of a suite: its module, and its spec (no JSON file when absent). */
export interface SuiteFile {
  module: Uint8Array | Promise<Uint8Array>
  spec?: object
}

/** Writes a suite folder: `manifest` (when given), NAME.wasm and NAME.json per test. */
export async function writeSuite(
  dir: string,
  tests: Record<string, SuiteFile>,
  manifest?: { name?: string; version?: string }
): Promise<string> {
  mkdirSync(dir, { recursive: true })
  if (manifest) writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest))
  for (const [name, { module, spec }] of Object.entries(tests)) {
    writeFileSync(join(dir, `${name}.wasm`), await module)
    if (spec) writeFileSync(join(dir, `${name}.json`), JSON.stringify(spec))
  }
  return dir
}

/**
 * Creates `name` in the directory preopened at fd 3, writes one byte at
 * offset `offset` (a sparse file of that size: little disk, all of it
 * counted), then runs until killed. Exits 1 or 2 if the open or the write fails.
 */
export function growingAFileThenSpinning(name: string, offset: bigint): Promise<Uint8Array> {
  return compileWat(`(module
    (import ${WASI} "fd_pwrite" (func $pwrite (param i32 i32 i32 i64 i32) (result i32)))
    ${IMPORTS}
    (data (i32.const 1024) "${literal(name)}")
    (data (i32.const 1100) "x")
    (func (export "_start")
      ;; oflags CREAT (1); rights: fd_write (bit 6) and fd_seek (bit 2), which fd_pwrite needs.
      (if (call $open (i32.const 3) (i32.const 0) (i32.const 1024) (i32.const ${bytes(name)}) (i32.const 1)
            (i64.const 0x44) (i64.const 0) (i32.const 0) (i32.const 64))
        (then (call $exit (i32.const 1))))
      (i32.store (i32.const 0) (i32.const 1100))
      (i32.store (i32.const 4) (i32.const 1))
      (if (call $pwrite (i32.load (i32.const 64)) (i32.const 0) (i32.const 1) (i64.const ${offset}) (i32.const 8))
        (then (call $exit (i32.const 2))))
      (loop $forever (br $forever))))`)
}
