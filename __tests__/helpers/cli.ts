// The CLI's run() in this process, its output written to strings.
import { delimiter, dirname } from 'node:path'
import { run as runCli } from '../../src/cli/run.js'
import { tempDir } from './fake-runtimes.js'

export interface CliRun {
  status: number
  stdout: string
  stderr: string
}

/**
 * The CLI's run() in this process, with only the running node on PATH (and
 * `path` before it, when given) and an empty tool cache, so that what this
 * machine has installed changes nothing.
 */
export async function cliInProcess(args: string[], path?: string): Promise<CliRun> {
  const stream = () => {
    const sink = { text: '', write: (chunk: string) => ((sink.text += chunk), true) }
    return sink
  }
  const out = stream()
  const err = stream()
  const saved = process.env
  const onPath = [path, dirname(process.execPath)].filter(Boolean).join(delimiter)
  process.env = { ...saved, PATH: onPath, RUNNER_TOOL_CACHE: tempDir() }
  try {
    const status = await runCli(args, out, err)
    return { status, stdout: out.text, stderr: err.text }
  } finally {
    process.env = saved
  }
}
