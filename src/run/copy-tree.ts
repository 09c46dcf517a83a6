// A test's directory, copied for one run so that the user's files never
// change: real copies (a reflink where the filesystem has them, bytes
// otherwise; never hard links, through which a module could write into the
// original), owner-writable even where the source is read-only, as a fresh
// checkout is. A link stays a link, relative, to its place in the copy; one
// that leads out of the directory is refused (loading the tests refused it
// already: this is for a directory changed since).
import { constants, lstatSync, readdirSync, readlinkSync, realpathSync, rmSync } from 'node:fs'
import { chmod, copyFile, lstat, mkdir, readdir, symlink } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative } from 'node:path'
import { linkTargetInside } from '../probes/suites/test-folder.js'

/** wasi-testsuite marks what a test leaves behind with this suffix; the runner removes such files and folders, never links. */
export const isCleanupName = (name: string) => name.endsWith('.cleanup')

/** A copy that did not finish in the time it had: the time counts against the test's own. */
export class CopyTimeout extends Error {}

/**
 * Copies the directory `from` (a link to one is followed) to `to`, which must
 * not exist, leaving out `*.cleanup`; throws CopyTimeout past `deadline` (a
 * performance.now() time).
 */
export async function copyTree(from: string, to: string, deadline = Infinity): Promise<void> {
  const real = realpathSync(from)
  await copyDirectory(real, real, to, deadline)
  await chmod(to, (lstatSync(real).mode & 0o7777) | 0o700)
}

async function copyDirectory(root: string, from: string, to: string, deadline: number): Promise<void> {
  await mkdir(to, { mode: 0o700 })
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (performance.now() > deadline) throw new CopyTimeout(`copying ${root} took longer than the test may`)
    const source = join(from, entry.name)
    const target = join(to, entry.name)
    if (entry.isSymbolicLink()) {
      await symlink(linkInCopy(root, source), target)
      continue
    }
    if (isCleanupName(entry.name)) continue
    if (entry.isDirectory()) {
      await copyDirectory(root, source, target, deadline)
      await chmod(target, ((await lstat(source)).mode & 0o7777) | 0o700)
    } else if (entry.isFile()) {
      await copyFile(source, target, constants.COPYFILE_FICLONE)
      await chmod(target, ((await lstat(source)).mode & 0o7777) | 0o600)
    }
    // Sockets, fifos and devices are not copied: a test directory has no use for them.
  }
}

/** What the copy of the link at `source` points to: its own text when relative, else the way there inside the copy. */
function linkInCopy(root: string, source: string): string {
  const text = readlinkSync(source)
  const inside = linkTargetInside(source, root)
  if (inside === undefined) throw new Error(`the link ${source} -> ${text} leads out of ${root}`)
  return isAbsolute(text) ? relative(dirname(source), inside) || '.' : text
}

/** Removes the `*.cleanup` files and folders below `dir`, as the runner does before each run. */
export function removeCleanupFiles(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isSymbolicLink()) continue
    if (isCleanupName(entry.name)) rmSync(path, { recursive: true, force: true })
    else if (entry.isDirectory()) removeCleanupFiles(path)
  }
}
