// A test's directory, copied for one run so that the user's files never
// change: real copies (a reflink where the filesystem has them, bytes
// otherwise; never hard links, through which a module could write into the
// original), links kept as they are, and owner-writable even where the source
// is read-only, as a fresh checkout is.
import {
  chmodSync,
  constants,
  copyFileSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  rmSync,
  symlinkSync
} from 'node:fs'
import { join } from 'node:path'

/** wasi-testsuite marks what a test leaves behind with this suffix; the runner removes such files and folders, never links. */
export const isCleanupName = (name: string) => name.endsWith('.cleanup')

/** Copies the directory `from` (a link to one is followed) to `to`, which must not exist, leaving out `*.cleanup`. */
export function copyTree(from: string, to: string): void {
  const real = realpathSync(from)
  copyDirectory(real, to)
  chmodSync(to, (lstatSync(real).mode & 0o7777) | 0o700)
}

function copyDirectory(from: string, to: string): void {
  mkdirSync(to, { mode: 0o700 })
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name)
    const target = join(to, entry.name)
    if (entry.isSymbolicLink()) {
      // Verbatim: a relative link stays relative, and resolves inside the copy.
      symlinkSync(readlinkSync(source), target)
      continue
    }
    if (isCleanupName(entry.name)) continue
    if (entry.isDirectory()) {
      copyDirectory(source, target)
      chmodSync(target, (lstatSync(source).mode & 0o7777) | 0o700)
    } else if (entry.isFile()) {
      copyFileSync(source, target, constants.COPYFILE_FICLONE)
      chmodSync(target, (lstatSync(source).mode & 0o7777) | 0o600)
    }
    // Sockets, fifos and devices are not copied: a test directory has no use for them.
  }
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
