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
 * `<hex>  <file>` lines, a `*` before the file name meaning binary mode; or
 * PowerShell's `Get-FileHash | Format-List` (see hashInFormatList).
 */
export function hashInChecksumFile(text: string, name: string): string | undefined {
  for (const line of text.split(/\r?\n/)) {
    const match = /^([0-9a-fA-F]{64})\s+\*?(.+?)\s*$/.exec(line.trim())
    if (match && (match[2] === name || match[2].endsWith(`/${name}`))) return match[1].toLowerCase()
  }
  return hashInFormatList(text, name)
}

/**
 * PowerShell's `Get-FileHash FILE -Algorithm SHA256 | Format-List`, as Deno
 * publishes it for its Windows assets: one block per file, `Algorithm : SHA256`,
 * `Hash : <HEX>` and `Path : <where it was hashed>` (a long value goes on in
 * the next, indented lines), blocks apart by blank lines. The hash is the one
 * whose path ends in `name`.
 */
function hashInFormatList(text: string, name: string): string | undefined {
  for (const block of text.split(/\r?\n\s*\r?\n/)) {
    const fields: Record<string, string> = {}
    let last: string | undefined
    for (const line of block.split(/\r?\n/)) {
      const field = /^(\w+)\s*:\s?(.*)$/.exec(line)
      if (field) fields[(last = field[1])] = field[2].trim()
      else if (last && line.trim()) fields[last] += line.trim()
    }
    const file = fields.Path?.split(/[\\/]/).pop()
    if (fields.Algorithm === 'SHA256' && /^[0-9a-fA-F]{64}$/.test(fields.Hash ?? '') && file === name)
      return fields.Hash.toLowerCase()
  }
  return undefined
}
