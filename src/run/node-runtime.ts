// Node's node:wasi: every module in one child process (see node-batch.ts).
import { availableParallelism } from 'node:os'
import type { Probe } from '../probes/catalog.js'
import type { RuntimeOutcome } from '../report/result.js'
import type { Located } from '../provision/discover.js'
import type { NodeRuntimeSpec } from '../runtimes/spec.js'
import { looksLikeTrap } from '../runtimes/spec.js'
import { checkCellDir, prepareCellDir, removeCellDir } from './cell-dir.js'
import { classify } from './classify.js'
import { type CellContext, queryVersion } from './cli-runtime.js'
import { runNodeBatch } from './node-batch.js'
import { probeNotRun, probeOutcome, ranOutcome, unsupportedReason } from './outcome.js'

/**
 * A few modules share one child; many are spread over as many children as
 * there are cores (each still one module at a time, a fresh WASI instance each).
 */
function splitIntoBatches<T>(jobs: T[]): T[][] {
  const children = Math.max(1, Math.min(availableParallelism(), Math.ceil(jobs.length / MODULES_PER_CHILD)))
  const batches: T[][] = Array.from({ length: children }, () => [])
  jobs.forEach((job, i) => batches[i % children].push(job))
  return batches
}

/** Below this many modules per child, another child costs more than it saves. */
const MODULES_PER_CHILD = 4

export async function runNodeRuntime(
  spec: NodeRuntimeSpec,
  located: Located,
  probes: readonly Probe[],
  context: CellContext
): Promise<RuntimeOutcome> {
  const started = performance.now()
  const runnable = probes.filter((probe) => !unsupportedReason(probe, spec.limits))
  const dirs = new Map(runnable.map((probe) => [probe.id, prepareCellDir(probe, context.workDir)]))
  const jobs = runnable.map((probe) => {
    const dir = dirs.get(probe.id)
    return {
      id: probe.id,
      module: context.modulePaths.get(probe.module)!,
      args: probe.args,
      env: probe.env,
      preopens: Object.fromEntries((dir?.preopens ?? []).map(({ guest, host }) => [guest, host]))
    }
  })
  // The version query and the batches all at once: node's start-up is the cost worth saving here.
  const [version, ...batches] = await Promise.all([
    queryVersion(spec, located, context),
    ...splitIntoBatches(jobs).map((batch) =>
      runNodeBatch(located.path, batch, context.timeoutMs, context.workDir)
    )
  ])
  const observations = new Map(batches.flatMap((batch) => [...batch]))
  const outcomes = probes.map((probe) => {
    const unsupported = unsupportedReason(probe, spec.limits)
    if (unsupported) return probeNotRun(probe, 'unsupported', unsupported)
    const observation = observations.get(probe.id)!
    const dir = dirs.get(probe.id)
    const verdict = checkCellDir(
      probe,
      dir,
      classify(probe.expect, observation, looksLikeTrap, context.timeoutMs)
    )
    removeCellDir(dir)
    return probeOutcome(probe, verdict, observation)
  })
  return ranOutcome(spec, located, version, outcomes, started)
}
