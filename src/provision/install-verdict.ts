// What a run says of its installs once every result is written: with `install: true` a requested
// runtime that could not be installed fails the step, as setup-* actions do (`if-available` never
// does, and a runtime with no build for the platform is `unavailable`, not a failure); without
// `install`, a runtime that is missing is told how it could be.
import type { Plan } from '../inputs/plan.js'
import { INSTALL_STAGES, type RuntimeOutcome } from '../result/index.js'
import { runtimeById } from '../runtimes/index.js'
import { asksForComponents } from './provision.js'

export interface FailedInstall {
  id: string
  /** Why, as the result says it: `install failed at download: <url>: HTTP 404`. */
  reason: string
}

const isInstallStage = (stage: string | undefined): boolean =>
  (INSTALL_STAGES as readonly string[]).includes(stage ?? '')

/** The runtimes this run tried to install and could not. */
export function failedInstalls(runtimes: readonly RuntimeOutcome[]): FailedInstall[] {
  return runtimes.flatMap((runtime) =>
    runtime.install && runtime.status === 'error' && isInstallStage(runtime.failedStage)
      ? [
          {
            id: runtime.id,
            reason: runtime.reason ?? `install failed at ${runtime.failedStage}`
          }
        ]
      : []
  )
}

/** With `install: true`, the requested runtimes that could not be installed; none with `if-available`. */
export function installsFailingTheStep(plan: Plan, runtimes: readonly RuntimeOutcome[]): FailedInstall[] {
  return plan.install && !plan.install.bestEffort ? failedInstalls(runtimes) : []
}

/**
 * Why the step fails for its installs, or undefined when it does not: each requested runtime that
 * could not be installed, by name and why (`shown` makes a reason fit the log).
 */
export function installFailure(
  plan: Plan,
  runtimes: readonly RuntimeOutcome[],
  shown: (reason: string) => string = (reason) => reason
): string | undefined {
  const failed = installsFailingTheStep(plan, runtimes)
  if (failed.length === 0) return undefined
  const which =
    failed.length === 1
      ? `${failed[0].id} could not be installed`
      : `${failed.length} runtimes could not be installed`
  return [
    `install: true, and ${which}:`,
    ...failed.map((install) => `  ${install.id}: ${shown(install.reason)}`),
    'Every result was written. With install: if-available, an install that fails does not fail the step.'
  ].join('\n')
}

/**
 * For a runtime that is missing because nothing installed it, how it would be; undefined for one
 * that is there, or is never installed (native, node).
 */
export function howToInstall(plan: Plan, runtime: RuntimeOutcome): string | undefined {
  if (runtime.status !== 'missing' || plan.install) return undefined
  const spec = runtimeById(runtime.id)
  if (spec?.kind === 'jco')
    return asksForComponents(plan)
      ? `${runtime.id} is missing (not on PATH or in the tool cache): install: true installs it with npm, at the pinned versions, integrity-checked.`
      : `${runtime.id} is missing (not on PATH or in the tool cache): it runs components only, and with a component probe (probes: component) or your modules, install: true installs it with npm.`
  if (spec?.kind !== 'cli') return undefined
  return `${runtime.id} is missing (not on PATH or in the tool cache): install: true installs it from its GitHub releases, pinned and checksum-verified, for this step and later ones.`
}
