// A loopback HTTP server imitating the few GitHub REST endpoints the sticky pull-request comment uses,
// in memory: GET /user, GET and POST /repos/:owner/:repo/issues/:n/comments (with per_page/page
// pagination and a Link header), PATCH /repos/:owner/:repo/issues/comments/:id. Every request is logged.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface SeedComment {
  /** 'owner/name'; default: the server's `repository` option. */
  repo?: string
  issue: number
  /** The login of the comment's author, e.g. 'octocat' or 'github-actions[bot]'. */
  author: string
  body: string
}

export interface ServerComment {
  id: number
  repo: string
  issue: number
  author: string
  body: string
  createdAt: string
  updatedAt: string
}

export interface GitHubServerOptions {
  /**
   * What GET /user answers: a login (a personal access token's user), or null for 403 "Resource not
   * accessible by integration", as GitHub answers an installation token (a workflow's GITHUB_TOKEN), whose
   * comments are then written by 'github-actions[bot]'. Default: 'octocat'.
   */
  user?: string | null
  /** When set, any request whose Authorization header is not `Bearer <token>` or `token <token>` gets 401. */
  token?: string
  /** The repository seeded comments belong to when they name none. Default: 'octo/repo'. */
  repository?: string
  /** Comments already there, in this order (ids from 1000 up). */
  comments?: SeedComment[]
  /**
   * Answer POST and PATCH with this status (403 "Resource not accessible by integration"), like the read-only
   * token of a pull request from a fork: true means 403; a number gives another status (e.g. 404).
   */
  readOnly?: boolean | number
  /** Put before every path, e.g. '/api/v3' like GitHub Enterprise Server. Default: ''. */
  basePath?: string
  /**
   * Injected answers: the first fault whose method (default: any) and path (matched against the path
   * without basePath and without the query; a string must match exactly) fit the request is answered
   * with `status` and `{ message }` instead.
   */
  faults?: { method?: string; path: string | RegExp; status: number; message?: string }[]
}

export interface LoggedRequest {
  method: string
  /** As requested, with basePath and query string. */
  path: string
  authorization?: string
  /** The raw request body, for POST and PATCH. */
  body?: string
}

export interface GitHubServer {
  /** The API URL to give upsertComment, e.g. http://127.0.0.1:PORT (with basePath), no trailing slash. */
  url: string
  /** The live list of comments of every issue, oldest first: read it, or change it between calls. */
  comments: ServerComment[]
  /** Every request, in order of arrival. */
  requests: LoggedRequest[]
  /** Changes options of the running server. */
  configure(options: Pick<GitHubServerOptions, 'user' | 'token' | 'readOnly' | 'faults'>): void
  close(): Promise<void>
}

/** GitHub's limit on a comment body; longer bodies get 422 like on github.com. */
const BODY_LIMIT = 65_536

interface Answer {
  status: number
  value: unknown
  headers?: Record<string, string>
}

const NOT_FOUND: Answer = {
  status: 404,
  value: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }
}

const INTEGRATION_403 = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest',
  status: '403'
}

