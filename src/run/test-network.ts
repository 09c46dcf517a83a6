// The network side of a wasi-testsuite test, as the official runner has it:
// HTTP servers stood up for the module's outbound requests (`servers`), TCP
// connections to a module that serves (`connect`, `send`, `recv`), and HTTP
// requests to a module that serves HTTP (`request`).
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http'
import { connect as tcpConnect, createServer as createTcpServer, type Socket } from 'node:net'
import { gunzipSync, inflateSync } from 'node:zlib'
import type { Endpoint, ServerSpec } from '../probes/suites/spec.js'
import type { ExpectedResponse, RequestOperation } from '../result/index.js'

const LOOPBACK = '127.0.0.1'

function listen(server: Server | ReturnType<typeof createTcpServer>): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, LOOPBACK, () => {
      const address = server.address()
      resolve(typeof address === 'object' && address ? address.port : 0)
    })
  })
}

/** An address where nothing listens, so that connecting to it is refused. */
async function closedAddress(): Promise<string> {
  const server = createTcpServer()
  const port = await listen(server)
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return `${LOOPBACK}:${port}`
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks)))
    request.on('error', reject)
  })
}

/** The request line and headers, given back as `x-request-*`, `x-echo-*` and `x-trailer-*` response headers. */
function echoedHeaders(request: IncomingMessage): [string, string][] {
  const echoed: [string, string][] = [
    ['x-request-method', request.method ?? ''],
    ['x-request-path', request.url ?? '']
  ]
  const raw = request.rawHeaders
  const names = [...new Set(raw.filter((_, i) => i % 2 === 0).map((name) => name.toLowerCase()))]
  for (const name of names) {
    for (let i = 0; i < raw.length; i += 2)
      if (raw[i].toLowerCase() === name) echoed.push([`x-echo-${name}`, raw[i + 1]])
  }
  for (const [name, value] of Object.entries(request.trailers))
    echoed.push([`x-trailer-${name}`, String(value)])
  return echoed
}

function endpointServer(endpoints: Endpoint[]): Server {
  const routes = new Map(endpoints.map((endpoint) => [`${endpoint.method} ${endpoint.path}`, endpoint]))
  return createServer(async (request, response) => {
    const body = await readBody(request).catch(() => Buffer.alloc(0))
    const endpoint = routes.get(`${request.method} ${request.url}`)
    const head = request.method === 'HEAD'
    // One connection per request, as the runner's server does.
    response.shouldKeepAlive = false
    const reply = (status: number, headers: [string, string][], payload: Buffer) => {
      response.statusCode = status
      for (const [name, value] of headers) response.appendHeader(name, value)
      response.setHeader('Content-Length', String(payload.length))
      response.end(head ? undefined : payload)
    }
    if (!endpoint) return reply(404, [], Buffer.alloc(0))
    if (endpoint.mode === 'echo-body') return reply(200, [], body)
    if (endpoint.mode === 'echo-headers') return reply(200, echoedHeaders(request), Buffer.alloc(0))
    const answer = endpoint.response!
    const headers = Object.entries(answer.headers)
    if (answer.chunks === null) return reply(answer.status, headers, Buffer.from(answer.body, 'utf8'))
    response.statusCode = answer.status
    for (const [name, value] of headers) response.appendHeader(name, value)
    const trailers = Object.entries(answer.trailers)
    if (trailers.length > 0) response.setHeader('Trailer', trailers.map(([name]) => name).join(', '))
    if (!head) for (const chunk of answer.chunks) response.write(chunk)
    if (trailers.length > 0) response.addTrailers(Object.fromEntries(trailers))
    response.end()
  })
}

export interface TestServers {
  /** `HTTP_SERVER_<NAME>` → `host:port`, added to the module's environment. */
  env: Record<string, string>
  close(): Promise<void>
}

/** Stands up the spec's servers on loopback. */
export async function startServers(specs: ServerSpec[]): Promise<TestServers> {
  const env: Record<string, string> = {}
  const servers: Server[] = []
  for (const spec of specs) {
    const variable = `HTTP_SERVER_${spec.name.toUpperCase()}`
    if (spec.kind === 'closed') {
      env[variable] = await closedAddress()
      continue
    }
    const server = endpointServer(spec.endpoints)
    servers.push(server)
    env[variable] = `${LOOPBACK}:${await listen(server)}`
  }
  return {
    env,
    close: async () => {
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections()
              server.close(() => resolve())
            })
        )
      )
    }
  }
}

