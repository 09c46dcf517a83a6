// Builds the result file's records from observations and verdicts.
import type { Probe } from '../probes/catalog.js'
import type { SuiteTest } from '../probes/suites/load.js'
import {
  EXCERPT_CHARS,
  type FailedCheck,
  type ProbeOutcome,
  type ProbeStatus,
  type RuntimeOutcome,
  type RuntimeStatus
} from '../result/index.js'
import type { Located } from '../provision/discover.js'
import {
  PREVIEW1_COMMANDS,
  type RuntimeLimits,
  type RuntimeSpec,
  type TestSupport,
  wasiVersionProblem
} from '../runtimes/spec.js'
import type { Verdict } from './classify.js'
import type { Observation } from './process.js'
import type { TestRun } from './test-case.js'

export function probeOutcome(probe: Probe, verdict: Verdict, observation: Observation): ProbeOutcome {
  return {
    id: probe.id,
    category: probe.category,
    status: verdict.status,
    ...(verdict.reason ? { reason: verdict.reason } : {}),
    exitCode: observation.exitCode,
    signal: observation.signal,
    expected: probe.expect,
    stdout: observation.stdout.text.slice(0, EXCERPT_CHARS),
    stderr: observation.stderr.text.slice(0, EXCERPT_CHARS),
    stdoutBytes: observation.stdout.bytes,
    stderrBytes: observation.stderr.bytes,
    durationMs: observation.durationMs
  }
}

/** A probe that did not run, with the reason. */
export function probeNotRun(probe: Probe, status: 'unsupported' | 'error', reason: string): ProbeOutcome {
  return {
    id: probe.id,
    category: probe.category,
    status,
    reason,
    exitCode: null,
    signal: null,
    expected: probe.expect,
    stdout: '',
    stderr: '',
    stdoutBytes: 0,
    stderrBytes: 0,
    durationMs: 0
  }
}

/**
 * Why a runtime with these limits, running what `support` says, cannot run
 * `probe`, or undefined when nothing keeps it from it.
 */
export function unsupportedReason(
  probe: Probe,
  limits: RuntimeLimits = {},
  support: TestSupport = PREVIEW1_COMMANDS
): string | undefined {
  const version = wasiVersionProblem(probe.wasiVersion ?? 'wasm32-wasip1', support, limits)
  if (version) return version
  if (probe.args.length > 0 && limits.args) return limits.args
  if (Object.keys(probe.env).length > 0 && limits.env) return limits.env
  if (probe.dir && limits.dirs) return limits.dirs
  if (probe.stdin !== undefined && limits.stdin) return limits.stdin
  const { exitCode } = probe.expect
  if (typeof exitCode === 'number' && exitCode >= 3 && limits.exitCodes) return limits.exitCodes
  return undefined
}

/** A test's verdict: the official runner's outcome, or why it could not even start. */
export interface TestVerdict {
  status: Extract<ProbeStatus, 'pass' | 'fail' | 'xfail' | 'xpass' | 'error'>
  reason?: string
  failedCheck?: FailedCheck
}

/** What a test expects, for the result file: the exit code its wait wants, and all of its operations. */
function testExpectation(test: SuiteTest): ProbeOutcome['expected'] {
  const wait = test.config.operations.find((op) => op.type === 'wait')
  return {
    exitCode: wait?.type === 'wait' ? wait.exit_code : 0,
    operations: test.config.operations,
    ...(test.config.dirs.length > 0 ? { dirs: test.config.dirs } : {})
  }
}

function testFields(test: SuiteTest) {
  return {
    id: test.id,
    category: 'custom' as const,
    ...(test.suite !== undefined ? { suite: test.suite } : {}),
    test: test.name
  }
}

/** A test that did not run on this runtime, with the reason. */
export function testNotRun(
  test: SuiteTest,
  status: 'unsupported' | 'skip' | 'error',
  reason: string
): ProbeOutcome {
  return {
    ...testFields(test),
    status,
    reason,
    exitCode: null,
    signal: null,
    expected: testExpectation(test),
    stdout: '',
    stderr: '',
    stdoutBytes: 0,
    stderrBytes: 0,
    durationMs: 0
  }
}

export function testOutcome(test: SuiteTest, verdict: TestVerdict, run: TestRun): ProbeOutcome {
  return {
    ...testFields(test),
    status: verdict.status,
    ...(verdict.reason ? { reason: verdict.reason } : {}),
    ...(verdict.failedCheck ? { failedCheck: verdict.failedCheck } : {}),
    exitCode: run.exit?.exitCode ?? null,
    signal: run.exit?.signal ?? null,
    expected: testExpectation(test),
    stdout: run.stdout.text.slice(0, EXCERPT_CHARS),
    stderr: run.stderr.text.slice(0, EXCERPT_CHARS),
    stdoutBytes: run.stdout.bytes,
    stderrBytes: run.stderr.bytes,
    durationMs: run.durationMs
  }
}

/**
 * A runtime supports WASI when every basic probe it can express passes (the
 * capability probes say how well, not whether). Otherwise it failed, or, when
 * nothing could even start, it is an error.
 */
export function runtimeStatus(probes: ProbeOutcome[]): {
  status: RuntimeStatus
  reason?: string
  failedStage?: 'run'
} {
  // A recorded outcome is not judged (the exit codes some runtimes reserve).
  const ranOf = (list: ProbeOutcome[]) =>
    list.filter((p) => p.status !== 'unsupported' && p.status !== 'recorded')
  // A runtime that runs no core module (jco runs components only) is judged by the embedded
  // probes it can run, and one that runs none of those by the user's tests.
  const ran = [
    probes.filter((p) => p.category === 'basic'),
    probes.filter((p) => p.category !== 'custom'),
    probes
  ]
    .map(ranOf)
    .find((list) => list.length > 0)
  if (!ran) {
    const reasons = new Set(probes.map((p) => p.reason))
    const [only] = reasons
    return {
      status: 'unsupported',
      reason: reasons.size === 1 && only ? only : 'no probe can run on this runtime'
    }
  }
  const failed = ran.filter((p) => p.status !== 'pass')
  if (failed.length === 0) return { status: 'pass' }
  const reason = failed.map((p) => `${p.id}: ${p.reason ?? p.status}`).join('; ')
  const nothingStarted = failed.length === ran.length && failed.every((p) => p.status === 'error')
  return { status: nothingStarted ? 'error' : 'fail', reason, failedStage: 'run' }
}

export function runtimeOutcome(
  spec: RuntimeSpec,
  fields: Partial<RuntimeOutcome> & Pick<RuntimeOutcome, 'status'>
): RuntimeOutcome {
  return {
    id: spec.id,
    name: spec.name,
    version: null,
    path: null,
    source: null,
    probes: [],
    durationMs: 0,
    ...fields
  }
}

/** The outcome of a runtime that ran its probes: where it was, what it said, how it went. */
export function ranOutcome(
  spec: RuntimeSpec,
  located: Located,
  version: string | null,
  probes: ProbeOutcome[],
  started: number
): RuntimeOutcome {
  return runtimeOutcome(spec, {
    version,
    path: located.path,
    source: located.source,
    ...(located.libDir ? { libDir: located.libDir } : {}),
    ...runtimeStatus(probes),
    probes,
    durationMs: Math.round(performance.now() - started)
  })
}
