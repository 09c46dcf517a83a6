// Puts an installed runtime into the runner's tool cache where tc.find (and so
// later steps and other actions) looks for it: <tool>/<version>/<arch>, with an
// <arch>.complete marker beside it. Unlike tc.cacheDir, which deletes the
// folder and copies into it while another probe may be running the binary
// there, a version is unpacked into a folder of its own and renamed into
// place in one step; a folder already in place and complete is never touched.
import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import semver from 'semver'

/** Unpacked folders older than this, of installs that never finished, are removed. */
const STALE_STAGING_MS = 24 * 3600_000
const STAGING = '.wasi-probe-staging'

function cacheRoot(): string {
  const root = process.env.RUNNER_TOOL_CACHE
  if (!root) throw new Error('Expected RUNNER_TOOL_CACHE to be defined')
  return root
}

/** `<tool cache>/<tool>/<version>/<arch>`, the version cleaned as tc.find cleans it. */
export function toolDir(tool: string, version: string, arch: string): string {
  return join(cacheRoot(), tool, semver.clean(version) || version, arch)
}

/**
 * A new empty folder in the tool cache (the same file system as the final
 * place, so that the rename is atomic) to unpack into; not created yet.
 */
export function stagingDir(): string {
  const root = join(cacheRoot(), STAGING)
  mkdirSync(root, { recursive: true })
  removeStale(root)
  return join(root, randomUUID())
}

function removeStale(root: string): void {
  for (const name of readdirSync(root)) {
    const path = join(root, name)
    try {
      if (Date.now() - statSync(path).mtimeMs > STALE_STAGING_MS)
        rmSync(path, { recursive: true, force: true })
    } catch {
      // Another install removed it first.
    }
  }
}

const TAKEN = new Set(['EEXIST', 'ENOTEMPTY', 'EPERM', 'EACCES'])

/**
 * Moves `staged` into place as `tool` `version` `arch` and returns where it is
 * now. When a complete copy is there already (another probe installed the same
 * version meanwhile), that one stays and `staged` is removed. A folder without
 * its marker (what a killed tc.cacheDir leaves), or one that `usable` rejects,
 * is moved aside first.
 */
export function moveIntoToolCache(
  staged: string,
  tool: string,
  version: string,
  arch: string,
  usable: (dir: string) => boolean
): string {
  const dir = toolDir(tool, version, arch)
  const marker = `${dir}.complete`
  mkdirSync(join(dir, '..'), { recursive: true })
  for (let attempt = 0; attempt < 5; attempt++) {
    if (existsSync(dir)) {
      if (existsSync(marker) && usable(dir)) {
        rmSync(staged, { recursive: true, force: true })
        return dir
      }
      const aside = join(cacheRoot(), STAGING, `${randomUUID()}.old`)
      try {
        renameSync(dir, aside)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      }
      rmSync(aside, { recursive: true, force: true })
    }
    // The marker first: the folder is never in place without it. A marker alone marks nothing for tc.find.
    writeFileSync(marker, '')
    try {
      renameSync(staged, dir)
      return dir
    } catch (error) {
      if (!TAKEN.has((error as NodeJS.ErrnoException).code ?? '')) throw error
      // Another install renamed its copy into place first: look again.
    }
  }
  throw new Error(`${dir} keeps changing while it is installed; try again`)
}
