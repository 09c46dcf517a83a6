// Runtimes as they really are at the version a user has: every version range
// an adapter declares changes what it does, and old CLIs (fakes that answer
// the old version strings and take only the old flags) are run the old way.
import { spawnSync } from 'node:child_process'
import { chmodSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runProbe } from '../src/engine.js'
import { RUNTIMES } from '../src/runtimes/index.js'
import {
  atFacts,
  type CliRuntimeSpec,
  holds,
  type Invocation,
  type RuntimeFacts,
  THIS_OS,
  wasiVersionProblem
} from '../src/runtimes/spec.js'
import { runtimeById } from '../src/runtimes/index.js'
import { enginePlan, envWithFakes } from './helpers/engine.js'
import { fakeRuntimeScript, tempDir } from './helpers/fake-runtimes.js'

const CLI_RUNTIMES = RUNTIMES.filter((spec): spec is CliRuntimeSpec => spec.kind === 'cli')

/** One run with everything an adapter might spell differently: arguments, a variable, the whole environment, a directory. */
function sampleRun(facts: RuntimeFacts): Invocation {
  const host = facts.os === 'windows' ? 'C:\\work\\dir' : '/work/dir'
  return { module: 'm.wasm', args: ['a'], env: { K: 'V' }, dirs: [{ host, guest: '/' }], inheritEnv: true }
}

/** What an adapter does at `facts`: its argv, what it cannot express, and what of the suite it runs. */
function behaviour(spec: CliRuntimeSpec, facts: RuntimeFacts): string {
  return JSON.stringify({ argv: spec.argv(sampleRun(facts), facts), ...atFacts(spec, facts) })
}

const RANGES = CLI_RUNTIMES.flatMap((spec) =>
  Object.entries(spec.ranges ?? {}).map(([name, range]) => ({ id: spec.id, name, spec, range }))
)

describe('every version range an adapter declares', () => {
  test('there are some: wasmtime, wasmer, wazero, wasmi and WAMR have theirs', () => {
    expect([...new Set(RANGES.map((r) => r.id))].sort()).toEqual([
      'wamr',
      'wasmer',
      'wasmi',
      'wasmtime',
      'wazero'
    ])
  })

  test.each(RANGES.map((r) => [`${r.id} ${r.name}`, r] as const))(
    '%s: says what and where from, holds inside and not outside, and changes what the adapter does',
    (_name, { spec, range }) => {
      expect(range.fact.length).toBeGreaterThan(10)
      expect(range.source).toMatch(/\w+\/\w+/)
      expect(holds(range, range.inside)).toBe(true)
      expect(holds(range, range.outside)).toBe(false)
      expect(behaviour(spec, range.inside)).not.toEqual(behaviour(spec, range.outside))
    }
  )

  test('a version (or help) the runtime does not say is taken for the newest: no old-version range holds', () => {
    // Ranges of one OS only (every version there) hold whatever the version: they are not about age.
    const aboutAge = RANGES.filter(
      ({ range }) => range.versions !== undefined || range.helpLacks !== undefined
    )
    expect(aboutAge.length).toBeGreaterThan(3)
    for (const { id, name, range } of aboutAge)
      expect([id, name, holds(range, { version: null, os: range.inside.os })]).toEqual([id, name, false])
  })
})

