// Compiles WAT in a test, for modules that only tests need (hangs, traps).
import initWabt from 'wabt'

export async function compileWat(source: string): Promise<Uint8Array<ArrayBuffer>> {
  const wabt = await initWabt()
  const module = wabt.parseWat('test.wat', source)
  try {
    return Uint8Array.from(module.toBinary({}).buffer)
  } finally {
    module.destroy()
  }
}

const START = (body: string) => `(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1) (export "memory" (memory 0))
  (func (export "_start") ${body}))`

/** Never returns. */
export const HANG_WAT = START('(loop $forever (br $forever))')
/** Traps on `unreachable`. */
export const TRAP_WAT = START('(unreachable)')
