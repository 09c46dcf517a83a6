// Whether the run meets the `fail-on` rule; plain data in, a verdict out.
import type { FailOn } from '../inputs/plan.js'
import type { FailOnVerdict, RuntimeOutcome } from '../result/index.js'

export function describeFailOn(failOn: FailOn): string {
  if (failOn.kind === 'runtimes') return failOn.ids.join(', ')
  return failOn.kind
}

export function evaluateFailOn(failOn: FailOn, runtimes: readonly RuntimeOutcome[]): FailOnVerdict {
  const rule = describeFailOn(failOn)
  const passed = runtimes.filter((r) => r.status === 'pass').map((r) => r.id)
  if (failOn.kind === 'none')
    return { rule, ok: true, message: 'fail-on is none: the step does not fail on results' }
  if (failOn.kind === 'any') {
    return passed.length > 0
      ? { rule, ok: true, message: `at least one runtime passed: ${passed.join(', ')}` }
      : { rule, ok: false, message: 'fail-on: any, but no runtime passed the basic probes' }
  }
  const notPassed = runtimes.filter((r) => failOn.ids.includes(r.id) && r.status !== 'pass')
  if (notPassed.length === 0) return { rule, ok: true, message: `${rule} passed` }
  const details = notPassed.map((r) => `${r.id} is ${r.status}${r.reason ? ` (${r.reason})` : ''}`)
  return { rule, ok: false, message: `fail-on: ${rule} must pass, but ${details.join('; ')}` }
}