describe('the ranges, one by one', () => {
  const cli = (id: string) => runtimeById(id) as CliRuntimeSpec

  test('wasmtime up to 26 on Windows: probes expecting an exit code of 3 or more are unsupported, saying why', () => {
    const { limits } = atFacts(cli('wasmtime'), { version: '26.0.1', os: 'windows' })
    expect(limits.exitCodes).toBe(
      'wasmtime 26.0.1 on Windows turns every exit code of 3 or more into 1 (fixed in 27)'
    )
    expect(atFacts(cli('wasmtime'), { version: '26.0.1', os: 'linux' }).limits.exitCodes).toBeUndefined()
  })

  test('wasmtime before 46 runs no WASI 0.3 tests, and says why; from 46 it does', () => {
    const at45 = atFacts(cli('wasmtime'), { version: '45.0.0', os: THIS_OS })
    expect(at45.tests.wasiVersions).toEqual(['wasm32-wasip1', 'wasm32-wasip2'])
    expect(wasiVersionProblem('wasm32-wasip3', at45.tests, at45.limits)).toBe(
      'wasmtime 45.0.0 runs WASI 0.3 components only from 46'
    )
    const at46 = atFacts(cli('wasmtime'), { version: '46.0.0', os: THIS_OS })
    expect(at46.tests.wasiVersions).toEqual(['wasm32-wasip1', 'wasm32-wasip2', 'wasm32-wasip3'])
    expect(wasiVersionProblem('wasm32-wasip3', at46.tests, at46.limits)).toBeUndefined()
  })

  /** The argv of a run that asks for the whole environment (as the runners do), at `help`. */
  const inheritingArgv = (id: string, help?: string) =>
    cli(id).argv(
      { module: 'm.wasm', args: [], env: {}, dirs: [], inheritEnv: true },
      { version: null, os: THIS_OS, ...(help === undefined ? {} : { help }) }
    )

  test('wazero is given -env-inherit where its run -h lists it, and not where it does not', () => {
    expect(inheritingArgv('wazero', '  -env-inherit\n    \tInherits any environment variables')).toContain(
      '-env-inherit'
    )
    expect(inheritingArgv('wazero', '  -env value\n    \tkey=value pair')).not.toContain('-env-inherit')
    // A run that does not ask for it (every probe) never gets it.
    expect(
      cli('wazero').argv(
        { module: 'm.wasm', args: [], env: {}, dirs: [] },
        { version: null, os: THIS_OS, help: '-env-inherit' }
      )
    ).not.toContain('-env-inherit')
  })

  test('wasmer is given --forward-host-env where its help says it reaches the guest, not where it was for WCGI only', () => {
    expect(
      inheritingArgv('wasmer', '--forward-host-env\n          Forward all host env variables to guest')
    ).toEqual(expect.arrayContaining(['--forward-host-env']))
    expect(
      inheritingArgv('wasmer', '--forward-host-env  Forward all host env variables to the wcgi task.')
    ).not.toContain('--forward-host-env')
    expect(inheritingArgv('wasmer', '--mapdir <GUEST_DIR:HOST_DIR>')).not.toContain('--forward-host-env')
  })

  test('WAMR up to 2.2.0 on Windows cannot be given a directory; 2.3.0 can', () => {
    expect(atFacts(cli('wamr'), { version: '2.2.0', os: 'windows' }).limits.dirs).toMatch(/splits --map-dir/)
    expect(atFacts(cli('wamr'), { version: '2.3.0', os: 'windows' }).limits.dirs).toBeUndefined()
  })
})

const posix = process.platform !== 'win32'
const posixDescribe = posix ? describe : describe.skip

/** A folder holding `script` as the executable `name`, on PATH before the fakes of `env`. */
function withExecutable(name: string, script: string): NodeJS.ProcessEnv {
  const env = envWithFakes()
  const bin = tempDir()
  writeFileSync(join(bin, name), script)
  chmodSync(join(bin, name), 0o755)
  return { ...env, PATH: `${bin}:${env.PATH}` }
}

const DIRECTORY_PROBES = ['wasi-preopen-read', 'wasi-preopen-write', 'wasi-missing-file']

function statuses(result: Awaited<ReturnType<typeof runProbe>>, id: string) {
  const runtime = result.runtimes.find((r) => r.id === id)!
  return Object.fromEntries(
    runtime.probes.filter((p) => DIRECTORY_PROBES.includes(p.id)).map((p) => [p.id, p.status])
  )
}

const allPass = Object.fromEntries(DIRECTORY_PROBES.map((id) => [id, 'pass']))

