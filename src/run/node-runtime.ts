// Node's node:wasi: every module in one child process (see node-batch.ts).
import type { Probe } from '../probes/catalog.js'
import type { RuntimeOutcome } from '../report/result.js'
import type { Located } from '../provision/discover.js'
import type { NodeRuntimeSpec } from '../runtimes/spec.js'
import { looksLikeTrap } from '../runtimes/spec.js'
import { classify } from './classify.js'
import { type CellContext, queryVersion } from './cli-runtime.js'
import { runNodeBatch } from './node-batch.js'
import { probeOutcome, runtimeOutcome, runtimeStatus } from './outcome.js'

export async function runNodeRuntime(
  spec: NodeRuntimeSpec,
  located: Located,
  probes: readonly Probe[],
  context: CellContext & { workDir: string }
): Promise<RuntimeOutcome> {
  const started = performance.now()
  const jobs = probes.map((probe) => ({
    id: probe.id,
    module: context.modulePaths.get(probe.module)!,
    args: probe.args,
    env: probe.env,
    preopens: {}
  }))
  // Both at once: node's start-up is the cost worth saving here.
  const [version, observations] = await Promise.all([
    queryVersion(spec, located, context),
    runNodeBatch(located.path, jobs, context.timeoutMs, context.workDir)
  ])
  const outcomes = probes.map((probe) => {
    const observation = observations.get(probe.id)!
    return probeOutcome(
      probe,
      classify(probe.expect, observation, looksLikeTrap, context.timeoutMs),
      observation
    )
  })
  return runtimeOutcome(spec, {
    version,
    path: located.path,
    source: located.source,
    ...(located.libDir ? { libDir: located.libDir } : {}),
    ...runtimeStatus(outcomes),
    probes: outcomes,
    durationMs: Math.round(performance.now() - started)
  })
}
