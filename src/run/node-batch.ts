// Runs several modules through node:wasi in one child `node`, keeping every
// module's verdict its own: a module that hangs or kills the child costs only
// its own verdict, and the modules after it run again in a fresh child.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { NODE_WASI_RUNNER_SOURCE } from '../runtimes/node.js'
import {
  BoundedCapture,
  CAPTURE_LIMIT_BYTES,
  type Observation,
  killTree,
  startChild,
  WROTE_TOO_MUCH
} from './process.js'

export interface NodeJob {
  id: string
  module: string
  args: string[]
  env: Record<string, string>
  /** Guest path → host path, as node:wasi takes them. */
  preopens: Record<string, string>
  /** The text the module is given on stdin, then its end (see runNodeBatch). */
  stdin?: string
}

/**
 * The runner needs nothing from the environment that node reads at start-up:
 * NODE_OPTIONS could preload code into it, and NODE_EXTRA_CA_CERTS alone costs
 * tens of milliseconds of start-up for certificates it never uses.
 */
export function nodeChildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env }
  delete copy.NODE_OPTIONS
  delete copy.NODE_EXTRA_CA_CERTS
  return copy
}

/** Writes the runner program into `workDir` and returns its path. */
export function writeNodeRunner(workDir: string): string {
  const path = join(workDir, 'node-wasi-runner.cjs')
  writeFileSync(path, NODE_WASI_RUNNER_SOURCE)
  return path
}

/**
 * A runner program that speaks the batch protocol of node's (another
 * runtime's, such as jco's): `node PATH ARGS... batch JOBS.json`.
 */
export interface BatchProgram {
  path: string
  args: readonly string[]
}

/**
 * Runs `jobs` with the `node` at `nodePath`; each job gets `timeoutMs`, and
 * keeps the first `captureBytes` of its stdout and stderr. Resolves with one
 * observation per job id, never rejects. The jobs go to the program as they
 * are: node's runner by default.
 *
 * The jobs without stdin share the child's, which is closed at once. A job
 * given stdin runs in a child of its own, alongside, whose stdin is a pipe
 * written with that text and closed: the module reads its host's fd 0, as it
 * does on every other runtime, and no other job can read what it was given.
 */
export async function runNodeBatch(
  nodePath: string,
  jobs: NodeJob[],
  timeoutMs: number,
  workDir: string,
  captureBytes = CAPTURE_LIMIT_BYTES,
  program?: BatchProgram
): Promise<Map<string, Observation>> {
  const results = new Map<string, Observation>()
  // A folder of its own: several batches may run at once in one work directory.
  const batchDir = mkdtempSync(join(workDir, 'node-batch-'))
  const runner = program ?? { path: writeNodeRunner(batchDir), args: [] }
  const run = async (group: NodeJob[], name: string, stdin: string) => {
    let remaining = group
    let round = 0
    while (remaining.length > 0) {
      round += 1
      const jobsFile = join(batchDir, `${name}-${round}.json`)
      const child = { timeoutMs, workDir: batchDir, jobsFile, stdin, captureBytes }
      await runOneChild(nodePath, runner, remaining, child, results)
      const before = remaining.length
      remaining = remaining.filter((job) => !results.has(job.id))
      // runOneChild settles at least one job per round; this guards the loop anyway.
      if (remaining.length === before) break
    }
  }
  const given = jobs.filter((job) => job.stdin !== undefined)
  await Promise.all([
    run(
      jobs.filter((job) => job.stdin === undefined),
      'node-jobs',
      ''
    ),
    ...given.map((job, i) => run([job], `node-jobs-stdin-${i}`, job.stdin!))
  ])
  return results
}

/**
 * Splits a stream of the child at the runner's markers (`\0<nonce> text\0`):
 * the bytes before a marker belong to whichever module was current then. A
 * module cannot forge a marker: it does not know the nonce.
 */
class MarkedStream {
  private pending = Buffer.alloc(0)

  constructor(
    private readonly prefix: Buffer,
    private readonly onData: (chunk: Buffer) => void,
    private readonly onMark: (text: string) => void
  ) {}

  add(chunk: Buffer): void {
    this.pending = Buffer.concat([this.pending, chunk])
    for (;;) {
      const at = this.pending.indexOf(this.prefix)
      if (at < 0) {
        // The tail may be the first bytes of a marker: keep it until more comes.
        const keep = Math.min(this.pending.length, this.prefix.length - 1)
        this.flush(this.pending.length - keep)
        return
      }
      this.flush(at)
      const end = this.pending.indexOf(0, this.prefix.length)
      if (end < 0) return
      this.onMark(this.pending.subarray(this.prefix.length, end).toString('utf8'))
      this.pending = this.pending.subarray(end + 1)
    }
  }

  end(): void {
    this.flush(this.pending.length)
  }

  private flush(bytes: number): void {
    if (bytes > 0) this.onData(this.pending.subarray(0, bytes))
    this.pending = this.pending.subarray(bytes)
  }
}

