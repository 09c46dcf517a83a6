// Tests of the test fixtures for the installer: the fake GitHub release server and the fake releases.
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, statSync, writeFileSync } from 'node:fs'
import { request, type IncomingHttpHeaders } from 'node:http'
import { join } from 'node:path'
import { tempDir } from './helpers/fake-runtimes.js'
import { linuxX64Layout, runtimeRelease, sha256Hex, type RuntimeId } from './helpers/release-fixtures.js'
import { startReleaseServer, type FixtureRelease, type ReleaseServer } from './helpers/release-server.js'

interface Response {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
  /** False when the connection ended before the whole body arrived. */
  complete: boolean
}

function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('close', () =>
        resolve({
          status: res.statusCode!,
          headers: res.headers,
          body: Buffer.concat(chunks),
          complete: res.complete
        })
      )
    })
    req.on('error', reject)
    req.end()
  })
}

async function getJson(
  url: string
): Promise<{ status: number; headers: IncomingHttpHeaders; json: unknown }> {
  const res = await get(url)
  expect(res.headers['content-type']).toMatch(/^application\/json/)
  return { status: res.status, headers: res.headers, json: JSON.parse(res.body.toString()) }
}

const tags = (json: unknown) => (json as { tag_name: string }[]).map((release) => release.tag_name)

function release(repo: string, tag: string, extra: Partial<FixtureRelease> = {}): FixtureRelease {
  return {
    repo,
    tag,
    assets: [{ name: `tool-${tag}.tar.gz`, body: Buffer.from(`body of ${tag}`) }],
    ...extra
  }
}

