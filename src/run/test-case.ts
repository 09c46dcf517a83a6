// Runs one wasi-testsuite test's operations against a module, with the official
// runner's rules (TestCaseRunner in test_suite_runner.py): operations in order,
// the first failure ends the test; `read` compares the next len(payload)
// characters; `wait` compares the exit code; network operations talk to the
// module while it runs.
import { constants } from 'node:os'
import { signalToSend, type TestConfig } from '../probes/suites/spec.js'
import type { FailedCheck, Operation, RunOperation } from '../result/index.js'
import type { ObservedRun } from '../runtimes/spec.js'
import { describeEnd, startProblem } from './classify.js'
import { type Captured, EMPTY_CAPTURE } from './process.js'
import { checkRequest, Connection, startServers, type TestServers } from './test-network.js'
import type { Exit, TestProcess } from './test-process.js'

export interface Failure {
  check: FailedCheck
  message: string
}

export interface TestRun {
  /** The first failure ends the test, so there is at most one. */
  failure?: Failure
  /** How the last module run ended, and what it wrote. */
  exit?: Exit
  stdout: Captured
  stderr: Captured
  /** How long the module ran, over all of its runs. */
  durationMs: number
}

/** Starts the module for a `run` operation, with `env` added to the spec's environment. */
export type StartModule = (run: RunOperation, env: Record<string, string>) => Promise<TestProcess>

export interface TestCaseOptions {
  /** How long a wait may take, from when it begins. */
  timeoutMs: number
  /** Time the test has used already (copying its directories): the first wait has that much less. */
  spentMs?: number
  /** True when a run that did not end as expected ended in a trap. */
  isTrap: (run: ObservedRun) => boolean
}

/** Seconds an HTTP request may take: the runner's own limit. */
const REQUEST_TIMEOUT_MS = 5000

/**
 * How long a read, a connection or a `recv` may wait. The official runner
 * gives them no limit (only `wait` is timed, from when it begins), so a module
 * that writes late still passes there; this limit only keeps one that never
 * writes from holding the run forever.
 */
export function readLimitMs(timeoutMs: number): number {
  return Math.max(30_000, 3 * timeoutMs)
}

/** How the official runner (Python's subprocess) sees an end: the exit code, or minus the signal's number. */
function returnCode(exit: Exit): number | null {
  if (exit.signal === null) return exit.exitCode
  const number = (constants.signals as Record<string, number | undefined>)[exit.signal]
  return number === undefined ? null : -number
}

/** A short, escaped piece of `text` around `at`, for a reason. */
function excerpt(text: string, at: number): string {
  const start = Math.max(0, at - 12)
  const piece = text.slice(start, at + 24)
  return `${start > 0 ? '…' : ''}${JSON.stringify(piece).slice(1, -1)}${at + 24 < text.length ? '…' : ''}`
}

/** Where `got` first differs from `expected`, with a short excerpt of each. */
export function describeDifference(stream: string, got: string, expected: string): string {
  let at = 0
  while (at < got.length && at < expected.length && got[at] === expected[at]) at += 1
  if (at === got.length && got.length < expected.length)
    return `${stream} ended after ${got.length} characters ("${excerpt(got, at)}"), expected "${excerpt(expected, at)}"`
  return `${stream} differs at character ${at + 1}: "${excerpt(got, at)}", expected "${excerpt(expected, at)}"`
}

