// Attacks on the runner's disk: a module (or a runtime) that writes without
// end into the directories of its run, in RUNNER_TEMP. The run is killed past
// the limit, and only that run: the other tests of the suite still pass.
import { existsSync, mkdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { runProbe } from '../../src/engine.js'
import { WRITE_LIMIT_BYTES } from '../../src/run/disk-watch.js'
import { runProcess, WROTE_TOO_MUCH } from '../../src/run/process.js'
import { enginePlan, envWithFakes } from '../helpers/engine.js'
import { tempDir } from '../helpers/fake-runtimes.js'
import { sayWhySkipped } from '../helpers/skip.js'
import { growingAFileThenSpinning, printing, writeSuite } from '../helpers/test-modules.js'

const posix = process.platform !== 'win32'
if (!posix) sayWhySkipped('a shell that writes without end', 'POSIX only')

;(posix ? test : test.skip)(
  'a process that writes past the limit of its directories is killed, and says why',
  async () => {
    const dir = tempDir()
    const observation = await runProcess({
      command: 'sh',
      args: ['-c', 'while :; do head -c 262144 /dev/zero >> grow; sleep 0.02; done'],
      cwd: dir,
      timeoutMs: 60_000,
      writes: { dirs: [dir], limitBytes: 1024 * 1024 }
    })
    expect(observation).toMatchObject({ spawnError: WROTE_TOO_MUCH, timedOut: false })
    // Stopped soon after the limit: what it writes in one interval, not a minute's worth.
    expect(statSync(join(dir, 'grow')).size).toBeLessThan(64 * 1024 * 1024)
  }
)

test('a module that grows a file past the limit through node:wasi, or a runtime, is an error of its own; the rest pass', async () => {
  const suite = await writeSuite(join(tempDir(), 'suite'), {
    grows: {
      module: growingAFileThenSpinning('big', BigInt(WRITE_LIMIT_BYTES) + 1n),
      spec: { root: 'fs-tests.dir' }
    },
    fine: { module: printing('fine\n'), spec: { stdout: 'fine\n' } }
  })
  mkdirSync(join(suite, 'fs-tests.dir'))
  const result = await runProbe(enginePlan(['node', 'wasmtime'], { modules: [suite] }), {
    env: envWithFakes('wasmtime')
  })
  for (const runtime of ['node', 'wasmtime']) {
    const row = result.runtimes.find((r) => r.id === runtime)!
    const tests = Object.fromEntries(
      row.probes.filter((p) => p.test).map((p) => [p.test, [p.status, p.reason]])
    )
    expect([runtime, row.status, tests]).toEqual([
      runtime,
      'pass',
      {
        grows: ['error', "stopped: it wrote more than 1 GiB into its directories, wasi-probe's limit"],
        fine: ['pass', undefined]
      }
    ])
  }
  // The user's folder never saw the file.
  expect(existsSync(join(suite, 'fs-tests.dir', 'big'))).toBe(false)
}, 120_000)
