// Unpacks a release archive into a new folder, refusing what a hostile
// archive could do: write outside the folder, plant a symlink, or unpack to
// more than a limit (a decompression bomb). Tar archives stream through a
// check (tar-check.ts) into the system tar; zip archives are unpacked here.
// Afterwards every symlink left must resolve inside the folder, whatever tar
// made of the archive.
import { spawn } from 'node:child_process'
import {
  copyFileSync,
  createReadStream,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync
} from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { Readable, Transform } from 'node:stream'
import { createGunzip, inflateRaw } from 'node:zlib'
import { promisify } from 'node:util'
import type { ArchiveFormat } from '../runtimes/release.js'
import { findExecutable, pathDirs } from './discover.js'
import { ArchiveRefused, memberPath, TarCheck, type TarLimits } from './tar-check.js'
import { isInside } from '../paths.js'

export { ArchiveRefused } from './tar-check.js'

export type ExtractLimits = TarLimits

export const EXTRACT_LIMITS: ExtractLimits = {
  // A wasmtime release unpacks to about 60 MB.
  maxBytes: 1024 ** 3,
  maxEntries: 10_000
}

/**
 * Unpacks `file` into `dest` (created; it must not exist). A raw binary is
 * copied there as `executable`.
 */
export async function extractArchive(
  file: string,
  format: ArchiveFormat,
  dest: string,
  executable: string,
  limits: ExtractLimits = EXTRACT_LIMITS
): Promise<void> {
  mkdirSync(dest)
  switch (format) {
    case 'raw':
      copyFileSync(file, join(dest, executable))
      return
    case 'zip':
      await extractZip(file, dest, limits)
      break
    case 'tar.gz':
    case 'tar.xz':
      await extractTar(file, format, dest, limits)
      break
  }
  checkTree(dest)
}

/**
 * How a .tar.xz is decompressed: by `xz` (which `tar -J` needs too), else by a
 * bsdtar (macOS, Windows), which reads xz itself and writes the archive back out uncompressed.
 */
function xzCommand(file: string): [string, string[]] {
  return findExecutable('xz', pathDirs(process.env))
    ? ['xz', ['-dc', '--', file]]
    : ['tar', ['-c', '-f', '-', '--format', 'pax', `@${file}`]]
}

/** The decompressed tar stream: gzip in-process, xz through another process. */
function decompressed(
  file: string,
  format: 'tar.gz' | 'tar.xz'
): { streams: [Readable, ...Transform[]]; stop(): void; done: Promise<void> } {
  if (format === 'tar.gz')
    return { streams: [createReadStream(file), createGunzip()], stop: () => {}, done: Promise.resolve() }
  const [command, args] = xzCommand(file)
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  let stopped = false
  const done = new Promise<void>((resolve, reject) => {
    child.once('error', (error) =>
      reject(new Error(`xz is needed to unpack .tar.xz archives and could not be run: ${error.message}`))
    )
    child.once('close', (code) =>
      code === 0 || stopped
        ? resolve()
        : reject(new Error(`${command} could not decompress it: ${stderr.trim() || `exit ${code}`}`))
    )
  })
  const stop = () => {
    stopped = true
    child.kill('SIGKILL')
  }
  return { streams: [child.stdout], stop, done }
}

