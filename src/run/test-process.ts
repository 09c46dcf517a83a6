// A module run as a wasi-testsuite test sees it: stdin to write to, stdout and
// stderr to read from as text, an exit to wait for, signals to send. A live
// process is spawned and talked to while it runs; a recorded one replays what a
// node:wasi batch captured, for tests that only read and wait.
import type { ChildProcess } from 'node:child_process'
import { StringDecoder } from 'node:string_decoder'
import type { WriteWatch } from './disk-watch.js'
import { type Captured, killTree, startChild, TEST_OUTPUT_LIMIT_BYTES } from './process.js'

export type Stream = 'stdout' | 'stderr'

/** How a process ended; `timedOut` when it was killed for taking too long. */
export interface Exit {
  exitCode: number | null
  signal: string | null
  timedOut: boolean
  /** The process could not start (ENOENT, EACCES, ...). */
  spawnError?: string
  /** node:wasi's own word that the module trapped. */
  trap?: string
}

export interface TestProcess {
  /** Writes to the module's stdin (text, UTF-8). */
  write(payload: string): Promise<void>
  /** The next `chars` characters of a stream, fewer only at its end; `timedOut` if they did not come in time. */
  read(stream: Stream, chars: number, timeoutMs: number): Promise<{ text: string; timedOut: boolean }>
  /** The next line of a stream, without its line break. */
  readLine(stream: Stream, timeoutMs: number): Promise<{ text: string; timedOut: boolean }>
  /** Closes stdin and waits for the end, killing the process tree after `timeoutMs`. */
  wait(timeoutMs: number): Promise<Exit>
  kill(signal: NodeJS.Signals | number): void
  /** True until the process has been waited for. */
  readonly running: boolean
  /** Kills what still runs and gives what was seen. */
  finish(): Promise<Exit>
  /** All of each stream so far, for the result file. */
  output(): { stdout: Captured; stderr: Captured }
  readonly durationMs: number
}

/**
 * A stream as Python's text mode reads a pipe, which is how the official
 * runner reads it: UTF-8, with universal newlines (`\r\n` and a lone `\r`
 * both read as `\n`).
 */
export class TextStream {
  private readonly decoder = new StringDecoder('utf8')
  private text = ''
  private cursor = 0
  private bytes = 0
  private pendingCR = false
  private ended = false
  private waiters: (() => void)[] = []

  add(chunk: Buffer): void {
    this.bytes += chunk.length
    this.append(this.decoder.write(chunk))
  }

  end(): void {
    if (this.ended) return
    this.append(this.decoder.end())
    if (this.pendingCR) this.push('\n')
    this.pendingCR = false
    this.ended = true
    this.wake()
  }

  private append(decoded: string): void {
    if (decoded === '') return
    let text = decoded
    if (this.pendingCR) {
      this.pendingCR = false
      text = `\r${text}`
    }
    if (text.endsWith('\r')) {
      this.pendingCR = true
      text = text.slice(0, -1)
    }
    this.push(text.replace(/\r\n?/g, '\n'))
  }

  /** Text past TEST_OUTPUT_LIMIT_BYTES characters is only counted: reads see the stream end there. */
  private push(text: string): void {
    const room = TEST_OUTPUT_LIMIT_BYTES - this.text.length
    if (room > 0) this.text += text.length > room ? text.slice(0, room) : text
    this.wake()
  }

  private wake(): void {
    const waiters = this.waiters
    this.waiters = []
    for (const wake of waiters) wake()
  }

  /** Resolves once `ready()` holds or the stream ended; false if `timeoutMs` passed first. */
  private async until(ready: () => boolean, timeoutMs: number): Promise<boolean> {
    const deadline = performance.now() + timeoutMs
    while (!ready() && !this.ended) {
      const left = deadline - performance.now()
      if (left <= 0) return false
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left)
        this.waiters.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
    return true
  }

  async read(chars: number, timeoutMs: number): Promise<{ text: string; timedOut: boolean }> {
    const inTime = await this.until(() => this.text.length - this.cursor >= chars, timeoutMs)
    const text = this.text.slice(this.cursor, this.cursor + chars)
    this.cursor += text.length
    return { text, timedOut: !inTime }
  }

  async readLine(timeoutMs: number): Promise<{ text: string; timedOut: boolean }> {
    const inTime = await this.until(() => this.text.indexOf('\n', this.cursor) >= 0, timeoutMs)
    const newline = this.text.indexOf('\n', this.cursor)
    const end = newline >= 0 ? newline + 1 : this.text.length
    const line = this.text.slice(this.cursor, end)
    this.cursor = end
    return { text: line.replace(/\n$/, ''), timedOut: !inTime }
  }

  captured(): Captured {
    return { text: this.text, bytes: this.bytes }
  }
}

