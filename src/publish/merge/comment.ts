// The sticky pull-request comment of the report sub-action: one comment per comment-id, found again by
// a hidden marker and by its author, updated in place on later runs. The token goes to the API host only,
// in the Authorization header, and never into a message.
import { readFileSync } from 'node:fs'
import { HttpClient } from '@actions/http-client'
import { ApiError, nextPage } from '../../provision/github.js'
import { DETAILS_MARKER } from './merged-report.js'

export interface CommentRequest {
  /** e.g. https://api.github.com (or GHES .../api/v3), no trailing slash */
  apiUrl: string
  token: string
  /** 'owner/name' */
  repository: string
  /** The pull request number. */
  issueNumber: number
  /** Keeps several reports apart on one PR; the marker is `<!-- wasi-probe:report:${commentId} -->`. */
  commentId: string
  /** The markdown, without the marker (added as the first line). */
  body: string
}

export type CommentOutcome =
  | { action: 'created' | 'updated'; id: number; url: string; truncated: boolean }
  | { action: 'skipped'; reason: string }

/** GitHub's limit on an issue comment's body, in characters. */
export const COMMENT_LIMIT = 65_536

/** Who writes comments with a workflow's GITHUB_TOKEN (an installation token, which GET /user refuses). */
export const ACTIONS_BOT = 'github-actions[bot]'

const CUT_NOTE =
  "_✂️ The rest of this report was cut to fit GitHub's limit of 65,536 characters for a comment: " +
  "the full report is in this workflow run's step summary and in its result files._"

/** At most this many pages of 100 comments are read looking for the marker. */
const MAX_PAGES = 300

/**
 * The hidden first line identifying one report's comment. Characters that could end or break the HTML
 * comment (`>`, `--`, line breaks, ...) are percent-encoded, so distinct ids keep distinct markers.
 */
