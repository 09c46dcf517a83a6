// Attacks through processes: a runtime whose grandchild holds the pipes, one
// that leaves children behind, an argument no process can take, and a job
// cancelled while runtimes run (as root: after registering binfmt_misc).
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { isOurEntryName } from '../../src/provision/binfmt.js'
import { runProcess } from '../../src/run/process.js'
import { LiveProcess } from '../../src/run/test-process.js'
import { CANCEL_GRACE_MS } from '../../src/run/cancel.js'
import { loadTests } from '../../src/probes/suites/load.js'
import { BINFMT_DIR } from '../../src/runtimes/native.js'
import { parseOutputFile, startBundledAction } from '../helpers/action.js'
import { whyBinfmtCannotBeRegistered } from '../helpers/binfmt.js'
import { envWithFakes } from '../helpers/engine.js'
import { fakeRuntimeScript, tempDir } from '../helpers/fake-runtimes.js'
import { sayWhySkipped } from '../helpers/skip.js'
import { printing, writeSuite } from '../helpers/test-modules.js'

const posix = process.platform !== 'win32'
if (!posix) sayWhySkipped('process groups and signals', 'POSIX only')
const posixTest = posix ? test : test.skip

/** True while `pid` is a process that has not ended (a zombie has). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'
  } catch {
    return false
  }
}

/** Waits up to `ms` for `ready()`. */
async function eventually(ready: () => boolean, ms = 10_000): Promise<boolean> {
  const until = Date.now() + ms
  while (!ready()) {
    if (Date.now() > until) return false
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return true
}

/** The pids whose command line mentions `marker` (a temp folder of this test). */
function processesMentioning(marker: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker)
      } catch {
        return false
      }
    })
    .map(Number)
    .filter(alive)
}

describe('a runtime and what it starts', () => {
  posixTest(
    'a grandchild that left the group and holds the pipes does not hold the run past its limit',
    async () => {
      const observation = await runProcess({
        command: 'sh',
        args: ['-c', 'setsid sleep 60 & echo $!; sleep 60'],
        timeoutMs: 1000
      })
      const grandchild = Number(observation.stdout.text.trim())
      try {
        expect(observation.timedOut).toBe(true)
        // The run ended while the grandchild still held the pipes: it did not wait for them to close.
        expect(alive(grandchild)).toBe(true)
      } finally {
        process.kill(grandchild, 'SIGKILL')
      }
    }
  )

  posixTest('output that still comes in after the process exited is kept, while it comes', async () => {
    // The process exits once the grandchild has left its group (so that it is not killed with it).
    const left = join(tempDir(), 'left')
    const grandchild = `touch '${left}'; for i in 1 2 3 4 5 6; do echo $i; sleep 0.1; done`
    const observation = await runProcess({
      command: 'sh',
      args: ['-c', `setsid sh -c "$0" & until [ -e '${left}' ]; do sleep 0.01; done; exit 0`, grandchild],
      timeoutMs: 10_000
    })
    expect(observation.stdout.text).toBe('1\n2\n3\n4\n5\n6\n')
  })

  posixTest('children a runtime leaves behind when it exits are killed', async () => {
    const observation = await runProcess({
      command: 'sh',
      args: ['-c', 'sleep 60 >/dev/null 2>&1 & echo $!; exit 0'],
      timeoutMs: 10_000
    })
    expect(observation).toMatchObject({ exitCode: 0, timedOut: false })
    const left = Number(observation.stdout.text.trim())
    expect(await eventually(() => !alive(left))).toBe(true)
  })

  test('an argument with a NUL is a start error of that run, not a crash', async () => {
    const observation = await runProcess({ command: 'echo', args: ['a\0b'], timeoutMs: 5000 })
    expect(observation.spawnError).toBe('ERR_INVALID_ARG_VALUE')
    const live = new LiveProcess({ command: 'echo', args: ['a\0b'], env: process.env, cwd: tempDir() })
    expect(await live.wait(5000)).toMatchObject({ spawnError: 'ERR_INVALID_ARG_VALUE' })
  })

  test('a spec with a NUL in an argument or the environment, or "=" in a name, is refused on load, naming it', async () => {
    const suite = await writeSuite(join(tempDir(), 'suite'), {
      args: { module: printing(''), spec: { args: ['a\u0000b'] } },
      value: { module: printing(''), spec: { env: { X: 'a\u0000b' } } },
      name: { module: printing(''), spec: { env: { 'A=B': '1' } } },
      fine: { module: printing('') }
    })
    const loaded = await loadTests([suite])
    expect(loaded.problems).toEqual([
      expect.stringMatching(
        /args\.json: .*"args" entry 1 holds a NUL character .*which no process can be given/
      ),
      expect.stringMatching(
        /name\.json: .*"env" has the name "A=B"; a variable's name is not empty and holds no "=" or NUL/
      ),
      expect.stringMatching(/value\.json: .*"env" "X" holds a NUL character/)
    ])
    expect(loaded.tests.map((t) => t.name)).toEqual(['fine'])
  })
})

