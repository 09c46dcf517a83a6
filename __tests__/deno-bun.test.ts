// Deno and Bun for real: the binaries their npm packages ship (devDependencies), found on PATH.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { runProbe } from '../src/engine.js'
import { BASIC_PROBES, moduleBytes, STDOUT_LINE } from '../src/probes/catalog.js'
import { ALL_PROBES } from '../src/probes/index.js'
import { STDERR_LINE, WASI_ENV_NAME, WASI_ENV_VALUE, WASI_PROBES } from '../src/probes/wasi.js'
import { isOurEntryName } from '../src/provision/binfmt.js'
import type { ProbeOutcome, RuntimeOutcome } from '../src/result/index.js'
import { bun } from '../src/runtimes/bun.js'
import { deno } from '../src/runtimes/deno.js'
import { BINFMT_DIR } from '../src/runtimes/native.js'
import { runnerForm } from '../src/runtimes/runner.js'
import type { CliRuntimeSpec } from '../src/runtimes/spec.js'
import { whyBinfmtCannotBeRegistered } from './helpers/binfmt.js'
import { enginePlan } from './helpers/engine.js'
import { tempDir } from './helpers/fake-runtimes.js'
import { sayWhySkipped } from './helpers/skip.js'

const BIN = resolve('node_modules/.bin')
const PINNED = JSON.parse(readFileSync('package.json', 'utf8')).devDependencies as Record<string, string>

