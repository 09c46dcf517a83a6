// GitHub's REST API through @actions/github (Octokit: pagination, the runner's
// proxy settings) with retries of server errors, and our rules on top: the
// token goes to the API's own origin and nowhere else, even when a page's
// Link header points elsewhere; a refusal reads as what it means.
import { getOctokitOptions, GitHub } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { redact } from '../redact.js'

const Client = GitHub.plugin(retry)
export type GitHubClient = InstanceType<typeof Client>

/** Statuses that a retry cannot change (a rate limit included: asking again only makes it worse). */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451]

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/**
 * The error for a failed call: method, URL, the status and GitHub's own
 * message, and what `hint` adds for that status (a rate limit, a refused token).
 * `secrets` (the token) are redacted: a server may echo what it was sent.
 */
export function apiError(
  method: string,
  url: string,
  error: unknown,
  hint: (status: number, rateLimited: boolean) => string,
  secrets: readonly string[] = []
): ApiError {
  const { status, message } = statusOf(error)
  return new ApiError(
    redact(
      `${method} ${url}: ${status ? `HTTP ${status}` : 'no answer'}${message ? ` ${message}` : ''}${hint(status, isRateLimited(error))}`,
      secrets
    ),
    status
  )
}

/** An Octokit for `apiUrl` (https://api.github.com, or GHES's .../api/v3); `token` may be empty. */
export function gitHubClient(apiUrl: string, token: string): GitHubClient {
  const base = apiUrl.replace(/\/+$/, '')
  const options = {
    baseUrl: base,
    userAgent: 'wasi-probe',
    retry: { doNotRetry: DO_NOT_RETRY },
    request: { retries: 2 }
  }
  const client = new Client(token ? getOctokitOptions(token, options) : options)
  const origin = new URL(base).origin
  client.hook.before('request', (request) => {
    // A next page's absolute URL: never follow it, with the token, to another host.
    if (/^https?:\/\//i.test(request.url) && new URL(request.url).origin !== origin)
      throw new Error(`the API's next page is on another host (${new URL(request.url).origin}), not followed`)
  })
  return client
}

/** An error of Octokit's (RequestError), or any other, as: the status, and GitHub's own message. */
export function statusOf(error: unknown): { status: number; message: string } {
  const e = error as { status?: unknown; response?: { data?: unknown }; message?: unknown }
  const status = typeof e?.status === 'number' ? e.status : 0
  const data = e?.response?.data
  const message =
    typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string'
      ? (data as { message: string }).message
      : typeof data === 'string'
        ? data.slice(0, 200)
        : String(e?.message ?? error)
  return { status, message }
}

/** True when the error is GitHub's rate limit (429, or 403 saying so). */
export function isRateLimited(error: unknown): boolean {
  const { status, message } = statusOf(error)
  const headers = (error as { response?: { headers?: Record<string, unknown> } })?.response?.headers ?? {}
  return (
    status === 429 ||
    (status === 403 &&
      (headers['x-ratelimit-remaining'] === '0' ||
        headers['retry-after'] !== undefined ||
        /rate limit/i.test(message)))
  )
}
