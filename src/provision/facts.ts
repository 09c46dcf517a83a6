// What an adapter decides a later run from, for a runtime that has been
// probed: the version the probe read, and the help the adapter asks for.
import { spawnSync } from 'node:child_process'
import type { RuntimeOutcome } from '../result/index.js'
import { type CliRuntimeSpec, type RuntimeFacts, THIS_OS } from '../runtimes/spec.js'

export function factsOf(spec: CliRuntimeSpec, runtime: RuntimeOutcome): RuntimeFacts {
  const help =
    spec.helpArgs && runtime.path
      ? spawnSync(runtime.path, spec.helpArgs, { encoding: 'utf8', timeout: 15_000 })
      : undefined
  return {
    version: runtime.version,
    os: THIS_OS,
    ...(help ? { help: `${help.stdout ?? ''}\n${help.stderr ?? ''}` } : {})
  }
}
