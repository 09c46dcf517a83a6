// Spawning with a timeout that kills the whole process tree, and output
// captured up to a bound. @actions/exec has no timeout, hence our own.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { watchWrites, type WriteWatch } from './disk-watch.js'

/** How much of each of stdout and stderr is kept; the rest is only counted. */
export const CAPTURE_LIMIT_BYTES = 64 * 1024

/**
 * How much of each stream a wasi-testsuite test keeps: its reads compare
 * against it, so it must hold more than any payload a spec plausibly reads.
 */
export const TEST_OUTPUT_LIMIT_BYTES = 1024 * 1024

/** Output of a stream: the first CAPTURE_LIMIT_BYTES as text, and the full size. */
export interface Captured {
  text: string
  bytes: number
}

/** Everything observed of one module run (or one version query). */
export interface Observation {
  exitCode: number | null
  signal: string | null
  stdout: Captured
  stderr: Captured
  durationMs: number
  timedOut: boolean
  /** The process could not be started: the error code (ENOENT, EACCES, ...). */
  spawnError?: string
  /** The runtime itself reported a Wasm trap with this message (node:wasi). */
  trap?: string
}

export interface ProcessRequest {
  command: string
  args: string[]
  timeoutMs: number
  env?: NodeJS.ProcessEnv
  cwd?: string
  /** Written to the process's stdin, which is then closed; without it stdin is the null device. */
  stdin?: string
  /** The directories the run may write to, measured while it runs: past their limit it is killed. */
  writes?: WriteWatch
}

export const EMPTY_CAPTURE: Captured = { text: '', bytes: 0 }

/** Collects chunks until the limit, then only counts. */
export class BoundedCapture {
  private readonly chunks: Buffer[] = []
  private kept = 0
  private total = 0

  constructor(private readonly limit = CAPTURE_LIMIT_BYTES) {}

  add(chunk: Buffer): void {
    this.total += chunk.length
    const room = this.limit - this.kept
    if (room <= 0) return
    const part = chunk.length > room ? chunk.subarray(0, room) : chunk
    this.chunks.push(part)
    this.kept += part.length
  }

  result(): Captured {
    return { text: Buffer.concat(this.chunks).toString('utf8'), bytes: this.total }
  }
}

/**
 * How long the pipes may stay open, and quiet, once the process itself has
 * exited: a grandchild that left the process group (setsid) and holds them
 * must not keep a run going past its limit. While output still comes in the
 * wait goes on, up to PIPES_GRACE_MOST_MS in all.
 */
export const PIPES_GRACE_MS = 250
const PIPES_GRACE_MOST_MS = 5000

/** The end of a process the run's cancellation kept from starting, or killed. */
export const CANCELLED = 'ECANCELED'

/** The end of a process killed for writing more than WRITE_LIMIT_BYTES into its run's directories. */
export const WROTE_TOO_MUCH = 'EFBIG'

/** Every process started and not yet ended, so that a cancelled run can kill them all. */
const live = new Set<ChildProcess>()
let cancelled = false
/** The processes a cancellation killed: their end is the cancellation's, not theirs. */
const killedByCancel = new WeakSet<ChildProcess>()

/**
 * Kills every process tree wasi-probe started, and refuses to start more: for
 * a run that is cancelled (SIGTERM, SIGINT), whose results are written with
 * what there is.
 */
export function cancelAllProcesses(): void {
  cancelled = true
  for (const child of live) {
    killedByCancel.add(child)
    killTree(child)
  }
}

/** True once cancelAllProcesses() has been called. */
export function isCancelled(): boolean {
  return cancelled
}

/**
 * Kills a child and everything it started. On POSIX the child leads its own
 * process group (spawned with `detached`), so the group is signalled.
 */
export function killTree(child: ChildProcess): void {
  if (child.pid === undefined) return
  if (process.platform === 'win32') {
    spawnSync('taskkill', ['/pid', String(child.pid), '/T', '/F'], { stdio: 'ignore' })
    return
  }
  try {
    process.kill(-child.pid, 'SIGKILL')
  } catch {
    child.kill('SIGKILL')
  }
}

/** How a started process ended, or why it could not start. */
export interface ChildEnd {
  exitCode: number | null
  signal: string | null
  /**
   * Why it could not start (ENOENT, EACCES, ERR_INVALID_ARG_VALUE for a NUL in
   * an argument), or why wasi-probe ended it (CANCELLED, WROTE_TOO_MUCH).
   */
  spawnError?: string
}

