// Node's node:wasi: every module in one child process (see node-batch.ts).
import { availableParallelism } from 'node:os'
import type { Probe } from '../probes/catalog.js'
import type { SuiteTest } from '../probes/suites/load.js'
import type { ProbeOutcome, RuntimeOutcome } from '../result/index.js'
import type { Located } from '../provision/discover.js'
import { nodeRunArgv } from '../runtimes/node.js'
import type { Invocation, NodeRuntimeSpec } from '../runtimes/spec.js'
import { looksLikeTrap } from '../runtimes/spec.js'
import { checkProbeDir, prepareProbeDir, removeProbeDir } from './probe-dir.js'
import { classify } from './classify.js'
import { type RunContext, queryVersion } from './cli-runtime.js'
import { type NodeJob, nodeChildEnv, runNodeBatch, writeNodeRunner } from './node-batch.js'
import { probeNotRun, probeOutcome, ranOutcome, testOutcome, unsupportedReason } from './outcome.js'
import {
  harnessError,
  outcomeWithoutRun,
  runTestsThrough,
  type TestContext,
  TestDirs,
  type TestRuntime,
  testTimeoutMs,
  verdictOf,
  writesOf
} from './suite-tests.js'
import { type Observation, TEST_OUTPUT_LIMIT_BYTES } from './process.js'
import { runTestCase } from './test-case.js'
import { LiveProcess, RecordedProcess } from './test-process.js'

/**
 * A few modules share one child; many are spread over as many children as
 * there are cores (each still one module at a time, a fresh WASI instance each).
 */
export function splitIntoBatches<T>(jobs: T[], children: number): T[][] {
  const batches: T[][] = Array.from({ length: children }, () => [])
  jobs.forEach((job, i) => batches[i % children].push(job))
  return batches.filter((batch) => batch.length > 0)
}

/** Below this many modules per child, another child costs more than it saves. */
const MODULES_PER_CHILD = 4

/** How many node children run `count` probe modules: one per MODULES_PER_CHILD, at most one per core. */
export function probeChildren(count: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(count / MODULES_PER_CHILD)))
}

export async function runNodeRuntime(
  spec: NodeRuntimeSpec,
  located: Located,
  probes: readonly Probe[],
  context: RunContext
): Promise<RuntimeOutcome> {
  const started = performance.now()
  const runnable = probes.filter((probe) => !unsupportedReason(probe, spec.limits))
  const dirs = new Map(runnable.map((probe) => [probe.id, prepareProbeDir(probe, context.workDir)]))
  const jobs = runnable.map((probe) => {
    const dir = dirs.get(probe.id)!
    return {
      id: probe.id,
      module: context.modulePaths.get(probe.module)!,
      args: probe.args,
      env: probe.env,
      preopens: Object.fromEntries(dir.preopens.map(({ guest, host }) => [guest, host])),
      ...(probe.stdin !== undefined ? { stdin: probe.stdin } : {})
    }
  })
  const children = probeChildren(jobs.length)
  // The version query, the batches and the tests all at once: node's start-up is the cost worth saving here.
  const testsDone = context.tests
    ? runNodeTests(spec, located, context.tests.list, context.tests.context)
    : []
  const [version, ...batches] = await Promise.all([
    queryVersion(spec, located, context),
    ...splitIntoBatches(jobs, children).map((batch) =>
      runNodeBatch(located.path, batch, context.timeoutMs, context.workDir)
    )
  ])
  const observations = new Map(batches.flatMap((batch) => [...batch]))
  const outcomes = probes.map((probe) => {
    const unsupported = unsupportedReason(probe, spec.limits)
    if (unsupported) return probeNotRun(probe, 'unsupported', unsupported)
    const observation = observations.get(probe.id)!
    const dir = dirs.get(probe.id)!
    const verdict = checkProbeDir(
      probe,
      dir,
      classify(probe.expect, observation, looksLikeTrap, context.timeoutMs)
    )
    removeProbeDir(dir)
    return probeOutcome(probe, verdict, observation)
  })
  return ranOutcome(spec, located, version, [...outcomes, ...(await testsDone)], started)
}

/** A batch child of node runs at most this many tests, so that the shared pool stays balanced. */
const TESTS_PER_CHILD = 16

/**
 * Tests that start their module once, read its output and wait for it run in
 * batches, as the probes do, and are judged on what the batch recorded. Tests
 * that talk to the module while it runs get a node of their own each.
 */
function isReplayable(test: SuiteTest): boolean {
  const { operations, servers } = test.config
  return (
    servers.length === 0 &&
    operations.filter((op) => op.type === 'run').length === 1 &&
    operations.every((op) => op.type === 'run' || op.type === 'read' || op.type === 'wait')
  )
}

