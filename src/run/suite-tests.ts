// The user's modules (wasi-testsuite tests) on one runtime: which of them it
// can run at all, each run on fresh copies of its directories and in a scratch
// working directory of its own, many at once within the shared pool; the
// verdict by the official runner's rules and the user's expectation files.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { expectationFor, type Expectation, type ExpectationFile } from '../probes/suites/expectations.js'
import { wasiVersionOf } from '../probes/module-kind.js'
import type { SuiteTest } from '../probes/suites/load.js'
import { firstErrorWords, type Stream } from '../result/error-words.js'
import type { ProbeOutcome, RunOperation } from '../result/index.js'
import {
  type Invocation,
  type ObservedRun,
  PREVIEW1_COMMANDS,
  RUNNER_TIMEOUT_SECONDS,
  type RuntimeLimits,
  type TestSupport,
  wasiVersionProblem
} from '../runtimes/spec.js'
import { copyTree, removeCleanupFiles } from './copy-tree.js'
import type { WriteWatch } from './disk-watch.js'
import { testNotRun, testOutcome, type TestVerdict } from './outcome.js'
import type { Pool } from './pool.js'
import { runTestCase, type TestRun } from './test-case.js'
import type { TestProcess } from './test-process.js'

export interface TestContext {
  pool: Pool
  workDir: string
  env: NodeJS.ProcessEnv
  /** The `timeout` input, when the user gave one: it replaces the runner's limit per test. */
  timeoutMs?: number
  expectations: readonly ExpectationFile[]
}

/** What a runtime brings to its tests. */
export interface TestRuntime {
  id: string
  support?: TestSupport
  limits?: RuntimeLimits
  isTrap: (run: ObservedRun) => boolean
  errorStream?: 'stdout' | 'stderr'
}

/** Why `test` cannot run on `runtime` at all, or undefined when it can. */
export function unsupportedTestReason(test: SuiteTest, runtime: TestRuntime): string | undefined {
  const support = runtime.support ?? PREVIEW1_COMMANDS
  const { config } = test
  const limits = runtime.limits ?? {}
  const version = wasiVersionProblem(test.wasiVersion, support, limits)
  if (version) return version
  // A module that is not what its suite says (loadTests warned of it) needs what it is, too.
  const own = wasiVersionProblem(wasiVersionOf(test.classification), support, limits)
  if (own) return own
  if (!support.worlds.includes(config.world)) return `needs the ${config.world} world`
  const missing = config.proposals.filter((proposal) => !support.proposals.includes(proposal))
  if (missing.length > 0) return `needs the ${missing.join(' and ')} proposal${missing.length > 1 ? 's' : ''}`
  const runs = config.operations.filter((op): op is RunOperation => op.type === 'run')
  if (limits.args && runs.some((run) => run.args.length > 0)) return limits.args
  if (limits.env && (runs.some((run) => Object.keys(run.env).length > 0) || config.servers.length > 0))
    return limits.env
  const preopens = runs.some((run) => run.root !== null) || config.dirs.length > 0
  if (preopens && (limits.dirs || limits.mapDirs)) return limits.dirs ?? limits.mapDirs
  if (limits.stdin && config.operations.some((op) => op.type === 'write')) return limits.stdin
  return undefined
}

/** How long a read or a wait of a test may take on `runtime`. */
export function testTimeoutMs(runtime: TestRuntime, context: TestContext): number {
  return context.timeoutMs ?? (runtime.support?.timeoutSeconds ?? RUNNER_TIMEOUT_SECONDS) * 1000
}

/**
 * The outcome of a test that does not run on `runtime` (unsupported there, or
 * skipped by an expectation file); undefined when it runs.
 */
export function outcomeWithoutRun(
  test: SuiteTest,
  runtime: TestRuntime,
  context: TestContext
): ProbeOutcome | undefined {
  const unsupported = unsupportedTestReason(test, runtime)
  if (unsupported) return testNotRun(test, 'unsupported', unsupported)
  if (expectationOf(test, runtime.id, context).skip)
    return testNotRun(test, 'skip', 'skipped by an expectation file')
  return undefined
}

function expectationOf(test: SuiteTest, runtime: string, context: TestContext): Expectation {
  return test.suite === undefined
    ? { skip: false, expectedFail: false }
    : expectationFor(context.expectations, runtime, test.suite, test.name)
}

/** The directories one test runs with: copies of its root and dirs, and an empty working directory. */
export class TestDirs {
  private runs = 0

  private constructor(
    private readonly test: SuiteTest,
    private readonly scratch: string,
    readonly cwd: string,
    private readonly copies: ReadonlyMap<string, string>,
    /** How long the copies took: it counts against the test's time. */
    readonly copyMs: number
  ) {}

  /**
   * Copies every folder the test's runs preopen, before any of them starts;
   * throws CopyTimeout past `deadline` (a performance.now() time).
   */
  static async prepare(test: SuiteTest, workDir: string, deadline = Infinity): Promise<TestDirs> {
    const started = performance.now()
    const scratch = mkdtempSync(join(workDir, 'test-'))
    try {
      const cwd = join(scratch, 'cwd')
      mkdirSync(cwd)
      const folders = new Set([
        ...test.config.operations.flatMap((op) => (op.type === 'run' && op.root !== null ? [op.root] : [])),
        ...test.config.dirs
      ])
      const copies = new Map<string, string>()
      for (const folder of folders) {
        const copy = join(scratch, `dir-${copies.size}`)
        await copyTree(join(test.dir, folder), copy, deadline)
        copies.set(folder, copy)
      }
      return new TestDirs(test, scratch, cwd, copies, performance.now() - started)
    } catch (error) {
      rmSync(scratch, { recursive: true, force: true })
      throw error
    }
  }

