// A loopback stand-in for the Actions cache service (the v1 REST protocol that
// @actions/cache speaks when ACTIONS_CACHE_URL is set): entries are kept in
// memory, so a save in one run can be restored in the next.
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface CacheServer {
  /** For ACTIONS_CACHE_URL (with its trailing slash). */
  url: string
  /** Committed entries by key. */
  entries: Map<string, { version: string; size: number }>
  requests: string[]
  close(): Promise<void>
}

function body(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks)))
    request.on('error', reject)
  })
}

export async function startCacheServer(): Promise<CacheServer> {
  const reserved = new Map<
    number,
    { key: string; version: string; chunks: { start: number; data: Buffer }[] }
  >()
  const archives = new Map<string, Buffer>()
  const entries = new Map<string, { version: string; size: number }>()
  const requests: string[] = []
  let nextId = 1

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    requests.push(`${request.method} ${url.pathname}`)
    const json = (status: number, value?: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' })
      response.end(value === undefined ? undefined : JSON.stringify(value))
    }
    const data = await body(request)
    const cacheId = /^\/_apis\/artifactcache\/caches\/(\d+)$/.exec(url.pathname)?.[1]

    if (request.method === 'GET' && url.pathname === '/_apis/artifactcache/cache') {
      const version = url.searchParams.get('version') ?? ''
      const key = (url.searchParams.get('keys') ?? '')
        .split(',')
        .find((k) => entries.get(k)?.version === version)
      if (!key) return json(204)
      return json(200, {
        cacheKey: key,
        scope: 'refs/heads/main',
        archiveLocation: `${address()}/archives/${encodeURIComponent(key)}`
      })
    }
    if (request.method === 'POST' && url.pathname === '/_apis/artifactcache/caches') {
      const { key, version } = JSON.parse(data.toString('utf8')) as { key: string; version: string }
      if (entries.has(key)) return json(409, { message: `Cache already exists: ${key}` })
      const id = nextId++
      reserved.set(id, { key, version, chunks: [] })
      return json(201, { cacheId: id })
    }
    if (request.method === 'PATCH' && cacheId) {
      const start = Number(/^bytes (\d+)-/.exec(request.headers['content-range'] ?? '')?.[1] ?? 0)
      reserved.get(Number(cacheId))?.chunks.push({ start, data })
      return json(204)
    }
    if (request.method === 'POST' && cacheId) {
      const entry = reserved.get(Number(cacheId))
      if (!entry) return json(404, { message: 'no such cache' })
      const archive = Buffer.concat(entry.chunks.sort((a, b) => a.start - b.start).map((c) => c.data))
      archives.set(entry.key, archive)
      entries.set(entry.key, { version: entry.version, size: archive.length })
      return json(204)
    }
    const archiveKey = /^\/archives\/(.+)$/.exec(url.pathname)?.[1]
    if (request.method === 'GET' && archiveKey) {
      const archive = archives.get(decodeURIComponent(archiveKey))
      if (!archive) return json(404, { message: 'no such archive' })
      response.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': archive.length
      })
      return response.end(archive)
    }
    json(404, { message: `unknown: ${request.method} ${url.pathname}` })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: `${address()}/`,
    entries,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}
