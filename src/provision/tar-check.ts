// Reads a tar stream on its way to `tar -x`, header by header, and lets a
// member through only when it is safe to unpack: a relative path that stays
// inside the folder, a plain file, folder or link, no symlink that points out
// of the folder or that a later member would be written through, and never
// more bytes or members than the limits. Each header is judged before tar sees
// it, so a refused member is never written. What tar itself reads (POSIX
// ustar, GNU long names, pax headers) is read the same way here.
import { posix } from 'node:path'
import { Transform, type TransformCallback } from 'node:stream'

export interface TarLimits {
  /** Bytes of the uncompressed tar stream. */
  maxBytes: number
  maxEntries: number
}

export class ArchiveRefused extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ArchiveRefused'
  }
}

const BLOCK = 512
/** A pax header or a GNU long name larger than this is no real archive's. */
const MAX_META_BYTES = 1024 * 1024

const REGULAR = new Set(['0', '\0', '7'])
const HARD_LINK = '1'
const SYMLINK = '2'
const DIRECTORY = '5'
const PAX = 'x'
const PAX_GLOBAL = 'g'
const GNU_LONG_NAME = 'L'
const GNU_LONG_LINK = 'K'
const TYPE_NAMES: Record<string, string> = {
  '3': 'a character device',
  '4': 'a block device',
  '6': 'a FIFO',
  S: 'a sparse file',
  V: 'a volume label',
  M: 'a multi-volume part',
  N: 'an old GNU long name'
}

function text(block: Buffer, start: number, length: number): string {
  const field = block.subarray(start, start + length)
  const end = field.indexOf(0)
  return field.subarray(0, end === -1 ? field.length : end).toString('utf8')
}

/** An octal field, or GNU's base-256 for large numbers (first byte's high bit set). */
function numeric(block: Buffer, start: number, length: number): number {
  const field = block.subarray(start, start + length)
  if (field[0] & 0x80) {
    if (field[0] === 0xff) return NaN // negative
    let value = field[0] & 0x7f
    for (const byte of field.subarray(1)) value = value * 256 + byte
    return value
  }
  const digits = field
    .toString('latin1')
    .replace(/[\0 ]+$/, '')
    .replace(/^ +/, '')
  return /^[0-7]*$/.test(digits) ? parseInt(digits || '0', 8) : NaN
}

function checksumMatches(block: Buffer): boolean {
  const stored = numeric(block, 148, 8)
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : block[i]
  return stored === sum
}

/** `path=...` and the other records of a pax header: `<length> <key>=<value>\n`. */
function paxRecords(data: Buffer): Map<string, string> {
  const records = new Map<string, string>()
  let at = 0
  while (at < data.length) {
    const space = data.indexOf(0x20, at)
    const length = space === -1 ? NaN : Number(data.subarray(at, space).toString('latin1'))
    if (!Number.isInteger(length) || length <= 0 || at + length > data.length)
      throw new ArchiveRefused('a pax header is malformed')
    const record = data.subarray(space + 1, at + length - 1).toString('utf8')
    const equals = record.indexOf('=')
    if (equals === -1) throw new ArchiveRefused('a pax header is malformed')
    records.set(record.slice(0, equals), record.slice(equals + 1))
    at += length
  }
  return records
}

/**
 * The member path as tar writes it (`./a//b/` is `a/b`), or why it would land
 * outside the folder.
 */
export function memberPath(name: string): string {
  if (name.includes('\\') || /^[a-z]:/i.test(name))
    throw new ArchiveRefused(`member ${JSON.stringify(name)} has a Windows path`)
  if (name.startsWith('/')) throw new ArchiveRefused(`member ${JSON.stringify(name)} has an absolute path`)
  const parts = name.split('/').filter((part) => part !== '' && part !== '.')
  if (parts.includes('..'))
    throw new ArchiveRefused(`member ${JSON.stringify(name)} would land outside the folder (..)`)
  return parts.join('/')
}

interface Pending {
  path?: string
  linkpath?: string
  size?: number
}

export class TarCheck extends Transform {
  private buffer: Buffer = Buffer.alloc(0)
  private bytesIn = 0
  private entries = 0
  /** Bytes of the current member's data (and padding) still to pass through. */
  private dataLeft = 0
  /** A pax header or GNU long name being read: its kind, and the bytes still to come. */
  private meta: { type: string; size: number; left: number; chunks: Buffer[] } | undefined
  private pending: Pending = {}
  private ended = false
  private readonly files = new Set<string>()
  private readonly symlinks = new Set<string>()

  constructor(private readonly limits: TarLimits) {
    super()
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    // Counted after the end-of-archive marker too: trailing data is decompressed all the same.
    this.bytesIn += chunk.length
    if (this.bytesIn > this.limits.maxBytes)
      return callback(
        new ArchiveRefused(
          `it unpacks to more than the limit of ${Math.round(this.limits.maxBytes / 2 ** 20)} MiB`
        )
      )
    if (this.ended) return callback()
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk
    try {
      this.consume()
      callback()
    } catch (error) {
      callback(error as Error)
    }
  }

  override _flush(callback: TransformCallback): void {
    if (!this.ended) return callback(new ArchiveRefused('the archive ends before its end-of-archive marker'))
    callback()
  }