function positiveInteger(value: string | null, fallback: number): number {
  if (value === null || !/^\d+$/.test(value)) return fallback
  const n = Number(value)
  return n >= 1 ? n : fallback
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const settings: GitHubServerOptions = { user: 'octocat', repository: 'octo/repo', basePath: '', ...options }
  const basePath = (settings.basePath ?? '').replace(/\/+$/, '')
  const requests: LoggedRequest[] = []
  const comments: ServerComment[] = []
  let nextId = 1000
  let clock = Date.UTC(2026, 0, 1)
  const now = () => new Date((clock += 1000)).toISOString().replace('.000Z', 'Z')

  function add(repo: string, issue: number, author: string, body: string): ServerComment {
    const time = now()
    const comment = { id: nextId++, repo, issue, author, body, createdAt: time, updatedAt: time }
    comments.push(comment)
    return comment
  }
  for (const seed of settings.comments ?? []) {
    add(seed.repo ?? settings.repository!, seed.issue, seed.author, seed.body)
  }

  const server = createServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const url = `${origin}${basePath}`

  const sameRepo = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()
  const author = () => settings.user ?? 'github-actions[bot]'

  function commentJson(comment: ServerComment) {
    const login = comment.author
    return {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `${url}/repos/${comment.repo}/issues/comments/${comment.id}`,
      html_url: `https://github.com/${comment.repo}/pull/${comment.issue}#issuecomment-${comment.id}`,
      issue_url: `${url}/repos/${comment.repo}/issues/${comment.issue}`,
      body: comment.body,
      user: { login, id: login.length, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      author_association: 'MEMBER',
      created_at: comment.createdAt,
      updated_at: comment.updatedAt
    }
  }

  function validBody(raw: string): string | Answer {
    let parsed: unknown
    try {
      parsed = JSON.parse(raw)
    } catch {
      return { status: 400, value: { message: 'Problems parsing JSON' } }
    }
    const body = (parsed as { body?: unknown } | null)?.body
    if (typeof body !== 'string' || body === '') {
      return {
        status: 422,
        value: { message: 'Validation Failed', errors: [{ field: 'body', code: 'missing' }] }
      }
    }
    if (body.length > BODY_LIMIT) {
      return {
        status: 422,
        value: {
          message: 'Validation Failed',
          errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long' }]
        }
      }
    }
    return body
  }

  function answer(method: string, parts: string[], query: URLSearchParams, raw: string): Answer {
    if (parts.length === 1 && parts[0] === 'user') {
      if (method !== 'GET') return NOT_FOUND
      if (settings.user === null) return { status: 403, value: INTEGRATION_403 }
      return { status: 200, value: { login: settings.user, id: 1, type: 'User' } }
    }
    if (parts[0] !== 'repos' || parts[3] !== 'issues') return NOT_FOUND
    const repo = `${parts[1]}/${parts[2]}`
    const write = method === 'POST' || method === 'PATCH'
    if (write && settings.readOnly) {
      const status = settings.readOnly === true ? 403 : settings.readOnly
      return { status, value: status === 403 ? INTEGRATION_403 : NOT_FOUND.value }
    }

    // /repos/o/r/issues/comments/:id
    if (parts.length === 6 && parts[4] === 'comments') {
      if (method !== 'PATCH') return NOT_FOUND
      const comment = comments.find((c) => String(c.id) === parts[5] && sameRepo(c.repo, repo))
      if (!comment) return NOT_FOUND
      const body = validBody(raw)
      if (typeof body !== 'string') return body
      comment.body = body
      comment.updatedAt = now()
      return { status: 200, value: commentJson(comment) }
    }

    // /repos/o/r/issues/:n/comments
    if (parts.length === 6 && /^\d+$/.test(parts[4]) && parts[5] === 'comments') {
      const issue = Number(parts[4])
      if (method === 'POST') {
        const body = validBody(raw)
        if (typeof body !== 'string') return body
        return { status: 201, value: commentJson(add(repo, issue, author(), body)) }
      }
      if (method !== 'GET') return NOT_FOUND
      const list = comments.filter((c) => c.issue === issue && sameRepo(c.repo, repo))
      const perPage = Math.min(positiveInteger(query.get('per_page'), 30), 100)
      const page = positiveInteger(query.get('page'), 1)
      const pages = Math.max(1, Math.ceil(list.length / perPage))
      const link = (p: number) =>
        `<${url}/repos/${repo}/issues/${issue}/comments?per_page=${perPage}&page=${p}>`
      const links: string[] = []
      // GitHub's order: prev, next, last, first.
      if (page > 1) links.push(`${link(Math.min(page - 1, pages))}; rel="prev"`)
      if (page < pages) links.push(`${link(page + 1)}; rel="next"`, `${link(pages)}; rel="last"`)
      if (page > 1) links.push(`${link(1)}; rel="first"`)
      return {
        status: 200,
        value: list.slice((page - 1) * perPage, page * perPage).map(commentJson),
        headers: links.length > 0 ? { link: links.join(', ') } : {}
      }
    }
    return NOT_FOUND
  }

  function authorized(header: string | undefined): boolean {
    if (settings.token === undefined) return true
    return header === `Bearer ${settings.token}` || header === `token ${settings.token}`
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET'
    const path = req.url ?? '/'
    const raw = await readBody(req)
    const entry: LoggedRequest = { method, path }
    if (req.headers.authorization !== undefined) entry.authorization = req.headers.authorization
    if (method === 'POST' || method === 'PATCH') entry.body = raw
    requests.push(entry)

    const parsed = new URL(path, origin)
    let reply: Answer
    if (basePath && !parsed.pathname.startsWith(`${basePath}/`)) {
      reply = NOT_FOUND
    } else {
      const pathname = parsed.pathname.slice(basePath.length)
      const fault = (settings.faults ?? []).find(
        (f) =>
          (f.method === undefined || f.method.toUpperCase() === method) &&
          (typeof f.path === 'string' ? f.path === pathname : f.path.test(pathname))
      )
      if (fault) {
        reply = {
          status: fault.status,
          value: { message: fault.message ?? `injected fault: ${fault.status}` }
        }
      } else if (!authorized(req.headers.authorization)) {
        reply = {
          status: 401,
          value: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' }
        }
      } else {
        const parts = pathname.split('/').slice(1).map(decodeURIComponent)
        reply = answer(method, parts, parsed.searchParams, raw)
      }
    }
    const body = Buffer.from(JSON.stringify(reply.value))
    res.writeHead(reply.status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(body.length),
      ...reply.headers
    })
    res.end(body)
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })

  return {
    url,
    comments,
    requests,
    configure(changes) {
      Object.assign(settings, changes)
    },
    close() {
      return new Promise((resolve) => {
        if (!server.listening) return resolve()
        server.close(() => resolve())
        server.closeAllConnections()
      })
    }
  }
}
