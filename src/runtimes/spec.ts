// What the engine knows about a runtime, as data plus a few small functions.
// Adding a runtime means adding one file that exports one of these.
import semver from 'semver'
import type { ReleaseSpec } from './release.js'
import type { Proposal, WasiVersion, WasiWorld } from '../result/index.js'
import { WASI_VERSION_NAMES } from '../result/index.js'

/** One run of a module: what the guest should see. */
export interface Invocation {
  /** Path of the .wasm file on the host. */
  module: string
  args: string[]
  env: Record<string, string>
  /** Host directories to preopen, each under a guest path. */
  dirs: { host: string; guest: string }[]
  /** Give the guest the whole environment of the runtime's process, where the runtime can (a runner for later steps). */
  inheritEnv?: boolean
  /** For wasi-testsuite tests: the WASI version, world and proposals the test needs (default: preview1 command). */
  wasiVersion?: WasiVersion
  world?: WasiWorld
  proposals?: readonly Proposal[]
}

/**
 * What of the wasi-testsuite a runtime runs, as its official adapter declares
 * it (get_wasi_versions, get_wasi_worlds); a test needing anything else is
 * `unsupported` there.
 */
export interface TestSupport {
  wasiVersions: readonly WasiVersion[]
  worlds: readonly WasiWorld[]
  proposals: readonly Proposal[]
  /** The adapter's own timeout for a test (get_timeout_seconds); absent: the runner's default. */
  timeoutSeconds?: number
}

/** What every runtime without an official adapter saying otherwise runs: preview1 command modules. */
export const PREVIEW1_COMMANDS: TestSupport = {
  wasiVersions: ['wasm32-wasip1'],
  worlds: ['wasi:cli/command'],
  proposals: []
}

/** The official runner's timeout for a test when the adapter sets none (runtime_adapter.py). */
export const RUNNER_TIMEOUT_SECONDS = 5

/** What a finished process looked like, as far as a verdict needs. */
export interface ObservedRun {
  exitCode: number | null
  signal: string | null
  stdout: string
  stderr: string
}

/**
 * What a runtime cannot pass to a guest, each with the reason. A probe that
 * needs one of these is `unsupported` on that runtime, never `fail`.
 */
export interface RuntimeLimits {
  args?: string
  env?: string
  dirs?: string
  /** Why a module's stdin cannot be given text, when it cannot. */
  stdin?: string
  /** Why it cannot run components (WASI 0.2 or 0.3), when it runs none. */
  components?: string
  /** Why it cannot run a WASI version it does not run, where that says more than `components`. */
  wasiVersions?: Partial<Record<WasiVersion, string>>
  /** Why it cannot preopen a directory under another name (such as `/`), when it cannot. */
  mapDirs?: string
  /** Why an exit code of 3 or more does not come out as the module gave it, when it does not. */
  exitCodes?: string
}

/** Why a runtime running what `support` and `limits` say cannot run `version`, or undefined when it can. */
export function wasiVersionProblem(
  version: WasiVersion,
  support: TestSupport,
  limits: RuntimeLimits
): string | undefined {
  if (support.wasiVersions.includes(version)) return undefined
  const general = version === 'wasm32-wasip1' ? undefined : limits.components
  return limits.wasiVersions?.[version] ?? general ?? `does not run ${WASI_VERSION_NAMES[version]}`
}

/** What every runtime but wasmtime says of components. */
export const NO_COMPONENTS = 'runs WASI preview1 core modules only, not components'

/**
 * How a runtime serves as the binfmt_misc interpreter of `.wasm` files
 * (`native: register`). The kernel calls `interpreter module.wasm args...`.
 */
export interface BinfmtUse {
  /** Its place when the first runtime that passed is chosen: lower is chosen first. */
  rank: number
  /**
   * `direct`: the binary itself takes `binary module args...` as the kernel
   * gives them; `wrapper`: a script built from the runtime's argv form, that
   * preopens the current directory where the runtime can. A function gives a
   * script of its own for the binary at `path`.
   */
  interpreter: 'direct' | 'wrapper' | ((path: string) => string)
}