  private consume(): void {
    while (this.buffer.length > 0 && !this.ended) {
      if (this.dataLeft > 0) {
        const take = Math.min(this.dataLeft, this.buffer.length)
        this.forward(take)
        this.dataLeft -= take
        continue
      }
      if (this.meta) {
        const take = Math.min(this.meta.left, this.buffer.length)
        this.meta.chunks.push(this.buffer.subarray(0, take))
        this.meta.left -= take
        this.forward(take)
        if (this.meta.left === 0) this.finishMeta()
        continue
      }
      if (this.buffer.length < BLOCK) return
      this.header(this.buffer.subarray(0, BLOCK))
    }
  }

  private forward(length: number): void {
    this.push(this.buffer.subarray(0, length))
    this.buffer = this.buffer.subarray(length)
  }

  private header(block: Buffer): void {
    if (block.every((byte) => byte === 0)) {
      // tar stops at the first zero block: so does what it is given.
      this.forward(BLOCK)
      this.push(Buffer.alloc(BLOCK))
      this.ended = true
      return
    }
    if (!checksumMatches(block)) throw new ArchiveRefused('a header is damaged (bad checksum)')
    const type = String.fromCharCode(block[156])
    let size = numeric(block, 124, 12)
    if (!Number.isSafeInteger(size) || size < 0) throw new ArchiveRefused('a header has an unreadable size')

    if (type === PAX || type === PAX_GLOBAL || type === GNU_LONG_NAME || type === GNU_LONG_LINK) {
      if (size > MAX_META_BYTES) throw new ArchiveRefused('an extended header is too large')
      this.forward(BLOCK)
      const padded = Math.ceil(size / BLOCK) * BLOCK
      this.meta = { type, size, left: padded, chunks: [] }
      if (padded === 0) this.finishMeta()
      return
    }

    if (++this.entries > this.limits.maxEntries)
      throw new ArchiveRefused(`it has more than ${this.limits.maxEntries} members`)
    const magic = block.subarray(257, 263).toString('latin1')
    // POSIX ustar keeps a prefix of long names; old GNU archives use that space for other fields.
    const prefix = magic === 'ustar\0' ? text(block, 345, 155) : ''
    const rawName = this.pending.path ?? (prefix ? `${prefix}/${text(block, 0, 100)}` : text(block, 0, 100))
    const linkname = this.pending.linkpath ?? text(block, 157, 100)
    if (this.pending.size !== undefined) size = this.pending.size
    this.pending = {}

    const path = memberPath(rawName)
    this.checkType(type, path, rawName, linkname, size)
    for (const link of this.symlinks) {
      if (path === link || path.startsWith(`${link}/`))
        throw new ArchiveRefused(
          `member ${JSON.stringify(rawName)} would be written through the symlink ${link}`
        )
    }
    if (type === SYMLINK) this.symlinks.add(path)
    else if (REGULAR.has(type) || type === HARD_LINK) this.files.add(path)
    this.forward(BLOCK)
    this.dataLeft = Math.ceil(size / BLOCK) * BLOCK
  }

  private checkType(type: string, path: string, rawName: string, linkname: string, size: number): void {
    const quoted = JSON.stringify(rawName)
    if (REGULAR.has(type)) return
    if (type !== DIRECTORY && type !== SYMLINK && type !== HARD_LINK)
      throw new ArchiveRefused(
        `member ${quoted} is ${TYPE_NAMES[type] ?? `of unknown type ${JSON.stringify(type)}`}`
      )
    if (size !== 0) throw new ArchiveRefused(`member ${quoted} is a link or folder with data`)
    if (type === SYMLINK) {
      if (linkname.startsWith('/') || linkname.includes('\\') || /^[a-z]:/i.test(linkname))
        throw new ArchiveRefused(
          `symlink ${quoted} points to ${JSON.stringify(linkname)}, outside the folder`
        )
      const target = posix.normalize(posix.join(posix.dirname(path), linkname))
      if (target === '..' || target.startsWith('../'))
        throw new ArchiveRefused(
          `symlink ${quoted} points to ${JSON.stringify(linkname)}, outside the folder`
        )
    }
    if (type === HARD_LINK && !this.files.has(memberPath(linkname)))
      throw new ArchiveRefused(`hard link ${quoted} is to ${JSON.stringify(linkname)}, no file before it`)
  }

  private finishMeta(): void {
    const meta = this.meta!
    this.meta = undefined
    const data = Buffer.concat(meta.chunks).subarray(0, meta.size)
    if (meta.type === GNU_LONG_NAME || meta.type === GNU_LONG_LINK) {
      const end = data.indexOf(0)
      const value = data.subarray(0, end === -1 ? data.length : end).toString('utf8')
      if (meta.type === GNU_LONG_NAME) this.pending.path = value
      else this.pending.linkpath = value
      return
    }
    const records = paxRecords(data)
    for (const key of records.keys()) {
      if (key.startsWith('GNU.sparse')) throw new ArchiveRefused('the archive holds a sparse file')
    }
    if (meta.type === PAX_GLOBAL) {
      // A global path or size would apply to every member after it: no real archive has one.
      if (['path', 'linkpath', 'size'].some((key) => records.has(key)))
        throw new ArchiveRefused('a global pax header sets a path or a size')
      return
    }
    const path = records.get('path')
    const linkpath = records.get('linkpath')
    const size = records.get('size')
    if (path !== undefined) this.pending.path = path
    if (linkpath !== undefined) this.pending.linkpath = linkpath
    if (size !== undefined) {
      if (!/^\d+$/.test(size) || !Number.isSafeInteger(Number(size)))
        throw new ArchiveRefused('a pax header has an unreadable size')
      this.pending.size = Number(size)
    }
  }
}
