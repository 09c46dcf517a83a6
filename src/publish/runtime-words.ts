// What the runtime itself said when a probe did not pass: its first error line,
// read from the stream its adapter says it writes errors to (WAMR and WasmEdge
// write theirs to stdout, where neither the log nor the summary looked).
import { firstErrorWords, type Stream, streamsFrom } from '../result/error-words.js'
import type { ProbeOutcome, RuntimeOutcome } from '../result/index.js'
import { runtimeById } from '../runtimes/index.js'

/** Where the runtime `runtimeId` writes its own errors: stdout for WAMR and WasmEdge, else stderr. */
export function errorStreamOf(runtimeId: string): Stream {
  const spec = runtimeById(runtimeId)
  return spec && 'errorStream' in spec && spec.errorStream ? spec.errorStream : 'stderr'
}

/** The streams of a run, the one the runtime writes its errors to first. */
export function streamsInOrder(runtimeId: string): [Stream, Stream] {
  return streamsFrom(errorStreamOf(runtimeId))
}

/** The first line that reads as an error, in the runtime's error stream first (firstErrorWords). */
export function firstErrorLine(
  output: Pick<ProbeOutcome, 'stdout' | 'stderr'>,
  runtimeId: string
): { stream: Stream; words: string } | undefined {
  return firstErrorWords(output, errorStreamOf(runtimeId))
}

/** An embedded probe that ended otherwise than expected: the runtime's words say why, not the module's output. */
function endedAsNotExpected(probe: ProbeOutcome): boolean {
  if (probe.test !== undefined) return false
  if (probe.status === 'trap' || probe.status === 'timeout') return true
  if (probe.status !== 'fail') return false
  const { exitCode } = probe.expected
  return exitCode === 'nonzero' ? probe.exitCode === 0 : probe.exitCode !== exitCode || probe.signal !== null
}

/**
 * Why `probe` did not pass on `runtimeId`, with the runtime's first error line
 * where the run ended otherwise than expected: `exit code 255, expected exit
 * code 0; stdout: "WASM module load failed: unsupported opcode fd"`. The
 * user's tests carry those words in their reason already.
 */
export function probeReason(probe: ProbeOutcome, runtimeId: string): string {
  const reason = probe.reason ?? probe.status
  if (!endedAsNotExpected(probe)) return reason
  const said = firstErrorLine(probe, runtimeId)
  // A trap's reason may quote the same line already (cut at its own length).
  if (!said || reason.includes(said.words.slice(0, 60))) return reason
  return `${reason}; ${said.stream}: ${JSON.stringify(said.words)}`
}

/**
 * Why a runtime did not pass, with its own words: per basic probe that did not
 * pass when its runs are what failed, else the reason it was given (an install
 * that failed, a runtime that could not be found).
 */
export function runtimeReason(runtime: RuntimeOutcome): string {
  const failed = runtime.probes.filter(
    (p) => p.category === 'basic' && p.status !== 'pass' && p.status !== 'unsupported'
  )
  if (runtime.failedStage !== 'run' || failed.length === 0) return runtime.reason ?? runtime.status
  return failed.map((probe) => `${probe.id}: ${probeReason(probe, runtime.id)}`).join('; ')
}