/** What the engine read of a runtime before running anything through it. */
export interface RuntimeFacts {
  /** As parseVersion read it; null when the runtime did not say. */
  version: string | null
  /** What `helpArgs` printed, for a runtime that asks: where a flag came at a release nobody pinned down. */
  help?: string
  os: 'linux' | 'macos' | 'windows'
  /** Where the engine wrote the runtime's helper file (CliRuntimeSpec.helper), when it has one. */
  helper?: string
}

/** The OS wasi-probe runs on, as RuntimeFacts names it. */
export const THIS_OS: RuntimeFacts['os'] =
  process.platform === 'win32' ? 'windows' : process.platform === 'darwin' ? 'macos' : 'linux'

/** The facts of a runtime whose version is not known: the newest behaviour is assumed. */
export const UNKNOWN_VERSION: RuntimeFacts = { version: null, os: THIS_OS }

/**
 * Something that holds for some versions of a runtime only (or only on one
 * OS), with where it was read. Adapters decide from these; the registry's test
 * checks that each one changes what the adapter does between `inside` and
 * `outside`.
 */
export interface VersionRange {
  /** The semver range it holds in; absent: every version (of `os`). */
  versions?: string
  /** For a change whose first release is not known: it holds while the help does not match. */
  helpLacks?: RegExp
  os?: RuntimeFacts['os']
  fact: string
  /** Where it was read: a file of the runtime's tagged sources, a pull request, release notes. */
  source: string
  inside: RuntimeFacts
  outside: RuntimeFacts
}

/** True when `range` holds for a runtime with these facts; an unknown version is taken for the newest. */
export function holds(range: VersionRange, facts: RuntimeFacts): boolean {
  if (range.os && range.os !== facts.os) return false
  if (range.helpLacks && facts.help !== undefined && range.helpLacks.test(facts.help)) return false
  if (range.helpLacks && facts.help === undefined && !range.versions) return false
  if (!range.versions) return true
  const version = facts.version === null ? null : semver.coerce(facts.version, { includePrerelease: true })
  return version !== null && semver.satisfies(version, range.versions, { includePrerelease: true })
}

/** A runtime driven through its command-line interface, one module per process. */
export interface CliRuntimeSpec {
  kind: 'cli'
  id: string
  name: string
  /** Other names the inputs accept for it (`iwasm` for wamr). */
  aliases?: readonly string[]
  /** Executable name without any Windows extension. */
  binary: string
  /** Names older releases gave the executable, looked for when `binary` is not found. */
  olderBinaries?: readonly string[]
  /** Arguments that make the binary print its version. */
  versionArgs: string[]
  /** The version from that output, or undefined when it is not recognised. */
  parseVersion(output: string): string | undefined
  /** Arguments that make it print the help its argv depends on (see VersionRange.helpLacks). */
  helpArgs?: string[]
  /** What holds at some versions only, by name: the functions below read them. */
  ranges?: Readonly<Record<string, VersionRange>>
  /**
   * A file the runtime needs beside the module (a runner program it runs the
   * module with, a configuration file): the engine writes it once into its work
   * folder and gives its path to `argv` as `facts.helper`.
   */
  helper?: { file: string; source: string }
  /** Variables the runtime itself reads for a run in `cwd`, set in its process's environment. */
  runEnv?(inv: Invocation, cwd: string): Record<string, string>
  /** Arguments after the binary that run `inv.module` with its args, env and dirs, at these facts. */
  argv(inv: Invocation, facts?: RuntimeFacts): string[]
  /** True when a run that did not end as expected ended in a Wasm trap. */
  isTrap(run: ObservedRun): boolean
  limits?: RuntimeLimits
  /** What of the wasi-testsuite it runs; default PREVIEW1_COMMANDS. */
  tests?: TestSupport
  /** What it cannot express, or runs of the suite, at these facts, where that differs from the fields above. */
  at?(facts: RuntimeFacts): { limits?: RuntimeLimits; tests?: TestSupport }
  /** Where it writes its own errors and trap messages; default stderr. */
  errorStream?: 'stdout' | 'stderr'
  /**
   * Lines the runtime itself writes to stdout (its log), which are not the
   * module's: a probe that compares stdout compares what is left without them.
   */
  ownStdoutLines?: RegExp
  /** Where its releases are and which asset fits which platform, for installing it. */
  release: ReleaseSpec
  binfmt: BinfmtUse
}

