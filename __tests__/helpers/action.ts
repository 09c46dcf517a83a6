// Runs the bundled action exactly as the runner does: `node dist/index.js`
// with INPUT_* variables and the runner's files, then reads its outputs back.
import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { tempDir } from './fake-runtimes.js'

export interface ActionRun {
  status: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  runnerTemp: string
  /** Lines the action appended to GITHUB_PATH and GITHUB_ENV for later steps. */
  path: string
  env: string
  /** What the step saved for its post step (in-process runs only). */
  state?: Record<string, string>
}

/** Parses GITHUB_OUTPUT's `name<<delimiter` blocks (and plain `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value: string[] = []
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i])
      outputs[name] = value.join('\n')
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=')
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1)
    }
  }
  return outputs
}

/** Empty runner files (GITHUB_OUTPUT, ...) in `runnerDir`, by name. */
function runnerFiles(runnerDir: string, names: string[]): Record<string, string> {
  return Object.fromEntries(
    names.map((name) => {
      const path = join(runnerDir, `${name}-${Date.now()}-${Math.random().toString(36).slice(2)}`)
      writeFileSync(path, '')
      return [name, path]
    })
  )
}

/** The variables the runner gives a step: its files, its folders, and an INPUT_* per input. */
function runnerEnv(
  files: Record<string, string>,
  runnerDir: string,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv
): NodeJS.ProcessEnv {
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value])
  )
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: files.github_output,
    GITHUB_STEP_SUMMARY: files.step_summary,
    GITHUB_PATH: files.github_path,
    GITHUB_ENV: files.github_env,
    ...(files.github_state ? { GITHUB_STATE: files.github_state } : {}),
    RUNNER_TEMP: runnerDir,
    RUNNER_TOOL_CACHE: join(runnerDir, 'toolcache'),
    ...inputEnv,
    ...env
  }
}

/** A bundled entry started as the runner starts it, still running: signal it, then await `done`. */
export interface StartedAction {
  child: ChildProcess
  /** The runner's files: GITHUB_OUTPUT, GITHUB_STATE, ... by lower-case name. */
  files: Record<string, string>
  done: Promise<ActionRun>
}

/** Starts dist/index.js (or another bundled `entry`) in a child process, as the runner does. */
export function startBundledAction(
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {},
  runnerDir = tempDir('wasi-probe-runner-'),
  entry = 'dist/index.js'
): StartedAction {
  const files = runnerFiles(runnerDir, [
    'github_output',
    'step_summary',
    'github_path',
    'github_env',
    'github_state'
  ])
  const child = spawn(process.execPath, [resolve(entry)], {
    cwd: runnerDir,
    env: runnerEnv(files, runnerDir, inputs, env)
  })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const timer = setTimeout(() => child.kill('SIGKILL'), 120_000)
  const done = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code))).then(
    (status) => {
      clearTimeout(timer)
      return {
        status,
        stdout,
        stderr,
        outputs: parseOutputFile(readFileSync(files.github_output, 'utf8')),
        summary: readFileSync(files.step_summary, 'utf8'),
        runnerTemp: runnerDir,
        path: readFileSync(files.github_path, 'utf8'),
        env: readFileSync(files.github_env, 'utf8'),
        state: parseOutputFile(readFileSync(files.github_state, 'utf8'))
      }
    }
  )
  return { child, files, done }
}

/**
 * Runs dist/index.js (or another bundled `entry`) in a child process (asynchronously, so that a server in
 * this process can answer it). `runnerDir` keeps RUNNER_TEMP and the tool
 * cache between runs when given.
 */
export function runBundledAction(
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {},
  runnerDir = tempDir('wasi-probe-runner-'),
  entry = 'dist/index.js'
): Promise<ActionRun> {
  return startBundledAction(inputs, env, runnerDir, entry).done
}

/**
 * @actions/core keeps the summary file's path once it has written to it, so
 * every in-process run of this test process writes its summary to this one
 * file, emptied before each run.
 */
const IN_PROCESS_SUMMARY = join(tempDir('wasi-probe-summary-'), 'step_summary')

/**
 * Runs an entry's exported `run()` in this process, as the runner would run the
 * bundle: the same variables, input by input, the runner's files, the working
 * directory; stdout and stderr are captured, and process.exitCode is the
 * status. Everything is put back afterwards.
 */
export async function runActionInProcess(
  run: () => Promise<void> | void,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {},
  runnerDir = tempDir('wasi-probe-runner-')
): Promise<ActionRun> {
  const files: Record<string, string> = {
    ...runnerFiles(runnerDir, ['github_output', 'github_path', 'github_env', 'github_state']),
    step_summary: IN_PROCESS_SUMMARY
  }
  writeFileSync(IN_PROCESS_SUMMARY, '')
  const saved = { env: process.env, cwd: process.cwd(), exitCode: process.exitCode }
  const writes = { stdout: process.stdout.write, stderr: process.stderr.write }
  let stdout = ''
  let stderr = ''
  process.env = runnerEnv(files, runnerDir, inputs, env)
  process.exitCode = undefined
  process.chdir(runnerDir)
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return true
  }) as typeof process.stdout.write
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return true
  }) as typeof process.stderr.write
  let status: number
  try {
    await run()
    status = Number(process.exitCode ?? 0)
  } finally {
    process.stdout.write = writes.stdout
    process.stderr.write = writes.stderr
    process.chdir(saved.cwd)
    process.env = saved.env
    process.exitCode = saved.exitCode
  }
  return {
    status,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(files.github_output, 'utf8')),
    summary: readFileSync(IN_PROCESS_SUMMARY, 'utf8'),
    runnerTemp: runnerDir,
    path: readFileSync(files.github_path, 'utf8'),
    env: readFileSync(files.github_env, 'utf8'),
    state: parseOutputFile(readFileSync(files.github_state, 'utf8'))
  }
}
