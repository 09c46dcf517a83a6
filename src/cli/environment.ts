// The folders a runner gives a step, which the CLI gives the engine outside GitHub Actions.
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'

/** Where the CLI keeps installed runtimes when RUNNER_TOOL_CACHE is not set. */
export function defaultToolCache(env: NodeJS.ProcessEnv): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'wasi-probe', 'tool-cache')
}

/** The environment with RUNNER_TEMP and RUNNER_TOOL_CACHE set, as on a runner. */
export function runnerLikeEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...env,
    RUNNER_TEMP: env.RUNNER_TEMP || tmpdir(),
    RUNNER_TOOL_CACHE: env.RUNNER_TOOL_CACHE || defaultToolCache(env)
  }
}