/** Node's own node:wasi, run in a child `node` process. */
export interface NodeRuntimeSpec {
  kind: 'node'
  id: 'node'
  name: string
  binary: 'node'
  versionArgs: string[]
  parseVersion(output: string): string | undefined
  limits: RuntimeLimits
  aliases?: readonly string[]
  binfmt: BinfmtUse
}

/** The kernel itself, executing a .wasm file directly (binfmt_misc on Linux). */
export interface NativeRuntimeSpec {
  kind: 'native'
  id: 'native'
  name: string
  limits: RuntimeLimits
}

/**
 * jco: a package for Node, found by its command on PATH (the package it belongs
 * to) or installed with npm, that turns a component into JavaScript; the
 * components run on the Node running wasi-probe.
 */
export interface JcoRuntimeSpec {
  kind: 'jco'
  id: 'jco'
  name: string
  /** The command the package puts on PATH, and the package that holds it. */
  binary: string
  package: string
  /** The other packages an install pins beside it (in the manifest's npm entry). */
  installs: readonly string[]
  /** Its version, from its package.json. */
  parseVersion(packageJson: string): string | undefined
  limits: RuntimeLimits
  tests: TestSupport
  /** Why it is neither found nor installed on an OS, where it is not (`unavailable` there). */
  notOn?: Partial<Record<RuntimeFacts['os'], string>>
}

export type RuntimeSpec = CliRuntimeSpec | NodeRuntimeSpec | NativeRuntimeSpec | JcoRuntimeSpec

/** First capture group of `pattern` in `output`, trimmed. */
export function firstMatch(output: string, pattern: RegExp): string | undefined {
  return pattern.exec(output)?.[1]?.trim() || undefined
}

const SIGNALS_OF_A_TRAP = new Set(['SIGABRT', 'SIGILL', 'SIGTRAP', 'SIGSEGV', 'SIGBUS'])
const TRAP_WORDS = /\b(wasm trap|trap|unreachable|RuntimeError)\b/i

/**
 * The common shape of a trap: the process died by an abort-like signal, or it
 * says so. `exitCodes` lists codes a runtime reserves for traps (134 = 128 + SIGABRT).
 */
export function looksLikeTrap(run: ObservedRun, exitCodes: number[] = []): boolean {
  if (run.signal !== null && SIGNALS_OF_A_TRAP.has(run.signal)) return true
  if (run.exitCode !== null && exitCodes.includes(run.exitCode)) return true
  if (run.exitCode === 0) return false
  return TRAP_WORDS.test(run.stderr) || TRAP_WORDS.test(run.stdout)
}

/** `K=V` strings, in the order the spec gives them (the official runner passes them in that order too). */
export function envPairs(env: Record<string, string>): string[] {
  return Object.entries(env).map(([key, value]) => `${key}=${value}`)
}

/**
 * The arguments after the binary that run `module` with `args`, the current
 * directory preopened (as `.`) and the environment passed on, where the
 * runtime can: how a user runs a WASI program from a shell, and how the
 * binfmt_misc wrapper and the runners run one.
 */
export function argvWithCwd(
  spec: CliRuntimeSpec,
  module: string,
  args: string[],
  facts: RuntimeFacts = UNKNOWN_VERSION
): string[] {
  const { limits } = atFacts(spec, facts)
  const dirs = limits.dirs ? [] : [{ host: '.', guest: '.' }]
  return spec.argv({ module, args, env: {}, dirs, inheritEnv: true }, facts)
}

/** What a runtime cannot express, and what of the suite it runs, at these facts. */
export function atFacts(
  spec: CliRuntimeSpec,
  facts: RuntimeFacts
): { limits: RuntimeLimits; tests: TestSupport } {
  const changed = spec.at?.(facts) ?? {}
  return {
    limits: { ...spec.limits, ...changed.limits },
    tests: changed.tests ?? spec.tests ?? PREVIEW1_COMMANDS
  }
}
