// Whether the run meets the `fail-on` rule; plain data in, a verdict out.
import type { FailOn } from '../inputs/plan.js'
import type { FailOnVerdict, RuntimeOutcome } from '../result/index.js'
import type { MergedReport } from './merge/merge.js'

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

/**
 * The probe's rule over many hosts: what would fail it on each host that reported, and on each
 * expected one that did not (no runtime passed there either). Empty when the rule is met.
 */
export function reportFailOnProblems(report: MergedReport, failOn: FailOn): string[] {
  if (failOn.kind === 'none') return []
  const passesOn = (host: string, id?: string) =>
    Object.entries(report.cells[host]).some(
      ([runtime, cell]) => (id === undefined || runtime === id) && cell.status === 'pass'
    )
  const list = (hosts: string[]) => hosts.join(', ')
  const problems =
    failOn.kind === 'any'
      ? [report.hosts.filter((host) => !passesOn(host))]
          .filter((hosts) => hosts.length > 0)
          .map((hosts) => `no runtime passes on ${list(hosts)}`)
      : failOn.ids.flatMap((id) => {
          const hosts = report.hosts.filter((host) => !passesOn(host, id))
          return hosts.length > 0 ? [`${id} does not pass on ${list(hosts)}`] : []
        })
  const failed = report.hosts.filter((host) => report.errors[host] !== undefined)
  if (problems.length > 0 && failed.length > 0) problems.push(`could not probe: ${list(failed)}`)
  if (report.missing.length > 0) problems.push(`did not report: ${list(report.missing)}`)
  return problems
}
