// Hostile release archives, byte by byte: tar members that no honest `tar -c`
// writes (a `..` path, an absolute symlink, a FIFO, a size that lies) and zips
// whose sizes lie. The tar is compressed by the real gzip (zlib) and xz.
import { execFileSync } from 'node:child_process'
import { crc32, deflateRawSync, gzipSync } from 'node:zlib'

export interface TarMember {
  name: string
  type?: 'file' | 'dir' | 'symlink' | 'hardlink' | 'fifo'
  content?: string | Buffer
  linkname?: string
  mode?: number
  /** Records of a pax header put before the member (e.g. `path`). */
  pax?: Record<string, string>
}

const TYPE_FLAGS = { file: '0', dir: '5', symlink: '2', hardlink: '1', fifo: '6' } as const

function octal(value: number, length: number): string {
  return value.toString(8).padStart(length - 1, '0') + '\0'
}

function header(name: string, type: string, size: number, mode: number, linkname = ''): Buffer {
  const block = Buffer.alloc(512)
  block.write(name, 0, 100, 'utf8')
  block.write(octal(mode, 8), 100, 'latin1')
  block.write(octal(0, 8), 108, 'latin1')
  block.write(octal(0, 8), 116, 'latin1')
  block.write(octal(size, 12), 124, 'latin1')
  block.write(octal(1781913600, 12), 136, 'latin1')
  block.write(type, 156, 'latin1')
  block.write(linkname, 157, 100, 'utf8')
  block.write('ustar\u000000', 257, 'latin1')
  block.write('root', 265, 'latin1')
  block.write('root', 297, 'latin1')
  block.fill(0x20, 148, 156)
  let sum = 0
  for (const byte of block) sum += byte
  block.write(octal(sum, 7) + ' ', 148, 'latin1')
  return block
}

function padded(data: Buffer): Buffer {
  return Buffer.concat([data, Buffer.alloc((512 - (data.length % 512)) % 512)])
}

function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`
  let length = body.length + 1
  while (`${length}${body}`.length !== length) length = `${length}${body}`.length
  return `${length}${body}`
}

/** An uncompressed tar holding `members` in order, ended as tar ends archives. */
export function tarOf(members: TarMember[]): Buffer {
  const blocks: Buffer[] = []
  for (const member of members) {
    const type = TYPE_FLAGS[member.type ?? 'file']
    const content = Buffer.from(member.content ?? '')
    if (member.pax) {
      const records = Buffer.from(
        Object.entries(member.pax)
          .map(([key, value]) => paxRecord(key, value))
          .join('')
      )
      blocks.push(header('PaxHeaders/x', 'x', records.length, 0o644), padded(records))
    }
    const mode = member.mode ?? (member.type === 'dir' ? 0o755 : 0o644)
    blocks.push(header(member.name, type, content.length, mode, member.linkname), padded(content))
  }
  blocks.push(Buffer.alloc(1024))
  const archive = Buffer.concat(blocks)
  return Buffer.concat([archive, Buffer.alloc((10240 - (archive.length % 10240)) % 10240)])
}

export const tarGz = (members: TarMember[]): Buffer => gzipSync(tarOf(members))

export const tarXz = (members: TarMember[]): Buffer =>
  execFileSync('xz', ['-c', '-T1'], { input: tarOf(members), maxBuffer: 1 << 30 })

export interface ZipMember {
  name: string
  content?: string | Buffer
  /** Unix mode with its file type, e.g. 0o120777 for a symlink (then `content` is the target). */
  unixMode?: number
  /** The uncompressed size the central directory claims (a lie, when it differs). */
  declaredSize?: number
}

/** A zip made by a Unix tool, deflated. */
export function zipOf(members: ZipMember[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const member of members) {
    const content = Buffer.from(member.content ?? '')
    const data = deflateRawSync(content)
    const name = Buffer.from(member.name, 'utf8')
    const crc = crc32(content)
    const size = member.declaredSize ?? content.length
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x800, 6)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE((3 << 8) | 20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x800, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(((member.unixMode ?? 0o100644) << 16) >>> 0, 38)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, data)
    centrals.push(central, name)
    offset += local.length + name.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(members.length, 8)
  end.writeUInt16LE(members.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}
