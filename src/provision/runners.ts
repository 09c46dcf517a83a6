// The `runners` output: for each runtime that passed, the command a later step
// puts before a module to run it (`$RUNNER tool.wasm --flag`). On Linux and
// macOS it is quoted for a POSIX shell; on Windows its paths have forward
// slashes, and a runtime that needs a sh script (wasmer, bun, native) has none.
// The runner program of node and deno, and the scripts, are written beside the
// tool cache, which lives as long as the job, under names that say what they hold.
import { createHash } from 'node:crypto'
import { chmodSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join } from 'node:path'
import type { RuntimeOutcome } from '../result/index.js'
import { runtimeById } from '../runtimes/index.js'
import { type RunnerForm, runnerForm, shellWord, windowsWord } from '../runtimes/runner.js'
import { type RuntimeFacts, THIS_OS } from '../runtimes/spec.js'
import { factsFor } from './facts.js'

/** Where runner scripts go: beside the tool cache, else the OS temp dir. */
export function runnersDir(env: NodeJS.ProcessEnv): string {
  return join(env.RUNNER_TOOL_CACHE || tmpdir(), 'wasi-probe-runners')
}

/**
 * Writes `content` under `name` with a digest of it before the extension (so
 * that two probes never clash), at once (never half-written); returns its path.
 */
function writeNamed(dir: string, name: string, content: string, mode: number): string {
  const digest = createHash('sha256').update(content).digest('hex').slice(0, 12)
  const extension = extname(name)
  const path = join(dir, `${name.slice(0, name.length - extension.length)}-${digest}${extension}`)
  mkdirSync(dir, { recursive: true })
  const partial = `${path}.${process.pid}.partial`
  writeFileSync(partial, content, { mode })
  chmodSync(partial, mode)
  renameSync(partial, path)
  return path
}

/** The command for one runtime's form, or undefined when it has none on `os`. */
function commandFor(id: string, form: RunnerForm, dir: string, os: RuntimeFacts['os']): string | undefined {
  const words = (list: string[]) => list.map(os === 'windows' ? windowsWord : shellWord).join(' ')
  if ('prefix' in form) return words(form.prefix)
  if ('helper' in form)
    return words(form.prefixWith(writeNamed(dir, form.helper.file, form.helper.source, 0o644)))
  // A sh script: nothing on Windows runs one as a command.
  return os === 'windows' ? undefined : shellWord(writeNamed(dir, id, form.script, 0o755))
}

/** Runtime id → the command that runs `module args...` through it, for every runtime that passed. */
export function writeRunners(
  runtimes: readonly RuntimeOutcome[],
  env: NodeJS.ProcessEnv,
  facts: ReadonlyMap<string, RuntimeFacts> = new Map(),
  os: RuntimeFacts['os'] = THIS_OS
): Record<string, string> {
  const runners: Record<string, string> = {}
  for (const runtime of runtimes) {
    const spec = runtimeById(runtime.id)
    if (runtime.status !== 'pass' || !spec || (spec.kind !== 'native' && !runtime.path)) continue
    // The runners run preview1 modules; jco runs components only.
    if (spec.kind === 'jco') continue
    const form = runnerForm(spec, runtime.path ?? '', { ...factsFor(runtime, facts), os })
    const command = commandFor(runtime.id, form, runnersDir(env), os)
    if (command !== undefined) runners[runtime.id] = command
  }
  return runners
}
