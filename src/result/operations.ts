// The operations of a wasi-testsuite test, as its spec gives them and the
// result file records them: plain data, the WASI versions, worlds and
// proposals included. The official runner's names are kept (`exit_code`,
// `protocol_type`), so a spec's JSON and its record read alike.

export const WASI_VERSIONS = ['wasm32-wasip1', 'wasm32-wasip2', 'wasm32-wasip3'] as const
export type WasiVersion = (typeof WASI_VERSIONS)[number]

export const WASI_VERSION_NAMES: Record<WasiVersion, string> = {
  'wasm32-wasip1': 'WASI preview1 core modules',
  'wasm32-wasip2': 'WASI 0.2 components',
  'wasm32-wasip3': 'WASI 0.3 components'
}

export const WORLDS = ['wasi:cli/command', 'wasi:http/service'] as const
export type WasiWorld = (typeof WORLDS)[number]

export const PROPOSALS = ['http', 'sockets'] as const
export type Proposal = (typeof PROPOSALS)[number]

export const OPERATION_TYPES = [
  'run',
  'wait',
  'read',
  'write',
  'connect',
  'send',
  'recv',
  'request',
  'kill'
] as const

export interface RunOperation {
  type: 'run'
  args: string[]
  env: Record<string, string>
  /** A directory relative to the test's folder, preopened as the guest's `/`; null for none. */
  root: string | null
}
export interface WaitOperation {
  type: 'wait'
  exit_code: number
}
/** Compares the next `payload.length` characters of stdout or stderr with `payload`. */
export interface ReadOperation {
  type: 'read'
  id: string
  payload: string
}
/** Writes `payload` to the module's stdin. */
export interface WriteOperation {
  type: 'write'
  id: string
  payload: string
}
/** Connects to the address the module prints on stdout (`host:port`). */
export interface ConnectOperation {
  type: 'connect'
  id: string
  protocol_type: 'tcp' | 'udp' | 'http'
}
export interface SendOperation {
  type: 'send'
  id: string
  payload: string
}
export interface RecvOperation {
  type: 'recv'
  id: string
  payload: string
}
export interface ExpectedResponse {
  status: number
  headers: Record<string, string>
  body: string
}
/** An HTTP request to the server the module serves (its URL from the first stderr line). */
export interface RequestOperation {
  type: 'request'
  method: string
  path: string
  headers: Record<string, string>
  body: string
  response: ExpectedResponse
}
export interface KillOperation {
  type: 'kill'
  /** As the spec names it (Python's signal names). */
  signal: string
}

export type Operation =
  | RunOperation
  | WaitOperation
  | ReadOperation
  | WriteOperation
  | ConnectOperation
  | SendOperation
  | RecvOperation
  | RequestOperation
  | KillOperation

export type OperationType = (typeof OPERATION_TYPES)[number]
