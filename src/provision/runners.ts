// The `runners` output: for each runtime that passed, the command a later step
// puts before a module to run it (`$RUNNER tool.wasm --flag`), quoted for a
// POSIX shell. Where that needs a program of its own (node, native, a runtime
// whose arguments go after a `--`), the script is written beside the tool
// cache, which lives as long as the job, under a name that says what it holds.
import { createHash } from 'node:crypto'
import { chmodSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RuntimeOutcome } from '../result/index.js'
import { runtimeById } from '../runtimes/index.js'
import { runnerForm, shellWord } from '../runtimes/runner.js'
import type { RuntimeFacts } from '../runtimes/spec.js'
import { factsFor } from './facts.js'

/** Where runner scripts go: beside the tool cache, else the OS temp dir. */
export function runnersDir(env: NodeJS.ProcessEnv): string {
  return join(env.RUNNER_TOOL_CACHE || tmpdir(), 'wasi-probe-runners')
}

/** Writes `script` as an executable named after its runtime and content (so that two probes never clash). */
function writeScript(dir: string, id: string, script: string): string {
  const digest = createHash('sha256').update(script).digest('hex').slice(0, 12)
  const path = join(dir, `${id}-${digest}`)
  mkdirSync(dir, { recursive: true })
  const partial = `${path}.${process.pid}.partial`
  writeFileSync(partial, script, { mode: 0o755 })
  chmodSync(partial, 0o755)
  renameSync(partial, path)
  return path
}

/** Runtime id → the shell command that runs `module args...` through it, for every runtime that passed. */
export function writeRunners(
  runtimes: readonly RuntimeOutcome[],
  env: NodeJS.ProcessEnv,
  facts: ReadonlyMap<string, RuntimeFacts> = new Map()
): Record<string, string> {
  // Only on POSIX for now: the prefix is for a POSIX shell, the scripts are sh scripts.
  if (process.platform === 'win32') return {}
  const runners: Record<string, string> = {}
  for (const runtime of runtimes) {
    const spec = runtimeById(runtime.id)
    if (runtime.status !== 'pass' || !spec || (spec.kind !== 'native' && !runtime.path)) continue
    const form = runnerForm(spec, runtime.path ?? '', factsFor(runtime, facts))
    runners[runtime.id] =
      'prefix' in form
        ? form.prefix.map(shellWord).join(' ')
        : shellWord(writeScript(runnersDir(env), runtime.id, form.script))
  }
  return runners
}
