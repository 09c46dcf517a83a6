// Spawning with a timeout that kills the whole process tree, and output
// captured up to a bound. @actions/exec has no timeout, hence our own.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'

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

/** Spawns without a shell, in a process group of its own where the OS has them. */
export function spawnIsolated(
  request: Omit<ProcessRequest, 'timeoutMs'>,
  stdout: 'pipe' | 'ignore' = 'pipe',
  stdin: 'pipe' | 'ignore' = 'ignore'
): ChildProcess {
  return spawn(request.command, request.args, {
    cwd: request.cwd,
    env: request.env ?? process.env,
    stdio: [stdin, stdout, 'pipe'],
    detached: process.platform !== 'win32',
    windowsHide: true
  })
}

/** Runs one process to its end or to the timeout; never rejects. */
export function runProcess(request: ProcessRequest): Promise<Observation> {
  return new Promise((resolve) => {
    const started = performance.now()
    const stdout = new BoundedCapture()
    const stderr = new BoundedCapture()
    let timedOut = false
    let spawnError: string | undefined
    let settled = false

    const child = spawnIsolated(request)
    const timer = setTimeout(() => {
      timedOut = true
      killTree(child)
    }, request.timeoutMs)

    child.stdout?.on('data', (chunk: Buffer) => stdout.add(chunk))
    child.stderr?.on('data', (chunk: Buffer) => stderr.add(chunk))
    const finish = (exitCode: number | null, signal: string | null): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve({
        exitCode,
        signal,
        stdout: stdout.result(),
        stderr: stderr.result(),
        durationMs: Math.round(performance.now() - started),
        timedOut,
        ...(spawnError ? { spawnError } : {})
      })
    }
    child.on('error', (error: NodeJS.ErrnoException) => {
      spawnError = error.code ?? error.message
      finish(null, null)
    })
    // 'close' waits for the streams too, so no output is lost.
    child.on('close', (code, signal) => finish(code, signal))
  })
}