async function runNodeTests(
  spec: NodeRuntimeSpec,
  located: Located,
  tests: readonly SuiteTest[],
  context: TestContext
): Promise<ProbeOutcome[]> {
  const runtime: TestRuntime = { id: spec.id, limits: spec.limits, isTrap: looksLikeTrap }
  let runner: string | undefined
  return runTestsInBatches(tests, runtime, context, {
    nodePath: located.path,
    liveArgs: (invocation) => nodeRunArgv((runner ??= writeNodeRunner(context.workDir)), invocation),
    runBatch: (jobs, timeoutMs, captureBytes) =>
      runNodeBatch(located.path, jobs, timeoutMs, context.workDir, captureBytes)
  })
}

/** How a runtime that runs modules in child `node` processes runs them: live one by one, or in batches. */
export interface NodeChildren {
  nodePath: string
  /** The arguments after node that run one module on the child's own stdio. */
  liveArgs(invocation: Invocation): string[]
  runBatch(jobs: NodeJob[], timeoutMs: number, captureBytes: number): Promise<Map<string, Observation>>
}

/**
 * The user's tests through child `node` processes: the replayable ones in
 * batches, the rest live, each judged as the official runner judges it.
 */
export async function runTestsInBatches(
  tests: readonly SuiteTest[],
  runtime: TestRuntime,
  context: TestContext,
  children: NodeChildren
): Promise<ProbeOutcome[]> {
  const outcomes = new Map<string, ProbeOutcome>()
  const batched: SuiteTest[] = []
  const live: SuiteTest[] = []
  for (const test of tests) {
    const outcome = outcomeWithoutRun(test, runtime, context)
    if (outcome) outcomes.set(test.id, outcome)
    else (isReplayable(test) ? batched : live).push(test)
  }
  const record = (list: ProbeOutcome[]) => list.forEach((outcome) => outcomes.set(outcome.id, outcome))
  const env = nodeChildEnv(context.env)
  const runLive = (list: SuiteTest[]) =>
    runTestsThrough(
      list,
      runtime,
      (invocation, cwd) =>
        new LiveProcess({
          command: children.nodePath,
          args: children.liveArgs(invocation),
          env,
          cwd,
          writes: writesOf(invocation, cwd)
        }),
      context
    )
  const batchCount = Math.max(context.pool.size, Math.ceil(batched.length / TESTS_PER_CHILD))
  await Promise.all([
    runLive(live).then(record),
    ...splitIntoBatches(batched, batchCount).map(async (batch) => {
      const { outcomes: judged, timedOut } = await context.pool.run(() =>
        runTestBatch(children, batch, runtime, context)
      )
      record(judged)
      // A batch times a module from its start; the runner times only the wait, after the reads.
      // So a module that ran out of time in a batch is judged live, as the runner would judge it.
      if (timedOut.length > 0) record(await runLive(timedOut))
    })
  ])
  return tests.map((test) => outcomes.get(test.id)!)
}

/** Runs `tests` in one node batch: the outcomes judged, and the tests that ran out of time. */
async function runTestBatch(
  children: NodeChildren,
  tests: SuiteTest[],
  runtime: TestRuntime,
  context: TestContext
): Promise<{ outcomes: ProbeOutcome[]; timedOut: SuiteTest[] }> {
  const outcomes = new Map<string, ProbeOutcome>()
  const timedOut: SuiteTest[] = []
  const prepared: { test: SuiteTest; dirs: TestDirs; job: NodeJob }[] = []
  const timeoutMs = testTimeoutMs(runtime, context)
  try {
    for (const test of tests) {
      let dirs: TestDirs | undefined
      try {
        dirs = await TestDirs.prepare(test, context.workDir, performance.now() + timeoutMs)
        const run = test.config.operations.find((op) => op.type === 'run')
        if (run?.type !== 'run') throw new Error('a replayable test starts with run')
        const preopens = dirs.preopensFor(run).map(({ guest, host }) => [guest, host])
        prepared.push({
          test,
          dirs,
          job: {
            id: test.id,
            module: test.module,
            args: run.args,
            env: run.env,
            preopens: Object.fromEntries(preopens)
          }
        })
      } catch (error) {
        dirs?.remove()
        outcomes.set(test.id, harnessError(test, error))
      }
    }
    const jobs = prepared.map(({ job }) => job)
    const recordings = await children.runBatch(jobs, timeoutMs, TEST_OUTPUT_LIMIT_BYTES)
    for (const { test, dirs } of prepared) {
      const recording = recordings.get(test.id)!
      // The copies' time counts against the test's: live, where it is counted, decides a run that close.
      if (recording.timedOut || dirs.copyMs + recording.durationMs > timeoutMs) {
        timedOut.push(test)
        continue
      }
      const recorded = new RecordedProcess(recording)
      const run = await runTestCase(test.config, async () => recorded, { timeoutMs, isTrap: runtime.isTrap })
      outcomes.set(test.id, testOutcome(test, verdictOf(run, test, runtime, context), run))
    }
  } finally {
    for (const { dirs } of prepared) dirs.remove()
  }
  return {
    outcomes: tests.filter((test) => outcomes.has(test.id)).map((test) => outcomes.get(test.id)!),
    timedOut
  }
}
