// The JSON result file: its default name, a check of where it goes made before
// anything runs, and the write itself.
import { createHash } from 'node:crypto'
import {
  closeSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeFileSync
} from 'node:fs'
import { basename, dirname, join, resolve, sep } from 'node:path'
import type { ProbeResult } from '../result/index.js'

/** The most bytes of a file name on Linux, macOS and Windows alike. */
const NAME_MAX = 255

/**
 * The longest the label's part of a default file name gets: with `wasi-probe-`, `.json` and a
 * runner's temp folder it stays within NAME_MAX and Windows' 260 characters of a path.
 */
const LABEL_PART_MAX = 160

/** Bytes of a label that stand for themselves in a file name; every other byte is written `%XX`. */
const NAME_SAFE = /^[A-Za-z0-9._-]$/

/**
 * The default result file's name for a label: `wasi-probe-<label>.json`. The label is percent-encoded
 * (`leg one` → `leg%20one`, `a/b` → `a%2Fb`, `a_b` stays), so that labels that differ never share a
 * name; a long one is cut and ends in `~` and a hash of the whole label (`~` is never left as it is).
 */
export function defaultResultFileName(label: string): string {
  const encoded = [...Buffer.from(label, 'utf8')]
    .map((byte) => {
      const ch = String.fromCharCode(byte)
      return NAME_SAFE.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
    })
    .join('')
  if (encoded.length <= LABEL_PART_MAX) return `wasi-probe-${encoded}.json`
  const hash = createHash('sha256').update(label, 'utf8').digest('hex').slice(0, 16)
  // Not inside a %XX.
  const cut = encoded.slice(0, LABEL_PART_MAX - hash.length - 1).replace(/%[0-9A-F]?$/, '')
  return `wasi-probe-${cut}~${hash}.json`
}

const errorCode = (error: unknown) =>
  (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error))

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}

/** Why no result file can take the place `absolute`, before any folder is made. */
function placeProblem(path: string, absolute: string): string | undefined {
  if (path.endsWith('/') || path.endsWith(sep))
    return 'it ends in a separator, so it names a folder, not a file'
  const nameBytes = Buffer.byteLength(basename(absolute), 'utf8')
  if (nameBytes > NAME_MAX)
    return `its file name is ${nameBytes} bytes long, more than the ${NAME_MAX} a file system takes`
  const there = statOrUndefined(absolute)
  if (there?.isDirectory()) return 'it is a folder'
  // Renamed over, a device or a FIFO would be replaced by the file: /dev/null would be gone.
  if (there && !there.isFile()) return 'it is not a regular file (a device, a FIFO or a socket)'
  return undefined
}

/**
 * Makes `folder` and the folders above it that are missing, one at a time: a recursive mkdir never
 * returns in /proc, where the kernel answers ENOENT for a folder whose parent is there.
 */
function makeFolder(folder: string): string | undefined {
  const missing: string[] = []
  let existing = folder
  let stats = statOrUndefined(existing)
  while (!stats) {
    const parent = dirname(existing)
    if (parent === existing) return `its folder ${folder} cannot be looked at`
    missing.unshift(existing)
    existing = parent
    stats = statOrUndefined(existing)
  }
  if (!stats.isDirectory()) return `${existing} is a file, not a folder`
  for (const each of missing) {
    try {
      mkdirSync(each)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && statOrUndefined(each)?.isDirectory()) continue
      return `the folder ${each} cannot be made (${errorCode(error)})`
    }
  }
  return undefined
}

/** Beside the result file, so that renaming it there is atomic; short, so that it fits where the name fits. */
function partialPath(folder: string): string {
  return join(folder, `.wasi-probe-${process.pid}-${Math.random().toString(36).slice(2, 8)}.partial`)
}

/**
 * Why the result file cannot be written at `path` (a folder, a device, a name too long, a folder that
 * cannot be made or written in), or undefined. Made before anything runs, so that a run's results are
 * not lost at its end; it makes the folder, and writes and removes a file in it.
 */
export function resultPathProblem(path: string): string | undefined {
  const absolute = resolve(path)
  const problem = placeProblem(path, absolute) ?? makeFolder(dirname(absolute))
  if (problem) return problem
  const trial = partialPath(dirname(absolute))
  try {
    closeSync(openSync(trial, 'wx'))
    rmSync(trial, { force: true })
  } catch (error) {
    return `nothing can be written in ${dirname(absolute)} (${errorCode(error)})`
  }
  return undefined
}

/**
 * Writes the result file, creating its folder; returns the absolute path.
 * It is written beside its place and renamed there, so that a reader, or a
 * kill mid-write, never meets half a file.
 */
export function writeResultFile(path: string, result: ProbeResult): string {
  const absolute = resolve(path)
  const problem = placeProblem(path, absolute) ?? makeFolder(dirname(absolute))
  if (problem) throw new Error(`The result file ${absolute} cannot be written: ${problem}`)
  const partial = partialPath(dirname(absolute))
  try {
    writeFileSync(partial, `${JSON.stringify(result, null, 2)}\n`, { flag: 'wx' })
    renameSync(partial, absolute)
  } catch (error) {
    rmSync(partial, { force: true })
    throw error
  }
  return absolute
}
