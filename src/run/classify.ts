// Turns what was observed of one module run into a verdict. Only the expected
// exit code together with the expected output is a pass.
import type { Probe } from '../probes/catalog.js'
import type { ProbeStatus } from '../result/index.js'
import type { ObservedRun } from '../runtimes/spec.js'
import { WRITE_LIMIT_BYTES } from './disk-watch.js'
import { CANCELLED, type Observation, WROTE_TOO_MUCH } from './process.js'

export interface Verdict {
  status: ProbeStatus
  reason?: string
}

const SPAWN_ERRORS: Readonly<Record<string, string | undefined>> = {
  ENOENT: 'not found',
  EACCES: 'permission denied (not executable, or on a noexec mount)',
  ENOEXEC: 'not an executable format this system can run',
  EPERM: 'operation not permitted',
  ERR_INVALID_ARG_VALUE: 'an argument or environment value holds a NUL byte, which no process can be given'
}

/** A dynamic loader that could not find a library exits 127 and says so. */
const MISSING_LIBRARY = /error while loading shared libraries|Library not loaded|dyld(\[\d+\])?:/

/**
 * A file the kernel cannot execute (a broken download, a binary for another
 * system): libc's execvp then hands it to /bin/sh as a script, which fails on
 * its first line and names the file. dash: `PATH: 1: ...` (exit 127, or 2 for
 * a syntax error); busybox: `PATH: line 1: ...`; bash: `PATH: PATH: cannot
 * execute binary file` (exit 126). A script with a #! line never fails on
 * line 1.
 */
const SHELL_READ_A_BINARY = /^([^\n:]*\/[^\n:]*): (?:(?:line )?1: |\1: cannot execute binary file)/
const SHELL_FAILURE_CODES: readonly (number | null)[] = [2, 126, 127]

/** Why a run could not even start (spawn error, missing shared library, not an executable), or undefined when it started. */
export function startProblem(
  end: { spawnError?: string; exitCode: number | null },
  stderr: string
): string | undefined {
  // Not the runtime's doing: the job was cancelled while it ran, or before.
  if (end.spawnError === CANCELLED) return 'cancelled: the job was cancelled before this run ended'
  if (end.spawnError === WROTE_TOO_MUCH)
    return `stopped: it wrote more than ${WRITE_LIMIT_BYTES / 1024 ** 3} GiB into its directories, wasi-probe's limit`
  if (end.spawnError) {
    const meaning = Object.hasOwn(SPAWN_ERRORS, end.spawnError) ? SPAWN_ERRORS[end.spawnError] : undefined
    return `could not start: ${end.spawnError}${meaning ? ` (${meaning})` : ''}`
  }
  if (end.exitCode === 127 && MISSING_LIBRARY.test(stderr)) return `could not start: ${firstLine(stderr)}`
  if (SHELL_FAILURE_CODES.includes(end.exitCode) && SHELL_READ_A_BINARY.test(stderr))
    return 'could not start: not an executable (this system cannot run the file: a broken download, or a binary for another system; /bin/sh tried it as a script)'
  return undefined
}

export function classify(
  expect: Probe['expect'],
  observation: Observation,
  isTrap: (run: ObservedRun) => boolean,
  timeoutMs: number
): Verdict {
  if (observation.spawnError) return { status: 'error', reason: startProblem(observation, '') }
  if (observation.timedOut) {
    return { status: 'timeout', reason: `still running after ${timeoutMs / 1000}s, killed` }
  }
  const run: ObservedRun = {
    exitCode: observation.exitCode,
    signal: observation.signal,
    stdout: observation.stdout.text,
    stderr: observation.stderr.text
  }
  const cannotStart = startProblem(run, run.stderr)
  if (cannotStart) return { status: 'error', reason: cannotStart }
  if (expect.recordOnly) return { status: 'recorded', reason: `${describeEnd(run)} (recorded, not judged)` }
  // `nonzero`: the run must fail, whichever way (an exit code, a signal, a trap).
  const exitMatches =
    expect.exitCode === 'nonzero'
      ? run.exitCode !== 0 || run.signal !== null
      : run.exitCode === expect.exitCode
  const stdoutMatches = expect.stdout === undefined || run.stdout === expect.stdout
  const stderrMatches =
    (expect.stderrIncludes === undefined || run.stderr.includes(expect.stderrIncludes)) &&
    (expect.stderr === undefined || run.stderr === expect.stderr)
  if (exitMatches && stdoutMatches && stderrMatches) return { status: 'pass' }

  if (!exitMatches && observation.trap !== undefined)
    return { status: 'trap', reason: `trap: ${observation.trap}` }
  if (!exitMatches && isTrap(run)) {
    return { status: 'trap', reason: `trap (${describeEnd(run)}): ${firstLine(run.stderr || run.stdout)}` }
  }
  if (!exitMatches) {
    const expected = expect.exitCode === 'nonzero' ? 'a failure' : `exit code ${expect.exitCode}`
    return { status: 'fail', reason: `${describeEnd(run)}, expected ${expected}` }
  }
  if (!stdoutMatches) {
    return {
      status: 'fail',
      reason: `stdout ${JSON.stringify(clip(run.stdout))}, expected ${JSON.stringify(expect.stdout)}`
    }
  }
  return {
    status: 'fail',
    reason:
      expect.stderr !== undefined
        ? `stderr ${JSON.stringify(clip(run.stderr))}, expected ${JSON.stringify(expect.stderr)}`
        : `stderr lacks ${JSON.stringify(expect.stderrIncludes)}`
  }
}

/** How a process ended, in words: `exit code 3`, `killed by SIGTERM`. */
export function describeEnd(run: { exitCode: number | null; signal: string | null }): string {
  return run.signal ? `killed by ${run.signal}` : `exit code ${run.exitCode}`
}

function firstLine(text: string): string {
  return clip(text.trim().split('\n')[0] ?? '')
}

function clip(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}
