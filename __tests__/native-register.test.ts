// `native: register` for real: binfmt_misc entries registered and removed as
// root, modules then executed directly. Skipped with the reason where that
// cannot be done.
import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { runProbe } from '../src/engine.js'
import { moduleBytes } from '../src/probes/catalog.js'
import type { Plan } from '../src/inputs/plan.js'
import { CLI_ENTRY_NAME, isOurEntryName, newEntryName, unregisterNative } from '../src/provision/binfmt.js'
import { wrapperScript } from '../src/runtimes/runner.js'
import { BINFMT_DIR } from '../src/runtimes/native.js'
import { runtimeById } from '../src/runtimes/index.js'
import type { CliRuntimeSpec } from '../src/runtimes/spec.js'
import { run as runAction } from '../src/action/run.js'
import { run as runPost } from '../src/post/run.js'
import { parseOutputFile, runActionInProcess } from './helpers/action.js'
import { whyBinfmtCannotBeRegistered } from './helpers/binfmt.js'
import { cliInProcess } from './helpers/cli.js'
import { enginePlan } from './helpers/engine.js'
import { tempDir, writeFakeRuntime } from './helpers/fake-runtimes.js'
import { sayWhySkipped } from './helpers/skip.js'

const skip = whyBinfmtCannotBeRegistered()
if (skip) sayWhySkipped('the native registration tests', `${skip}.`)
const describeAsRoot = skip ? describe.skip : describe

const OTHER = `wasi-probe-test-other-${process.pid}`
const ENTRY_PATTERN = /^wasi-probe-[0-9a-f]{8}$/
/** The entries wasi-probe registered (a run's own name each), other test files' included. */
const ourEntries = () => (existsSync(BINFMT_DIR) ? readdirSync(BINFMT_DIR).filter(isOurEntryName) : [])
const removeEntry = (name: string) => {
  if (existsSync(join(BINFMT_DIR, name))) writeFileSync(join(BINFMT_DIR, name), '-1')
}

const plan = (runtimes: string[], native: Plan['native']): Plan => enginePlan(runtimes, { native })

function envWith(bin: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${bin}:${dirname(process.execPath)}:/usr/bin:/bin`,
    RUNNER_TOOL_CACHE: tempDir()
  }
}

describe('the binfmt_misc wrapper script', () => {
  test("is built from the runtime's own argv form, preopening the working directory", () => {
    const wazero = wrapperScript(runtimeById('wazero') as CliRuntimeSpec, '/opt/wazero')
    // A version (and help) not known is taken for the newest: the environment is passed too.
    expect(wazero).toContain(`exec /opt/wazero run -mount=.:. -env-inherit "$module" "$@"`)
    const wasmer = wrapperScript(runtimeById('wasmer') as CliRuntimeSpec, "/opt/it's/wasmer")
    expect(wasmer).toContain(
      `exec '/opt/it'\\''s/wasmer' run --volume .:. --forward-host-env "$module" -- "$@"`
    )
  })
})

