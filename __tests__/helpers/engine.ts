// Running the engine in a test: a plan with the defaults a test wants, and a
// PATH of fake runtimes beside the running node.
import { dirname } from 'node:path'
import type { Plan } from '../../src/inputs/plan.js'
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
