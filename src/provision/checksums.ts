import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'

/** sha256 of a file, hex. */
export function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')))
  })
}

/**
 * The hash given for `name` in a checksum file: `<hex> <file>` or
 * `<hex>  <file>` lines, a `*` before the file name meaning binary mode.
 */
export function hashInChecksumFile(text: string, name: string): string | undefined {
  for (const line of text.split(/\r?\n/)) {
    const match = /^([0-9a-fA-F]{64})\s+\*?(.+?)\s*$/.exec(line.trim())
    if (match && (match[2] === name || match[2].endsWith(`/${name}`))) return match[1].toLowerCase()
  }
  return undefined
}
