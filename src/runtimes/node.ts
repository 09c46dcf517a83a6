import { firstMatch, NO_COMPONENTS, type NodeRuntimeSpec } from './spec.js'

export const node: NodeRuntimeSpec = {
  kind: 'node',
  id: 'node',
  name: 'Node.js (node:wasi)',
  binary: 'node',
  versionArgs: ['--version'],
  // `v24.11.1`
  parseVersion: (output) => firstMatch(output, /^v(\d+\.\d+\.\d+\S*)/m),
  limits: { components: `node:wasi ${NO_COMPONENTS}` }
}

/**
 * The program that a child `node` runs: it runs several modules one after the
 * other, each with a fresh WASI instance and its own stdout/stderr files, so
 * node's start-up is paid once. It reports on its own stdout, one JSON line per
 * event: `start` before a module, `end` with the outcome after it. The parent
 * times each module from those lines and kills the child when one hangs.
 *
 * CommonJS and plain JavaScript, so that any `node` on PATH (18 and later) runs it.
 */
export const NODE_WASI_RUNNER_SOURCE = String.raw`'use strict'
const fs = require('node:fs')
const { WASI } = require('node:wasi')

const jobs = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))
const send = (message) => fs.writeSync(1, JSON.stringify(message) + '\n')

async function runJob(job) {
  const stdout = fs.openSync(job.stdoutPath, 'w')
  const stderr = fs.openSync(job.stderrPath, 'w')
  try {
    const wasi = new WASI({
      version: 'preview1',
      args: [job.module, ...job.args],
      env: job.env,
      preopens: job.preopens,
      returnOnExit: true,
      stdin: 0,
      stdout,
      stderr
    })
    const module = await WebAssembly.compile(fs.readFileSync(job.module))
    const instance = await WebAssembly.instantiate(module, wasi.getImportObject())
    const code = wasi.start(instance)
    return { exitCode: typeof code === 'number' ? code : 0 }
  } catch (error) {
    fs.writeSync(stderr, String((error && error.stack) || error) + '\n')
    // A stack overflow in Wasm surfaces as a RangeError: a trap as well.
    const trapped = error instanceof WebAssembly.RuntimeError || error instanceof RangeError
    return trapped ? { exitCode: 1, trap: String(error.message) } : { exitCode: 1 }
  } finally {
    fs.closeSync(stdout)
    fs.closeSync(stderr)
  }
}

;(async () => {
  for (const job of jobs) {
    send({ event: 'start', id: job.id })
    const started = process.hrtime.bigint()
    const outcome = await runJob(job)
    const durationMs = Number((process.hrtime.bigint() - started) / 1000000n)
    send({ event: 'end', id: job.id, durationMs, ...outcome })
  }
})()
`
