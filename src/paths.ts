import { isAbsolute, relative, sep } from 'node:path'

/** True when `path` is `root` or below it (both absolute; neither resolved here). */
export function isInside(path: string, root: string): boolean {
  const rel = relative(root, path)
  return rel === '' || (!isAbsolute(rel) && rel.split(sep)[0] !== '..')
}
