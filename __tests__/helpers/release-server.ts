// A loopback HTTP server imitating the part of GitHub the installer uses: the
// releases API (list with pagination, by tag, latest) and asset downloads, plus
// a second server on another host name (localhost) serving the same downloads
// as a mirror. Faults (error statuses, truncated bodies) can be injected per
// path, and every request is logged.
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FixtureAsset {
  name: string
  body: Buffer
  /** Default: 'sha256:' + the sha256 hex of body; null: the field is omitted (old assets have no digest). */
  digest?: string | null
}

export interface FixtureRelease {
  /** 'owner/name' */
  repo: string
  tag: string
  prerelease?: boolean
  draft?: boolean
  assets: FixtureAsset[]
}

/**
 * `{ status }`: answer this status `times` times (default: always), then normally; `headers` are added to
 * that answer (e.g. `retry-after`, `x-ratelimit-remaining`).
 * `{ truncate: true }`: send the normal status and the full Content-Length header but only half the body,
 * then destroy the socket.
 */
export type Fault =
  { status: number; times?: number; headers?: Record<string, string> } | { truncate: true; times?: number }

export interface LoggedRequest {
  method: string
  /** The Host header as received, e.g. 127.0.0.1:4567 */
  host: string
  /** With the query string. */
  path: string
  authorization?: string
  /** The status it was answered with. */
  status?: number
}

export interface ReleaseServer {
  /** e.g. http://127.0.0.1:PORT/api (what the action's github-api-url input would be) */
  apiUrl: string
  /** e.g. http://127.0.0.1:PORT/download (the download-url input; same host as apiUrl, like github.com) */
  downloadUrl: string
  /** A second server on another port, reached as http://localhost:PORT2/mirror, serving the same downloads. */
  mirrorUrl: string
  /** Every request to either server, in order of arrival. */
  requests: LoggedRequest[]
  /**
   * Registers a fault for a path as requested (e.g. '/download/bytecodealliance/wasmtime/releases/download/
   * v48.0.0/wasmtime-v48.0.0-x86_64-linux.tar.xz'); it matches the request's path with or without its query.
   * Faults for one path queue up: each request is answered by the first one, which is dropped once its
   * `times` are used up (a fault without `times` stays for good).
   */
  fail(path: string, fault: Fault): void
  /** Empties the request log. */
  clear(): void
  close(): Promise<void>
}

interface Answer {
  status: number
  headers: Record<string, string>
  body: Buffer
}

const NOT_FOUND = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }

// Hashed once per body: a release listing hashes every asset, and the install
// benchmark's archives are megabytes each.
const digests = new WeakMap<Buffer, string>()

function sha256Digest(body: Buffer): string {
  let digest = digests.get(body)
  if (digest === undefined) {
    digest = 'sha256:' + createHash('sha256').update(body).digest('hex')
    digests.set(body, digest)
  }
  return digest
}

function json(status: number, value: unknown, headers: Record<string, string> = {}): Answer {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: Buffer.from(JSON.stringify(value))
  }
}

function segments(pathname: string): string[] | undefined {
  try {
    return pathname
      .split('/')
      .slice(1)
      .map((part) => decodeURIComponent(part))
  } catch {
    return undefined
  }
}

function positiveInteger(value: string | null, fallback: number): number {
  if (value === null || !/^\d+$/.test(value)) return fallback
  const n = Number(value)
  return n >= 1 ? n : fallback
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve((server.address() as AddressInfo).port)
    })
  })
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve()
    server.close(() => resolve())
    server.closeAllConnections()
  })
}

