import { shebang } from './shebang.js'
import { envPairs, firstMatch, type Invocation, NO_COMPONENTS, type NodeRuntimeSpec } from './spec.js'

export const node: NodeRuntimeSpec = {
  kind: 'node',
  id: 'node',
  name: 'Node.js (node:wasi)',
  binary: 'node',
  versionArgs: ['--version'],
  // `v24.11.1`
  parseVersion: (output) => firstMatch(output, /^v(\d+\.\d+\.\d+\S*)/m),
  limits: { components: `node:wasi ${NO_COMPONENTS}` },
  binfmt: { rank: 8, interpreter: (path) => nodeWrapperScript(path) }
}

/**
 * The node interpreter: runs the module through node:wasi with the caller's
 * environment and directory. Dynamic imports only, so it runs whichever module
 * system node picks for a file without an extension.
 */
export function nodeWrapperScript(node: string): string {
  return `${shebang(node, ['--no-warnings'])}
// binfmt_misc interpreter written by wasi-probe: node:wasi
Promise.all([import('node:fs'), import('node:wasi')]).then(([fs, { WASI }]) => {
  const [module, ...args] = process.argv.slice(2)
  const wasi = new WASI({ version: 'preview1', args: [module, ...args], env: process.env, preopens: { '.': '.' }, returnOnExit: true })
  const instance = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(module)), wasi.getImportObject())
  process.exitCode = wasi.start(instance) ?? 0
})
`
}

/** The arguments after `node` that run one module with the runner program at `runner`, on node's own stdio. */
export function nodeRunArgv(runner: string, inv: Invocation): string[] {
  return [
    '--no-warnings',
    runner,
    'run',
    ...(inv.inheritEnv ? ['--inherit-env'] : []),
    ...envPairs(inv.env).flatMap((pair) => ['--env', pair]),
    ...inv.dirs.flatMap((d) => ['--dir', `${d.host}::${d.guest}`]),
    inv.module,
    ...inv.args
  ]
}

/**
 * The program that a child `node` runs, in one of two modes:
 *
 * - `batch JOBS.json` runs several modules one after the other, each with a
 *   fresh WASI instance, so node's start-up is paid once. They share the
 *   child's stdin, stdout and stderr (pipes, as any runtime's are), and a
 *   marker in each stream says where one module's output ends: `start` before
 *   a module, `end` with its outcome after it. The parent times each module
 *   from the markers and kills the child when one hangs.
 * - `run [--inherit-env] [--env K=V]... [--dir HOST::GUEST]... MODULE ARGS...`
 *   runs one module on the child's own stdin, stdout and stderr and exits with
 *   its exit code, like any runtime's command line (`--inherit-env` gives it
 *   the child's whole environment, the `--env` ones over it). Tests that talk to a module while it runs
 *   (stdin, sockets) use it, and so does the official wasi-testsuite runner's
 *   adapter for node (scripts/wasi-testsuite/node.py), so that both run a
 *   module with the same WASI options.
 *
 * CommonJS and plain JavaScript, so that any `node` on PATH (18 and later) runs it.
 */
export const NODE_WASI_RUNNER_SOURCE = String.raw`'use strict'
const fs = require('node:fs')
const { WASI } = require('node:wasi')

async function runModule(job, stdio) {
  try {
    const wasi = new WASI({
      version: 'preview1',
      args: [job.module, ...job.args],
      env: job.env,
      preopens: job.preopens,
      returnOnExit: true,
      stdin: stdio.stdin,
      stdout: stdio.stdout,
      stderr: stdio.stderr
    })
    const module = await WebAssembly.compile(fs.readFileSync(job.module))
    const instance = await WebAssembly.instantiate(module, wasi.getImportObject())
    const code = wasi.start(instance)
    // proc_exit takes 32 bits; a process's exit status keeps the low 8 on POSIX, and so does a batch.
    return { exitCode: typeof code !== 'number' ? 0 : process.platform === 'win32' ? code : code & 0xff }
  } catch (error) {
    fs.writeSync(stdio.stderr, String((error && error.stack) || error) + '\n')
    // A stack overflow in Wasm surfaces as a RangeError: a trap as well.
    const trapped = error instanceof WebAssembly.RuntimeError || error instanceof RangeError
    return trapped ? { exitCode: 1, trap: String(error.message) } : { exitCode: 1 }
  }
}

async function batch(jobsFile) {
  const { nonce, jobs } = JSON.parse(fs.readFileSync(jobsFile, 'utf8'))
  // Each module writes to the child's own stdout and stderr; a marker after its
  // output tells the parent where the next module's begins. The nonce is not
  // something a module can know, so it cannot forge one.
  const mark = (fd, text) => fs.writeSync(fd, '\0' + nonce + ' ' + text + '\0')
  for (const [index, job] of jobs.entries()) {
    mark(1, 'start ' + index)
    const started = process.hrtime.bigint()
    const outcome = await runModule(job, { stdin: 0, stdout: 1, stderr: 2 })
    const durationMs = Number((process.hrtime.bigint() - started) / 1000000n)
    mark(2, 'end ' + index)
    mark(1, 'end ' + index + ' ' + JSON.stringify({ durationMs, ...outcome }))
  }
}

async function run(argv) {
  const job = { env: {}, preopens: {}, args: [] }
  let i = 0
  if (argv[i] === '--inherit-env') {
    Object.assign(job.env, process.env)
    i += 1
  }
  for (; argv[i] === '--env' || argv[i] === '--dir'; i += 2) {
    const value = argv[i + 1]
    if (argv[i] === '--env') {
      const at = value.indexOf('=')
      job.env[value.slice(0, at)] = value.slice(at + 1)
    } else {
      const at = value.lastIndexOf('::')
      job.preopens[value.slice(at + 2)] = value.slice(0, at)
    }
  }
  job.module = argv[i]
  job.args = argv.slice(i + 1)
  const outcome = await runModule(job, { stdin: 0, stdout: 1, stderr: 2 })
  process.exitCode = outcome.exitCode
}

const [mode, ...rest] = process.argv.slice(2)
;(mode === 'run' ? run(rest) : batch(rest[0])).catch((error) => {
  process.stderr.write(String((error && error.stack) || error) + '\n')
  process.exitCode = 1
})
`