interface Ended {
  exitCode: number
  durationMs: number
  trap?: string
}

/** How one child runs its jobs: each job's time, its folder and jobs file, what its stdin is given. */
interface ChildRun {
  timeoutMs: number
  workDir: string
  jobsFile: string
  stdin: string
  captureBytes: number
}

function runOneChild(
  nodePath: string,
  runner: BatchProgram,
  jobs: NodeJob[],
  { timeoutMs, workDir, jobsFile, stdin: input, captureBytes }: ChildRun,
  results: Map<string, Observation>
): Promise<void> {
  const nonce = randomBytes(8).toString('hex')
  // The runner reads no stdin from the jobs: the child's own is the module's (JSON leaves undefined out).
  writeFileSync(jobsFile, JSON.stringify({ nonce, jobs: jobs.map((job) => ({ ...job, stdin: undefined })) }))

  return new Promise((resolve) => {
    // stdin, stdout and stderr are pipes, as every other runtime's are: a
    // module that polls them sees what it would see anywhere else.
    const { child, ended: childEnded } = startChild(
      {
        command: nodePath,
        args: ['--no-warnings', runner.path, ...runner.args, 'batch', jobsFile],
        env: nodeChildEnv(process.env),
        // Its own folder, not the caller's: nothing a module does lands in the user's checkout.
        cwd: workDir,
        writes: { dirs: [workDir, ...jobs.flatMap((job) => Object.values(job.preopens))] }
      },
      'pipe',
      'pipe'
    )
    child?.stdin?.on('error', () => {})
    child?.stdin?.end(input, 'utf8')
    const stdoutOf = jobs.map(() => new BoundedCapture(captureBytes))
    const stderrOf = jobs.map(() => new BoundedCapture(captureBytes))
    const childStderr = new BoundedCapture()
    const ended = new Map<number, Ended>()
    let current: { index: number; started: number } | undefined
    let stderrIndex = 0
    let timedOut = false
    let spawnError: string | undefined

    let timer: NodeJS.Timeout
    const armTimer = (): void => {
      clearTimeout(timer)
      timer = setTimeout(() => {
        timedOut = true
        if (child) killTree(child)
      }, timeoutMs)
    }
    armTimer()

    const prefix = Buffer.from(`\0${nonce} `, 'utf8')
    const stdout = new MarkedStream(
      prefix,
      (chunk) => {
        if (current) stdoutOf[current.index].add(chunk)
      },
      (mark) => {
        const [event, index, ...rest] = mark.split(' ')
        if (event === 'start') current = { index: Number(index), started: performance.now() }
        if (event === 'end') {
          ended.set(Number(index), JSON.parse(rest.join(' ')) as Ended)
          current = undefined
        }
        armTimer()
      }
    )
    const stderr = new MarkedStream(
      prefix,
      (chunk) => (stderrIndex < jobs.length ? stderrOf[stderrIndex] : childStderr).add(chunk),
      (mark) => {
        const [event, index] = mark.split(' ')
        if (event === 'end') stderrIndex = Number(index) + 1
      }
    )
    child?.stdout?.on('data', (chunk: Buffer) => stdout.add(chunk))
    child?.stderr?.on('data', (chunk: Buffer) => stderr.add(chunk))
    void childEnded.then((end) => {
      spawnError = end.spawnError
      finish(end.exitCode, end.signal)
    })

    // The child is gone. Every module that ended has its result; the module it
    // was running when it went (or, if it never got to one, the first one)
    // takes the blame; the rest run again.
    function finish(exitCode: number | null, signal: string | null): void {
      clearTimeout(timer)
      stdout.end()
      stderr.end()
      jobs.forEach((job, index) => {
        const end = ended.get(index)
        if (!end) return
        results.set(job.id, {
          exitCode: end.exitCode,
          signal: null,
          stdout: stdoutOf[index].result(),
          stderr: stderrOf[index].result(),
          durationMs: end.durationMs,
          timedOut: false,
          ...(end.trap !== undefined ? { trap: end.trap } : {})
        })
      })
      const pending = jobs.map((job, index) => ({ job, index })).filter(({ job }) => !results.has(job.id))
      if (pending.length > 0) {
        const blamed = current ?? { index: pending[0].index, started: performance.now() }
        const ownStderr = stderrOf[blamed.index].result()
        results.set(jobs[blamed.index].id, {
          exitCode,
          signal,
          stdout: stdoutOf[blamed.index].result(),
          stderr: ownStderr.bytes > 0 ? ownStderr : childStderr.result(),
          durationMs: Math.round(performance.now() - blamed.started),
          timedOut,
          ...(spawnError ? { spawnError } : {})
        })
        // Nothing can start (or the job is cancelled): every module shares the error. One that wrote
        // too much takes the blame alone, and the rest run again.
        if (spawnError && spawnError !== WROTE_TOO_MUCH) {
          for (const { job } of pending)
            results.set(job.id, { ...results.get(jobs[blamed.index].id)!, durationMs: 0 })
        }
      }
      resolve()
    }
  })
}
