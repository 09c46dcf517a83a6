// What a run said about why it ended as it did: the first line that reads as
// an error, for a reason a person reads. One rule for the user's tests (run
// stage) and the embedded probes (summary, log, page).

export type Stream = 'stdout' | 'stderr'

/** Words that mark a line as an error, whoever wrote it (the runtime, or the module's own panic). */
const ERROR_LINE =
  /\b(error|exception|trap|panic|panicked|fail|failed|fault|abort|assert|assertion|unreachable)/i

/** How much of the line is shown: the result file keeps the output itself. */
const WORDS_CHARS = 200

/** The streams of a run, the one the runtime writes its errors to first. */
export function streamsFrom(errorStream: Stream): [Stream, Stream] {
  return errorStream === 'stdout' ? ['stdout', 'stderr'] : ['stderr', 'stdout']
}

/**
 * The first line that reads as an error, looked for in `errorStream` first
 * (stdout for WAMR and WasmEdge); without one, the first line there is. A
 * line ending in `:` ("panicked at src/x.rs:17:5:") takes the next one along,
 * which says what.
 */
export function firstErrorWords(
  output: Record<Stream, string>,
  errorStream: Stream = 'stderr'
): { stream: Stream; words: string } | undefined {
  const streams = streamsFrom(errorStream)
  const linesOf = (stream: Stream) =>
    output[stream]
      .split(/\r\n|\n/)
      .map((line) => line.trim())
      .filter(Boolean)
  const pick = (stream: Stream, lines: string[], at: number) => {
    const words = lines[at].endsWith(':') && lines[at + 1] ? `${lines[at]} ${lines[at + 1]}` : lines[at]
    return { stream, words: words.length > WORDS_CHARS ? `${words.slice(0, WORDS_CHARS - 1)}…` : words }
  }
  for (const stream of streams) {
    const lines = linesOf(stream)
    const at = lines.findIndex((line) => ERROR_LINE.test(line))
    if (at >= 0) return pick(stream, lines, at)
  }
  for (const stream of streams) {
    const lines = linesOf(stream)
    if (lines.length > 0) return pick(stream, lines, 0)
  }
  return undefined
}
