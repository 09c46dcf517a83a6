// The directories of one probe run, made fresh for it: an empty working
// directory (a runtime that preopens its own, as wasm3 does, writes there and
// not into the user's checkout), and the directory the probe preopens, holding
// the files the probe needs, checked afterwards for the files it must leave.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Probe } from '../probes/catalog.js'
import type { Verdict } from './classify.js'

/** The directories of one run: where they are on the host, and what the guest calls them. */
export interface ProbeDirs {
  /** Holds everything else; removed after the run. */
  scratch: string
  /** The run's working directory: empty. */
  cwd: string
  /** The directory the probe preopens, when it preopens one. */
  root?: string
  preopens: { guest: string; host: string }[]
}

/** Fresh directories for the probe's run. */
export function prepareProbeDir(probe: Probe, workDir: string): ProbeDirs {
  const scratch = mkdtempSync(join(workDir, 'probe-'))
  const cwd = join(scratch, 'cwd')
  mkdirSync(cwd)
  if (!probe.dir) return { scratch, cwd, preopens: [] }
  const root = join(scratch, 'dir')
  mkdirSync(root)
  for (const [path, content] of Object.entries(probe.dir.files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  return { scratch, cwd, root, preopens: [{ guest: probe.dir.guest, host: root }] }
}

/** A passing verdict stays one only if the directory holds what the probe must leave there. */
export function checkProbeDir(probe: Probe, dirs: ProbeDirs, verdict: Verdict): Verdict {
  if (verdict.status !== 'pass' || !dirs.root || !probe.expect.files) return verdict
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

export function removeProbeDir(dirs: ProbeDirs): void {
  rmSync(dirs.scratch, { recursive: true, force: true })
}
