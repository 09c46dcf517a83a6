// A runtime with a command-line interface: one process per module.
import type { Probe } from '../probes/catalog.js'
import type { RuntimeOutcome } from '../report/result.js'
import type { Located } from '../provision/discover.js'
import type { CliRuntimeSpec, NodeRuntimeSpec } from '../runtimes/spec.js'
import { classify } from './classify.js'
import { probeNotRun, probeOutcome, runtimeOutcome, runtimeStatus, unsupportedReason } from './outcome.js'
import { runProcess } from './process.js'

export interface CellContext {
  /** Module id → path of its .wasm file. */
  modulePaths: ReadonlyMap<string, string>
  timeoutMs: number
  env?: NodeJS.ProcessEnv
}

/**
 * Asks the runtime for its version. When it cannot even be started, the
 * reason; every probe would fail the same way.
 */
export async function queryVersion(
  spec: CliRuntimeSpec | NodeRuntimeSpec,
  located: Located,
  context: CellContext
): Promise<{ version: string | null; startError?: string }> {
  const observation = await runProcess({
    command: located.path,
    args: spec.versionArgs,
    timeoutMs: context.timeoutMs,
    env: context.env
  })
  if (observation.spawnError) {
    const verdict = classify({ exitCode: 0 }, observation, () => false, context.timeoutMs)
    return { version: null, startError: verdict.reason }
  }
  return { version: spec.parseVersion(`${observation.stdout.text}\n${observation.stderr.text}`) ?? null }
}

export async function runCliRuntime(
  spec: CliRuntimeSpec,
  located: Located,
  probes: readonly Probe[],
  context: CellContext
): Promise<RuntimeOutcome> {
  const started = performance.now()
  const { version, startError } = await queryVersion(spec, located, context)
  const outcomes = []
  for (const probe of probes) {
    const unsupported = unsupportedReason(probe, spec.limits)
    if (startError) {
      outcomes.push(probeNotRun(probe, 'error', startError))
    } else if (unsupported) {
      outcomes.push(probeNotRun(probe, 'unsupported', unsupported))
    } else {
      const args = spec.argv({
        module: context.modulePaths.get(probe.module)!,
        args: probe.args,
        env: probe.env,
        dirs: []
      })
      const observation = await runProcess({
        command: located.path,
        args,
        timeoutMs: context.timeoutMs,
        env: context.env
      })
      outcomes.push(
        probeOutcome(probe, classify(probe.expect, observation, spec.isTrap, context.timeoutMs), observation)
      )
    }
  }
  return runtimeOutcome(spec, {
    version,
    path: located.path,
    source: located.source,
    ...runtimeStatus(outcomes),
    probes: outcomes,
    durationMs: Math.round(performance.now() - started)
  })
}
