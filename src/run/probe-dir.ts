// The directory a probe preopens: made fresh for each run, holding the files
// the probe needs, checked afterwards for the files the probe must leave.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Probe } from '../probes/catalog.js'
import type { Verdict } from './classify.js'

/** The directories of one run: where they are on the host, and what the guest calls them. */
export interface ProbeDirs {
  root: string
  preopens: { guest: string; host: string }[]
}

/** Fresh directories for the probe's run, or undefined when the probe preopens none. */
export function prepareProbeDir(probe: Probe, workDir: string): ProbeDirs | undefined {
  if (!probe.dir) return undefined
  const root = mkdtempSync(join(workDir, 'dirs-'))
  const preopens: ProbeDirs['preopens'] = []
  for (const [path, content] of Object.entries(probe.dir.files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  preopens.push({ guest: probe.dir.guest, host: root })
  return { root, preopens }
}

/** A passing verdict stays one only if the directory holds what the probe must leave there. */
export function checkProbeDir(probe: Probe, dirs: ProbeDirs | undefined, verdict: Verdict): Verdict {
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

export function removeProbeDir(dirs: ProbeDirs | undefined): void {
  if (dirs) rmSync(dirs.root, { recursive: true, force: true })
}
