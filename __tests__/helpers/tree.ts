// What a directory holds, to the byte: to show that a run left the user's files as they were.
import { createHash } from 'node:crypto'
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs'
import { join, relative } from 'node:path'

/** Relative path → kind, mode and content hash (a link's target for links), for everything below `root`. */
export function treeSnapshot(root: string): Record<string, string> {
  const snapshot: Record<string, string> = {}
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      const stat = lstatSync(path)
      const mode = (stat.mode & 0o7777).toString(8)
      const key = relative(root, path)
      if (stat.isSymbolicLink()) snapshot[key] = `link -> ${readlinkSync(path)}`
      else if (stat.isDirectory()) {
        snapshot[key] = `dir ${mode}`
        walk(path)
      } else {
        const hash = createHash('sha256').update(readFileSync(path)).digest('hex')
        snapshot[key] = `file ${mode} ${hash}`
      }
    }
  }
  walk(root)
  return snapshot
}
