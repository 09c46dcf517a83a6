// Downloads a release asset to a file, with limits that a slow or hostile
// server cannot stretch: an overall deadline (retries included), a stall limit
// (no byte for a while), a size limit. Redirects are followed here, one hop at a
// time, so that credentials go to the exact origin (scheme, host and port) they
// were given for and nowhere else. The runner's proxy settings apply, through
// @actions/http-client's agents.
import { HttpClient } from '@actions/http-client'
import { createWriteStream, rmSync } from 'node:fs'
import { type ClientRequest, type IncomingMessage, request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'

export interface DownloadLimits {
  /** The whole download, every retry and redirect included. */
  deadlineMs: number
  /** The longest wait for the next byte (or for the answer). */
  stallMs: number
  maxBytes: number
  maxRedirects: number
  attempts: number
  /** The wait before the second attempt; doubled before each further one. */
  retryDelayMs: number
}

export const DOWNLOAD_LIMITS: DownloadLimits = {
  deadlineMs: 10 * 60_000,
  stallMs: 60_000,
  // Release archives of the runtimes are 5 to 60 MB.
  maxBytes: 512 * 1024 * 1024,
  maxRedirects: 10,
  attempts: 3,
  retryDelayMs: 5_000
}

export interface DownloadOptions {
  /** An Authorization header, sent only to requests on `origin` (e.g. https://github.com). */
  authorization?: { origin: string; header: string }
  limits?: Partial<DownloadLimits>
  /** Told of each failed attempt that is tried again. */
  onRetry?: (message: string) => void
}

export class DownloadError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly httpStatus?: number
  ) {
    super(message)
    this.name = 'DownloadError'
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])

function retryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`
}

function mebibytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Downloads `url` to `dest` (created, never overwritten). Messages name no
 * URL: the caller says which download failed, with its secrets redacted.
 */
export async function downloadFile(url: string, dest: string, options: DownloadOptions = {}): Promise<void> {
  const limits = { ...DOWNLOAD_LIMITS, ...options.limits }
  const deadline = Date.now() + limits.deadlineMs
  for (let attempt = 1; ; attempt++) {
    try {
      await downloadOnce(new URL(url), dest, limits, deadline, options.authorization)
      return
    } catch (error) {
      rmSync(dest, { force: true })
      const failure =
        error instanceof DownloadError
          ? error
          : new DownloadError(error instanceof Error ? error.message : String(error), true)
      const wait = limits.retryDelayMs * 2 ** (attempt - 1)
      if (!failure.retryable || attempt >= limits.attempts || Date.now() + wait >= deadline) {
        if (attempt > 1) failure.message += ` (after ${attempt} attempts)`
        throw failure
      }
      options.onRetry?.(
        `${failure.message}; trying again in ${seconds(wait)} (attempt ${attempt + 1} of ${limits.attempts})`
      )
      await sleep(wait)
    }
  }
}

async function downloadOnce(
  start: URL,
  dest: string,
  limits: DownloadLimits,
  deadline: number,
  authorization: DownloadOptions['authorization']
): Promise<void> {
  // `https://user:pass@mirror/...`: basic credentials for that origin only.
  const basic =
    start.username || start.password
      ? {
          origin: start.origin,
          header: `Basic ${Buffer.from(`${decodeURIComponent(start.username)}:${decodeURIComponent(start.password)}`).toString('base64')}`
        }
      : undefined
  let current = start
  for (let hops = 0; ; hops++) {
    const credentials = [authorization, basic].find((given) => given?.origin === current.origin)
    const exchange = await send(current, credentials?.header, limits, deadline)
    const { response } = exchange
    const status = response.statusCode ?? 0
    const location = response.headers.location
    if (REDIRECTS.has(status) && location) {
      exchange.finish()
      if (hops >= limits.maxRedirects)
        throw new DownloadError(`more than ${limits.maxRedirects} redirects`, false)
      let next: URL
      try {
        next = new URL(location, current)
      } catch {
        throw new DownloadError(`HTTP ${status} redirects to an invalid location`, false, status)
      }
      if (next.protocol !== 'https:' && next.protocol !== 'http:')
        throw new DownloadError(
          `HTTP ${status} redirects to a ${next.protocol} URL, not followed`,
          false,
          status
        )
      if (current.protocol === 'https:' && next.protocol === 'http:')
        throw new DownloadError(
          `HTTP ${status} redirects from https to http (${next.origin}), not followed`,
          false
        )
      next.username = ''
      next.password = ''
      current = next
      continue
    }
    if (status !== 200) {
      exchange.finish()
      throw new DownloadError(`HTTP ${status}`, retryableStatus(status), status)
    }
    await exchange.save(dest)
    return
  }
}

