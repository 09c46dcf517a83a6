// Runs several modules through node:wasi in one child `node`, keeping every
// module's verdict its own: a module that hangs or kills the child ends only
// its own cell, and the modules after it run again in a fresh child.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { NODE_WASI_RUNNER_SOURCE } from '../runtimes/node.js'
import {
  BoundedCapture,
  EMPTY_CAPTURE,
  type Observation,
  killTree,
  readCapturedFile,
  spawnIsolated
} from './process.js'

export interface NodeJob {
  id: string
  module: string
  args: string[]
  env: Record<string, string>
  /** Guest path → host path, as node:wasi takes them. */
  preopens: Record<string, string>
}

interface RunnerEvent {
  event: 'start' | 'end'
  id: string
  exitCode?: number
  trap?: string
  durationMs?: number
}

/**
 * The runner needs nothing from the environment that node reads at start-up:
 * NODE_OPTIONS could preload code into it, and NODE_EXTRA_CA_CERTS alone costs
 * tens of milliseconds of start-up for certificates it never uses.
 */
function childEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env }
  delete copy.NODE_OPTIONS
  delete copy.NODE_EXTRA_CA_CERTS
  return copy
}

/** Writes the runner program once per batch and returns its path. */
function runnerPath(workDir: string): string {
  const path = join(workDir, 'node-wasi-runner.cjs')
  writeFileSync(path, NODE_WASI_RUNNER_SOURCE)
  return path
}

/**
 * Runs `jobs` with the `node` at `nodePath`; each job gets `timeoutMs`.
 * Resolves with one observation per job id, never rejects.
 */
export async function runNodeBatch(
  nodePath: string,
  jobs: NodeJob[],
  timeoutMs: number,
  workDir: string
): Promise<Map<string, Observation>> {
  const results = new Map<string, Observation>()
  // A folder of its own: several batches may run at once in one work directory.
  const batchDir = mkdtempSync(join(workDir, 'node-batch-'))
  const runner = runnerPath(batchDir)
  let remaining = jobs
  let round = 0
  while (remaining.length > 0) {
    round += 1
    await runOneChild(nodePath, runner, remaining, timeoutMs, batchDir, round, results)
    const before = remaining.length
    remaining = remaining.filter((job) => !results.has(job.id))
    // runOneChild settles at least one job per round; this guards the loop anyway.
    if (remaining.length === before) break
  }
  return results
}

function runOneChild(
  nodePath: string,
  runner: string,
  jobs: NodeJob[],
  timeoutMs: number,
  workDir: string,
  round: number,
  results: Map<string, Observation>
): Promise<void> {
  const files = new Map(
    jobs.map((job, i) => {
      // Numbered, not named: an id may hold characters a file name cannot (`suite/test`).
      const base = join(workDir, `node-${round}-${i}`)
      return [job.id, { stdoutPath: `${base}.stdout`, stderrPath: `${base}.stderr` }]
    })
  )
  const jobsFile = join(workDir, `node-jobs-${round}.json`)
  writeFileSync(jobsFile, JSON.stringify(jobs.map((job) => ({ ...job, ...files.get(job.id) }))))

  return new Promise((resolve) => {
    const child = spawnIsolated({
      command: nodePath,
      args: ['--no-warnings', runner, jobsFile],
      env: childEnv(process.env)
    })
    const childStderr = new BoundedCapture()
    let current: { id: string; started: number } | undefined
    let lineBuffer = ''
    let timedOut = false
    let spawnError: string | undefined
    let settled = false

    const outputOf = (id: string): Pick<Observation, 'stdout' | 'stderr'> => {
      const paths = files.get(id)
      return paths
        ? { stdout: readCapturedFile(paths.stdoutPath), stderr: readCapturedFile(paths.stderrPath) }
        : { stdout: EMPTY_CAPTURE, stderr: EMPTY_CAPTURE }
    }

    let timer: NodeJS.Timeout
    const armTimer = (): void => {
      clearTimeout(timer)
      timer = setTimeout(() => {
        timedOut = true
        killTree(child)
      }, timeoutMs)
    }
    armTimer()

    const onEvent = (event: RunnerEvent): void => {
      if (event.event === 'start') {
        current = { id: event.id, started: performance.now() }
        return
      }
      current = undefined
      results.set(event.id, {
        exitCode: event.exitCode ?? null,
        signal: null,
        ...outputOf(event.id),
        durationMs: event.durationMs ?? 0,
        timedOut: false,
        ...(event.trap !== undefined ? { trap: event.trap } : {})
      })
      armTimer()
    }

    child.stdout?.on('data', (chunk: Buffer) => {
      lineBuffer += chunk.toString('utf8')
      let newline: number
      while ((newline = lineBuffer.indexOf('\n')) >= 0) {
        const line = lineBuffer.slice(0, newline)
        lineBuffer = lineBuffer.slice(newline + 1)
        try {
          onEvent(JSON.parse(line) as RunnerEvent)
        } catch {
          // Not one of the runner's lines; nothing else writes to this stream.
        }
      }
    })
    child.stderr?.on('data', (chunk: Buffer) => childStderr.add(chunk))
    child.on('error', (error: NodeJS.ErrnoException) => {
      spawnError = error.code ?? error.message
      finish(null, null)
    })
    child.on('close', (code, signal) => finish(code, signal))

    // The child is gone. The module it was running when it went (or, if it never
    // got to one, the first one) takes the blame; the rest run again.
    function finish(exitCode: number | null, signal: string | null): void {
      if (settled) return
      settled = true
      clearTimeout(timer)
      const pending = jobs.filter((job) => !results.has(job.id))
      if (pending.length > 0) {
        const blamed = current?.id ?? pending[0].id
        const output = outputOf(blamed)
        const stderr = output.stderr.bytes > 0 ? output.stderr : childStderr.result()
        results.set(blamed, {
          exitCode,
          signal,
          stdout: output.stdout,
          stderr,
          durationMs: Math.round(performance.now() - (current?.started ?? performance.now())),
          timedOut,
          ...(spawnError ? { spawnError } : {})
        })
        // Nothing can start: every module shares the error.
        if (spawnError) {
          for (const job of pending) results.set(job.id, { ...results.get(blamed)!, durationMs: 0 })
        }
      }
      resolve()
    }
  })
}
