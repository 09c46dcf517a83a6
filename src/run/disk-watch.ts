// What a module may write into the directories of its run (RUNNER_TEMP, where
// its copies are): bounded, so that a module, or a runtime, cannot fill the
// runner's disk. Sizes are the files' own (a sparse file counts in full: a
// copy of it may not be sparse).
import { lstatSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

/** At most this many bytes more than they held at the start may a run's directories hold. */
export const WRITE_LIMIT_BYTES = 1024 * 1024 * 1024

/** How often a running process's directories are measured. */
const WATCH_INTERVAL_MS = 500

/** The bytes the files below `dirs` hold (links are not followed). */
export function bytesBelow(dirs: readonly string[]): number {
  let bytes = 0
  const walk = (dir: string): void => {
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      return // removed meanwhile, or not readable: nothing to count
    }
    for (const entry of entries) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile()) {
        try {
          bytes += lstatSync(path).size
        } catch {
          // Gone meanwhile.
        }
      }
    }
  }
  dirs.forEach(walk)
  return bytes
}

/** Directories to watch while a process runs, and how much they may grow. */
export interface WriteWatch {
  dirs: readonly string[]
  limitBytes?: number
}

/** Calls `over` once the directories hold more than the limit beyond what they held now; returns the stop. */
export function watchWrites(watch: WriteWatch, over: () => void): () => void {
  const allowed = bytesBelow(watch.dirs) + (watch.limitBytes ?? WRITE_LIMIT_BYTES)
  const timer = setInterval(() => {
    if (bytesBelow(watch.dirs) > allowed) {
      clearInterval(timer)
      over()
    }
  }, WATCH_INTERVAL_MS)
  timer.unref()
  return () => clearInterval(timer)
}
