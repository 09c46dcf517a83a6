// A wasi-testsuite test's JSON specification (doc/specification.md of
// WebAssembly/wasi-testsuite), read into plain data with the official runner's
// rules (test-runner/wasi_test_runner/test_case.py): the legacy format becomes
// run, read and wait operations, as the runner converts it, and both formats
// are validated as its TestCaseValidator does before anything runs.
import { constants } from 'node:os'
import {
  type ConnectOperation,
  type ExpectedResponse,
  type Operation,
  OPERATION_TYPES,
  type Proposal,
  PROPOSALS,
  type RunOperation,
  type WasiWorld,
  WORLDS
} from '../../result/index.js'

export interface EndpointResponse {
  status: number
  headers: Record<string, string>
  body: string
  chunks: string[] | null
  trailers: Record<string, string>
}

/** A route of a server the harness stands up for the module's outbound requests. */
export interface Endpoint {
  method: string
  path: string
  mode: 'static' | 'echo-body' | 'echo-headers'
  /** For `static` endpoints only. */
  response: EndpointResponse | null
}

/** Told to the guest as `HTTP_SERVER_<NAME>=host:port`. */
export interface ServerSpec {
  name: string
  kind: 'listening' | 'closed'
  endpoints: Endpoint[]
}

export interface TestConfig {
  /** How the file was written; the legacy format is run as the operations it stands for. */
  format: 'legacy' | 'operations'
  operations: Operation[]
  proposals: Proposal[]
  world: WasiWorld
  servers: ServerSpec[]
  /**
   * Older copies of the suite list directories in `dirs`, each preopened under
   * its own name relative to the test's folder. Today's runner has `root` instead.
   */
  dirs: string[]
}

/** No JSON beside the module: run it without arguments and expect exit code 0. */
export const DEFAULT_CONFIG: TestConfig = {
  format: 'legacy',
  operations: [
    { type: 'run', args: [], env: {}, root: null },
    { type: 'wait', exit_code: 0 }
  ],
  proposals: [],
  world: 'wasi:cli/command',
  servers: [],
  dirs: []
}