interface Exchange {
  response: IncomingMessage
  /** Streams the body to `dest` within the limits; the request is over afterwards. */
  save(dest: string): Promise<void>
  /** Ends the request without reading its body. */
  finish(): void
}

/** One request, under the deadline and the stall limit from its first byte sent to its last byte read. */
function send(
  url: URL,
  authorization: string | undefined,
  limits: DownloadLimits,
  deadline: number
): Promise<Exchange> {
  const left = deadline - Date.now()
  if (left <= 0) return Promise.reject(deadlineError(limits))
  const headers: Record<string, string> = { 'user-agent': 'wasi-probe', accept: 'application/octet-stream' }
  if (authorization) headers.authorization = authorization
  const agent = new HttpClient('wasi-probe').getAgent(url.href)
  const target = {
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port,
    path: url.pathname + url.search
  }
  const options = { ...target, method: 'GET', headers, agent }
  const req: ClientRequest = url.protocol === 'https:' ? httpsRequest(options) : httpRequest(options)

  // Why the request was cut short, when it was: it beats the "aborted" that the response then reports.
  let cutShort: DownloadError | undefined
  const cut = (reason: DownloadError) => {
    cutShort = reason
    req.destroy(reason)
  }
  let stall: NodeJS.Timeout | undefined
  const overall = setTimeout(() => cut(deadlineError(limits)), left)
  const stalled = () => {
    clearTimeout(stall)
    stall = setTimeout(
      () => cut(new DownloadError(`no data for ${seconds(limits.stallMs)}`, true)),
      limits.stallMs
    )
  }
  const done = () => {
    clearTimeout(overall)
    clearTimeout(stall)
  }
  stalled()

  return new Promise<Exchange>((resolve, reject) => {
    req.once('error', (error) => {
      done()
      reject(error)
    })
    req.once('response', (response) => {
      stalled()
      resolve({
        response,
        finish() {
          done()
          req.destroy()
        },
        async save(dest) {
          const declared = Number(response.headers['content-length'] ?? NaN)
          try {
            if (declared > limits.maxBytes) throw sizeError(limits)
            let received = 0
            const counter = new Transform({
              transform(chunk: Buffer, _encoding, callback) {
                received += chunk.length
                if (received > limits.maxBytes) return callback(sizeError(limits))
                stalled()
                callback(null, chunk)
              }
            })
            await pipeline(response, counter, createWriteStream(dest, { flags: 'wx', mode: 0o600 }))
            if (Number.isFinite(declared) && received !== declared)
              throw new DownloadError(`the connection closed after ${received} of ${declared} bytes`, true)
          } catch (error) {
            const cause = cutShort ?? error
            throw cause instanceof DownloadError
              ? cause
              : new DownloadError(
                  `the connection broke: ${cause instanceof Error ? cause.message : String(cause)}`,
                  true
                )
          } finally {
            done()
            req.destroy()
          }
        }
      })
    })
    req.end()
  })
}

function deadlineError(limits: DownloadLimits): DownloadError {
  return new DownloadError(`not complete within the time limit of ${seconds(limits.deadlineMs)}`, false)
}

function sizeError(limits: DownloadLimits): DownloadError {
  return new DownloadError(`larger than the size limit of ${mebibytes(limits.maxBytes)}`, false)
}
