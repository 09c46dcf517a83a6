// The directory a probe preopens: made fresh for each run, holding the files
// the probe needs, checked afterwards for the files the probe must leave.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Probe } from '../probes/catalog.js'
import type { Verdict } from './classify.js'

/** A fresh directory with the probe's files, or undefined when the probe preopens none. */
export function prepareCellDir(probe: Probe, workDir: string): string | undefined {
  if (!probe.dir) return undefined
  const dir = mkdtempSync(join(workDir, `dir-${probe.id}-`))
  for (const [path, content] of Object.entries(probe.dir.files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  return dir
}

/** A passing verdict stays one only if the directory holds what the probe must leave there. */
export function checkCellDir(probe: Probe, dir: string | undefined, verdict: Verdict): Verdict {
  if (verdict.status !== 'pass' || !dir || !probe.expect.files) return verdict
  for (const [path, expected] of Object.entries(probe.expect.files)) {
    let found: string | undefined
    try {
      found = readFileSync(join(dir, path), 'utf8')
    } catch {
      return { status: 'fail', reason: `the run left no file ${path}` }
    }
    if (found !== expected) {
      return {
        status: 'fail',
        reason: `file ${path} holds ${JSON.stringify(found.slice(0, 120))}, expected ${JSON.stringify(expected)}`
      }
    }
  }
  return verdict
}

export function removeCellDir(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true })
}
