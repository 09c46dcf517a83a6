// Reading a release's checksum file: the `<hex>  <file>` lines of sha256sum and
// shasum, and PowerShell's Get-FileHash | Format-List, which Deno publishes for
// its Windows assets.
import { createHash } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { hashInChecksumFile, sha256File } from '../src/provision/checksums.js'
import { ReleasesApi } from '../src/provision/github.js'
import { type InstallSettings, installRuntime } from '../src/provision/install.js'
import { deno } from '../src/runtimes/deno.js'
import { tempDir } from './helpers/fake-runtimes.js'
import { linuxX64Layout, runtimeRelease, sha256Hex } from './helpers/release-fixtures.js'
import { type FixtureRelease, type ReleaseServer, startReleaseServer } from './helpers/release-server.js'
import { sayWhySkipped } from './helpers/skip.js'

const ZIP = 'deno-x86_64-pc-windows-msvc.zip'
const HEX = createHash('sha256').update('the asset').digest('hex')

/** What `Get-FileHash target/release/ASSET -Algorithm SHA256 | Format-List > ASSET.sha256sum` writes in pwsh. */
function formatList(path: string, hash = HEX.toUpperCase()): string {
  return `\r\nAlgorithm : SHA256\r\nHash      : ${hash}\r\nPath      : ${path}\r\n\r\n\r\n`
}

describe('the hash a checksum file gives for an asset', () => {
  test('sha256sum and shasum lines: two spaces, one, or a * for binary mode; by name or by a path ending in it', () => {
    expect(hashInChecksumFile(`${HEX}  ${ZIP}\n`, ZIP)).toBe(HEX)
    expect(hashInChecksumFile(`${'0'.repeat(64)}  other.zip\n${HEX} *${ZIP}\r\n`, ZIP)).toBe(HEX)
    expect(hashInChecksumFile(`${HEX.toUpperCase()} dist/${ZIP}\n`, ZIP)).toBe(HEX)
    expect(hashInChecksumFile(`${HEX}  other.zip\n`, ZIP)).toBeUndefined()
  })

  test("PowerShell's Get-FileHash | Format-List (Deno's Windows .sha256sum), matched by the path's file name", () => {
    const published = formatList(`D:\\a\\deno\\deno\\target\\release\\${ZIP}`)
    expect(hashInChecksumFile(published, ZIP)).toBe(HEX)
    // Another asset's file, or a file of another algorithm, gives nothing for this one.
    expect(
      hashInChecksumFile(
        formatList(`D:\\a\\deno\\deno\\target\\release\\denort-x86_64-pc-windows-msvc.zip`),
        ZIP
      )
    ).toBeUndefined()
    expect(hashInChecksumFile(published.replace('SHA256', 'SHA512'), ZIP)).toBeUndefined()
    expect(hashInChecksumFile(formatList(`D:\\a\\${ZIP}`, 'not a hash'), ZIP)).toBeUndefined()
  })

  test('a Format-List value too long for its line goes on in the next, indented ones; Unix line ends too', () => {
    const long = `D:\\a\\deno\\deno\\target\\release\\some\\very\\long\\folder\\name\\that\\wraps\\`
    const wrapped = `\nAlgorithm : SHA256\nHash      : ${HEX.toUpperCase()}\nPath      : ${long}\n            ${ZIP}\n\n`
    expect(hashInChecksumFile(wrapped, ZIP)).toBe(HEX)
  })

  test('the hash read from either form verifies the file it was written for', async () => {
    const file = join(tempDir(), ZIP)
    writeFileSync(file, 'the asset')
    const actual = await sha256File(file)
    expect(hashInChecksumFile(formatList(`D:\\a\\${ZIP}`), ZIP)).toBe(actual)
    expect(hashInChecksumFile(`${HEX}  ${ZIP}\n`, ZIP)).toBe(actual)
  })
})

// The installer unpacks the archive and runs the binary in it: the fake deno, a Linux x64 program.
const onThisPlatform = process.platform === 'linux' && process.arch === 'x64'
if (!onThisPlatform)
  sayWhySkipped(
    'installing a Windows deno asset',
    'the fake binary in it is run, and it is built for Linux x64'
  )
const describeHere = onThisPlatform ? describe : describe.skip

/**
 * Deno's release as the installer on Windows x64 sees it: its zip, with no digest from
 * the API, and its .sha256sum in Format-List form (`hash` in it; default the zip's own).
 */
function windowsDenoRelease(version: string, hash?: string): FixtureRelease {
  const release = runtimeRelease('deno', version)
  const zip = release.assets.find((asset) => asset.name === linuxX64Layout('deno', version).asset)!
  const listed = (hash ?? sha256Hex(zip.body)).toUpperCase()
  return {
    ...release,
    assets: [
      { name: ZIP, body: zip.body, digest: null },
      {
        name: `${ZIP}.sha256sum`,
        body: Buffer.from(formatList(`D:\\a\\deno\\deno\\target\\release\\${ZIP}`, listed))
      }
    ]
  }
}

describeHere('a Windows install of deno', () => {
  let server: ReleaseServer
  beforeAll(async () => {
    server = await startReleaseServer([
      windowsDenoRelease('2.9.6'),
      windowsDenoRelease('2.9.5', '0'.repeat(64))
    ])
  })
  afterAll(() => server?.close())

  function settings(): InstallSettings {
    const root = mkdtempSync(join(tmpdir(), 'wasi-probe-checksums-'))
    process.env.RUNNER_TOOL_CACHE = join(root, 'toolcache')
    process.env.RUNNER_TEMP = join(root, 'temp')
    return {
      platform: { os: 'windows', arch: 'x64', libc: 'glibc' },
      api: new ReleasesApi(server.apiUrl, 'test-token'),
      apiUrl: server.apiUrl,
      downloadUrl: server.downloadUrl,
      token: 'test-token',
      verify: true,
      manifest: {},
      downloadLimits: { retryDelayMs: 0 }
    }
  }

  test('is verified against its published Format-List .sha256sum, with no digest from the API', async () => {
    expect(await installRuntime(deno, '2.9.6', settings())).toMatchObject({
      kind: 'ready',
      record: { version: '2.9.6', verifiedBy: 'checksum-file' }
    })
  })

  test('a zip that does not match its .sha256sum is refused', async () => {
    expect(await installRuntime(deno, '2.9.5', settings())).toMatchObject({
      kind: 'failed',
      stage: 'verify',
      reason: expect.stringMatching(
        new RegExp(`^sha256 mismatch for ${ZIP}: expected 0{64} \\(checksum-file\\), got [0-9a-f]{64}`)
      )
    })
  })
})
