// Reading a file that someone else wrote: only a regular file (a symlink to one is fine), and only up to a
// limit. A FIFO would block the read forever, /dev/zero would never end, and a size on disk can lie
// (files in /proc say 0), so the limit is counted while reading.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats, statSync } from 'node:fs'

/** A result with a whole wasi-testsuite is 1 to 13 MB: a file above this is no result. */
export const RESULT_FILE_LIMIT = 64 * 1024 * 1024

const MiB = 1024 * 1024

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory'
  if (stats.isFIFO()) return 'a FIFO'
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  if (stats.isSocket()) return 'a socket'
  return 'not a file'
}

function notRegular(stats: Stats): string | undefined {
  return stats.isFile() ? undefined : `not a regular file (${kindOf(stats)})`
}

function tooLarge(limit: number, bytes?: number): string {
  return `larger than ${limit / MiB} MiB${bytes !== undefined ? ` (${bytes} bytes)` : ''}, the limit for a result file`
}

/** The system error's code (ENOENT, EACCES, ...), else its message. */
export function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error))
}

/** The text of the regular file at `path` (UTF-8), or why it is not read. */
export function readRegularFile(path: string, limit = RESULT_FILE_LIMIT): { text: string } | { why: string } {
  let stats: Stats
  try {
    stats = statSync(path)
  } catch (error) {
    const code = errorCode(error)
    return { why: `cannot be read (${code}${code === 'ENOENT' ? ': a broken symbolic link?' : ''})` }
  }
  // Checked before opening: opening some devices does something.
  const refused = notRegular(stats) ?? (stats.size > limit ? tooLarge(limit, stats.size) : undefined)
  if (refused) return { why: refused }
  let fd: number
  try {
    // Non-blocking: a FIFO put in the file's place since the check cannot hold the open.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0))
  } catch (error) {
    return { why: `cannot be read (${errorCode(error)})` }
  }
  try {
    const opened = fstatSync(fd)
    const swapped = notRegular(opened)
    if (swapped) return { why: swapped }
    const chunks: Buffer[] = []
    let total = 0
    let chunk = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(opened.size + 1, 64 * 1024)))
    for (;;) {
      const read = readSync(fd, chunk, 0, Math.min(chunk.length, limit + 1 - total), null)
      if (read === 0) break
      chunks.push(chunk.subarray(0, read))
      total += read
      if (total > limit) return { why: tooLarge(limit) }
      if (read === chunk.length) chunk = Buffer.allocUnsafe(Math.min(limit + 1 - total, chunk.length * 2))
      else chunk = chunk.subarray(read)
    }
    return { text: Buffer.concat(chunks, total).toString('utf8') }
  } catch (error) {
    return { why: `cannot be read (${errorCode(error)})` }
  } finally {
    closeSync(fd)
  }
}