/** PATH with the npm packages' deno and bun, and the running node. */
function realEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${BIN}:${dirname(process.execPath)}:/usr/bin:/bin`,
    RUNNER_TOOL_CACHE: tempDir()
  }
}

const missing = ['deno', 'bun'].filter((binary) => !existsSync(join(BIN, binary)))
if (missing.length > 0)
  sayWhySkipped(
    'the real Deno and Bun tests',
    `${missing.join(' and ')} not in ${BIN} (npm ci installs them).`
  )
const describeReal = missing.length > 0 ? describe.skip : describe

const byId = (runtime: RuntimeOutcome) => new Map(runtime.probes.map((probe) => [probe.id, probe]))
const statusOf = (probes: Map<string, ProbeOutcome>, ids: readonly { id: string }[]) =>
  Object.fromEntries(ids.map(({ id }) => [id, probes.get(id)?.status]))

/** Runs `spec`'s argv for `module` directly, in `cwd`, with the helper file written where the engine puts it. */
function runDirectly(spec: CliRuntimeSpec, module: string, cwd: string, env: NodeJS.ProcessEnv = {}) {
  const helperDir = tempDir()
  const helper = spec.helper ? join(helperDir, spec.helper.file) : undefined
  if (spec.helper && helper) writeFileSync(helper, spec.helper.source)
  const args = spec.argv(
    { module, args: [], env: {}, dirs: [] },
    { version: null, os: 'linux', ...(helper ? { helper } : {}) }
  )
  return spawnSync(join(BIN, spec.binary), args, {
    cwd,
    encoding: 'utf8',
    env: { PATH: '/usr/bin:/bin', HOME: process.env.HOME, ...env },
    timeout: 30_000
  })
}

describeReal('real deno and bun through every probe set', () => {
  let runtimes: Map<string, RuntimeOutcome>
  beforeAll(async () => {
    const result = await runProbe(enginePlan(['deno', 'bun'], { probes: ['all'] }), { env: realEnv() })
    runtimes = new Map(result.runtimes.map((runtime) => [runtime.id, runtime]))
  }, 120_000)

  test('both are found on PATH, at the versions the npm packages pin, and run WASI', () => {
    for (const id of ['deno', 'bun']) {
      const runtime = runtimes.get(id)!
      expect(runtime).toMatchObject({ status: 'pass', source: 'path', version: PINNED[id] })
      expect(runtime.path).toBe(join(BIN, id))
      expect(runtime.probes.map((probe) => probe.id)).toEqual(ALL_PROBES.map((probe) => probe.id))
      expect(statusOf(byId(runtime), BASIC_PROBES)).toEqual({
        seed: 'pass',
        'exit-code': 'pass',
        stdout: 'pass'
      })
      expect(byId(runtime).get('stdout')!.stdout).toBe(STDOUT_LINE)
    }
  })

  test("deno passes every WASI probe through node:wasi, and its stderr holds only the module's", () => {
    const probes = byId(runtimes.get('deno')!)
    const verdicts = statusOf(probes, WASI_PROBES)
    for (const [id, status] of Object.entries(verdicts)) {
      // The exit codes 125 and 126 are recorded, not judged (a runtime may reserve them).
      expect([id, status]).toEqual([id, id.startsWith('wasi-exit-') ? 'recorded' : 'pass'])
    }
    expect(probes.get('wasi-exit-125')!.exitCode).toBe(125)
    // node:wasi's experimental warning would come first on stderr.
    expect(probes.get('wasi-stderr')!.stderr).toBe(STDERR_LINE)
    expect(probes.get('wasi-trap')!.stderr).toMatch(/RuntimeError: unreachable/)
    expect(probes.get('component-cli-run')).toMatchObject({ status: 'unsupported' })
  })

  test('bun: what it cannot express is unsupported with the reason, everything else passes', () => {
    const probes = byId(runtimes.get('bun')!)
    const cannot = WASI_PROBES.filter((probe) => probe.dir || Object.keys(probe.env).length > 0)
    expect(cannot.map((probe) => probe.id).sort()).toEqual(
      ['wasi-environ', 'wasi-missing-file', 'wasi-preopen-read', 'wasi-preopen-write'].sort()
    )
    for (const probe of cannot) {
      const outcome = probes.get(probe.id)!
      expect(outcome.status).toBe('unsupported')
      expect(outcome.reason).toBe(probe.dir ? bun.limits!.dirs : bun.limits!.env)
    }
    for (const probe of WASI_PROBES.filter((p) => !cannot.includes(p))) {
      expect([probe.id, probes.get(probe.id)!.status]).toEqual([
        probe.id,
        probe.id.startsWith('wasi-exit-') ? 'recorded' : 'pass'
      ])
    }
    expect(probes.get('wasi-stderr')!.stderr).toBe(STDERR_LINE)
  })

  test('a feature probe either passes or fails on a CompileError of the engine, never anything else', () => {
    for (const id of ['deno', 'bun']) {
      for (const probe of runtimes.get(id)!.probes.filter((p) => p.category === 'proposal')) {
        if (probe.status === 'pass') continue
        expect([id, probe.id, probe.status]).toEqual([id, probe.id, 'fail'])
        expect(probe.stderr).toMatch(/CompileError/)
      }
    }
  })
})

describeReal("what lies around the working directory does not change a module's run", () => {
  const ENVIRON = 'wasi-environ.wasm'
  let cwd: string
  beforeEach(() => {
    cwd = tempDir()
    writeFileSync(join(cwd, ENVIRON), moduleBytes('wasi-environ'))
    writeFileSync(join(cwd, 'stdout.wasm'), moduleBytes('stdout'))
  })

  test("bun reads no bunfig.toml (whose preload would run first) and no .env (which would reach the module's environment)", () => {
    writeFileSync(join(cwd, 'bunfig.toml'), 'preload = ["./preload.js"]\n')
    writeFileSync(join(cwd, 'preload.js'), `require('node:fs').writeFileSync('preloaded', 'yes')\n`)
    writeFileSync(join(cwd, '.env'), `${WASI_ENV_NAME}="${WASI_ENV_VALUE}"\n`)
    const stdout = runDirectly(bun, join(cwd, 'stdout.wasm'), cwd)
    expect([stdout.status, stdout.stdout]).toEqual([0, STDOUT_LINE])
    expect(existsSync(join(cwd, 'preloaded'))).toBe(false)
    // The environ module exits 4 when no WASI_PROBE_VAR entry is there, 0 when .env put it in.
    expect(runDirectly(bun, ENVIRON, cwd).status).toBe(4)
  })

  test('bun runs a module named like one of its subcommands as the module', () => {
    writeFileSync(join(cwd, 'install'), moduleBytes('stdout'))
    const run = runDirectly(bun, 'install', cwd)
    expect([run.status, run.stdout]).toEqual([0, STDOUT_LINE])
    expect(readdirSync(cwd)).not.toContain('bun.lock')
  })

  test('deno reads no deno.json, package.json or lock file there', () => {
    writeFileSync(join(cwd, 'deno.json'), '{ this is not json')
    writeFileSync(join(cwd, 'deno.lock'), '{ nor is this')
    writeFileSync(join(cwd, 'package.json'), '{ "type": "module", "imports": { "#x": 1 ')
    const run = runDirectly(deno, join(cwd, 'stdout.wasm'), cwd)
    expect([run.status, run.stdout, run.stderr]).toEqual([0, STDOUT_LINE, ''])
  })

  test('deno may read the module and its preopened directories only', () => {
    const secret = join(tempDir(), 'secret.txt')
    writeFileSync(secret, 'not for the module\n')
    const args = deno.argv(
      { module: join(cwd, 'stdout.wasm'), args: [], env: {}, dirs: [{ host: cwd, guest: '/' }] },
      { version: null, os: 'linux', helper: 'runner.cjs' }
    )
    expect(args).toContain(`--allow-read=${join(cwd, 'stdout.wasm')},${cwd}`)
    expect(args).toContain(`--allow-write=${cwd}`)
    expect(args).not.toContain('--allow-all')
    expect(args.join(' ')).not.toContain(secret)
  })
})

const skipBinfmt = missing.length > 0 ? 'deno and bun are not installed' : whyBinfmtCannotBeRegistered()
if (skipBinfmt && missing.length === 0)
  sayWhySkipped('deno and bun as binfmt_misc interpreters', `${skipBinfmt}.`)
const describeBinfmt = skipBinfmt ? describe.skip : describe

describeBinfmt('native: register with deno or bun as the interpreter', () => {
  const entries = () => (existsSync(BINFMT_DIR) ? readdirSync(BINFMT_DIR).filter(isOurEntryName) : [])
  let before = new Set<string>()
  beforeEach(() => (before = new Set(entries())))
  afterEach(() => {
    for (const name of entries().filter((entry) => !before.has(entry)))
      writeFileSync(join(BINFMT_DIR, name), '-1')
  })

  test.each(['deno', 'bun'])(
    '%s: modules then run directly, with their arguments and exit codes',
    async (id) => {
      const result = await runProbe(
        enginePlan([id], { native: { register: true, runtime: id, force: false, keep: true } }),
        { env: realEnv() }
      )
      expect(result.native).toMatchObject({ status: 'pass', registered: { runtime: id } })
      const dir = tempDir()
      mkdirSync(join(dir, 'sub'))
      const module = join(dir, 'sub', 'hello')
      writeFileSync(module, moduleBytes('stdout'), { mode: 0o755 })
      const exit = join(dir, 'exit42')
      writeFileSync(exit, moduleBytes('exit-code'), { mode: 0o755 })
      const run = spawnSync('sub/hello', [], { cwd: dir, encoding: 'utf8' })
      expect([run.status, run.stdout]).toEqual([0, STDOUT_LINE])
      expect(spawnSync(exit, [], { cwd: dir }).status).toBe(42)
    },
    60_000
  )
})

describeReal('the runners output for deno and bun', () => {
  test('deno: its runner program runs a module with its arguments, its exit code and the working directory', () => {
    const form = runnerForm(deno, join(BIN, 'deno'))
    if (!('helper' in form))
      throw new Error(`deno's runner is no prefix with a runner program: ${JSON.stringify(form)}`)
    const dir = tempDir()
    const program = join(dir, form.helper.file)
    writeFileSync(program, form.helper.source)
    const [binary, ...args] = form.prefixWith(program)
    writeFileSync(join(dir, 'install'), moduleBytes('stdout'))
    writeFileSync(join(dir, 'exit.wasm'), moduleBytes('exit-code'))
    const run = spawnSync(binary, [...args, 'install'], { cwd: dir, encoding: 'utf8' })
    expect([run.status, run.stdout, run.stderr]).toEqual([0, STDOUT_LINE, ''])
    expect(spawnSync(binary, [...args, 'exit.wasm'], { cwd: dir }).status).toBe(42)
  })

  test('bun: the script runs a module with its arguments, its exit code and the working directory', () => {
    const form = runnerForm(bun, join(BIN, 'bun'))
    expect('script' in form).toBe(true)
    const dir = tempDir()
    const script = join(dir, 'runner')
    writeFileSync(script, (form as { script: string }).script, { mode: 0o755 })
    writeFileSync(join(dir, 'install'), moduleBytes('stdout'))
    writeFileSync(join(dir, 'exit.wasm'), moduleBytes('exit-code'))
    const run = spawnSync(script, ['install'], { cwd: dir, encoding: 'utf8' })
    expect([run.status, run.stdout, run.stderr]).toEqual([0, STDOUT_LINE, ''])
    expect(spawnSync(script, ['exit.wasm'], { cwd: dir }).status).toBe(42)
  })
})
