// The engine shared by the action and the CLI: plan in, result out.
// plan → provision (locate) → run (matrix) → result. Nothing here touches @actions/core.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { detectHost } from './host.js'
import type { Plan } from './inputs.js'
import { BASIC_PROBES } from './probes/catalog.js'
import { type Located, locate } from './provision/discover.js'
import { evaluateFailOn } from './report/fail-on.js'
import { type FailOnVerdict, type Host, type ProbeResult, RESULT_SCHEMA } from './report/result.js'
import { type NativeContext } from './run/native-runtime.js'
import { runMatrix } from './run/matrix.js'
import { runtimeById } from './runtimes/index.js'
import { TOOL_VERSION } from './version.js'

export interface EngineOptions {
  env?: NodeJS.ProcessEnv
  /** Where the work directory goes; default RUNNER_TEMP, else the OS temp dir. */
  workRoot?: string
  native?: Omit<NativeContext, 'timeoutMs' | 'env'>
}

export async function runProbe(plan: Plan, options: EngineOptions = {}): Promise<ProbeResult> {
  const env = options.env ?? process.env
  const startedAt = new Date()
  const started = performance.now()
  const host = detectHost(env)

  const located = new Map<string, Located>()
  for (const id of plan.runtimes) {
    const spec = runtimeById(id)
    const found = spec ? locate(spec, env) : undefined
    if (found) located.set(id, found)
  }

  const workDir = mkdtempSync(join(options.workRoot ?? env.RUNNER_TEMP ?? tmpdir(), 'wasi-probe-'))
  try {
    const { native, runtimes } = await runMatrix({
      runtimes: plan.runtimes,
      located,
      probes: BASIC_PROBES,
      timeoutMs: Math.round(plan.timeoutSeconds * 1000),
      workDir,
      env,
      native: options.native
    })
    return {
      schema: RESULT_SCHEMA,
      tool: { name: 'wasi-probe', version: TOOL_VERSION },
      host,
      startedAt: startedAt.toISOString(),
      durationMs: Math.round(performance.now() - started),
      native,
      runtimes,
      supported: runtimes.filter((r) => r.status === 'pass').map((r) => r.id),
      failOn: evaluateFailOn(plan.failOn, runtimes)
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true })
  }
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