describe('release server', () => {
  let server: ReleaseServer
  const oldAsset = { name: 'old.bin', body: Buffer.from('x'.repeat(1000)), digest: null }
  beforeAll(async () => {
    server = await startReleaseServer([
      release('acme/tool', 'v3.0.0-rc.1', { prerelease: true }),
      release('acme/tool', 'v2.1.0', { draft: true }),
      release('acme/tool', 'v2.0.0'),
      {
        ...release('acme/tool', 'v1.0.0'),
        assets: [oldAsset, { name: 'a b+c.txt', body: Buffer.from('spaces') }]
      },
      release('acme/other', 'v9.9.9', { prerelease: true })
    ])
  })
  afterAll(() => server.close())
  beforeEach(() => server.clear())

  test('lists releases newest first, paginated with a Link header to the next page', async () => {
    const first = await getJson(`${server.apiUrl}/repos/acme/tool/releases?per_page=2`)
    expect(first.status).toBe(200)
    expect(tags(first.json)).toEqual(['v3.0.0-rc.1', 'v2.1.0'])
    const next = /<([^>]+)>;\s*rel="next"/.exec(String(first.headers.link))
    expect(next).not.toBeNull()
    expect(next![1]).toBe(`${server.apiUrl}/repos/acme/tool/releases?per_page=2&page=2`)

    const second = await getJson(next![1])
    expect(tags(second.json)).toEqual(['v2.0.0', 'v1.0.0'])
    expect(second.headers.link).toBeUndefined()

    const all = await getJson(`${server.apiUrl}/repos/acme/tool/releases`)
    expect(tags(all.json)).toEqual(['v3.0.0-rc.1', 'v2.1.0', 'v2.0.0', 'v1.0.0'])
    expect(all.headers.link).toBeUndefined()
    const [rc, draft] = all.json as { draft: boolean; prerelease: boolean }[]
    expect([rc.prerelease, rc.draft, draft.prerelease, draft.draft]).toEqual([true, false, false, true])

    const three = await startReleaseServer([release('o/r', 'c'), release('o/r', 'b'), release('o/r', 'a')])
    try {
      const page1 = await getJson(`${three.apiUrl}/repos/o/r/releases?per_page=2&page=1`)
      const page2 = await getJson(`${three.apiUrl}/repos/o/r/releases?per_page=2&page=2`)
      expect([tags(page1.json), tags(page2.json)]).toEqual([['c', 'b'], ['a']])
      expect(page1.headers.link).toContain('rel="next"')
      expect(page2.headers.link).toBeUndefined()
    } finally {
      await three.close()
    }
  })

  test('by tag and latest (which skips drafts and prereleases); 404 otherwise', async () => {
    const byTag = await getJson(`${server.apiUrl}/repos/acme/tool/releases/tags/v1.0.0`)
    expect(byTag.status).toBe(200)
    const body = byTag.json as {
      tag_name: string
      assets: { name: string; size: number; digest?: string; browser_download_url: string }[]
    }
    expect(body.tag_name).toBe('v1.0.0')
    expect(body.assets[0]).not.toHaveProperty('digest')
    expect(body.assets[0].size).toBe(1000)
    expect(body.assets[1].digest).toBe('sha256:' + sha256Hex(Buffer.from('spaces')))
    expect(body.assets[1].browser_download_url).toBe(
      `${server.downloadUrl}/acme/tool/releases/download/v1.0.0/a%20b%2Bc.txt`
    )
    const download = await get(body.assets[1].browser_download_url)
    expect([download.status, download.body.toString()]).toEqual([200, 'spaces'])
    expect(download.headers['content-type']).toBe('application/octet-stream')
    expect(download.headers['content-length']).toBe('6')

    expect(tags([(await getJson(`${server.apiUrl}/repos/acme/tool/releases/latest`)).json])).toEqual([
      'v2.0.0'
    ])
    const missing = await getJson(`${server.apiUrl}/repos/acme/tool/releases/tags/v0.0.1`)
    expect([missing.status, (missing.json as { message: string }).message]).toEqual([404, 'Not Found'])
    expect((await getJson(`${server.apiUrl}/repos/acme/other/releases/latest`)).status).toBe(404)
    expect((await get(`${server.downloadUrl}/acme/tool/releases/download/v1.0.0/nope`)).status).toBe(404)
    expect((await get(`${server.mirrorUrl.replace('/mirror', '/download')}/acme/tool/x`)).status).toBe(404)
  })

  test('a status fault answers that many times, then the normal answer', async () => {
    const path = '/download/acme/tool/releases/download/v2.0.0/tool-v2.0.0.tar.gz'
    server.fail(path, { status: 500, times: 1 })
    const url = `${server.downloadUrl.replace('/download', '')}${path}`
    expect((await get(url)).status).toBe(500)
    const ok = await get(url)
    expect([ok.status, ok.body.toString()]).toEqual([200, 'body of v2.0.0'])
    expect(server.requests.map((r) => [r.method, r.path])).toEqual([
      ['GET', path],
      ['GET', path]
    ])
  })

  test('a truncation fault sends the full Content-Length but half the body', async () => {
    const path = '/download/acme/tool/releases/download/v1.0.0/old.bin'
    server.fail(path, { truncate: true, times: 1 })
    const url = `${server.downloadUrl}/acme/tool/releases/download/v1.0.0/old.bin`
    const short = await get(url)
    expect(short.headers['content-length']).toBe('1000')
    expect(short.complete).toBe(false)
    expect(short.body.length).toBe(500)
    const full = await get(url)
    expect([full.complete, full.body.length]).toEqual([true, 1000])
  })

  test('the mirror serves the same downloads on another host; requests are logged with Host, Authorization and status', async () => {
    const apiPort = new URL(server.apiUrl).port
    const mirrorPort = new URL(server.mirrorUrl).port
    expect(new URL(server.mirrorUrl).hostname).toBe('localhost')
    expect(mirrorPort).not.toBe(apiPort)

    const mirrored = await get(`${server.mirrorUrl}/acme/tool/releases/download/v2.0.0/tool-v2.0.0.tar.gz`)
    expect([mirrored.status, mirrored.body.toString()]).toEqual([200, 'body of v2.0.0'])
    await get(`${server.apiUrl}/repos/acme/tool/releases/latest`, { authorization: 'Bearer t0ken' })
    expect(server.requests).toEqual([
      {
        method: 'GET',
        host: `localhost:${mirrorPort}`,
        path: '/mirror/acme/tool/releases/download/v2.0.0/tool-v2.0.0.tar.gz',
        status: 200
      },
      {
        method: 'GET',
        host: `127.0.0.1:${apiPort}`,
        path: '/api/repos/acme/tool/releases/latest',
        authorization: 'Bearer t0ken',
        status: 200
      }
    ])
  })
})

