// Running the engine in a test: a plan with the defaults a test wants, a
// PATH of fake runtimes beside the running node, and probes of a test's own
// (variants of the catalog's) run by the engine's stages.
import { dirname } from 'node:path'
import { detectHost, platformOf } from '../../src/host.js'
import type { Plan } from '../../src/inputs/plan.js'
import type { Probe } from '../../src/probes/catalog.js'
import { provision } from '../../src/provision/provision.js'
import type { ProbeOutcome } from '../../src/result/index.js'
import { runMatrix } from '../../src/run/matrix.js'
import { FAKE_BINARIES, tempDir, writeFakeRuntime } from './fake-runtimes.js'

export function enginePlan(runtimes: string[], extra: Partial<Plan> = {}): Plan {
  return {
    runtimes,
    probes: ['basic'],
    timeoutSeconds: 20,
    failOn: { kind: 'none' },
    summary: true,
    resultPath: '',
    ...extra
  }
}

/** PATH with fake runtimes for `binaries` and the running node. */
export function envWithFakes(...binaries: string[]): NodeJS.ProcessEnv {
  const bin = tempDir()
  for (const binary of binaries) writeFakeRuntime(bin, binary)
  return { ...process.env, PATH: `${bin}:${dirname(process.execPath)}:/usr/bin:/bin`, RUNNER_TOOL_CACHE: '' }
}

/** Every runtime driven through a CLI, each by its fake, and node. */
export const EVERY_FAKE_RUNTIME = ['node', ...Object.keys(FAKE_BINARIES)]
export const everyFakeBinary = () => Object.values(FAKE_BINARIES)

/** Runs `probes` on `runtimes` by the engine's own stages (provision, then run): each runtime's outcomes by probe id. */
export async function runProbesOn(
  runtimes: string[],
  probes: readonly Probe[],
  env: NodeJS.ProcessEnv = process.env
): Promise<Map<string, Map<string, ProbeOutcome>>> {
  const plan = enginePlan(runtimes, { timeoutSeconds: 60 })
  const provisioned = await provision(plan, env, platformOf(detectHost(env)), {})
  const matrix = await runMatrix({
    runtimes,
    located: provisioned.located,
    absent: provisioned.absent,
    probes,
    timeoutMs: 60_000,
    workDir: tempDir(),
    env
  })
  return new Map(
    matrix.runtimes.map((runtime) => [runtime.id, new Map(runtime.probes.map((p) => [p.id, p]))])
  )
}