/** The action's entry from source, as the runner runs the bundle. */
const TSX = `--import=${pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href}`

describe('a cancelled job', () => {
  posixTest(
    'kills every runtime it started, writes the result file with what it has, and exits',
    async () => {
      const env = envWithFakes()
      const bin = env.PATH!.split(':')[0]
      writeFileSync(join(bin, 'wasmtime'), fakeRuntimeScript('wasmtime', 'hang'))
      chmodSync(join(bin, 'wasmtime'), 0o755)
      const resultPath = join(tempDir(), 'result.json')
      const started = startBundledAction(
        { runtimes: 'node, wasmtime', timeout: '120', 'result-path': resultPath },
        { PATH: env.PATH, NODE_OPTIONS: TSX },
        undefined,
        'src/action/index.ts'
      )
      // The fake wasmtime hangs on its first module (its version query answers): wait for that run.
      expect(
        await eventually(() => processesMentioning(`${join(bin, 'wasmtime')}\0run`).length > 0, 60_000)
      ).toBe(true)
      started.child.kill('SIGTERM')
      const run = await started.done
      expect(run.status).toBe(1)
      expect(run.stdout).toMatch(/::warning::Cancelled \(SIGTERM\): every runtime is stopped/)
      expect(run.stdout).toContain('::error::Cancelled (SIGTERM).')
      expect(await eventually(() => processesMentioning(bin).length === 0, CANCEL_GRACE_MS)).toBe(true)
      const result = JSON.parse(readFileSync(resultPath, 'utf8'))
      expect(result.error).toMatch(/^cancelled \(SIGTERM\)/)
      // Both runtimes keep their rows. A run the cancellation killed, or kept from starting, is an
      // error saying so: never the runtime's failure.
      const wasmtime = result.runtimes.find((r: { id: string }) => r.id === 'wasmtime')
      expect(result.runtimes.map((r: { id: string }) => r.id)).toEqual(['node', 'wasmtime'])
      expect(wasmtime.status).toBe('error')
      for (const probe of wasmtime.probes)
        expect([probe.id, probe.status, probe.reason]).toEqual([
          probe.id,
          'error',
          'cancelled: the job was cancelled before this run ended'
        ])
    },
    120_000
  )

  posixTest(
    'the CLI on Ctrl-C: every runtime stopped, the table printed, exit status 130',
    async () => {
      const env = envWithFakes()
      const bin = env.PATH!.split(':')[0]
      writeFileSync(join(bin, 'wasmtime'), fakeRuntimeScript('wasmtime', 'hang'))
      chmodSync(join(bin, 'wasmtime'), 0o755)
      const child = spawn(
        process.execPath,
        [TSX, 'src/cli/index.ts', '--runtimes', 'wasmtime', '--timeout', '120'],
        {
          env: { ...env, RUNNER_TEMP: tempDir(), RUNNER_TOOL_CACHE: tempDir() }
        }
      )
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk))
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
      const status = new Promise<number | null>((done) => child.on('close', done))
      expect(
        await eventually(() => processesMentioning(`${join(bin, 'wasmtime')}\0run`).length > 0, 60_000)
      ).toBe(true)
      child.kill('SIGINT')
      expect(await status).toBe(130)
      expect(stderr).toContain('wasi-probe: SIGINT: stopping every runtime; what finished is printed')
      expect(stdout).toMatch(/wasmtime .* error/)
      expect(await eventually(() => processesMentioning(bin).length === 0, CANCEL_GRACE_MS)).toBe(true)
    },
    120_000
  )

  const whyNot = whyBinfmtCannotBeRegistered()
  if (whyNot) sayWhySkipped('the binfmt_misc cancel case', whyNot)
  ;(whyNot ? test.skip : test)(
    'after registering binfmt_misc: the post step finds the entry by the name saved first, and removes it; nothing keeps running',
    async () => {
      const env = envWithFakes()
      const bin = env.PATH!.split(':')[0]
      // wasm3 as binfmt_misc runs it (`wasm3 module`): modules run natively hang, the others run.
      const fake = join(bin, 'wasm3-real')
      writeFileSync(fake, fakeRuntimeScript('wasm3'))
      chmodSync(fake, 0o755)
      const hanging = join(bin, 'wasm3-hang')
      writeFileSync(hanging, fakeRuntimeScript('wasm3', 'hang'))
      chmodSync(hanging, 0o755)
      writeFileSync(
        join(bin, 'wasm3'),
        `#!/bin/sh\ncase "$1" in *wasi-probe-native-*) exec '${hanging}' "$@";; esac\nexec '${fake}' "$@"\n`
      )
      chmodSync(join(bin, 'wasm3'), 0o755)
      const started = startBundledAction(
        { runtimes: 'wasm3', native: 'register:wasm3', timeout: '120' },
        { PATH: env.PATH, NODE_OPTIONS: TSX },
        undefined,
        'src/action/index.ts'
      )
      const savedEntry = () =>
        parseOutputFile(readFileSync(started.files.github_state, 'utf8'))['binfmt-entry']
      let entry: string | undefined
      try {
        // The name is saved before anything is registered; then the entry appears, then a native run hangs.
        expect(
          await eventually(() => Boolean(savedEntry()) && existsSync(join(BINFMT_DIR, savedEntry())), 60_000)
        ).toBe(true)
        entry = savedEntry()
        expect(isOurEntryName(entry)).toBe(true)
        expect(await eventually(() => processesMentioning(hanging).length > 0, 60_000)).toBe(true)
        started.child.kill('SIGTERM')
        const main = await started.done
        expect(main.status).toBe(1)
        expect(await eventually(() => processesMentioning(bin).length === 0, CANCEL_GRACE_MS)).toBe(true)

        // The runner runs the post step even for a cancelled job, with the saved state.
        const post = await startBundledAction(
          {},
          { 'STATE_binfmt-entry': entry, 'STATE_native-keep': 'false', NODE_OPTIONS: TSX },
          undefined,
          'src/post/index.ts'
        ).done
        expect(post.stdout).toContain(`Removed the binfmt_misc entry ${entry}.`)
        expect(existsSync(join(BINFMT_DIR, entry))).toBe(false)
      } finally {
        // Whatever went wrong, this machine keeps no hanging handler.
        started.child.kill('SIGKILL')
        for (const pid of processesMentioning(bin)) process.kill(pid, 'SIGKILL')
        const left = entry ?? savedEntry()
        if (left && existsSync(join(BINFMT_DIR, left))) writeFileSync(join(BINFMT_DIR, left), '-1')
      }
    },
    120_000
  )
})