export function commentMarker(commentId: string): string {
  const id = commentId
    .trim()
    .replace(/[^\w.:/@+-]|-(?=-)/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'))
  return `<!-- wasi-probe:report:${id || 'default'} -->`
}

/** Closing lines for the code fences and `<details>` blocks left open at the end of `text`. */
function closers(text: string): string[] {
  let fence: string | undefined
  let details = 0
  for (const line of text.split('\n')) {
    const match = /^\s{0,3}(`{3,}|~{3,})/.exec(line)
    if (match) {
      if (fence === undefined) fence = match[1]
      else if (match[1][0] === fence[0] && match[1].length >= fence.length) fence = undefined
      continue
    }
    if (fence !== undefined) continue
    details += (line.match(/<details[\s>]/gi) ?? []).length
    details -= (line.match(/<\/details\s*>/gi) ?? []).length
    if (details < 0) details = 0
  }
  const lines: string[] = []
  if (fence !== undefined) lines.push(fence)
  for (let i = 0; i < details; i++) lines.push('</details>')
  return lines
}

/** At most `budget` characters of `text`, cut at the last line break that fits (mid-line only if none does). */
function cutAtLine(text: string, budget: number): string {
  if (text.length <= budget) return text
  if (budget <= 0) return ''
  const newline = text.lastIndexOf('\n', budget)
  if (newline > 0) return text.slice(0, newline)
  let end = budget
  const code = text.charCodeAt(end - 1)
  if (code >= 0xd800 && code <= 0xdbff) end-- // do not split a surrogate pair
  return text.slice(0, end)
}

/**
 * Keeps the body within COMMENT_LIMIT characters (marker included): when too long, cut at the line
 * `<!-- wasi-probe:details -->` if the body has it (everything before it is the main table and stays
 * whenever it fits at all), else at a line boundary; open code fences and `<details>` are closed, and a
 * line says the rest was cut and where to find it (the step summary, the result files).
 */
export function fitComment(marker: string, body: string): { text: string; truncated: boolean } {
  const full = `${marker}\n${body}`
  if (full.length <= COMMENT_LIMIT) return { text: full, truncated: false }
  const lines = body.split('\n')
  const at = lines.findIndex((line) => line.trim() === DETAILS_MARKER)
  const source = at >= 0 ? lines.slice(0, at).join('\n') : body
  const compose = (kept: string) => {
    const head = kept.replace(/\s+$/, '')
    return [marker, ...(head ? [head, ...closers(head)] : []), '', CUT_NOTE].join('\n')
  }
  let budget = COMMENT_LIMIT - marker.length - CUT_NOTE.length - 3
  let text = compose(cutAtLine(source, budget))
  // Closing fences and <details> take room too: cut further until everything fits.
  while (text.length > COMMENT_LIMIT && budget > 0) {
    budget -= text.length - COMMENT_LIMIT
    text = compose(cutAtLine(source, budget))
  }
  if (text.length > COMMENT_LIMIT) text = text.slice(0, COMMENT_LIMIT) // only for an absurdly long marker
  return { text, truncated: true }
}

interface ApiComment {
  id: number
  body?: string | null
  html_url: string
  user?: { login?: string } | null
}

interface Response {
  status: number
  body: string
  headers: Record<string, string | string[] | undefined>
}

function workflowRunAdvice(request: CommentRequest, detail: string): string {
  return (
    `wasi-probe: no permission to comment on pull request #${request.issueNumber} of ${request.repository}` +
    ` (${detail}). A pull request from a fork gets a read-only GITHUB_TOKEN whatever the workflow's` +
    ' permissions say. To comment anyway, upload the result files as an artifact in this workflow, and run' +
    ' the report sub-action in a second workflow triggered by `workflow_run` (which runs in the base' +
    ' repository with a token that can write), giving it `permissions: pull-requests: write`.' +
    ' The report is still in the step summary.'
  )
}

/**
 * Posts or updates the one comment of this comment-id on the pull request: the first comment containing
 * the marker and written by the token's own user (GET /user; `github-actions[bot]` for an installation
 * token, which GET /user answers with 403) is updated, else a new one is created. A marker comment by
 * someone else is never touched. No permission (403, or 404 on the POST) gives `skipped` with advice;
 * other failures throw an ApiError with the status and GitHub's message, never the token.
 */
export async function upsertComment(request: CommentRequest): Promise<CommentOutcome> {
  const { apiUrl, token, repository, issueNumber } = request
  const [owner, name, ...extra] = repository.split('/')
  if (!owner || !name || extra.length > 0) {
    throw new Error(`wasi-probe: the repository must be 'owner/name', not '${repository}'`)
  }
  if (!Number.isSafeInteger(issueNumber) || issueNumber < 1) {
    throw new Error(`wasi-probe: not a pull request number: ${issueNumber}`)
  }
  if (!token) {
    return { action: 'skipped', reason: 'wasi-probe: no token to comment on the pull request with' }
  }

  const base = apiUrl.replace(/\/+$/, '')
  const origin = new URL(base).origin
  const repo = `${base}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(name)}`
  const client = new HttpClient('wasi-probe')
  const redact = (text: string) => text.split(token).join('***')

  const headers = (write: boolean): Record<string, string> => ({
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    authorization: `Bearer ${token}`,
    ...(write ? { 'content-type': 'application/json; charset=utf-8' } : {})
  })

  async function send(method: 'GET' | 'POST' | 'PATCH', url: string, data?: unknown): Promise<Response> {
    try {
      const response =
        method === 'GET'
          ? await client.get(url, headers(false))
          : method === 'POST'
            ? await client.post(url, JSON.stringify(data), headers(true))
            : await client.patch(url, JSON.stringify(data), headers(true))
      const body = await response.readBody()
      return { status: response.message.statusCode ?? 0, body, headers: response.message.headers }
    } catch (error) {
      throw new Error(redact(`${method} ${url}: ${error instanceof Error ? error.message : String(error)}`))
    }
  }

  function message(response: Response): string {
    try {
      return (JSON.parse(response.body) as { message?: string }).message ?? ''
    } catch {
      return response.body.slice(0, 200)
    }
  }

  function rateLimited(response: Response): boolean {
    return (
      response.status === 429 ||
      (response.status === 403 &&
        (response.headers['x-ratelimit-remaining'] === '0' ||
          response.headers['retry-after'] !== undefined ||
          /rate limit/i.test(message(response))))
    )
  }

  function fail(method: string, url: string, response: Response): never {
    const detail = message(response)
    const hint = rateLimited(response)
      ? ' (rate limited: try again later)'
      : response.status === 401
        ? ' (the token was refused)'
        : ''
    throw new ApiError(
      redact(`${method} ${url}: HTTP ${response.status}${detail ? ` ${detail}` : ''}${hint}`),
      response.status
    )
  }

  /** `skipped` for a refusal to let this token read or write the comments (not for a rate limit). */
  function denied(response: Response, also404 = false): CommentOutcome | undefined {
    if (rateLimited(response)) return undefined
    if (response.status !== 403 && !(also404 && response.status === 404)) return undefined
    const detail = message(response)
    return {
      action: 'skipped',
      reason: workflowRunAdvice(request, redact(`HTTP ${response.status}${detail ? `: ${detail}` : ''}`))
    }
  }

  // Whose comments are ours.
  const userUrl = `${base}/user`
  const user = await send('GET', userUrl)
  let author: string
  if (user.status === 200) author = (JSON.parse(user.body) as { login: string }).login
  else if (user.status === 403 && !rateLimited(user)) author = ACTIONS_BOT
  else fail('GET', userUrl, user)

  // Our earlier comment with this marker, page after page.
  const marker = commentMarker(request.commentId)
  const { text, truncated } = fitComment(marker, request.body)
  let existing: ApiComment | undefined
  let url: string | undefined = `${repo}/issues/${issueNumber}/comments?per_page=100`
  for (let page = 0; url && !existing && page < MAX_PAGES; page++) {
    const response = await send('GET', url)
    if (response.status !== 200) return denied(response) ?? fail('GET', url, response)
    const comments = JSON.parse(response.body) as ApiComment[]
    existing = comments.find(
      (comment) =>
        (comment.body ?? '').includes(marker) && comment.user?.login?.toLowerCase() === author.toLowerCase()
    )
    const link = response.headers.link
    url = nextPage(Array.isArray(link) ? link.join(', ') : link)
    if (url && new URL(url).origin !== origin) {
      throw new Error(`wasi-probe: the comments' next page is on another host (${new URL(url).origin})`)
    }
  }

  if (existing) {
    const patchUrl = `${repo}/issues/comments/${existing.id}`
    const response = await send('PATCH', patchUrl, { body: text })
    if (response.status === 200) {
      const comment = JSON.parse(response.body) as ApiComment
      return { action: 'updated', id: comment.id, url: comment.html_url, truncated }
    }
    // 404: deleted since it was listed; create a new one below.
    if (response.status !== 404) return denied(response) ?? fail('PATCH', patchUrl, response)
  }

  const postUrl = `${repo}/issues/${issueNumber}/comments`
  const response = await send('POST', postUrl, { body: text })
  if (response.status === 201 || response.status === 200) {
    const comment = JSON.parse(response.body) as ApiComment
    return { action: 'created', id: comment.id, url: comment.html_url, truncated }
  }
  return denied(response, true) ?? fail('POST', postUrl, response)
}

/**
 * The pull request number of the event that started the workflow (GITHUB_EVENT_PATH): `pull_request.number`
 * (pull_request, pull_request_target, pull_request_review, ...), or `issue.number` of an issue_comment on a
 * pull request; undefined for other events and for a missing or unreadable file.
 */
export function pullRequestNumber(eventPath: string | undefined): number | undefined {
  if (!eventPath) return undefined
  let event: unknown
  try {
    event = JSON.parse(readFileSync(eventPath, 'utf8'))
  } catch {
    return undefined
  }
  if (typeof event !== 'object' || event === null) return undefined
  const { pull_request: pullRequest, issue } = event as {
    pull_request?: { number?: unknown } | null
    issue?: { number?: unknown; pull_request?: unknown } | null
  }
  const valid = (n: unknown) => (typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : undefined)
  if (pullRequest && typeof pullRequest === 'object') return valid(pullRequest.number)
  if (issue && typeof issue === 'object' && issue.pull_request) return valid(issue.number)
  return undefined
}
