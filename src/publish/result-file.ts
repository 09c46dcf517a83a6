import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { ProbeResult } from '../result/index.js'

/** Writes the result file, creating its directory; returns the absolute path. */
export function writeResultFile(path: string, result: ProbeResult): string {
  const absolute = resolve(path)
  mkdirSync(dirname(absolute), { recursive: true })
  writeFileSync(absolute, `${JSON.stringify(result, null, 2)}\n`)
  return absolute
}
