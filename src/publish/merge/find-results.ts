// Which files the report's `results` entries name: a file, a directory (searched for .json files) or a
// glob. What is found is only listed here; whether it is a regular file is for the reader to say, when it
// opens it (see read-limited.ts).
import { type Dirent, lstatSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { SkippedFile } from './merge.js'
import { errorCode } from './read-limited.js'

export interface FoundFiles {
  files: string[]
  /** What a search met and did not take: a symbolic link to a directory, a folder it could not list. */
  skipped: SkippedFile[]
  /** The entries that named no file at all: a glob that matches nothing, a folder without a .json file. */
  unmatched: string[]
}

/**
 * Every `.json` entry below `dir`, whatever it is (a symlink, a FIFO: the reader says which it takes).
 * Directories reached through a symbolic link are not searched, so that a link cannot lead the search in a
 * loop or across the whole file system; each is named in `skipped`.
 */
function jsonFilesBelow(dir: string, found: FoundFiles): void {
  const pending = [dir]
  const files: string[] = []
  while (pending.length > 0) {
    const folder = pending.pop()!
    let entries: Dirent[]
    try {
      entries = readdirSync(folder, { withFileTypes: true })
    } catch (error) {
      found.skipped.push({ file: folder, why: `cannot be searched (${errorCode(error)})` })
      continue
    }
    for (const entry of entries) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) pending.push(path)
      else if (entry.name.endsWith('.json')) files.push(path)
      else if (entry.isSymbolicLink() && isDirectory(path))
        found.skipped.push({ file: path, why: 'a symbolic link to a directory, which is not searched' })
    }
  }
  found.files.push(...files.sort())
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/** Also a broken symbolic link: named on its own, it is reported, not taken for a glob that matches nothing. */
function exists(path: string): boolean {
  try {
    lstatSync(path)
    return true
  } catch {
    return false
  }
}

/**
 * The files `entries` name, relative to `cwd`, in order, each once. A glob follows symbolic links as
 * @actions/glob does (a loop is cut where it closes) but does not search below a directory it matches.
 */
export async function findResultFiles(entries: readonly string[], cwd: string): Promise<FoundFiles> {
  const found: FoundFiles = { files: [], skipped: [], unmatched: [] }
  for (const entry of entries) {
    const path = resolve(cwd, entry)
    const before = found.files.length + found.skipped.length
    if (isDirectory(path)) jsonFilesBelow(path, found)
    else if (exists(path)) found.files.push(path)
    else {
      const { create } = await import('@actions/glob')
      const globber = await create(path, { matchDirectories: false, implicitDescendants: false })
      found.files.push(...(await globber.glob()).sort())
    }
    if (found.files.length + found.skipped.length === before) found.unmatched.push(entry)
  }
  return { files: [...new Set(found.files)], skipped: found.skipped, unmatched: found.unmatched }
}