/** A TCP connection to the module, read the way Python's `socket.recv(n)` reads it. */
export class Connection {
  private buffered = Buffer.alloc(0)
  private ended = false
  private wake: (() => void) | undefined

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffered = Buffer.concat([this.buffered, chunk])
      this.wake?.()
    })
    socket.on('close', () => {
      this.ended = true
      this.wake?.()
    })
    socket.on('error', () => {})
  }

  static open(host: string, port: number, timeoutMs: number): Promise<Connection> {
    return new Promise((resolve, reject) => {
      const socket = tcpConnect({ host, port })
      const timer = setTimeout(() => {
        socket.destroy()
        reject(new Error(`no connection after ${timeoutMs / 1000} s`))
      }, timeoutMs)
      socket.once('connect', () => {
        clearTimeout(timer)
        resolve(new Connection(socket))
      })
      socket.once('error', (error) => {
        clearTimeout(timer)
        reject(error)
      })
    })
  }

  send(payload: string): Promise<void> {
    return new Promise((resolve, reject) =>
      this.socket.write(payload, 'utf8', (error) => (error ? reject(error) : resolve()))
    )
  }

  /** Up to `bytes` bytes, as soon as any arrive; empty at the end of the stream. */
  async recv(bytes: number, timeoutMs: number): Promise<Buffer> {
    if (bytes === 0) return Buffer.alloc(0)
    if (this.buffered.length === 0 && !this.ended) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`nothing received in ${timeoutMs / 1000} s`)),
          timeoutMs
        )
        this.wake = () => {
          clearTimeout(timer)
          resolve()
        }
      }).finally(() => (this.wake = undefined))
    }
    const taken = this.buffered.subarray(0, bytes)
    this.buffered = this.buffered.subarray(taken.length)
    return taken
  }

  close(): void {
    this.socket.destroy()
  }
}

/** What differs between the response and the one expected; undefined when nothing does. */
function responseDifference(
  status: number,
  headers: IncomingMessage['headers'],
  body: string,
  expected: ExpectedResponse
): string | undefined {
  if (status !== expected.status) return `status ${status}, expected ${expected.status}`
  for (const [name, value] of Object.entries(expected.headers)) {
    const found = headers[name.toLowerCase()]
    if (found === undefined) return `the response has no header ${name}`
    const actual = Array.isArray(found) ? found.join(', ') : found
    if (actual !== value)
      return `header ${name} is ${JSON.stringify(actual)}, expected ${JSON.stringify(value)}`
  }
  if (body !== expected.body) return `body ${JSON.stringify(body)}, expected ${JSON.stringify(expected.body)}`
  return undefined
}

/** Joins the server's URL and a request path as the runner does. */
export function joinUrl(server: string, path: string): string {
  return path.startsWith('/') ? server.replace(/\/+$/, '') + path : `${server.replace(/\/+$/, '')}/${path}`
}

/**
 * What the official runner's HTTP library (requests) makes of a response body:
 * gzip and deflate undone, text decoded by the charset of its content type,
 * ISO-8859-1 for text without one, UTF-8 otherwise.
 */
export function responseText(body: Buffer, headers: IncomingMessage['headers']): string {
  const encoding = String(headers['content-encoding'] ?? '').toLowerCase()
  let bytes = body
  try {
    if (encoding === 'gzip') bytes = gunzipSync(body)
    else if (encoding === 'deflate') bytes = inflateSync(body)
  } catch {
    // Not what it says it is: compared as it came.
  }
  const type = String(headers['content-type'] ?? '').toLowerCase()
  const charset = /charset=["']?([\w-]+)/.exec(type)?.[1]
  const latin1 = charset ? /^(iso-8859-1|latin-?1)$/.test(charset) : type.includes('text')
  return bytes.toString(latin1 ? 'latin1' : 'utf8')
}

/** Sends the request; resolves with what went wrong, or undefined when the response is the expected one. */
export function checkRequest(
  server: string,
  op: RequestOperation,
  timeoutMs: number
): Promise<string | undefined> {
  return new Promise((resolve) => {
    let url: URL
    try {
      url = new URL(joinUrl(server, op.path))
    } catch {
      return resolve(`${JSON.stringify(server)} is not a URL`)
    }
    const body = op.body === '' ? undefined : Buffer.from(op.body, 'utf8')
    const request = httpRequest(
      url,
      {
        method: op.method,
        // What requests sends unless told otherwise; the spec's own headers win.
        headers: {
          Accept: '*/*',
          'Accept-Encoding': 'gzip, deflate',
          ...op.headers,
          ...(body ? { 'Content-Length': String(body.length) } : {})
        },
        timeout: timeoutMs
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve(
            responseDifference(
              response.statusCode ?? 0,
              response.headers,
              responseText(Buffer.concat(chunks), response.headers),
              op.response
            )
          )
        )
        response.on('error', (error) => resolve(`the response broke off: ${error.message}`))
      }
    )
    request.on('timeout', () => request.destroy(new Error(`no response in ${timeoutMs / 1000} s`)))
    request.on('error', (error) => resolve(`the request failed: ${error.message}`))
    request.end(body)
  })
}
