// Result documents built by hand, for tests of what reads them (the summary,
// the outputs, the report): every field valid, each overridable.
import { failedRunResult } from '../../src/engine.js'
import type { Host, ProbeOutcome, ProbeResult, RuntimeOutcome } from '../../src/result/index.js'

export const TEST_HOST: Host = {
  os: 'linux',
  arch: 'x64',
  libc: 'glibc',
  label: 'linux-x64-glibc',
  runner: null
}

/** A passing embedded probe (`exit-code` expects 42, as the real one does). */
export function probe(id: string, fields: Partial<ProbeOutcome> = {}): ProbeOutcome {
  const exitCode = id === 'exit-code' ? 42 : 0
  return {
    id,
    category: 'basic',
    status: 'pass',
    exitCode,
    signal: null,
    expected: { exitCode },
    stdout: '',
    stderr: '',
    stdoutBytes: 0,
    stderrBytes: 0,
    durationMs: 3,
    ...fields
  }
}

/** A passing test of the user's, in `suite` (or given on its own). */
export function userTest(
  suite: string | undefined,
  name: string,
  fields: Partial<ProbeOutcome> = {}
): ProbeOutcome {
  return probe(suite === undefined ? name : `${suite}/${name}`, {
    category: 'custom',
    ...(suite === undefined ? {} : { suite }),
    test: name,
    expected: { exitCode: 0, operations: [] },
    ...fields
  })
}

/** A runtime found on PATH that passed the three basic probes. */
export function runtime(id: string, fields: Partial<RuntimeOutcome> = {}): RuntimeOutcome {
  return {
    id,
    name: id,
    version: '1.0.0',
    path: `/usr/bin/${id}`,
    source: 'path',
    status: 'pass',
    probes: [probe('seed'), probe('exit-code'), probe('stdout')],
    durationMs: 10,
    ...fields
  }
}

/** The result of a run on TEST_HOST with these runtimes (native unsupported), `fields` over it. */
export function resultWith(runtimes: RuntimeOutcome[], fields: Partial<ProbeResult> = {}): ProbeResult {
  const base = failedRunResult('', { rule: 'none', ok: true, message: '' })
  delete base.error
  return {
    ...base,
    host: TEST_HOST,
    native: { status: 'unsupported', handler: null, flags: null, entries: [], dir: null, reason: 'no entry' },
    runtimes,
    supported: runtimes.filter((r) => r.status === 'pass').map((r) => r.id),
    ...fields
  }
}
