// The kernel running a .wasm file itself: on Linux through a binfmt_misc entry
// for the `\0asm` magic; macOS has no binfmt_misc; Windows only through the
// shell's file association.
import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { NativeRuntimeSpec } from './spec.js'

export const native: NativeRuntimeSpec = {
  kind: 'native',
  id: 'native',
  name: 'native (binfmt_misc)',
  limits: {
    env: 'a binfmt_misc handler gets the environment of the caller; the probe cannot set it per run',
    dirs: 'a binfmt_misc handler decides by itself which directories to preopen',
    components: 'a binfmt_misc entry for the core-module magic does not match a component'
  }
}

export const BINFMT_DIR = '/proc/sys/fs/binfmt_misc'
const WASM_MAGIC_HEX = '0061736d'

export interface BinfmtEntry {
  name: string
  enabled: boolean
  interpreter: string
  flags: string
  offset: number
  /** Hex, as the kernel prints it; absent for extension entries. */
  magic?: string
  mask?: string
  /** For extension entries (type E), the file extension matched. */
  extension?: string
}

/** Parses one entry file of /proc/sys/fs/binfmt_misc. */
export function parseBinfmtEntry(name: string, text: string): BinfmtEntry {
  const entry: BinfmtEntry = { name, enabled: false, interpreter: '', flags: '', offset: 0 }
  for (const line of text.split('\n')) {
    const [key, ...rest] = line.trim().split(/\s+/)
    const value = rest.join(' ')
    if (key === 'enabled') entry.enabled = true
    else if (key === 'interpreter') entry.interpreter = value
    else if (key === 'flags:') entry.flags = value
    else if (key === 'offset') entry.offset = Number(value)
    else if (key === 'magic') entry.magic = value.toLowerCase()
    else if (key === 'mask') entry.mask = value.toLowerCase()
    else if (key === 'extension') entry.extension = value
  }
  return entry
}

/** True when the entry, enabled, would hand a .wasm module to its interpreter. */
export function handlesWasm(entry: BinfmtEntry): boolean {
  if (!entry.enabled) return false
  if (entry.extension !== undefined) return entry.extension.replace(/^\./, '') === 'wasm'
  return entry.offset === 0 && (entry.magic?.startsWith(WASM_MAGIC_HEX) ?? false)
}

export type BinfmtScan =
  { state: 'not-mounted' } | { state: 'disabled' } | { state: 'scanned'; entries: BinfmtEntry[] }

/** Every entry in `dir` (the status file and `register` are not entries). */
export function scanBinfmt(dir = BINFMT_DIR): BinfmtScan {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return { state: 'not-mounted' }
  }
  if (!names.includes('register')) return { state: 'not-mounted' }
  try {
    if (readFileSync(join(dir, 'status'), 'utf8').trim() === 'disabled') return { state: 'disabled' }
  } catch {
    // No status file: read the entries anyway.
  }
  const entries: BinfmtEntry[] = []
  for (const name of names) {
    if (name === 'register' || name === 'status') continue
    try {
      entries.push(parseBinfmtEntry(name, readFileSync(join(dir, name), 'utf8')))
    } catch {
      // An entry removed while we read: not there.
    }
  }
  return { state: 'scanned', entries }
}

/** The `.wasm` file association on Windows (`assoc .wasm`, `ftype TYPE`), or undefined. */
export function windowsAssociation(): string | undefined {
  const run = (args: string[]): string | undefined => {
    const result = spawnSync('cmd.exe', ['/d', '/c', ...args], {
      encoding: 'utf8',
      timeout: 5000,
      windowsHide: true
    })
    return result.status === 0 ? result.stdout.trim() : undefined
  }
  const assoc = run(['assoc', '.wasm'])
  if (!assoc) return undefined
  const fileType = assoc.split('=')[1]
  const command = fileType ? run(['ftype', fileType]) : undefined
  return command ?? assoc
}