describeAsRoot('native: register', () => {
  let before = new Set<string>()
  beforeEach(() => {
    before = new Set(ourEntries())
  })
  afterEach(() => {
    // Only what this file's runs registered: other test files may be registering at the same time.
    ourEntries()
      .filter((name) => !before.has(name))
      .forEach(removeEntry)
    removeEntry(OTHER)
  })

  test('registers the first runtime that passed, through a wrapper when it needs one; modules then run directly', async () => {
    const bin = tempDir()
    writeFakeRuntime(bin, 'wazero')
    const result = await runProbe(plan(['node', 'wazero'], { register: true, force: false, keep: false }), {
      env: envWith(bin)
    })
    // wazero comes before node in the interpreter order; `wazero run` needs a wrapper.
    expect(result.native.registered).toMatchObject({ entry: ENTRY_PATTERN, runtime: 'wazero' })
    const entry = result.native.registered!.entry
    const wrapper = result.native.registered!.interpreter
    expect(readFileSync(wrapper, 'utf8')).toContain(`${join(bin, 'wazero')} run`)
    expect(result.native).toMatchObject({ status: 'pass', handler: wrapper, flags: 'F' })
    expect(result.supported).toContain('native')
    expect(readFileSync(join(BINFMT_DIR, entry), 'utf8')).toContain('magic 0061736d01000000')
    // The runners output runs a module natively too, from an executable copy of a file that is not executable.
    const dir = tempDir()
    writeFileSync(join(dir, 'exit-code.wasm'), moduleBytes('exit-code'))
    const native = spawnSync('bash', ['-c', `${result.runners!.native} exit-code.wasm`], { cwd: dir })
    expect(native.status).toBe(42)
    expect(unregisterNative(entry)).toEqual({ removed: true })
    expect(existsSync(join(BINFMT_DIR, entry))).toBe(false)
  })

  test('node as the interpreter, through its node:wasi wrapper', async () => {
    const result = await runProbe(
      plan(['node'], { register: true, runtime: 'node', force: false, keep: false }),
      {
        env: envWith(tempDir())
      }
    )
    expect(result.native).toMatchObject({ status: 'pass', registered: { runtime: 'node' } })
    expect(result.native.registered!.interpreter.startsWith(dirname(process.execPath))).toBe(false)
  })

  test('an existing .wasm entry is kept without force, and shadowed (not removed) with it', async () => {
    const bin = tempDir()
    writeFakeRuntime(bin, 'wasm3')
    // Someone else's handler, one that exits 0 whatever it runs.
    const theirs = writeFakeRuntime(tempDir(), 'wasm3', 'exit0')
    writeFileSync(join(BINFMT_DIR, 'register'), `:${OTHER}:M::\\x00asm::${theirs}:F`)

    const kept = await runProbe(plan(['wasm3'], { register: true, force: false, keep: false }), {
      env: envWith(bin)
    })
    expect(kept.native.registered).toBeUndefined()
    expect(kept.native.reason).toMatch(
      /already in force .* kept \(use native: register force to replace it\)/
    )
    expect(ourEntries().filter((name) => !before.has(name))).toEqual([])

    const forced = await runProbe(plan(['wasm3'], { register: true, force: true, keep: false }), {
      env: envWith(bin)
    })
    expect(forced.native).toMatchObject({ status: 'pass', registered: { runtime: 'wasm3' } })
    unregisterNative(forced.native.registered!.entry)
    // Theirs is still there, and in force again: it exits 0 for everything, so natively it fails.
    expect(existsSync(join(BINFMT_DIR, OTHER))).toBe(true)
    const after = await runProbe(plan(['native', 'wasm3'], undefined), { env: envWith(bin) })
    expect(after.native.status).toBe('fail')
    expect(after.runtimes.find((r) => r.id === 'native')!.probes.map((p) => p.status)).toEqual([
      'pass',
      'fail',
      'fail'
    ])
  })

  test('not root and no sudo: unsupported, said why, and the step stays green', async () => {
    const runner = tempDir('wasi-probe-runner-')
    chmodSync(runner, 0o777)
    for (const name of ['out', 'summary', 'state']) {
      writeFileSync(join(runner, name), '')
      chmodSync(join(runner, name), 0o666)
    }
    const child = spawn(process.execPath, [resolve('dist/index.js')], {
      cwd: runner,
      uid: 65534,
      gid: 65534,
      env: {
        PATH: `${dirname(process.execPath)}:/usr/bin:/bin`,
        HOME: runner,
        INPUT_RUNTIMES: 'node',
        INPUT_NATIVE: 'register',
        GITHUB_OUTPUT: join(runner, 'out'),
        GITHUB_STEP_SUMMARY: join(runner, 'summary'),
        GITHUB_STATE: join(runner, 'state'),
        RUNNER_TEMP: runner,
        RUNNER_TOOL_CACHE: join(runner, 'toolcache')
      }
    })
    child.stdout.resume()
    child.stderr.resume()
    const status = await new Promise((done) => child.on('close', done))
    expect(status).toBe(0)
    const outputs = parseOutputFile(readFileSync(join(runner, 'out'), 'utf8'))
    expect(outputs.native).toBe('false')
    const result = JSON.parse(readFileSync(outputs['result-file'], 'utf8'))
    expect(result.native).toMatchObject({ status: 'unsupported' })
    expect(result.native.reason).toMatch(/not root, and `sudo -n` is not available/)
    expect(ourEntries().filter((name) => !before.has(name))).toEqual([])
  })

  test('the CLI says its entry stays; a second run replaces it; --native unregister removes it, and only it', async () => {
    const theirs = writeFakeRuntime(tempDir(), 'wasm3')
    writeFileSync(join(BINFMT_DIR, 'register'), `:${OTHER}:E::wasmx::${theirs}:`)
    // An action run's entry, kept with native-keep: true.
    const actionEntry = newEntryName()
    writeFileSync(join(BINFMT_DIR, 'register'), `:${actionEntry}:E::wasmy::${theirs}:`)
    const register = () => cliInProcess(['--runtimes', 'node', '--native', 'register:node'], '/usr/bin:/bin')
    const first = await register()
    expect(first.status).toBe(0)
    expect(first.stderr).toMatch(
      new RegExp(
        `^wasi-probe: registered the binfmt_misc entry ${CLI_ENTRY_NAME} \\(interpreter .+\\): ` +
          'it stays registered after this run; wasi-probe --native unregister removes it$',
        'm'
      )
    )
    expect(existsSync(join(BINFMT_DIR, CLI_ENTRY_NAME))).toBe(true)
    expect((await register()).status).toBe(0)
    expect(
      ourEntries()
        .filter((name) => !before.has(name))
        .sort()
    ).toEqual([actionEntry, CLI_ENTRY_NAME].sort())

    const removed = await cliInProcess(['--native', 'unregister'], '/usr/bin:/bin')
    expect([removed.status, removed.stderr]).toEqual([0, ''])
    expect(removed.stdout).toMatch(new RegExp(`^Removed the binfmt_misc entry ${CLI_ENTRY_NAME}\\.$`, 'm'))
    expect(removed.stdout).toMatch(new RegExp(`^These wasi-probe entries stay, .*${actionEntry}`, 'm'))
    expect(existsSync(join(BINFMT_DIR, CLI_ENTRY_NAME))).toBe(false)
    expect(existsSync(join(BINFMT_DIR, actionEntry))).toBe(true)
    expect(existsSync(join(BINFMT_DIR, OTHER))).toBe(true)
    const again = await cliInProcess(['--native', 'unregister'], '/usr/bin:/bin')
    expect(again.status).toBe(0)
    expect(again.stdout).toContain(`No binfmt_misc entry ${CLI_ENTRY_NAME} is registered: nothing to remove.`)
    // It removes, and probes nothing: other flags beside it are refused.
    const mixed = await cliInProcess(['--native', 'unregister', '--runtimes', 'node'])
    expect([mixed.status, mixed.stdout]).toEqual([2, ''])
    expect(mixed.stderr).toContain('give it alone, without --runtimes')
  })

  test('the action registers, and its post step removes exactly its entry', async () => {
    const bin = tempDir()
    writeFakeRuntime(bin, 'wasm3')
    const theirs = writeFakeRuntime(tempDir(), 'wasm3')
    writeFileSync(join(BINFMT_DIR, 'register'), `:${OTHER}:E::wasmx::${theirs}:`)
    const runner = tempDir('wasi-probe-runner-')
    const main = await runActionInProcess(
      runAction,
      { runtimes: 'wasm3', native: 'register:wasm3' },
      { PATH: `${bin}:${dirname(process.execPath)}:/usr/bin:/bin` },
      runner
    )
    expect(main.status).toBe(0)
    expect(main.outputs.native).toBe('true')
    expect(main.outputs['native-handler']).toBe(join(bin, 'wasm3'))
    // The runner hands the saved state to the post step as STATE_<name>.
    const saved = main.state!
    const entry = saved['binfmt-entry']
    expect(entry).toMatch(ENTRY_PATTERN)
    expect(existsSync(join(BINFMT_DIR, entry))).toBe(true)
    const post = await runActionInProcess(
      runPost,
      {},
      Object.fromEntries(Object.entries(saved).map(([name, value]) => [`STATE_${name}`, value])),
      runner
    )
    expect(post.status).toBe(0)
    expect(post.stdout).toContain(`Removed the binfmt_misc entry ${entry}.`)
    expect(existsSync(join(BINFMT_DIR, entry))).toBe(false)
    expect(existsSync(join(BINFMT_DIR, OTHER))).toBe(true)
  })
})
