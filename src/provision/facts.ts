// What an adapter decides a later run from, for a runtime that has been
// probed: the version the probe read, and the help the adapter asks for.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RuntimeOutcome } from '../result/index.js'
import { type CliRuntimeSpec, type RuntimeFacts, THIS_OS } from '../runtimes/spec.js'

export function factsOf(spec: CliRuntimeSpec, runtime: RuntimeOutcome): RuntimeFacts {
  let help: SpawnSyncReturns<string> | undefined
  if (spec.helpArgs && runtime.path) {
    // A working directory of its own, as every run has: never the user's checkout.
    const cwd = mkdtempSync(join(tmpdir(), 'wasi-probe-help-'))
    try {
      help = spawnSync(runtime.path, spec.helpArgs, { encoding: 'utf8', timeout: 15_000, cwd })
    } finally {
      rmSync(cwd, { recursive: true, force: true })
    }
  }
  return {
    version: runtime.version,
    os: THIS_OS,
    ...(help ? { help: `${help.stdout ?? ''}\n${help.stderr ?? ''}` } : {})
  }
}
