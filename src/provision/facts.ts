// What an adapter builds a later run from (a runner, a binfmt_misc wrapper):
// the facts the probe read of the runtime, kept by the run stage.
import type { RuntimeOutcome } from '../result/index.js'
import { type RuntimeFacts, THIS_OS } from '../runtimes/spec.js'

/** The facts the probe read of `runtime` (its version, the help its adapter asked for); its version alone when none were kept. */
export function factsFor(runtime: RuntimeOutcome, facts: ReadonlyMap<string, RuntimeFacts>): RuntimeFacts {
  return facts.get(runtime.id) ?? { version: runtime.version, os: THIS_OS }
}
