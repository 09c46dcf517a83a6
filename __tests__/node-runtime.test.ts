// node:wasi for real, in a child node, several modules per child.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BASIC_PROBES, STDOUT_LINE } from '../src/probes/catalog.js'
import { type NodeJob, runNodeBatch } from '../src/run/node-batch.js'
import { runNodeRuntime } from '../src/run/node-runtime.js'
import { writeModules } from '../src/run/matrix.js'
import { node } from '../src/runtimes/node.js'
import { tempDir } from './helpers/fake-runtimes.js'
import { compileWat, HANG_WAT, TRAP_WAT } from './helpers/wat.js'

const job = (id: string, module: string): NodeJob => ({ id, module, args: [], env: {}, preopens: {} })

describe('node:wasi runtime', () => {
  test('the three basic modules pass through the real node:wasi, in one child', async () => {
    const workDir = tempDir()
    const modulePaths = writeModules(BASIC_PROBES, workDir)
    const outcome = await runNodeRuntime(node, { path: process.execPath, source: 'self' }, BASIC_PROBES, {
      modulePaths,
      timeoutMs: 10_000,
      workDir
    })
    expect(outcome.status).toBe('pass')
    expect(outcome.version).toBe(process.versions.node)
    expect(outcome.probes.map((p) => [p.id, p.status, p.exitCode])).toEqual([
      ['seed', 'pass', 0],
      ['exit-code', 'pass', 42],
      ['stdout', 'pass', 0]
    ])
    expect(outcome.probes[2].stdout).toBe(STDOUT_LINE)
  })

  test('a hang ends only its own cell; a trap is a trap; the modules after them still run', async () => {
    const workDir = tempDir()
    const paths = writeModules(BASIC_PROBES, workDir)
    const hang = join(workDir, 'hang.wasm')
    const trap = join(workDir, 'trap.wasm')
    writeFileSync(hang, await compileWat(HANG_WAT))
    writeFileSync(trap, await compileWat(TRAP_WAT))
    const jobs = [
      job('seed', paths.get('seed')!),
      job('hang', hang),
      job('trap', trap),
      job('exit-code', paths.get('exit-code')!),
      job('stdout', paths.get('stdout')!)
    ]
    const results = await runNodeBatch(process.execPath, jobs, 1500, workDir)

    expect(results.get('seed')).toMatchObject({ exitCode: 0, timedOut: false })
    expect(results.get('hang')).toMatchObject({ timedOut: true })
    expect(results.get('trap')?.trap).toMatch(/unreachable/)
    expect(results.get('exit-code')).toMatchObject({ exitCode: 42, timedOut: false })
    expect(results.get('stdout')).toMatchObject({ exitCode: 0, timedOut: false })
    expect(results.get('stdout')?.stdout.text).toBe(STDOUT_LINE)
  })

  test('a node that cannot be started is an error on every cell', async () => {
    const workDir = tempDir()
    const paths = writeModules(BASIC_PROBES, workDir)
    const results = await runNodeBatch(
      join(workDir, 'no-such-node'),
      [job('seed', paths.get('seed')!), job('exit-code', paths.get('exit-code')!)],
      5000,
      workDir
    )
    expect(results.get('seed')?.spawnError).toBe('ENOENT')
    expect(results.get('exit-code')?.spawnError).toBe('ENOENT')
  })
})
