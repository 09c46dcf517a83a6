// The result file, schema `wasi-probe/result@1` (schema/result.schema.json):
// one JSON document per probe run, the plain data every publisher reads.
import type { InstallRecord } from '../install/install.js'
import type { Probe } from '../probes/catalog.js'
import type { WasiVersion } from '../probes/suites/manifest.js'
import type { Operation } from '../probes/suites/spec.js'
import type { ProbeStatus } from '../run/classify.js'
import type { FailedCheck } from '../run/test-case.js'

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

/** What a wasi-testsuite test expects: its wait's exit code, and every operation of its spec. */
export interface TestExpectation {
  exitCode: number
  operations: Operation[]
  /** Directories an older suite preopens under their own names. */
  dirs?: string[]
}

export interface ProbeOutcome {
  id: string
  category: Probe['category']
  /** For the user's modules run as a suite: the suite's name (from its manifest). */
  suite?: string
  /** For the user's modules: the test's name (the file name without .wasm). */
  test?: string
  status: ProbeStatus
  reason?: string
  /** For the user's modules that did not pass: which check failed. */
  failedCheck?: FailedCheck
  exitCode: number | null
  signal: string | null
  expected: Probe['expect'] | TestExpectation
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

/** A suite of the user's modules, as its manifest names it. */
export interface SuiteRecord {
  name: string
  wasiVersion: WasiVersion
  path: string
  tests: number
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
  /** The suites of the user's modules, when any ran. */
  suites?: SuiteRecord[]
  /** The expectation files applied, when any. */
  expectations?: { path: string; runtime: string | null }[]
  failOn: FailOnVerdict
  /** Set when the run could not take place at all (bad inputs, an internal error). */
  error?: string
}