const LEGACY_KEYS = new Set(['args', 'root', 'env', 'exit_code', 'stderr', 'stdout'])
const OPERATION_KEYS = new Set(['operations', 'proposals', 'world', 'servers'])
const HTTP_METHODS = new Set(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'])
const SERVER_NAME = /^[A-Za-z0-9_]+$/

export interface ParsedSpec {
  config?: TestConfig
  /** Why the spec cannot be used; the official runner refuses the same files. */
  problems: string[]
  /** Fields the runner warns about and ignores. */
  warnings: string[]
}

/** Thrown inside the parser; collected into `problems`. */
class SpecError extends Error {}

const fail = (message: string): never => {
  throw new SpecError(message)
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function stringArray(value: unknown, what: string): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
    fail(`${what} must be an array of strings`)
  return value as string[]
}

function stringMap(value: unknown, what: string): Record<string, string> {
  if (!isObject(value) || !Object.values(value).every((item) => typeof item === 'string'))
    fail(`${what} must be an object of strings`)
  return value as Record<string, string>
}

function string(value: unknown, what: string): string {
  if (typeof value !== 'string') fail(`${what} must be a string`)
  return value as string
}

function integer(value: unknown, what: string): number {
  if (!Number.isInteger(value)) fail(`${what} must be an integer`)
  return value as number
}

/**
 * The exit code a wait expects: what a process can end with, as Python's
 * subprocess reports it (0 to 255, or minus the number of the signal that
 * killed it). Any other number could never be met.
 */
function exitCode(value: unknown, what: string): number {
  const code = integer(value, what)
  if (code < -64 || code > 255)
    fail(`${what} is ${code}; accepted: 0 to 255, or -1 to -64 for a process killed by that signal`)
  return code
}

/** A NUL ends a string in every process's argv and environment: such a value cannot be passed on. */
function noNul(value: string, what: string): string {
  if (value.includes('\0'))
    fail(`${what} holds a NUL character (${JSON.stringify(value)}), which no process can be given`)
  return value
}

/** The environment of a run: names without `=` or NUL (no process could be given them), values without NUL. */
function environment(value: unknown, what: string): Record<string, string> {
  const env = stringMap(value, what)
  for (const [name, text] of Object.entries(env)) {
    if (name === '' || name.includes('=') || name.includes('\0'))
      fail(
        `${what} has the name ${JSON.stringify(name)}; a variable's name is not empty and holds no "=" or NUL`
      )
    noNul(text, `${what} "${name}"`)
  }
  return env
}

/** `root` as the runner reads it: a non-empty string, or nothing. */
function root(value: unknown, what: string): string | null {
  if (value === undefined || value === null || value === '') return null
  return string(value, what)
}

function parseRun(op: Record<string, unknown>, what: string): RunOperation {
  return {
    type: 'run',
    args:
      op.args === undefined
        ? []
        : stringArray(op.args, `${what} "args"`).map((arg, i) => noNul(arg, `${what} "args" entry ${i + 1}`)),
    env: op.env === undefined ? {} : environment(op.env, `${what} "env"`),
    root: root(op.root, `${what} "root"`)
  }
}

function parseResponse(value: unknown, what: string): ExpectedResponse {
  const config = value === undefined ? {} : value
  if (!isObject(config)) fail(`${what} must be an object`)
  const c = config as Record<string, unknown>
  return {
    status: c.status === undefined ? 200 : integer(c.status, `${what} "status"`),
    headers: c.headers === undefined ? {} : stringMap(c.headers, `${what} "headers"`),
    body: c.body === undefined ? '' : string(c.body, `${what} "body"`)
  }
}

function parseOperation(op: unknown, index: number): Operation {
  const what = `operation ${index + 1}`
  if (!isObject(op)) fail(`${what} must be an object`)
  const o = op as Record<string, unknown>
  const payload = () => (o.payload === undefined ? '' : string(o.payload, `${what} "payload"`))
  switch (o.type) {
    case 'run':
      return parseRun(o, `${what} (run)`)
    case 'wait':
      return {
        type: 'wait',
        exit_code: o.exit_code === undefined ? 0 : exitCode(o.exit_code, `${what} "exit_code"`)
      }
    case 'read':
      return {
        type: 'read',
        id: o.id === undefined ? 'stdout' : string(o.id, `${what} "id"`),
        payload: payload()
      }
    case 'write':
      return {
        type: 'write',
        id: o.id === undefined ? 'write' : string(o.id, `${what} "id"`),
        payload: payload()
      }
    case 'connect': {
      const protocol = o.protocol_type === undefined ? 'tcp' : o.protocol_type
      if (protocol !== 'tcp' && protocol !== 'udp' && protocol !== 'http')
        fail(`${what} "protocol_type" must be tcp, udp or http`)
      return {
        type: 'connect',
        id: o.id === undefined ? 'server' : string(o.id, `${what} "id"`),
        protocol_type: protocol as ConnectOperation['protocol_type']
      }
    }
    case 'send':
    case 'recv':
      if (o.id === undefined) fail(`${what} (${o.type}) needs an "id"`)
      return { type: o.type, id: string(o.id, `${what} "id"`), payload: payload() }
    case 'request':
      return {
        type: 'request',
        method: o.method === undefined ? 'GET' : string(o.method, `${what} "method"`),
        path: o.path === undefined ? '/' : string(o.path, `${what} "path"`),
        headers: o.headers === undefined ? {} : stringMap(o.headers, `${what} "headers"`),
        body: o.body === undefined ? '' : string(o.body, `${what} "body"`),
        response: parseResponse(o.response, `${what} "response"`)
      }
    case 'kill': {
      const signal = o.signal === undefined ? 'SIGTERM' : string(o.signal, `${what} "signal"`)
      if (!isKnownSignal(signal)) fail(`${what}: unknown signal ${signal}`)
      return { type: 'kill', signal }
    }
    default:
      return fail(`${what} has type ${JSON.stringify(o.type)}; accepted: ${OPERATION_TYPES.join(', ')}`)
  }
}

/**
 * The signal names a `kill` may give: Python's `signal.Signals` on this host,
 * which is Node's list and, on Linux, three names more.
 */
const PYTHON_ONLY_SIGNALS: Record<string, number> =
  process.platform === 'linux' ? { SIGCLD: constants.signals.SIGCHLD, SIGRTMIN: 34, SIGRTMAX: 64 } : {}

/** What to send for a signal name of a spec: Node's name, or the number where Node has no name. */
export function signalToSend(name: string): NodeJS.Signals | number {
  return Object.hasOwn(constants.signals, name) ? (name as NodeJS.Signals) : PYTHON_ONLY_SIGNALS[name]
}

function isKnownSignal(name: string): boolean {
  return Object.hasOwn(constants.signals, name) || Object.hasOwn(PYTHON_ONLY_SIGNALS, name)
}

function parseEndpointResponse(value: unknown, what: string): EndpointResponse {
  // A plain string is shorthand for { status: 200, body: value }.
  if (typeof value === 'string') return { status: 200, headers: {}, body: value, chunks: null, trailers: {} }
  if (!isObject(value)) fail(`${what} must be a string or an object`)
  const base = parseResponse(value, what)
  const v = value as Record<string, unknown>
  const chunks =
    v.chunks === undefined || v.chunks === null ? null : stringArray(v.chunks, `${what} "chunks"`)
  if (chunks && v.body !== undefined) fail(`${what} takes "body" or "chunks", not both`)
  const trailers = v.trailers === undefined ? {} : stringMap(v.trailers, `${what} "trailers"`)
  if (Object.keys(trailers).length > 0 && !chunks) fail(`${what}: "trailers" need "chunks"`)
  return { ...base, chunks, trailers }
}

function parseEndpoint(value: unknown, what: string): Endpoint {
  if (!isObject(value)) fail(`${what} must be an object`)
  const v = value as Record<string, unknown>
  const method = v.method === undefined ? 'GET' : string(v.method, `${what} "method"`).toUpperCase()
  if (!HTTP_METHODS.has(method)) fail(`${what}: unknown method ${method}`)
  const path = v.path === undefined ? '/' : string(v.path, `${what} "path"`)
  const mode = v.mode === undefined ? 'static' : string(v.mode, `${what} "mode"`)
  if (mode !== 'static' && mode !== 'echo-body' && mode !== 'echo-headers')
    fail(`${what}: unknown mode ${mode} (accepted: static, echo-body, echo-headers)`)
  if (mode !== 'static') {
    if (v.response !== undefined) fail(`${what}: an endpoint in '${mode}' mode takes no "response"`)
    return { method, path, mode: mode as Endpoint['mode'], response: null }
  }
  return {
    method,
    path,
    mode: 'static',
    response: parseEndpointResponse(v.response === undefined ? '' : v.response, `${what} "response"`)
  }
}

function parseServers(value: unknown): ServerSpec[] {
  if (!Array.isArray(value)) fail('"servers" must be an array')
  const servers = (value as unknown[]).map((server, i): ServerSpec => {
    const what = `server ${i + 1}`
    if (!isObject(server)) fail(`${what} must be an object`)
    const s = server as Record<string, unknown>
    if (typeof s.name !== 'string' || !SERVER_NAME.test(s.name))
      fail(`${what} needs a "name" of letters, digits or _`)
    const kind = s.kind === undefined ? 'listening' : s.kind
    if (kind !== 'listening' && kind !== 'closed') fail(`${what}: unknown kind ${String(kind)}`)
    if (kind === 'closed') {
      if (s.endpoints !== undefined) fail(`${what}: a server of kind 'closed' takes no "endpoints"`)
      return { name: s.name as string, kind, endpoints: [] }
    }
    const endpoints = s.endpoints === undefined ? [] : s.endpoints
    if (!Array.isArray(endpoints)) fail(`${what} "endpoints" must be an array`)
    return {
      name: s.name as string,
      kind: 'listening',
      endpoints: (endpoints as unknown[]).map((ep, j) => parseEndpoint(ep, `${what} endpoint ${j + 1}`))
    }
  })
  const names = servers.map((server) => server.name.toUpperCase())
  const duplicates = [...new Set(names.filter((name, i) => names.indexOf(name) !== i))]
  if (duplicates.length > 0) fail(`duplicate server names: ${duplicates.join(', ')}`)
  return servers
}

/**
 * The runner's TestCaseValidator: every run is followed by a wait; reads,
 * writes and network operations happen while a module runs; connection ids are
 * unique and defined before use; only TCP connections are made.
 */
function validate(operations: Operation[]): void {
  let running = false
  const streams = new Map<string, 'readable' | 'writable' | 'socket'>()
  const need = (kind: 'readable' | 'writable' | 'socket', id: string, op: Operation, index: number) => {
    const found = streams.get(id)
    if (!found) fail(`operation ${index + 1} (${op.type}) uses ${JSON.stringify(id)}, which is not open`)
    if (found !== kind)
      fail(
        `operation ${index + 1} (${op.type}) needs a ${kind} stream, but ${JSON.stringify(id)} is ${found}`
      )
  }
  operations.forEach((op, index) => {
    if (op.type === 'run') {
      if (running)
        fail(`operation ${index + 1} (run) starts a module while one still runs: wait for it first`)
      running = true
      streams.set('stdin', 'writable').set('stdout', 'readable').set('stderr', 'readable')
      return
    }
    if (!running) fail(`operation ${index + 1} (${op.type}) comes before any run`)
    switch (op.type) {
      case 'wait':
        running = false
        streams.clear()
        break
      case 'read':
        need('readable', op.id, op, index)
        break
      case 'write':
        need('writable', op.id, op, index)
        break
      case 'connect':
        if (op.protocol_type !== 'tcp')
          fail(`operation ${index + 1} (connect): ${op.protocol_type} is not supported`)
        if (streams.has(op.id))
          fail(`operation ${index + 1} (connect): ${JSON.stringify(op.id)} is already open`)
        streams.set(op.id, 'socket')
        break
      case 'send':
      case 'recv':
        need('socket', op.id, op, index)
        break
    }
  })
  if (running) fail('the last run is never waited for: end with a wait operation')
}

/** Reads a spec's JSON text; `problems` say why it cannot be used. */
export function parseTestSpec(text: string): ParsedSpec {
  const warnings: string[] = []
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return {
      problems: [`not valid JSON: ${error instanceof Error ? error.message : String(error)}`],
      warnings
    }
  }
  if (!isObject(json)) return { problems: ['not a JSON object'], warnings }
  try {
    const keys = Object.keys(json)
    const operationStyle = json.operations != null || json.proposals != null || json.servers != null
    if (keys.some((key) => OPERATION_KEYS.has(key)) && keys.some((key) => LEGACY_KEYS.has(key)))
      fail(`it mixes the legacy fields (${[...LEGACY_KEYS].join(', ')}) with operations`)
    const known = operationStyle ? OPERATION_KEYS : new Set([...LEGACY_KEYS, 'dirs'])
    for (const key of keys)
      if (!known.has(key)) warnings.push(`unknown field ${JSON.stringify(key)}, ignored`)
    const config = operationStyle ? operationConfig(json) : legacyConfig(json)
    validate(config.operations)
    return { config, problems: [], warnings }
  } catch (error) {
    if (error instanceof SpecError) return { problems: [error.message], warnings }
    throw error
  }
}

