// The engine shared by the action and the CLI: plan in, result out.
// plan → provision (locate) → run (matrix) → result. Nothing here touches @actions/core.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { detectHost, platformOf } from './host.js'
import type { ManifestEntry } from './runtimes/manifest.js'
import type { RuntimeFacts } from './runtimes/spec.js'
import { InputError, type InputNamer, type Plan } from './inputs/plan.js'
import type { ExpectationFile } from './probes/suites/expectations.js'
import type { Suite, SuiteTest } from './probes/suites/load.js'
import { selectProbes } from './probes/index.js'
import { BASIC_PROBES } from './probes/catalog.js'
import { newEntryName, registerNative } from './provision/binfmt.js'
import { provision } from './provision/provision.js'
import { writeRunners } from './provision/runners.js'
import { evaluateFailOn } from './publish/fail-on.js'
import {
  type FailOnVerdict,
  type Host,
  type NativeOutcome,
  type ProbeResult,
  RESULT_SCHEMA,
  type RuntimeOutcome
} from './result/index.js'
import { type NativeContext, runNative } from './run/native-runtime.js'
import { runtimeIdOf } from './runtimes/index.js'
import { runMatrix } from './run/matrix.js'
import { isCancelled } from './run/process.js'
import { TOOL_VERSION } from './version.js'

export interface EngineOptions {
  env?: NodeJS.ProcessEnv
  /** Pinned versions and known hashes; default: the checked-in manifest. */
  manifest?: Record<string, ManifestEntry>
  /** Told of what deserves a warning (an unverified install). */
  warn?: (message: string) => void
  /** How the caller names an input in a message (`Input 'modules'`, `--modules`); default its key. */
  nameOf?: InputNamer
  /** Where the work directory goes; default RUNNER_TEMP, else the OS temp dir. */
  workRoot?: string
  native?: Omit<NativeContext, 'timeoutMs' | 'env'>
  /**
   * The name `native: register` registers under; default a new one. The action
   * saves it for its post step before anything is registered, so that a
   * cancelled run leaves nothing behind.
   */
  binfmtEntry?: string
}

export async function runProbe(plan: Plan, options: EngineOptions = {}): Promise<ProbeResult> {
  const env = options.env ?? process.env
  const startedAt = new Date()
  const started = performance.now()
  const host = { ...detectHost(env), ...(plan.label ? { label: plan.label } : {}) }

  const probes = selectProbes(plan.probes)
  const userModules = plan.modules
    ? await loadUserModules(plan, host.os, env, options.nameOf ?? ((key) => key), options.warn)
    : undefined

  const provisioned = await provision(plan, env, platformOf(host), options)

  const timeoutMs = Math.round(plan.timeoutSeconds * 1000)
  const workDir = mkdtempSync(join(options.workRoot ?? env.RUNNER_TEMP ?? tmpdir(), 'wasi-probe-'))
  try {
    const matrix = await runMatrix({
      runtimes: plan.runtimes,
      located: provisioned.located,
      absent: provisioned.absent,
      probes,
      ...(userModules
        ? {
            tests: userModules.tests,
            expectations: userModules.expectations,
            ...(plan.testTimeoutSeconds !== undefined
              ? { testTimeoutMs: Math.round(plan.testTimeoutSeconds * 1000) }
              : {})
          }
        : {}),
      timeoutMs,
      workDir,
      env,
      native: options.native
    })
    // The install record goes with the runtime it installed.
    let runtimes = matrix.runtimes.map((runtime) => {
      const install = provisioned.installs.get(runtime.id)
      const failedStage = provisioned.absent.get(runtime.id)?.failedStage ?? runtime.failedStage
      return { ...runtime, ...(failedStage ? { failedStage } : {}), ...(install ? { install } : {}) }
    })
    let native = matrix.native
    if (plan.native) {
      const made = await makeNative(
        plan.native,
        native,
        runtimes,
        env,
        timeoutMs,
        options.binfmtEntry ?? newEntryName(),
        matrix.facts,
        options.native
      )
      native = made.native
      const nativeRow = made.runtime
      if (nativeRow) {
        runtimes = runtimes.some((r) => r.id === 'native')
          ? runtimes.map((runtime) => (runtime.id === 'native' ? nativeRow : runtime))
          : [nativeRow, ...runtimes]
      }
    }
    return {
      schema: RESULT_SCHEMA,
      tool: { name: 'wasi-probe', version: TOOL_VERSION },
      host,
      startedAt: startedAt.toISOString(),
      durationMs: Math.round(performance.now() - started),
      native,
      runtimes,
      supported: runtimes.filter((r) => r.status === 'pass').map((r) => r.id),
      runners: writeRunners(runtimes, env, matrix.facts),
      ...(userModules?.suites.length
        ? {
            suites: userModules.suites.map(({ name, wasiVersion, path, tests }) => ({
              name,
              wasiVersion,
              path,
              tests: tests.length
            }))
          }
        : {}),
      ...(userModules?.tests.length
        ? {
            modules: userModules.tests.map(({ id, module, classification }) => ({
              id,
              path: module,
              ...classification
            }))
          }
        : {}),
      ...(userModules?.expectations.length
        ? { expectations: userModules.expectations.map(({ path, runtime }) => ({ path, runtime })) }
        : {}),
      failOn: evaluateFailOn(plan.failOn, runtimes)
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true })
  }
}

