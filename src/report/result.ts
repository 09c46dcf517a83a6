// The result file, schema `wasi-probe/result@1` (schema/result.schema.json):
// one JSON document per probe run, the plain data every publisher reads.
import type { InstallRecord } from '../install/install.js'
import type { Probe } from '../probes/catalog.js'
import type { ProbeStatus } from '../run/classify.js'

export const RESULT_SCHEMA = 'wasi-probe/result@1'

/** How much of a module's stdout and stderr the result file keeps. */
export const EXCERPT_CHARS = 2000

/**
 * `unavailable`: no build of the runtime exists for this platform (an install
 * that cannot happen, not an error).
 */
export type RuntimeStatus = 'pass' | 'fail' | 'error' | 'missing' | 'unsupported' | 'unavailable'

/** The stage at which a runtime failed: installing it, or running the modules. */
export type FailedStage = 'resolve' | 'download' | 'verify' | 'extract' | 'run'

/**
 * Where a runtime came from: found on PATH, in the runner's tool cache,
 * installed by this run, restored from the Actions cache, the Node.js running
 * wasi-probe itself, or the kernel.
 */
export type RuntimeSource = 'path' | 'tool-cache' | 'installed' | 'cache' | 'self' | 'kernel'

export interface Host {
  os: string
  arch: string
  libc: 'glibc' | 'musl' | null
  label: string
  runner: string | null
}

export interface ProbeOutcome {
  id: string
  category: Probe['category']
  /** For the user's modules run as a suite: the suite's name. */
  suite?: string
  status: ProbeStatus
  reason?: string
  exitCode: number | null
  signal: string | null
  expected: Probe['expect']
  stdout: string
  stderr: string
  stdoutBytes: number
  stderrBytes: number
  durationMs: number
}

export interface RuntimeOutcome {
  id: string
  name: string
  version: string | null
  path: string | null
  source: RuntimeSource | null
  /** Shared libraries the binary needs, put on the loader's path for its runs. */
  libDir?: string
  status: RuntimeStatus
  reason?: string
  failedStage?: FailedStage
  /** How it was installed, when `install: true` had to act. */
  install?: InstallRecord
  probes: ProbeOutcome[]
  durationMs: number
}

export interface NativeHandler {
  name: string
  interpreter: string
  flags: string
}

export interface NativeOutcome {
  status: RuntimeStatus
  /** The interpreter of the entry that runs .wasm files, when one was found. */
  handler: string | null
  flags: string | null
  /** Every enabled binfmt_misc entry for .wasm (the kernel uses one of them). */
  entries: NativeHandler[]
  /** The directory the modules were executed from. */
  dir: string | null
  reason?: string
  /** The entry this run registered (`native: register`), which its post step removes. */
  registered?: { entry: string; interpreter: string; runtime: string }
}

export interface FailOnVerdict {
  rule: string
  ok: boolean
  message: string
}

export interface ProbeResult {
  schema: typeof RESULT_SCHEMA
  tool: { name: 'wasi-probe'; version: string }
  host: Host
  startedAt: string
  durationMs: number
  native: NativeOutcome
  runtimes: RuntimeOutcome[]
  /** Ids of the runtimes that passed every probe, `native` included. */
  supported: string[]
  failOn: FailOnVerdict
  /** Set when the run could not take place at all (bad inputs, an internal error). */
  error?: string
}