describe('runtime releases', () => {
  test('wasmtime: the linux x64 archive holds an executable fake that prints the release version', () => {
    const version = '47.0.4'
    const fixture = runtimeRelease('wasmtime', version)
    expect(fixture.repo).toBe('bytecodealliance/wasmtime')
    expect(fixture.tag).toBe('v47.0.4')
    expect(fixture.assets.map((a) => a.name)).toEqual(
      expect.arrayContaining([
        'wasmtime-v47.0.4-x86_64-linux.tar.xz',
        'wasmtime-v47.0.4-aarch64-linux.tar.xz',
        'wasmtime-v47.0.4-x86_64-musl.tar.xz',
        'wasmtime-v47.0.4-x86_64-windows.zip'
      ])
    )
    const layout = linuxX64Layout('wasmtime', version)
    expect(layout.binary).toBe('wasmtime-v47.0.4-x86_64-linux/wasmtime')
    const asset = fixture.assets.find((a) => a.name === layout.asset)!
    const dir = tempDir()
    writeFileSync(join(dir, asset.name), asset.body)
    execFileSync('tar', ['-xJf', asset.name], { cwd: dir })
    const binary = join(dir, layout.binary)
    expect(statSync(binary).mode & 0o777).toBe(0o755)
    expect(execFileSync(binary, ['--version'], { stdio: 'pipe' }).toString()).toMatch(
      /^wasmtime 47\.0\.4 \(.+\)\n$/
    )
    expect(runtimeRelease('wasmtime', version).assets.find((a) => a.name === layout.asset)!.body).toBe(
      asset.body
    )
  })

  test.each<[RuntimeId, string, string, RegExp]>([
    ['wasmer', '7.4.2', '--version', /^wasmer 7\.4\.2\n$/],
    ['wasmedge', '0.17.1', '--version', /^wasmedge version 0\.17\.1\n \(plugin/],
    ['wazero', '1.11.0', 'version', /^1\.11\.0\n$/],
    ['wamr', '2.4.5', '--version', /^iwasm 2\.4\.5\n$/],
    ['wasm3', '0.5.0', '--version', /^Wasm3 v0\.5\.0 on x86_64\nBuild: /],
    ['wasmi', '2.0.0-beta.9', '--version', /^wasmi 2\.0\.0-beta\.9\n$/]
  ])('%s %s: the linux x64 asset gives a binary that prints its version', (id, version, command, says) => {
    const layout = linuxX64Layout(id, version)
    const asset = runtimeRelease(id, version).assets.find((a) => a.name === layout.asset)!
    const dir = tempDir()
    writeFileSync(join(dir, asset.name), asset.body)
    if (asset.name.endsWith('.elf')) chmodSync(join(dir, asset.name), 0o755)
    else execFileSync('tar', ['-xf', asset.name], { cwd: dir })
    const env = { ...process.env, LD_LIBRARY_PATH: join(dir, 'lib') }
    expect(execFileSync(join(dir, layout.binary), [command], { env, stdio: 'pipe' }).toString()).toMatch(says)
  })

  test('wasmedge refuses to start without its lib dir on LD_LIBRARY_PATH', () => {
    const fixture = runtimeRelease('wasmedge', '0.16.0')
    expect(fixture.tag).toBe('0.16.0')
    const asset = fixture.assets.find((a) => a.name === 'WasmEdge-0.16.0-ubuntu20.04_x86_64.tar.gz')!
    const sums = fixture.assets.find((a) => a.name === 'SHA256SUM')!.body.toString()
    expect(sums).toContain(`${sha256Hex(asset.body)} ${asset.name}\n`)
    const dir = tempDir()
    writeFileSync(join(dir, 'w.tar.gz'), asset.body)
    execFileSync('tar', ['-xzf', 'w.tar.gz'], { cwd: dir })
    const { LD_LIBRARY_PATH: _ignored, ...env } = process.env
    void _ignored
    const without = spawnSync(join(dir, 'bin/wasmedge'), ['--version'], { env })
    expect(without.status).toBe(127)
    // (node may add its ExperimentalWarning about WASI)
    expect(without.stderr.toString()).toContain(
      'wasmedge: error while loading shared libraries: libwasmedge.so.0: cannot open shared object file: No such file or directory\n'
    )
    const elsewhere = spawnSync(join(dir, 'bin/wasmedge'), ['--version'], {
      env: { ...env, LD_LIBRARY_PATH: dir }
    })
    expect(elsewhere.status).toBe(127)
    const withLib = spawnSync(join(dir, 'bin/wasmedge'), ['--version'], {
      env: { ...env, LD_LIBRARY_PATH: `/nonexistent:${join(dir, 'lib')}` }
    })
    expect(withLib.status).toBe(0)
    expect(withLib.stdout.toString()).toMatch(/^wasmedge version 0\.16\.0\n/)
  })

  test('options: checksum lines, corrupt archives, missing binaries and assets', () => {
    const wazero = runtimeRelease('wazero', '1.11.0')
    const archive = wazero.assets.find((a) => a.name === 'wazero_1.11.0_linux_amd64.tar.gz')!
    const sums = wazero.assets.find((a) => a.name === 'wazero_1.11.0_checksums.txt')!.body.toString()
    expect(sums).toContain(`${sha256Hex(archive.body)}  ${archive.name}\n`)

    const corrupt = runtimeRelease('wazero', '1.11.0', { corrupt: true })
    const bad = corrupt.assets.find((a) => a.name === archive.name)!
    expect(bad.body.equals(archive.body)).toBe(false)
    expect(corrupt.assets.find((a) => a.name.endsWith('checksums.txt'))!.body.toString()).toContain(
      `${sha256Hex(bad.body)}  ${bad.name}\n`
    )
    const dir = tempDir()
    writeFileSync(join(dir, 'bad.tar.gz'), bad.body)
    expect(spawnSync('tar', ['-xzf', 'bad.tar.gz'], { cwd: dir }).status).not.toBe(0)

    const noBinary = runtimeRelease('wasmer', '7.4.2', { missingBinary: true })
    writeFileSync(
      join(dir, 'wasmer.tar.gz'),
      noBinary.assets.find((a) => a.name === 'wasmer-linux-amd64.tar.gz')!.body
    )
    const listing = execFileSync('tar', ['-tzf', 'wasmer.tar.gz'], { cwd: dir }).toString().split('\n')
    expect(listing).toEqual(expect.arrayContaining(['lib/libwasmer.a', 'include/wasmer.h']))
    expect(listing).not.toContain('bin/wasmer')

    const omitted = runtimeRelease('wamr', '2.4.5', { omitLinuxX64: true, prerelease: true })
    expect(omitted.prerelease).toBe(true)
    expect(omitted.assets.map((a) => a.name)).not.toContain('iwasm-2.4.5-x86_64-ubuntu-22.04.tar.gz')
    expect(omitted.assets.map((a) => a.name)).toContain('iwasm-gc-eh-2.4.5-x86_64-ubuntu-22.04.tar.gz')
    const wasmi = runtimeRelease('wasmi', '2.0.0-beta.9', { withoutChecksumFile: true })
    expect(wasmi.assets.map((a) => a.name)).not.toContain('wasmi-v2.0.0-beta.9-SHA256SUMS')

    const wasm3 = runtimeRelease('wasm3', '0.5.0', { behaviour: 'exit0' })
    const elf = wasm3.assets.find((a) => a.name === 'wasm3-linux-x64.elf')!.body.toString()
    expect(elf).toMatch(/^#!\/usr\/bin\/env node\n/)
    expect(elf).toContain('fake.main("wasm3", "exit0", "0.5.0")')
  })
})