  /** What `run` preopens: its root as `/`, and the `dirs` of older suites under their own names. */
  preopensFor(run: RunOperation): Invocation['dirs'] {
    this.runs += 1
    // Before every run, the runner removes what earlier runs left as *.cleanup.
    if (this.runs > 1) for (const copy of this.copies.values()) removeCleanupFiles(copy)
    return [
      ...(run.root !== null ? [{ guest: '/', host: this.copies.get(run.root)! }] : []),
      ...this.test.config.dirs.map((dir) => ({ guest: dir, host: this.copies.get(dir)! }))
    ]
  }

  remove(): void {
    rmSync(this.scratch, { recursive: true, force: true })
  }
}

/** What `run` asks of the runtime, as an invocation of `test`'s module. */
export function invocationOf(
  test: SuiteTest,
  run: RunOperation,
  env: Record<string, string>,
  dirs: Invocation['dirs']
): Invocation {
  return {
    module: test.module,
    args: run.args,
    env: { ...run.env, ...env },
    dirs,
    wasiVersion: test.wasiVersion,
    world: test.config.world,
    proposals: test.config.proposals
  }
}

/** Starts one module run of a test, in `cwd`. */
export type Launch = (invocation: Invocation, cwd: string) => TestProcess

/** What a run of a test writes to, and so what is measured while it runs: its working directory and copies. */
export function writesOf(invocation: Invocation, cwd: string): WriteWatch {
  return { dirs: [cwd, ...invocation.dirs.map((dir) => dir.host)] }
}

/** Runs `test` through `launch` on fresh directories. */
export async function runTest(
  test: SuiteTest,
  launch: Launch,
  runtime: TestRuntime,
  context: TestContext
): Promise<TestRun> {
  const timeoutMs = testTimeoutMs(runtime, context)
  const dirs = await TestDirs.prepare(test, context.workDir, performance.now() + timeoutMs)
  try {
    return await runTestCase(
      test.config,
      async (run, env) => launch(invocationOf(test, run, env, dirs.preopensFor(run)), dirs.cwd),
      { timeoutMs, spentMs: dirs.copyMs, isTrap: runtime.isTrap }
    )
  } finally {
    dirs.remove()
  }
}

/** The first error line of what the runtime or the module wrote (firstErrorWords), in its error stream first. */
export function firstWords(
  run: TestRun,
  errorStream: Stream = 'stderr'
): { stream: Stream; words: string } | undefined {
  return firstErrorWords({ stdout: run.stdout.text, stderr: run.stderr.text }, errorStream)
}

const WORDS_WANTED = new Set(['exit-code', 'trap', 'timeout', 'connect'])

function expectsExitCodeOf3OrMore(test: SuiteTest): boolean {
  return test.config.operations.some((op) => op.type === 'wait' && op.exit_code >= 3)
}

/** The verdict on a test that ran, with the runner's outcomes for expected failures. */
export function verdictOf(
  run: TestRun,
  test: SuiteTest,
  runtime: TestRuntime,
  context: TestContext
): TestVerdict {
  const { failure } = run
  if (failure?.check === 'start') return { status: 'error', reason: failure.message, failedCheck: 'start' }
  // Where the module or the runtime gave up, its own words say why; a difference in
  // output or in what came back over the network is shown by the comparison itself.
  const said = failure && WORDS_WANTED.has(failure.check) ? firstWords(run, runtime.errorStream) : undefined
  // A platform quirk that changes the verdict is named in it (the official runner would say `fail` too).
  const quirk =
    failure?.check === 'exit-code' && runtime.limits?.exitCodes && expectsExitCodeOf3OrMore(test)
      ? `; ${runtime.limits.exitCodes}`
      : ''
  const reason = failure
    ? `${failure.message}${said ? `; ${said.stream}: ${JSON.stringify(said.words)}` : ''}${quirk}`
    : undefined
  const expectedFail = expectationOf(test, runtime.id, context).expectedFail
  if (expectedFail && failure)
    return { status: 'xfail', reason: `${reason} (expected to fail)`, failedCheck: failure.check }
  if (expectedFail)
    return {
      status: 'xpass',
      reason: 'passed, but an expectation file says it fails: the expectation is out of date'
    }
  if (failure) return { status: 'fail', reason: reason!, failedCheck: failure.check }
  return { status: 'pass' }
}

/** A test the harness could not run (its folder could not be copied, say): an error, and the others go on. */
export function harnessError(test: SuiteTest, error: unknown): ProbeOutcome {
  const message =
    typeof error === 'object' && error !== null && typeof (error as Error).message === 'string'
      ? (error as Error).message
      : String(error)
  // A system error names the path, which may be long: its start says enough.
  const clipped = message.length > 300 ? `${message.slice(0, 300)}…` : message
  return testNotRun(test, 'error', `could not run the test: ${clipped}`)
}

/** Every test on a runtime driven through a process per run (a CLI, or node in its CLI mode). */
export function runTestsThrough(
  tests: readonly SuiteTest[],
  runtime: TestRuntime,
  launch: Launch,
  context: TestContext
): Promise<ProbeOutcome[]> {
  return Promise.all(
    tests.map(
      (test) =>
        outcomeWithoutRun(test, runtime, context) ??
        context.pool.run(async () => {
          try {
            const run = await runTest(test, launch, runtime, context)
            return testOutcome(test, verdictOf(run, test, runtime, context), run)
          } catch (error) {
            return harnessError(test, error)
          }
        })
    )
  )
}