/** A process wasi-probe started (none when it could not be), and its end. */
export interface StartedChild {
  child?: ChildProcess
  ended: Promise<ChildEnd>
}

/**
 * Spawns without a shell, in a process group of its own where the OS has
 * them. `ended` resolves once the pipes are closed, or PIPES_GRACE_MS after
 * the process exited if something else holds them; what the process left
 * running in its group is killed when it exits. It never rejects.
 */
export function startChild(
  request: Omit<ProcessRequest, 'timeoutMs'>,
  stdout: 'pipe' | 'ignore' = 'pipe',
  stdin: 'pipe' | 'ignore' = 'ignore'
): StartedChild {
  if (cancelled) return { ended: Promise.resolve({ exitCode: null, signal: null, spawnError: CANCELLED }) }
  let child: ChildProcess
  try {
    child = spawn(request.command, request.args, {
      cwd: request.cwd,
      env: request.env ?? process.env,
      stdio: [stdin, stdout, 'pipe'],
      detached: process.platform !== 'win32',
      windowsHide: true
    })
  } catch (error) {
    // Thrown before any process exists: a NUL in an argument, say.
    const code = (error as NodeJS.ErrnoException).code ?? String(error)
    return { ended: Promise.resolve({ exitCode: null, signal: null, spawnError: code }) }
  }
  live.add(child)
  let lastOutput = performance.now()
  for (const stream of [child.stdout, child.stderr])
    stream?.on('data', () => (lastOutput = performance.now()))
  let wroteTooMuch = false
  const stopWatching = request.writes
    ? watchWrites(request.writes, () => {
        wroteTooMuch = true
        killTree(child)
      })
    : () => {}
  const ended = new Promise<ChildEnd>((resolve) => {
    let settled = false
    let grace: NodeJS.Timeout | undefined
    const settle = (end: ChildEnd) => {
      if (settled) return
      settled = true
      clearTimeout(grace)
      stopWatching()
      live.delete(child)
      const ours = killedByCancel.has(child) ? CANCELLED : wroteTooMuch ? WROTE_TOO_MUCH : undefined
      resolve(ours ? { ...end, spawnError: ours } : end)
    }
    child.on('error', (error: NodeJS.ErrnoException) =>
      settle({ exitCode: null, signal: null, spawnError: error.code ?? error.message })
    )
    child.on('exit', (code, signal) => {
      // What it started and left behind goes with it.
      if (process.platform !== 'win32' && child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL')
        } catch {
          // The group is empty: nothing was left.
        }
      }
      const exited = performance.now()
      const waitForPipes = () => {
        grace = setTimeout(
          // After the poll phase: output that was waiting while the loop was busy is read first.
          () =>
            setImmediate(() => {
              if (settled) return
              const now = performance.now()
              if (now - lastOutput < PIPES_GRACE_MS && now - exited < PIPES_GRACE_MOST_MS)
                return waitForPipes()
              for (const stream of [child.stdin, child.stdout, child.stderr]) stream?.destroy()
              settle({ exitCode: code, signal })
            }),
          PIPES_GRACE_MS
        )
      }
      waitForPipes()
    })
    // 'close' waits for the pipes too, so no output is lost.
    child.on('close', (code, signal) => settle({ exitCode: code, signal }))
  })
  return { child, ended }
}

/** Runs one process to its end or to the timeout; never rejects. */
export async function runProcess(request: ProcessRequest): Promise<Observation> {
  const started = performance.now()
  const stdout = new BoundedCapture()
  const stderr = new BoundedCapture()
  let timedOut = false
  const { child, ended } = startChild(request, 'pipe', request.stdin === undefined ? 'ignore' : 'pipe')
  // A process that exits without reading its stdin makes the write fail with EPIPE: that is its business.
  child?.stdin?.on('error', () => {})
  child?.stdin?.end(request.stdin, 'utf8')
  const timer = setTimeout(() => {
    timedOut = true
    if (child) killTree(child)
  }, request.timeoutMs)
  child?.stdout?.on('data', (chunk: Buffer) => stdout.add(chunk))
  child?.stderr?.on('data', (chunk: Buffer) => stderr.add(chunk))
  const end = await ended
  clearTimeout(timer)
  return {
    exitCode: end.exitCode,
    signal: end.signal,
    stdout: stdout.result(),
    stderr: stderr.result(),
    durationMs: Math.round(performance.now() - started),
    timedOut,
    ...(end.spawnError ? { spawnError: end.spawnError } : {})
  }
}
