// A runtime with a command-line interface: one process per module.
import { mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Probe } from '../probes/catalog.js'
import type { SuiteTest } from '../probes/suites/load.js'
import type { ProbeOutcome, RuntimeOutcome } from '../result/index.js'
import type { Located } from '../provision/discover.js'
import type { CliRuntimeSpec, NodeRuntimeSpec } from '../runtimes/spec.js'
import { checkProbeDir, prepareProbeDir, removeProbeDir } from './probe-dir.js'
import { classify } from './classify.js'
import { probeNotRun, probeOutcome, ranOutcome, unsupportedReason } from './outcome.js'
import { runProcess } from './process.js'
import { runTestsThrough, type TestContext, type TestRuntime, writesOf } from './suite-tests.js'
import { LiveProcess } from './test-process.js'

export interface RunContext {
  /** Module id → path of its .wasm file. */
  modulePaths: ReadonlyMap<string, string>
  timeoutMs: number
  env?: NodeJS.ProcessEnv
  /** Where each run's scratch files and directories go. */
  workDir: string
  /** The user's modules, and how they run. */
  tests?: { list: readonly SuiteTest[]; context: TestContext }
}

/** Asks the runtime for its version; null when it cannot tell. */
export async function queryVersion(
  spec: CliRuntimeSpec | NodeRuntimeSpec,
  located: Located,
  context: RunContext
): Promise<string | null> {
  // Its own working directory, as every run has: never the user's checkout.
  const cwd = mkdtempSync(join(context.workDir, 'version-'))
  const observation = await runProcess({
    command: located.path,
    args: spec.versionArgs,
    timeoutMs: context.timeoutMs,
    env: context.env,
    cwd
  })
  rmSync(cwd, { recursive: true, force: true })
  return spec.parseVersion(`${observation.stdout.text}\n${observation.stderr.text}`) ?? null
}

export async function runCliRuntime(
  spec: CliRuntimeSpec,
  located: Located,
  probes: readonly Probe[],
  context: RunContext
): Promise<RuntimeOutcome> {
  const started = performance.now()
  const runtime: TestRuntime = {
    id: spec.id,
    support: spec.tests,
    limits: spec.limits,
    isTrap: spec.isTrap,
    errorStream: spec.errorStream
  }
  const env = context.env ?? process.env
  // The version query runs beside the modules, so nothing waits for it. A
  // binary that cannot start fails every module with the reason.
  const [version, outcomes, testOutcomes] = await Promise.all([
    queryVersion(spec, located, context),
    runProbes(spec, located, probes, context),
    context.tests
      ? runTestsThrough(
          context.tests.list,
          runtime,
          (invocation, cwd) =>
            new LiveProcess({
              command: located.path,
              args: spec.argv(invocation),
              env,
              cwd,
              writes: writesOf(invocation, cwd)
            }),
          context.tests.context
        )
      : []
  ])
  return ranOutcome(spec, located, version, [...outcomes, ...testOutcomes], started)
}

/** Each module in a process of its own, one after the other. */
async function runProbes(
  spec: CliRuntimeSpec,
  located: Located,
  probes: readonly Probe[],
  context: RunContext
): Promise<ProbeOutcome[]> {
  const outcomes: ProbeOutcome[] = []
  for (const probe of probes) {
    const unsupported = unsupportedReason(probe, spec.limits)
    if (unsupported) {
      outcomes.push(probeNotRun(probe, 'unsupported', unsupported))
      continue
    }
    const dir = prepareProbeDir(probe, context.workDir)
    try {
      const args = spec.argv({
        module: context.modulePaths.get(probe.module)!,
        args: probe.args,
        env: probe.env,
        dirs: dir.preopens
      })
      const observation = await runProcess({
        command: located.path,
        args,
        timeoutMs: context.timeoutMs,
        env: context.env,
        cwd: dir.cwd,
        writes: { dirs: [dir.scratch] }
      })
      const verdict = checkProbeDir(
        probe,
        dir,
        classify(probe.expect, observation, spec.isTrap, context.timeoutMs)
      )
      outcomes.push(probeOutcome(probe, verdict, observation))
    } finally {
      removeProbeDir(dir)
    }
  }
  return outcomes
}
