// A .wasm file on disk, classified by the module-kind reader: the file is read
// through a window, so that only its headers and its import and export
// sections are read, however large its code is.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { type ModuleBytes, type ModuleReading, readModuleKind } from './module-kind.js'

/** How much is read from the file at once: a run of small sections is read in one go. */
const WINDOW_BYTES = 8 * 1024

function fileBytes(fd: number, size: number): ModuleBytes {
  let window = new Uint8Array(0)
  let windowAt = 0
  return {
    size,
    read(offset, length) {
      const end = Math.min(offset + length, size)
      if (offset < windowAt || end > windowAt + window.length) {
        const buffer = new Uint8Array(Math.max(end - offset, Math.min(WINDOW_BYTES, size - offset)))
        window = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, offset))
        windowAt = offset
      }
      return window.subarray(offset - windowAt, Math.min(end, windowAt + window.length) - windowAt)
    }
  }
}

/** What the file at `path` is, or why it is not a module that can run (not a file, not readable, not WebAssembly). */
export function readModuleFile(path: string): ModuleReading {
  let fd: number | undefined
  try {
    // Opened without blocking, so that a FIFO named .wasm cannot hold the run; then it must be a file.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
    const stats = fstatSync(fd)
    if (stats.isDirectory()) return { problem: 'is a directory, not a module' }
    if (!stats.isFile()) return { problem: 'is not a regular file' }
    return readModuleKind(fileBytes(fd, stats.size))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return {
      problem: `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))}${code === 'ENOENT' ? ': a broken symbolic link?' : ''})`
    }
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
