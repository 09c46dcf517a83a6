// A runtime with a command-line interface: one process per module.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Probe } from '../probes/catalog.js'
import type { SuiteTest } from '../probes/suites/load.js'
import type { ProbeOutcome, RuntimeOutcome } from '../result/index.js'
import type { Located } from '../provision/discover.js'
import {
  atFacts,
  type CliRuntimeSpec,
  type NodeRuntimeSpec,
  type RuntimeFacts,
  type RuntimeLimits,
  type TestSupport,
  THIS_OS
} from '../runtimes/spec.js'
import { checkProbeDir, prepareProbeDir, removeProbeDir } from './probe-dir.js'
import { classify } from './classify.js'
import { probeNotRun, probeOutcome, ranOutcome, unsupportedReason } from './outcome.js'
import { type Observation, runProcess } from './process.js'
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
  /** Where a runtime's facts are kept, by id, for what is built from it later (runners, a binfmt_misc wrapper). */
  facts?: Map<string, RuntimeFacts>
}

/** What the runtime prints for `args` (stdout, then stderr), run in a working directory of its own. */
async function askRuntime(located: Located, args: string[], context: RunContext): Promise<string> {
  // Its own working directory, as every run has: never the user's checkout.
  const cwd = mkdtempSync(join(context.workDir, 'ask-'))
  const observation = await runProcess({
    command: located.path,
    args,
    timeoutMs: context.timeoutMs,
    env: context.env,
    cwd
  })
  rmSync(cwd, { recursive: true, force: true })
  return `${observation.stdout.text}\n${observation.stderr.text}`
}

/** Asks the runtime for its version; null when it cannot tell. */
export async function queryVersion(
  spec: CliRuntimeSpec | NodeRuntimeSpec,
  located: Located,
  context: RunContext
): Promise<string | null> {
  return spec.parseVersion(await askRuntime(located, spec.versionArgs, context)) ?? null
}

/** Its version, and its help where the adapter decides from it: read before anything runs. */
export async function readFacts(
  spec: CliRuntimeSpec,
  located: Located,
  context: RunContext
): Promise<RuntimeFacts> {
  const [version, help] = await Promise.all([
    queryVersion(spec, located, context),
    spec.helpArgs ? askRuntime(located, spec.helpArgs, context) : undefined
  ])
  return { version, os: THIS_OS, ...(help !== undefined ? { help } : {}) }
}

/** The facts with the path of the runtime's helper file, written once into the work folder. */
function withHelper(spec: CliRuntimeSpec, facts: RuntimeFacts, workDir: string): RuntimeFacts {
  if (!spec.helper) return facts
  const dir = mkdtempSync(join(workDir, `${spec.id}-helper-`))
  const helper = join(dir, spec.helper.file)
  writeFileSync(helper, spec.helper.source)
  return { ...facts, helper }
}

export async function runCliRuntime(
  spec: CliRuntimeSpec,
  located: Located,
  probes: readonly Probe[],
  context: RunContext
): Promise<RuntimeOutcome> {
  const started = performance.now()
  // What it is decides how it is run: its version first, then the modules.
  const read = await readFacts(spec, located, context)
  context.facts?.set(spec.id, read)
  const facts = withHelper(spec, read, context.workDir)
  const { limits, tests } = atFacts(spec, facts)
  const runtime: TestRuntime = {
    id: spec.id,
    support: tests,
    limits,
    isTrap: spec.isTrap,
    errorStream: spec.errorStream
  }
  const env = context.env ?? process.env
  // A binary that cannot start fails every module with the reason.
  const [outcomes, testOutcomes] = await Promise.all([
    runProbes(spec, located, probes, context, facts, { limits, tests }),
    context.tests
      ? runTestsThrough(
          context.tests.list,
          runtime,
          (invocation, cwd) =>
            new LiveProcess({
              command: located.path,
              args: spec.argv(invocation, facts),
              env: { ...env, ...spec.runEnv?.(invocation, cwd) },
              cwd,
              writes: writesOf(invocation, cwd)
            }),
          context.tests.context
        )
      : []
  ])
  return ranOutcome(spec, located, facts.version, [...outcomes, ...testOutcomes], started)
}

/** The observation with the runtime's own log lines taken out of stdout, for judging; the result keeps all of it. */
function withoutOwnLines(observation: Observation, own: RegExp | undefined): Observation {
  if (!own) return observation
  return { ...observation, stdout: { ...observation.stdout, text: observation.stdout.text.replace(own, '') } }
}

/** Each module in a process of its own, one after the other. */
async function runProbes(
  spec: CliRuntimeSpec,
  located: Located,
  probes: readonly Probe[],
  context: RunContext,
  facts: RuntimeFacts,
  { limits, tests }: { limits: RuntimeLimits; tests: TestSupport }
): Promise<ProbeOutcome[]> {
  const outcomes: ProbeOutcome[] = []
  for (const probe of probes) {
    const unsupported = unsupportedReason(probe, limits, tests)
    if (unsupported) {
      outcomes.push(probeNotRun(probe, 'unsupported', unsupported))
      continue
    }
    const dir = prepareProbeDir(probe, context.workDir)
    try {
      const invocation = {
        module: context.modulePaths.get(probe.module)!,
        args: probe.args,
        env: probe.env,
        dirs: dir.preopens
      }
      const observation = await runProcess({
        command: located.path,
        args: spec.argv(invocation, facts),
        timeoutMs: context.timeoutMs,
        env: { ...(context.env ?? process.env), ...spec.runEnv?.(invocation, dir.cwd) },
        cwd: dir.cwd,
        stdin: probe.stdin,
        writes: { dirs: [dir.scratch] }
      })
      const verdict = checkProbeDir(
        probe,
        dir,
        classify(
          probe.expect,
          withoutOwnLines(observation, spec.ownStdoutLines),
          spec.isTrap,
          context.timeoutMs
        )
      )
      outcomes.push(probeOutcome(probe, verdict, observation))
    } finally {
      removeProbeDir(dir)
    }
  }
  return outcomes
}
