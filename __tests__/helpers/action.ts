// Runs the bundled action exactly as the runner does: `node dist/index.js`
// with INPUT_* variables and the runner's files, then reads its outputs back.
import { spawn } from 'node:child_process'
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

/**
 * Runs dist/index.js (or another bundled `entry`) in a child process (asynchronously, so that a server in
 * this process can answer it). `runnerDir` keeps RUNNER_TEMP and the tool
 * cache between runs when given.
 */
export async function runBundledAction(
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {},
  runnerDir = tempDir('wasi-probe-runner-'),
  entry = 'dist/index.js'
): Promise<ActionRun> {
  const files = Object.fromEntries(
    ['github_output', 'step_summary', 'github_path', 'github_env'].map((name) => {
      const path = join(runnerDir, `${name}-${Date.now()}-${Math.random().toString(36).slice(2)}`)
      writeFileSync(path, '')
      return [name, path]
    })
  )
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value])
  )
  const child = spawn(process.execPath, [resolve(entry)], {
    cwd: runnerDir,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: files.github_output,
      GITHUB_STEP_SUMMARY: files.step_summary,
      GITHUB_PATH: files.github_path,
      GITHUB_ENV: files.github_env,
      RUNNER_TEMP: runnerDir,
      RUNNER_TOOL_CACHE: join(runnerDir, 'toolcache'),
      ...inputEnv,
      ...env
    }
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const timer = setTimeout(() => child.kill('SIGKILL'), 120_000)
  const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)))
  clearTimeout(timer)
  return {
    status,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(files.github_output, 'utf8')),
    summary: readFileSync(files.step_summary, 'utf8'),
    runnerTemp: runnerDir,
    path: readFileSync(files.github_path, 'utf8'),
    env: readFileSync(files.github_env, 'utf8')
  }
}