/**
 * The user's modules and expectation files, read before anything runs: their
 * problems are input problems, all named at once.
 */
async function loadUserModules(
  plan: Plan,
  os: string,
  env: NodeJS.ProcessEnv,
  nameOf: InputNamer,
  warn: EngineOptions['warn']
): Promise<{ tests: SuiteTest[]; suites: Suite[]; expectations: ExpectationFile[] }> {
  // Loaded only when asked for: the glob and TOML libraries are large, and start-up stays fast without them.
  const [{ loadTests }, { loadExpectations }] = await Promise.all([
    import('./probes/suites/load.js'),
    import('./probes/suites/expectations.js')
  ])
  const cwd = env.GITHUB_WORKSPACE || process.cwd()
  const loaded = await loadTests(plan.modules ?? [], cwd)
  const expectations = loadExpectations(plan.expectations ?? [], cwd, os, runtimeIdOf)
  const problems = [
    ...loaded.problems.map((problem) => `${nameOf('modules')}: ${problem}`),
    ...expectations.problems.map((problem) => `${nameOf('expectations')}: ${problem}`)
  ]
  if (problems.length > 0) throw new InputError(problems)
  for (const warning of loaded.warnings) warn?.(`${nameOf('modules')}: ${warning}`)
  return { tests: loaded.tests, suites: loaded.suites, expectations: expectations.files }
}

/**
 * `native: register`: registers the first runtime that passed (or the one
 * asked for) as the binfmt_misc handler, then runs the basic probes natively.
 */
async function makeNative(
  request: NonNullable<Plan['native']>,
  detected: NativeOutcome,
  runtimes: RuntimeOutcome[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
  entry: string,
  facts: ReadonlyMap<string, RuntimeFacts>,
  nativeOptions: EngineOptions['native']
): Promise<{ native: NativeOutcome; runtime?: RuntimeOutcome }> {
  const wrapperDir = join(env.RUNNER_TOOL_CACHE || tmpdir(), 'wasi-probe-binfmt')
  // A cancelled run registers nothing more.
  const registration = isCancelled()
    ? ({ registered: false, reason: 'the run was cancelled' } as const)
    : registerNative(request, runtimes, wrapperDir, entry, env, facts)
  const before = runtimes.find((r) => r.id === 'native')
  if (!registration.registered) {
    // What detection found stands; the result says why nothing was registered.
    const reason = [detected.reason, `not registered: ${registration.reason}`].filter(Boolean).join('; ')
    const native: NativeOutcome = { ...detected, reason }
    return before ? { native, runtime: { ...before, reason } } : { native }
  }
  const run = await runNative(BASIC_PROBES, { ...nativeOptions, timeoutMs, env })
  const registered = {
    entry: registration.entry,
    interpreter: registration.interpreter,
    runtime: registration.runtime
  }
  return { native: { ...run.native, registered }, runtime: run.runtime }
}

/** A result for a run that could not take place (bad inputs, an internal error). */
export function failedRunResult(
  error: string,
  failOn: FailOnVerdict,
  host: Host = detectHost()
): ProbeResult {
  return {
    schema: RESULT_SCHEMA,
    tool: { name: 'wasi-probe', version: TOOL_VERSION },
    host,
    startedAt: new Date().toISOString(),
    durationMs: 0,
    native: { status: 'error', handler: null, flags: null, entries: [], dir: null, reason: error },
    runtimes: [],
    supported: [],
    failOn,
    error
  }
}
