// The GitHub client's own rules, on top of Octokit: a page's Link header never
// takes the token to another host.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { ReleasesApi } from '../src/provision/github.js'

interface Seen {
  path: string
  authorization?: string
}

function listen(
  handler: (
    req: IncomingMessage,
    seen: Seen[]
  ) => { status: number; headers?: Record<string, string>; body: string }
) {
  const seen: Seen[] = []
  const server = createServer((req, res) => {
    seen.push({
      path: req.url ?? '',
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {})
    })
    const answer = handler(req, seen)
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers })
    res.end(answer.body)
  })
  return new Promise<{ server: Server; url: string; seen: Seen[] }>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      resolve({
        server,
        url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
        seen
      })
    })
  )
}

test('a next page on another host is not followed, and the token never goes there', async () => {
  const elsewhere = await listen(() => ({ status: 200, body: '[]' }))
  const api = await listen(() => ({
    status: 200,
    headers: { link: `<${elsewhere.url}/repos/o/r/releases?page=2>; rel="next"` },
    body: JSON.stringify([{ tag_name: 'v1.0.0', draft: false, prerelease: false, assets: [] }])
  }))
  try {
    const releases = new ReleasesApi(`${api.url}/api`, 'secret-token')
    await expect(releases.listReleases('o/r')).rejects.toThrow(/next page is on another host/)
    expect(api.seen).toEqual([
      { path: '/api/repos/o/r/releases?per_page=100', authorization: 'token secret-token' }
    ])
    expect(elsewhere.seen).toEqual([])
  } finally {
    api.server.close()
    elsewhere.server.close()
  }
})

test('pages on the API host are followed', async () => {
  const api = await listen((req, seen) => ({
    status: 200,
    headers: (seen.length === 1
      ? { link: `<http://${req.headers.host}/api/repos/o/r/releases?per_page=100&page=2>; rel="next"` }
      : {}) as Record<string, string>,
    body: JSON.stringify([{ tag_name: `v${seen.length}.0.0`, draft: false, prerelease: false, assets: [] }])
  }))
  try {
    const releases = await new ReleasesApi(`${api.url}/api`, '').listReleases('o/r')
    expect(releases.map((r) => r.tag_name)).toEqual(['v1.0.0', 'v2.0.0'])
    // No token given: none sent.
    expect(api.seen.map((s) => s.authorization)).toEqual([undefined, undefined])
  } finally {
    api.server.close()
  }
})