export async function runTestCase(
  config: TestConfig,
  start: StartModule,
  options: TestCaseOptions
): Promise<TestRun> {
  const { timeoutMs } = options
  const readMs = readLimitMs(timeoutMs)
  let current: TestProcess | undefined
  const started: TestProcess[] = []
  let exit: Exit | undefined
  let failure: Failure | undefined
  let servers: TestServers | undefined
  let waits = 0
  let httpServer: string | undefined
  const connections = new Map<string, Connection>()
  const fail = (check: FailedCheck, message: string) => {
    failure = { check, message }
  }

  const running = (): TestProcess => {
    if (!current) throw new Error('no module is running')
    return current
  }

  const perform = async (op: Operation): Promise<void> => {
    switch (op.type) {
      case 'run': {
        servers ??= await startServers(config.servers)
        current = await start(op, servers.env)
        started.push(current)
        exit = undefined
        return
      }
      case 'write':
        return running().write(op.payload)
      case 'read': {
        const stream = op.id as 'stdout' | 'stderr'
        const { text, timedOut } = await running().read(stream, op.payload.length, readMs)
        if (text === op.payload) return
        if (timedOut)
          return fail(
            'timeout',
            `${stream}: ${text.length} of the ${op.payload.length} characters expected came in ${readMs / 1000} s`
          )
        return fail(stream, describeDifference(stream, text, op.payload))
      }
      case 'wait': {
        const waitMs = waits++ === 0 ? Math.max(1, timeoutMs - Math.round(options.spentMs ?? 0)) : timeoutMs
        exit = await running().wait(waitMs)
        const output = running().output()
        if (exit.timedOut)
          return fail(
            'timeout',
            `still running ${waitMs / 1000} s after the wait began${waitMs < timeoutMs ? ` (${timeoutMs / 1000} s less the time its directories took to copy)` : ''}; killed`
          )
        if (returnCode(exit) === op.exit_code) return
        const observed: ObservedRun = { ...exit, stdout: output.stdout.text, stderr: output.stderr.text }
        if (exit.trap !== undefined) return fail('trap', `trap: ${exit.trap}`)
        if (options.isTrap(observed))
          return fail('trap', `trap (${describeEnd(exit)}), expected exit code ${op.exit_code}`)
        return fail('exit-code', `${describeEnd(exit)}, expected ${op.exit_code}`)
      }
      case 'kill':
        return running().kill(signalToSend(op.signal))
      case 'connect': {
        const { text, timedOut } = await running().readLine('stdout', readMs)
        const line = text.trim()
        const parts = line.split(':')
        if (timedOut && line === '') return fail('timeout', `no address on stdout in ${readMs / 1000} s`)
        if (parts.length !== 2 || !/^\d+$/.test(parts[1]))
          return fail(
            'connect',
            `expected the address as <host>:<port> on stdout, found ${JSON.stringify(line)}`
          )
        try {
          connections.set(op.id, await Connection.open(parts[0], Number(parts[1]), readMs))
        } catch (error) {
          fail(
            'connect',
            `could not connect to ${line}: ${error instanceof Error ? error.message : String(error)}`
          )
        }
        return
      }
      case 'send':
        try {
          await connections.get(op.id)!.send(op.payload)
        } catch (error) {
          fail(
            'send',
            `could not send on ${op.id}: ${error instanceof Error ? error.message : String(error)}`
          )
        }
        return
      case 'recv': {
        let got: string
        try {
          // The runner's recv(len(payload)): as many bytes as the payload has characters.
          got = (await connections.get(op.id)!.recv([...op.payload].length, readMs)).toString('utf8')
        } catch (error) {
          return fail(
            'recv',
            `nothing from ${op.id}: ${error instanceof Error ? error.message : String(error)}`
          )
        }
        if (got !== op.payload) fail('recv', describeDifference(op.id, got, op.payload))
        return
      }
      case 'request': {
        if (httpServer === undefined) {
          // The module says where it serves on the first line of stderr.
          const { text } = await running().readLine('stderr', readMs)
          const at = text.indexOf('http://')
          if (at < 0)
            return fail(
              'request',
              `expected 'http://' in the first line of stderr, got ${JSON.stringify(text)}`
            )
          httpServer = text.slice(at).trim().split(/\s+/)[0]
        }
        const problem = await checkRequest(httpServer, op, REQUEST_TIMEOUT_MS)
        if (problem) fail('request', `${op.method} ${op.path}: ${problem}`)
        return
      }
    }
  }

  try {
    for (const op of config.operations) {
      await perform(op)
      if (failure) break
    }
  } finally {
    if (current?.running) exit = await current.finish()
    for (const connection of connections.values()) connection.close()
    await servers?.close()
  }
  const output = current?.output() ?? { stdout: EMPTY_CAPTURE, stderr: EMPTY_CAPTURE }
  // A module that never started fails whichever operation came first (a read finds nothing): say why.
  const problem = failure && exit ? startProblem(exit, output.stderr.text) : undefined
  if (problem) failure = { check: 'start', message: problem }
  return {
    ...(failure ? { failure } : {}),
    ...(exit ? { exit } : {}),
    ...output,
    durationMs: started.reduce((sum, run) => sum + run.durationMs, 0)
  }
}
