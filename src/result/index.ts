// The result file, schema `wasi-probe/result@1` (schema/result.schema.json):
// one JSON document per probe run, the plain data every stage produces and
// every publisher reads. It imports nothing of ours; a test keeps its lists
// of values equal to the schema's.
import type { Operation, WasiVersion } from './operations.js'

export * from './operations.js'

export const RESULT_SCHEMA = 'wasi-probe/result@1'

/** How much of a module's stdout and stderr the result file keeps. */
export const EXCERPT_CHARS = 2000

/**
 * `unavailable`: no build of the runtime exists for this platform (an install
 * that cannot happen, not an error).
 */
export const RUNTIME_STATUSES = ['pass', 'fail', 'error', 'missing', 'unsupported', 'unavailable'] as const
export type RuntimeStatus = (typeof RUNTIME_STATUSES)[number]

/**
 * How one module run ended. `recorded`: the probe only records what the
 * runtime does (exit codes that legitimately differ). `skip`, `xfail` and
 * `xpass` are the official wasi-testsuite runner's outcomes for tests an
 * expectation file names.
 */
export const PROBE_STATUSES = [
  'pass',
  'fail',
  'trap',
  'timeout',
  'unsupported',
  'error',
  'recorded',
  'skip',
  'xfail',
  'xpass'
] as const
export type ProbeStatus = (typeof PROBE_STATUSES)[number]

/**
 * basic: does it run WASI at all; wasi: preview1 calls; proposal: Wasm
 * features; component: WASI 0.2 components; component-0.3: WASI 0.3
 * components; custom: the user's own modules.
 */
export const PROBE_CATEGORIES = ['basic', 'wasi', 'proposal', 'component', 'component-0.3', 'custom'] as const
export type ProbeCategory = (typeof PROBE_CATEGORIES)[number]

/** The stages of installing a runtime, where an install can fail. */
export const INSTALL_STAGES = ['resolve', 'download', 'verify', 'extract'] as const
export type InstallStage = (typeof INSTALL_STAGES)[number]

/** The stage at which a runtime failed: installing it, or running the modules. */
export const FAILED_STAGES = [...INSTALL_STAGES, 'run'] as const
export type FailedStage = (typeof FAILED_STAGES)[number]

/**
 * Where a runtime came from: found on PATH, in the runner's tool cache,
 * installed by this run, restored from the Actions cache, the Node.js running
 * wasi-probe itself, or the kernel.
 */
export const RUNTIME_SOURCES = ['path', 'tool-cache', 'installed', 'cache', 'self', 'kernel'] as const
export type RuntimeSource = (typeof RUNTIME_SOURCES)[number]

/** The sources whose folders are wasi-probe's (the tool cache): installed, found there, or restored into it. */
export const TOOL_CACHE_SOURCES: readonly RuntimeSource[] = ['installed', 'tool-cache', 'cache']

/** Which check one of the user's tests failed first. */
export const FAILED_CHECKS = [
  'start',
  'exit-code',
  'trap',
  'timeout',
  'stdout',
  'stderr',
  'connect',
  'send',
  'recv',
  'request',
  'kill'
] as const
export type FailedCheck = (typeof FAILED_CHECKS)[number]

/** How an installed asset was verified. */
export const VERIFIED_BY = ['manifest', 'checksum-file', 'api-digest', 'unverified'] as const

/** What the result file records of an install. */
export interface InstallRecord {
  requested: string
  version: string | null
  asset?: string
  url?: string
  sha256?: string
  verifiedBy?: (typeof VERIFIED_BY)[number]
}

/** What an embedded probe expects of a run. */
export interface ProbeExpectation {
  /** The exit code; `nonzero` when the run must fail (a trap must never look like success). */
  exitCode: number | 'nonzero'
  /** Exact stdout, when the probe checks it. */
  stdout?: string
  /** A line stderr must contain, when the probe checks it. */
  stderrIncludes?: string
  /** Exact stderr, when the probe checks it. */
  stderr?: string
  /** Files the directory must hold afterwards: relative path → exact content. */
  files?: Record<string, string>
  /** The outcome is recorded (`recorded`), not judged: what runtimes do here differs legitimately. */
  recordOnly?: boolean
}

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
  category: ProbeCategory
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
  expected: ProbeExpectation | TestExpectation
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

/** What a .wasm file is: a core module, or a component of the component model. */
export const MODULE_KINDS = ['core', 'component'] as const
export type ModuleKind = (typeof MODULE_KINDS)[number]

/** The WASI a module imports: preview1 (core modules), 0.2 or 0.3 (components), or none. */
export const WASI_LEVELS = ['preview1', '0.2', '0.3', 'none'] as const
export type WasiLevel = (typeof WASI_LEVELS)[number]

/** What one of the user's modules is, read from its bytes before it runs. */
export interface ModuleClassification {
  kind: ModuleKind
  wasi: WasiLevel
  /**
   * What a run starts: `_start` (or `_initialize`) of a core module, the
   * `wasi:cli/run` instance a component exports (the highest WASI level's);
   * null when it exports none.
   */
  run: string | null
  /** The wasi:http handler a component exports, which makes it a service. */
  serves?: string
  /** A core module's WASI import modules (wasi_snapshot_preview1, wasi_unstable), or a component's imported WASI interfaces. */
  imports: string[]
}

/** One of the user's modules, as the result file records it. */
export interface ModuleRecord extends ModuleClassification {
  /** The id its tests' outcomes carry. */
  id: string
  path: string
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
  /**
   * Runtime id → the POSIX shell command that runs a WASI preview1 module
   * through it (`$RUNNER tool.wasm args`), the current directory preopened as
   * `.`, for each runtime that passed; written by the action and the CLI on POSIX.
   */
  runners?: Record<string, string>
  /** The suites of the user's modules, when any ran. */
  suites?: SuiteRecord[]
  /** What each of the user's modules is, when any ran. */
  modules?: ModuleRecord[]
  /** The expectation files applied, when any. */
  expectations?: { path: string; runtime: string | null }[]
  failOn: FailOnVerdict
  /** Set when the run could not take place at all (bad inputs, an internal error). */
  error?: string
}
