// Packages for Node found on disk, as Node itself finds them: a command's
// package by walking up from the real file of its bin, a dependency in the
// node_modules folders from a package upwards.
import { readFileSync, realpathSync } from 'node:fs'
import { dirname, join } from 'node:path'

function packageName(dir: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown }).name as string
  } catch {
    return undefined
  }
}

/** The folder of package `name` that holds `file` (a bin, followed through its links), or undefined. */
export function packageRootOf(file: string, name: string): string | undefined {
  let dir: string
  try {
    dir = dirname(realpathSync(file))
  } catch {
    return undefined
  }
  for (;;) {
    if (packageName(dir) === name) return dir
    const up = dirname(dir)
    if (up === dir) return undefined
    dir = up
  }
}

/** Where a bare `name` resolves from package folder `from`: its node_modules, then each one above. */
export function findPackageFrom(from: string, name: string): string | undefined {
  for (let dir = from; ;) {
    const candidate = join(dir, 'node_modules', name)
    if (packageName(candidate) === name) return candidate
    const up = dirname(dir)
    if (up === dir) return undefined
    dir = up
  }
}

/** The version in a package folder's package.json, read as text for the adapter to parse. */
export function packageJsonText(dir: string): string {
  return readFileSync(join(dir, 'package.json'), 'utf8')
}