export async function startReleaseServer(releases: FixtureRelease[]): Promise<ReleaseServer> {
  const requests: LoggedRequest[] = []
  const faults = new Map<string, Fault[]>()
  const api = createServer()
  const mirrors = [createServer(), createServer()]
  const apiPort = await listen(api, '127.0.0.1', 0)
  const mirrorPort = await listen(mirrors[0], '127.0.0.1', 0)
  // `localhost` may resolve to ::1 first: answer there too when this machine has IPv6 (best effort).
  await listen(mirrors[1], '::1', mirrorPort).catch(() => undefined)

  const apiUrl = `http://127.0.0.1:${apiPort}/api`
  const downloadUrl = `http://127.0.0.1:${apiPort}/download`
  const mirrorUrl = `http://localhost:${mirrorPort}/mirror`

  const ids = new Map<FixtureRelease, number>()
  const assetIds = new Map<FixtureAsset, number>()
  releases.forEach((release, i) => {
    ids.set(release, 1000 + i)
    release.assets.forEach((asset, j) => assetIds.set(asset, 100000 + i * 100 + j))
  })
  const sameRepo = (release: FixtureRelease, repo: string) =>
    release.repo.toLowerCase() === repo.toLowerCase()
  const repoReleases = (repo: string) => releases.filter((release) => sameRepo(release, repo))

  function releaseJson(release: FixtureRelease) {
    const index = releases.indexOf(release)
    // Newest first: each release one day older than the one before it.
    const published = new Date(Date.UTC(2026, 5, 20) - index * 86_400_000).toISOString().replace('.000Z', 'Z')
    const tag = encodeURIComponent(release.tag)
    return {
      url: `${apiUrl}/repos/${release.repo}/releases/${ids.get(release)}`,
      id: ids.get(release),
      tag_name: release.tag,
      name: release.tag,
      draft: release.draft ?? false,
      prerelease: release.prerelease ?? false,
      created_at: published,
      published_at: release.draft ? null : published,
      html_url: `https://github.com/${release.repo}/releases/tag/${tag}`,
      assets: release.assets.map((asset) => {
        const digest = asset.digest === undefined ? sha256Digest(asset.body) : asset.digest
        return {
          id: assetIds.get(asset),
          name: asset.name,
          size: asset.body.length,
          content_type: 'application/octet-stream',
          state: 'uploaded',
          ...(digest === null ? {} : { digest }),
          browser_download_url: `${downloadUrl}/${release.repo}/releases/download/${tag}/${encodeURIComponent(asset.name)}`
        }
      })
    }
  }

  function apiAnswer(parts: string[], query: URLSearchParams): Answer {
    // parts: repos, owner, repo, releases, ...
    if (parts[0] !== 'repos' || parts.length < 4 || parts[3] !== 'releases') return json(404, NOT_FOUND)
    const repo = `${parts[1]}/${parts[2]}`
    const list = repoReleases(repo)
    if (list.length === 0) return json(404, NOT_FOUND)
    const rest = parts.slice(4)
    if (rest.length === 0) {
      const perPage = Math.min(positiveInteger(query.get('per_page'), 30), 100)
      const page = positiveInteger(query.get('page'), 1)
      const pages = Math.max(1, Math.ceil(list.length / perPage))
      const items = list.slice((page - 1) * perPage, page * perPage)
      const headers: Record<string, string> = {}
      if (page < pages) {
        const link = (p: number) =>
          `${apiUrl}/repos/${parts[1]}/${parts[2]}/releases?per_page=${perPage}&page=${p}`
        headers.link = `<${link(page + 1)}>; rel="next", <${link(pages)}>; rel="last"`
      }
      return json(200, items.map(releaseJson), headers)
    }
    if (rest.length === 1 && rest[0] === 'latest') {
      const latest = list.find((release) => !release.draft && !release.prerelease)
      return latest ? json(200, releaseJson(latest)) : json(404, NOT_FOUND)
    }
    if (rest.length === 2 && rest[0] === 'tags') {
      const release = list.find((r) => r.tag === rest[1])
      return release ? json(200, releaseJson(release)) : json(404, NOT_FOUND)
    }
    return json(404, NOT_FOUND)
  }

  function downloadAnswer(parts: string[]): Answer {
    // parts: owner, repo, releases, download, tag, name
    if (parts.length !== 6 || parts[2] !== 'releases' || parts[3] !== 'download') return notFound()
    const release = repoReleases(`${parts[0]}/${parts[1]}`).find((r) => r.tag === parts[4])
    const asset = release?.assets.find((a) => a.name === parts[5])
    if (!asset) return notFound()
    return { status: 200, headers: { 'content-type': 'application/octet-stream' }, body: asset.body }
  }

  function notFound(): Answer {
    return {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: Buffer.from('Not Found')
    }
  }

  function answer(prefixes: string[], method: string, url: URL): Answer {
    if (method !== 'GET') return { status: 405, headers: {}, body: Buffer.alloc(0) }
    const parts = segments(url.pathname)
    if (!parts || !prefixes.includes(parts[0])) return notFound()
    if (parts[0] === 'api') return apiAnswer(parts.slice(1), url.searchParams)
    return downloadAnswer(parts.slice(1))
  }

  function takeFault(path: string, pathname: string): Fault | undefined {
    const key = faults.has(path) ? path : faults.has(pathname) ? pathname : undefined
    if (key === undefined) return undefined
    const queue = faults.get(key)!
    const fault = queue[0]
    if (fault.times !== undefined) {
      const left = fault.times - 1
      if (left <= 0) queue.shift()
      else queue[0] = { ...fault, times: left }
      if (queue.length === 0) faults.delete(key)
    }
    return fault
  }

  function handler(prefixes: string[]) {
    return (req: IncomingMessage, res: ServerResponse) => {
      const path = req.url ?? '/'
      const entry: LoggedRequest = { method: req.method ?? 'GET', host: req.headers.host ?? '', path }
      if (req.headers.authorization !== undefined) entry.authorization = req.headers.authorization
      requests.push(entry)
      const url = new URL(path, 'http://fixture.invalid')
      const fault = takeFault(path, url.pathname)
      let reply: Answer
      if (fault && 'status' in fault) {
        reply = json(fault.status, { message: `injected fault: ${fault.status}` }, fault.headers ?? {})
      } else {
        reply = answer(prefixes, entry.method, url)
      }
      const headers = { ...reply.headers, 'content-length': String(reply.body.length) }
      entry.status = reply.status
      if (fault && 'truncate' in fault) {
        res.writeHead(reply.status, headers)
        res.write(reply.body.subarray(0, Math.floor(reply.body.length / 2)), () => {
          res.destroy()
        })
        return
      }
      res.writeHead(reply.status, headers)
      res.end(reply.body)
    }
  }

  api.on('request', handler(['api', 'download']))
  for (const mirror of mirrors) mirror.on('request', handler(['mirror']))

  return {
    apiUrl,
    downloadUrl,
    mirrorUrl,
    requests,
    fail(path, fault) {
      if (fault.times !== undefined && fault.times <= 0) return
      const queue = faults.get(path) ?? []
      queue.push(fault)
      faults.set(path, queue)
    },
    clear() {
      requests.length = 0
    },
    async close() {
      await Promise.all([api, ...mirrors].map(closeServer))
    }
  }
}
