import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import type { ProbeResult } from '../result/index.js'

/**
 * Writes the result file, creating its directory; returns the absolute path.
 * It is written beside its place and renamed there, so that a reader, or a
 * kill mid-write, never meets half a file.
 */
export function writeResultFile(path: string, result: ProbeResult): string {
  const absolute = resolve(path)
  mkdirSync(dirname(absolute), { recursive: true })
  const partial = join(dirname(absolute), `.${basename(absolute)}.${process.pid}.partial`)
  try {
    writeFileSync(partial, `${JSON.stringify(result, null, 2)}\n`)
    renameSync(partial, absolute)
  } catch (error) {
    rmSync(partial, { force: true })
    throw error
  }
  return absolute
}