export interface SpawnRequest {
  command: string
  args: string[]
  env: NodeJS.ProcessEnv
  cwd: string
  /** The directories the run may write to: past their limit it is killed. */
  writes?: WriteWatch
}

/** A process spawned for a test: stdin, stdout and stderr are pipes, as the official runner has them. */
export class LiveProcess implements TestProcess {
  private readonly child: ChildProcess | undefined
  private readonly started = performance.now()
  private readonly streams = { stdout: new TextStream(), stderr: new TextStream() }
  private readonly closed: Promise<Exit>
  private timedOut = false
  private waited = false
  private ended: number | undefined

  constructor(request: SpawnRequest) {
    const { child, ended } = startChild(request, 'pipe', 'pipe')
    this.child = child
    // A module that exits without reading its stdin makes writes fail with EPIPE: that is its business.
    child?.stdin?.on('error', () => {})
    child?.stdout?.on('data', (chunk: Buffer) => this.streams.stdout.add(chunk))
    child?.stderr?.on('data', (chunk: Buffer) => this.streams.stderr.add(chunk))
    this.closed = ended.then(({ exitCode, signal, spawnError }) => {
      this.ended = performance.now()
      this.streams.stdout.end()
      this.streams.stderr.end()
      return { exitCode, signal, timedOut: this.timedOut, ...(spawnError ? { spawnError } : {}) }
    })
  }

  get running(): boolean {
    return !this.waited
  }

  get durationMs(): number {
    return Math.round((this.ended ?? performance.now()) - this.started)
  }

  write(payload: string): Promise<void> {
    return new Promise((resolve) => {
      const stdin = this.child?.stdin
      if (!stdin || stdin.destroyed || !stdin.writable) return resolve()
      stdin.write(payload, 'utf8', () => resolve())
    })
  }

  read(stream: Stream, chars: number, timeoutMs: number) {
    return this.streams[stream].read(chars, timeoutMs)
  }

  readLine(stream: Stream, timeoutMs: number) {
    return this.streams[stream].readLine(timeoutMs)
  }

  async wait(timeoutMs: number): Promise<Exit> {
    this.waited = true
    this.child?.stdin?.end()
    const timer = setTimeout(() => {
      this.timedOut = true
      if (this.child) killTree(this.child)
    }, timeoutMs)
    try {
      return await this.closed
    } finally {
      clearTimeout(timer)
    }
  }

  kill(signal: NodeJS.Signals | number): void {
    try {
      this.child?.kill(signal)
    } catch {
      // Already gone.
    }
  }

  async finish(): Promise<Exit> {
    if (!this.waited) {
      this.waited = true
      if (this.child) killTree(this.child)
    }
    return this.closed
  }

  output() {
    return { stdout: this.streams.stdout.captured(), stderr: this.streams.stderr.captured() }
  }
}

/** What a node:wasi batch saw of one module. */
export interface Recording extends Exit {
  stdout: Captured
  stderr: Captured
  durationMs: number
}

/** A finished run replayed as if it were live: reads see what it wrote, wait sees how it ended. */
export class RecordedProcess implements TestProcess {
  private readonly streams = { stdout: new TextStream(), stderr: new TextStream() }
  private waited = false

  constructor(private readonly recording: Recording) {
    for (const stream of ['stdout', 'stderr'] as const) {
      this.streams[stream].add(Buffer.from(recording[stream].text, 'utf8'))
      this.streams[stream].end()
    }
  }

  get running(): boolean {
    return !this.waited
  }

  get durationMs(): number {
    return this.recording.durationMs
  }

  async write(): Promise<void> {
    throw new Error('a recorded run takes no input')
  }

  /** The run has ended: a read gets what it wrote (a run that timed out is not replayed, but run live). */
  read(stream: Stream, chars: number) {
    return this.streams[stream].read(chars, 0)
  }

  readLine(stream: Stream) {
    return this.streams[stream].readLine(0)
  }

  async wait(): Promise<Exit> {
    this.waited = true
    const { exitCode, signal, timedOut, spawnError, trap } = this.recording
    return {
      exitCode,
      signal,
      timedOut,
      ...(spawnError ? { spawnError } : {}),
      ...(trap !== undefined ? { trap } : {})
    }
  }

  kill(): void {
    throw new Error('a recorded run cannot be signalled')
  }

  finish(): Promise<Exit> {
    return this.wait()
  }

  output() {
    // The batch counted the bytes as the module wrote them.
    const { stdout, stderr } = this.recording
    return {
      stdout: { text: this.streams.stdout.captured().text, bytes: stdout.bytes },
      stderr: { text: this.streams.stderr.captured().text, bytes: stderr.bytes }
    }
  }
}