posixDescribe('old CLIs, run the old way', () => {
  test('wasmer 4.x (no --volume, its help says so) passes its directory probes through --mapdir', async () => {
    const argvFile = join(tempDir(), 'argv')
    const env = {
      ...withExecutable('wasmer', fakeRuntimeScript('wasmer-4')),
      FAKE_RUNTIME_ARGV_FILE: argvFile
    }
    const result = await runProbe(enginePlan(['wasmer'], { probes: ['wasi'] }), { env })
    expect(result.runtimes[0]).toMatchObject({ id: 'wasmer', version: '4.4.0', status: 'pass' })
    expect(statuses(result, 'wasmer')).toEqual(allPass)
    const runs = readFileSync(argvFile, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as string[])
    expect(runs.some((argv) => argv.includes('--mapdir'))).toBe(true)
    expect(runs.some((argv) => argv.includes('--volume'))).toBe(false)
  })

  test('wasmer 4.x given the new argv (--volume) fails: the right argv is what passes', () => {
    const env = withExecutable('wasmer', fakeRuntimeScript('wasmer-4'))
    const newest = { version: '7.4.2', help: '--volume <HOST:GUEST>', os: THIS_OS } as const
    const module = tempDir()
    const run = spawnSync(
      'wasmer',
      (runtimeById('wasmer') as CliRuntimeSpec).argv(
        { module: join(module, 'm.wasm'), args: [], env: {}, dirs: [{ host: module, guest: '/' }] },
        newest
      ),
      { env, encoding: 'utf8' }
    )
    expect([run.status, run.stderr.trim()]).toEqual([2, "error: unexpected argument '--volume' found"])
  })

  test('wasmer 7.x (its help lists --volume) is given --volume', async () => {
    const argvFile = join(tempDir(), 'argv')
    const env = { ...withExecutable('wasmer', fakeRuntimeScript('wasmer')), FAKE_RUNTIME_ARGV_FILE: argvFile }
    const result = await runProbe(enginePlan(['wasmer'], { probes: ['wasi'] }), { env })
    expect(statuses(result, 'wasmer')).toEqual(allPass)
    const runs = readFileSync(argvFile, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as string[])
    expect(runs.some((argv) => argv.includes('--volume'))).toBe(true)
    expect(runs.some((argv) => argv.includes('--mapdir'))).toBe(false)
  })

  test('wasmi_cli 1.1 (no run subcommand) is found as wasmi and passes its directory probes', async () => {
    const env = withExecutable('wasmi_cli', fakeRuntimeScript('wasmi_cli'))
    const result = await runProbe(enginePlan(['wasmi'], { probes: ['wasi'] }), { env })
    expect(result.runtimes[0]).toMatchObject({
      id: 'wasmi',
      version: '1.1.0',
      status: 'pass',
      path: expect.stringMatching(/\/wasmi_cli$/)
    })
    expect(statuses(result, 'wasmi')).toEqual(allPass)
  })

  test('wasmi_cli 1.1 given the new argv (run MODULE) fails: the right argv is what passes', () => {
    const env = withExecutable('wasmi_cli', fakeRuntimeScript('wasmi_cli'))
    const module = join(tempDir(), 'm.wasm')
    writeFileSync(module, '')
    const run = spawnSync(
      'wasmi_cli',
      (runtimeById('wasmi') as CliRuntimeSpec).argv(
        { module, args: [], env: {}, dirs: [] },
        { version: '2.0.0-beta.9', os: THIS_OS }
      ),
      { env, encoding: 'utf8' }
    )
    expect([run.status, run.stderr.trim()]).toEqual([1, 'Error: failed to read the Wasm module run'])
  })
})

posixDescribe("WasmEdge's own log lines on stdout", () => {
  test('a stdout probe is judged without them (the result keeps them); another runtime writing the same fails', async () => {
    const env = withExecutable('wasmedge', fakeRuntimeScript('wasmedge', 'log-warning'))
    const bin = env.PATH!.split(':')[0]
    writeFileSync(join(bin, 'wasmtime'), fakeRuntimeScript('wasmtime', 'log-warning'))
    chmodSync(join(bin, 'wasmtime'), 0o755)
    const result = await runProbe(enginePlan(['wasmedge', 'wasmtime']), { env })
    const stdoutProbe = (id: string) =>
      result.runtimes.find((r) => r.id === id)!.probes.find((p) => p.id === 'stdout')!
    expect(stdoutProbe('wasmedge')).toMatchObject({
      status: 'pass',
      stdout: expect.stringMatching(/^\[2026-06-01 12:00:00\.000\] \[warning\] the AOT section/)
    })
    expect(stdoutProbe('wasmtime').status).toBe('fail')
  })
})