function operationConfig(json: Record<string, unknown>): TestConfig {
  const operations =
    json.operations == null
      ? []
      : Array.isArray(json.operations)
        ? json.operations.map(parseOperation)
        : fail('"operations" must be an array')
  const proposals = json.proposals == null ? [] : stringArray(json.proposals, '"proposals"')
  const unknown = proposals.filter((p) => !(PROPOSALS as readonly string[]).includes(p))
  if (unknown.length > 0) fail(`unknown proposal ${unknown.join(', ')} (accepted: ${PROPOSALS.join(', ')})`)
  const world = json.world === undefined ? 'wasi:cli/command' : json.world
  if (!(WORLDS as readonly unknown[]).includes(world))
    fail(`unknown world ${JSON.stringify(world)} (accepted: ${WORLDS.join(', ')})`)
  return {
    format: 'operations',
    operations: operations as Operation[],
    proposals: proposals as Proposal[],
    world: world as WasiWorld,
    servers: json.servers == null ? [] : parseServers(json.servers),
    dirs: []
  }
}

/** The legacy format as the runner converts it: run, read stdout, read stderr, wait. */
function legacyConfig(json: Record<string, unknown>): TestConfig {
  const operations: Operation[] = [parseRun(json, 'the spec')]
  for (const id of ['stdout', 'stderr'] as const) {
    if (json[id] != null) operations.push({ type: 'read', id, payload: string(json[id], `"${id}"`) })
  }
  operations.push({
    type: 'wait',
    // The runner's dict.get("exit_code", 0): only a missing key means 0.
    exit_code: json.exit_code === undefined ? 0 : exitCode(json.exit_code, '"exit_code"')
  })
  return {
    format: 'legacy',
    operations,
    proposals: [],
    world: 'wasi:cli/command',
    servers: [],
    dirs: json.dirs === undefined ? [] : stringArray(json.dirs, '"dirs"')
  }
}
