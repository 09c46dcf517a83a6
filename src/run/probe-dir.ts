// The directory a probe preopens: made fresh for each run, holding the files
// the probe needs, checked afterwards for the files the probe must leave.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Probe } from '../probes/catalog.js'
import type { Verdict } from './classify.js'

/** The directories of one run: where they are on the host, and what the guest calls them. */
export interface CellDirs {
  root: string
  preopens: { guest: string; host: string }[]
}

/** Fresh directories for the probe's run, or undefined when the probe preopens none. */
export function prepareCellDir(probe: Probe, workDir: string): CellDirs | undefined {
  if (!probe.dir) return undefined
  const root = mkdtempSync(join(workDir, 'dirs-'))
  const preopens: CellDirs['preopens'] = []
  for (const [path, content] of Object.entries(probe.dir.files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  preopens.push({ guest: probe.dir.guest, host: root })
  return { root, preopens }
}

/** A passing verdict stays one only if the directory holds what the probe must leave there. */
export function checkCellDir(probe: Probe, dirs: CellDirs | undefined, verdict: Verdict): Verdict {
  if (verdict.status !== 'pass' || !dirs || !probe.expect.files) return verdict
  const dir = dirs.root
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

export function removeCellDir(dirs: CellDirs | undefined): void {
  if (dirs) rmSync(dirs.root, { recursive: true, force: true })
}
