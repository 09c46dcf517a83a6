// What a folder a test preopens holds, read before anything runs: every test
// gets a copy of it, so it must be of a size that copies in moments, and no
// link in it may lead out of it (through a copy of such a link a module would
// reach the user's files, or the host's).
import { lstatSync, readdirSync, readlinkSync, realpathSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, sep } from 'node:path'
import { isInside } from '../../paths.js'

/** At most this many bytes in a folder a test preopens (what its files hold, in all). */
export const FOLDER_BYTES_LIMIT = 256 * 1024 * 1024

/** At most this many files, folders and links in a folder a test preopens. */
export const FOLDER_ENTRIES_LIMIT = 20_000

export interface FolderSurvey {
  bytes: number
  entries: number
  /** Links that lead out of the folder (or whose way out cannot be ruled out), relative to it. */
  linksOut: { path: string; target: string }[]
  /** FIFOs, sockets and devices, relative to the folder: a copy leaves them out. */
  special: string[]
  /** The walk stopped at a limit. */
  overLimit: boolean
}

/**
 * Where the link at `link` leads, as the kernel resolves it, when that is
 * inside `root` (a real path, without links in it); undefined when it leads
 * out. Nothing is normalised first: `self/..`, through a link `self` to the
 * folder itself, climbs out of it. A link to nothing is followed as far as
 * something exists; the rest of its way must not climb.
 */
export function linkTargetInside(link: string, root: string): string | undefined {
  const target = readlinkSync(link)
  const parts = (isAbsolute(target) ? target : `${dirname(link)}${sep}${target}`).split(/[\\/]+/)
  for (let length = parts.length; length > 0; length--) {
    let real: string
    try {
      real = realpathSync.native(parts.slice(0, length).join(sep) || sep)
    } catch {
      continue
    }
    const rest = parts.slice(length)
    return rest.includes('..') || !isInside(real, root) ? undefined : join(real, ...rest)
  }
  return undefined
}

/** Surveys `folder` (a link to a folder is followed), stopping once a limit is passed. */
export function surveyFolder(folder: string): FolderSurvey {
  const root = realpathSync(folder)
  const survey: FolderSurvey = { bytes: 0, entries: 0, linksOut: [], special: [], overLimit: false }
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (survey.overLimit) return
      const path = join(dir, entry.name)
      survey.entries += 1
      if (entry.isSymbolicLink()) {
        if (linkTargetInside(path, root) === undefined)
          survey.linksOut.push({ path: relative(root, path), target: readlinkSync(path) })
      } else if (entry.isDirectory()) walk(path)
      else if (entry.isFile()) survey.bytes += lstatSync(path).size
      else survey.special.push(relative(root, path))
      if (survey.bytes > FOLDER_BYTES_LIMIT || survey.entries > FOLDER_ENTRIES_LIMIT) survey.overLimit = true
    }
  }
  walk(root)
  return survey
}