async function extractTar(
  file: string,
  format: 'tar.gz' | 'tar.xz',
  dest: string,
  limits: ExtractLimits
): Promise<void> {
  const source = decompressed(file, format)
  // Owners and modes from the archive are not kept: a root-owned setuid file would be one step from root.
  const tar = spawn('tar', ['-x', '-f', '-', '-C', dest, '--no-same-owner', '--no-same-permissions'], {
    stdio: ['pipe', 'ignore', 'pipe'],
    env: process.env
  })
  let stderr = ''
  tar.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const exited = new Promise<number | null>((resolve, reject) => {
    tar.once('error', reject)
    tar.once('close', (code) => resolve(code))
  })
  try {
    await Promise.all([
      pipeline([...source.streams, new TarCheck(limits), tar.stdin]).catch((error) => {
        // tar may stop reading at the end-of-archive marker: its exit status says whether all went well.
        const code = (error as NodeJS.ErrnoException).code
        if (code !== 'EPIPE' && code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error
      }),
      source.done
    ])
  } catch (error) {
    source.stop()
    tar.kill('SIGKILL')
    await exited.catch(() => undefined)
    throw error
  }
  const code = await exited
  if (code !== 0)
    throw new Error(`tar failed: ${stderr.trim().split('\n').slice(-3).join('; ') || `exit ${code}`}`)
}

const inflate = promisify(inflateRaw)

/** Unpacks a zip (Windows releases) with zlib: no symlinks, every size checked against the limit. */
async function extractZip(file: string, dest: string, limits: ExtractLimits): Promise<void> {
  const zip = readFileSync(file)
  const entries = zipEntries(zip, limits)
  for (const entry of entries) {
    const target = join(dest, ...entry.path.split('/'))
    if (entry.directory) {
      mkdirSync(target, { recursive: true })
      continue
    }
    mkdirSync(dirname(target), { recursive: true })
    const local = entry.localOffset
    if (zip.readUInt32LE(local) !== 0x04034b50)
      throw new ArchiveRefused(`${entry.name}: damaged local header`)
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    const data = zip.subarray(start, start + entry.compressedSize)
    if (data.length !== entry.compressedSize)
      throw new ArchiveRefused(`${entry.name}: the archive is cut short`)
    let content: Buffer
    if (entry.method === 0) content = data
    else {
      try {
        content = await inflate(data, { maxOutputLength: Math.max(entry.size, 1) })
      } catch {
        throw new ArchiveRefused(`${entry.name}: unpacks to more than it says, or is damaged`)
      }
    }
    if (content.length !== entry.size)
      throw new ArchiveRefused(`${entry.name}: unpacks to another size than it says`)
    // 'wx': a name listed twice is refused, not written over.
    await writeFile(target, content, { flag: 'wx', mode: entry.executable ? 0o755 : 0o644 }).catch(
      (error) => {
        throw (error as NodeJS.ErrnoException).code === 'EEXIST'
          ? new ArchiveRefused(`${entry.name} is in the archive twice`)
          : error
      }
    )
  }
}

interface ZipEntry {
  name: string
  path: string
  directory: boolean
  method: number
  compressedSize: number
  size: number
  localOffset: number
  executable: boolean
}

/** The central directory of a zip: every entry checked before anything is written. */
function zipEntries(zip: Buffer, limits: ExtractLimits): ZipEntry[] {
  const tail = Math.max(0, zip.length - 65_557)
  let end = -1
  for (let at = zip.length - 22; at >= tail; at--) {
    if (zip.readUInt32LE(at) === 0x06054b50) {
      end = at
      break
    }
  }
  if (end === -1) throw new ArchiveRefused('not a zip archive (no end of central directory)')
  const count = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)
  if (count === 0xffff || at === 0xffffffff) throw new ArchiveRefused('zip64 archives are not supported')
  if (count > limits.maxEntries) throw new ArchiveRefused(`it has more than ${limits.maxEntries} members`)
  const entries: ZipEntry[] = []
  let total = 0
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50)
      throw new ArchiveRefused('the zip central directory is damaged')
    const madeBy = zip.readUInt16LE(at + 4) >> 8
    const flags = zip.readUInt16LE(at + 8)
    const method = zip.readUInt16LE(at + 10)
    const compressedSize = zip.readUInt32LE(at + 20)
    const size = zip.readUInt32LE(at + 24)
    const nameLength = zip.readUInt16LE(at + 28)
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
    const unixMode = zip.readUInt32LE(at + 38) >>> 16
    const localOffset = zip.readUInt32LE(at + 42)
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString(flags & 0x800 ? 'utf8' : 'latin1')
    at += 46 + skip
    const quoted = JSON.stringify(name)
    if (flags & 0x1) throw new ArchiveRefused(`member ${quoted} is encrypted`)
    if (method !== 0 && method !== 8)
      throw new ArchiveRefused(`member ${quoted} uses compression method ${method}`)
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff)
      throw new ArchiveRefused('zip64 archives are not supported')
    // Unix-made zips keep the file type in the upper half of the external attributes.
    const fileType = madeBy === 3 ? unixMode & 0o170000 : 0
    if (fileType === 0o120000) throw new ArchiveRefused(`member ${quoted} is a symlink`)
    if (fileType !== 0 && fileType !== 0o100000 && fileType !== 0o040000)
      throw new ArchiveRefused(`member ${quoted} is not a file or folder`)
    // Windows tools write backslashes between folders.
    const path = memberPath(name.replace(/\\/g, '/'))
    const directory = name.endsWith('/') || name.endsWith('\\') || fileType === 0o040000
    if (!directory && path === '') throw new ArchiveRefused(`member ${quoted} has no name`)
    total += size
    if (total > limits.maxBytes)
      throw new ArchiveRefused(
        `it unpacks to more than the limit of ${Math.round(limits.maxBytes / 2 ** 20)} MiB`
      )
    entries.push({
      name,
      path,
      directory,
      method,
      compressedSize,
      size,
      localOffset,
      executable: madeBy === 3 && (unixMode & 0o111) !== 0
    })
  }
  return entries
}

/** Only files, folders and symlinks that resolve inside `root`. */
function checkTree(root: string): void {
  const realRoot = realpathSync(root)
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      const shown = relative(root, path)
      if (entry.isDirectory()) walk(path)
      else if (entry.isSymbolicLink()) {
        let real: string
        try {
          real = realpathSync(path)
        } catch {
          throw new ArchiveRefused(`symlink ${shown} points nowhere`)
        }
        if (!isInside(real, realRoot)) throw new ArchiveRefused(`symlink ${shown} points outside the folder`)
      } else if (!entry.isFile()) throw new ArchiveRefused(`${shown} is not a file, folder or symlink`)
    }
  }
  walk(root)
}

/**
 * The binary found in an unpacked release, when it is safe to make executable
 * and run: a regular file, not a symlink, whose real path is inside `root`.
 */
export function checkedBinary(root: string, path: string): string {
  const shown = relative(root, path)
  if (!lstatSync(path).isFile()) throw new ArchiveRefused(`${shown} is a symlink, not the binary itself`)
  if (!isInside(realpathSync(path), realpathSync(root)))
    throw new ArchiveRefused(`${shown} resolves outside the folder`)
  return path
}
