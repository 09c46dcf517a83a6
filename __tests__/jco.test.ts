// jco for real: the devDependency found on PATH (node_modules/.bin), and jco
// installed with npm from the registry into a tool cache; WASI 0.3 on this
// Node (no JSPI: unsupported, with the reason) and, through the CLI from
// source, on a Node 24 (scripts/jspi-node.mjs), the suite's 0.3 tests too.
import { componentNew, preview1AdapterCommandPath } from '@bytecodealliance/jco'
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runProbe } from '../src/engine.js'
import { BASIC_PROBES, moduleBytes } from '../src/probes/catalog.js'
import { COMPONENT_PROBES } from '../src/probes/components.js'
import { COMPONENT_03_PROBES } from '../src/probes/components-0.3.js'
import { WASI_ENV_NAME, WASI_ENV_VALUE } from '../src/probes/wasi.js'
import { checkIntegrity, findNpmCli, installNodePackage } from '../src/provision/npm-install.js'
import type { ProbeResult, RuntimeOutcome } from '../src/result/index.js'
import { jco } from '../src/runtimes/jco.js'
import { MANIFEST } from '../src/runtimes/manifest.js'
import { THIS_OS } from '../src/runtimes/spec.js'
import { enginePlan } from './helpers/engine.js'
import { tempDir } from './helpers/fake-runtimes.js'
import { jspiNode, THIS_NODE_HAS_JSPI } from './helpers/jspi.js'
import { sayWhySkipped } from './helpers/skip.js'
import { printing, writeSuite } from './helpers/test-modules.js'
import { compileWat, HANG_WAT } from './helpers/wat.js'

const BIN = resolve('node_modules/.bin')
const PINNED = JSON.parse(readFileSync('package.json', 'utf8')).devDependencies as Record<string, string>
const WTS_P3 = resolve('../shared/wasi-testsuite/tests/rust/testsuite/wasm32-wasip3')
const CORE_ONLY = 'jco runs components only, not core modules'

/** PATH with the npm package's jco (and node_modules/.bin's other tools) and the running node. */
function jcoOnPath(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${BIN}:${dirname(process.execPath)}:/usr/bin:/bin`,
    RUNNER_TOOL_CACHE: tempDir()
  }
}

const byId = (runtime: RuntimeOutcome) => new Map(runtime.probes.map((probe) => [probe.id, probe]))
const jcoOf = (result: ProbeResult) => result.runtimes.find((runtime) => runtime.id === 'jco')!

const noJco = existsSync(join(BIN, 'jco')) ? undefined : `jco is not in ${BIN} (npm ci installs it)`
if (noJco) sayWhySkipped('the real jco tests', noJco)
const describeJco = noJco ? describe.skip : describe

/** A WASI 0.2 command component made of a preview1 core module, as toolchains make them (jco's adapter). */
async function componentOf(core: Uint8Array): Promise<Uint8Array> {
  const adapter = readFileSync(fileURLToPath(preview1AdapterCommandPath()))
  return componentNew(core, [['wasi_snapshot_preview1', adapter]])
}

describeJco('jco found on PATH', () => {
  let result: ProbeResult
  beforeAll(async () => {
    result = await runProbe(enginePlan(['jco'], { probes: ['component'], timeoutSeconds: 60 }), {
      env: jcoOnPath()
    })
  }, 120_000)

  test('is the devDependency, judged by the components it runs, named with the Node that ran them', () => {
    const runtime = jcoOf(result)
    expect(runtime).toMatchObject({
      status: 'pass',
      source: 'path',
      path: join(BIN, 'jco'),
      version: PINNED['@bytecodealliance/jco'].replace(/^\^/, ''),
      name: `jco (Node ${process.versions.node})`
    })
    expect(byId(runtime).get('component-cli-run')).toMatchObject({ status: 'pass', exitCode: 0 })
    for (const { id } of COMPONENT_PROBES) expect([id, byId(runtime).get(id)?.status]).toEqual([id, 'pass'])
    expect(result.supported).toEqual(['jco'])
    // The runners run preview1 modules: none for jco.
    expect(result.runners).toEqual({})
  })

  test('core modules are unsupported, with the reason, never failed', () => {
    for (const { id } of BASIC_PROBES)
      expect(byId(jcoOf(result)).get(id)).toMatchObject({ status: 'unsupported', reason: CORE_ONLY })
  })

  test('with only core-module probes, jco is unsupported with that reason', async () => {
    const basic = await runProbe(enginePlan(['jco']), { env: jcoOnPath() })
    expect(jcoOf(basic)).toMatchObject({ status: 'unsupported', reason: CORE_ONLY })
  })

  test('a jco on PATH that is not the package is not taken for it', async () => {
    const bin = tempDir()
    writeFileSync(join(bin, 'jco'), '#!/bin/sh\necho 1.35.0\n', { mode: 0o755 })
    const env = { ...process.env, PATH: `${bin}:/usr/bin:/bin`, RUNNER_TOOL_CACHE: tempDir() }
    const other = await runProbe(enginePlan(['jco'], { probes: ['component'] }), { env })
    expect(jcoOf(other)).toMatchObject({ status: 'missing', path: null })
  })
})

describeJco('batches: one Node per batch, each run its own', () => {
  test('a hanging component is killed and the rest of its batch runs again; each run sees only its own environment and args', async () => {
    const [hang, environ] = await Promise.all([
      compileWat(HANG_WAT).then(componentOf),
      componentOf(moduleBytes('wasi-environ'))
    ])
    // The hang first, then twice as many tests as there are batches: the hang's batch has more after it.
    const printers = Array.from({ length: 2 * availableParallelism() }, (_, i) => `prints-${i}`)
    const printed = await Promise.all(printers.map((name) => printing(`${name}\n`).then(componentOf)))
    const suite = await writeSuite(join(tempDir(), 'suite'), {
      '0-hang': { module: hang },
      'environ-given': { module: environ, spec: { env: { [WASI_ENV_NAME]: WASI_ENV_VALUE } } },
      // wasi-environ exits 4 without the variable: through the preview1 adapter, exit err, 1.
      'environ-not-given': { module: environ, spec: { exit_code: 1 } },
      ...Object.fromEntries(
        printers.map((name, i) => [name, { module: printed[i], spec: { args: [name], stdout: `${name}\n` } }])
      )
    })
    const result = await runProbe(enginePlan(['jco'], { modules: [suite], testTimeoutSeconds: 3 }), {
      env: jcoOnPath()
    })
    const tests = new Map(
      jcoOf(result)
        .probes.filter((p) => p.category === 'custom')
        .map((p) => [p.test!, p])
    )
    // The official runner's verdict for a run still going when its wait ends: fail.
    expect(tests.get('0-hang')).toMatchObject({
      status: 'fail',
      reason: expect.stringMatching(/still running \d+ s after the wait began; killed|time/)
    })
    for (const name of ['environ-given', 'environ-not-given', ...printers])
      expect([name, tests.get(name)?.status, tests.get(name)?.reason]).toEqual([name, 'pass', undefined])
    for (const name of printers) expect(tests.get(name)!.stdout).toBe(`${name}\n`)
  }, 120_000)
})

describeJco('WASI 0.3 on a Node without JSPI', () => {
  const run = THIS_NODE_HAS_JSPI ? test.skip : test
  if (THIS_NODE_HAS_JSPI)
    sayWhySkipped('the WASI 0.3 tests on a Node without JSPI', `this Node (${process.version}) has JSPI`)

  run(
    'every 0.3 probe and every test of the suite is unsupported, naming JSPI and this Node; none fails',
    async () => {
      const modules = existsSync(WTS_P3) ? [copyOfSuite()] : undefined
      if (!modules) sayWhySkipped("the suite's 0.3 tests on a Node without JSPI", `${WTS_P3} is absent`)
      const result = await runProbe(
        enginePlan(['jco'], { probes: ['component-0.3'], ...(modules ? { modules } : {}) }),
        { env: jcoOnPath() }
      )
      const runtime = jcoOf(result)
      const p3 = runtime.probes.filter((p) => p.category !== 'basic')
      expect(p3.length).toBe(COMPONENT_03_PROBES.length + (modules ? 55 : 0))
      for (const outcome of p3) {
        expect([outcome.id, outcome.status]).toEqual([outcome.id, 'unsupported'])
        expect(outcome.reason).toMatch(/JSPI/)
        expect(outcome.reason).toContain(process.version)
      }
      expect(runtime.status).toBe('unsupported')
    },
    120_000
  )
})

/** The suite's 0.3 tests, copied: wasi-probe copies each test's folders, but the shared copy stays untouched. */
function copyOfSuite(): string {
  const copy = join(tempDir(), 'wasm32-wasip3')
  cpSync(WTS_P3, copy, { recursive: true })
  return copy
}

describeJco('WASI 0.3 on a Node with JSPI: the CLI from source on Node 24', () => {
  const found = jspiNode()
  const run = 'node' in found ? test : test.skip
  if ('reason' in found) sayWhySkipped('the WASI 0.3 tests on Node 24', found.reason)

  run(
    "the 0.3 probes pass, and so does every test of the suite's 0.3 suite but those of the http service world",
    () => {
      const node = (found as { node: string }).node
      const modules = existsSync(WTS_P3) ? ['--modules', copyOfSuite()] : []
      if (modules.length === 0) sayWhySkipped("the suite's 0.3 tests on Node 24", `${WTS_P3} is absent`)
      const output = execFileSync(
        node,
        [
          '--import',
          'tsx',
          'src/cli/index.ts',
          '--runtimes',
          'jco',
          '--probes',
          'component-0.3',
          ...modules,
          '--json'
        ],
        { encoding: 'utf8', env: jcoOnPath(), maxBuffer: 64 * 1024 * 1024, timeout: 240_000 }
      )
      const runtime = jcoOf(JSON.parse(output) as ProbeResult)
      expect(runtime.name).toBe(
        `jco (Node ${execFileSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim()})`
      )
      for (const { id } of COMPONENT_03_PROBES)
        expect([id, byId(runtime).get(id)?.status]).toEqual([id, 'pass'])
      if (modules.length === 0) return
      const tests = runtime.probes.filter((p) => p.category === 'custom')
      expect(tests).toHaveLength(55)
      const unsupported = tests.filter((t) => t.status === 'unsupported')
      expect(new Set(unsupported.map((t) => t.reason))).toEqual(
        new Set(['needs the wasi:http/service world'])
      )
      // The official runner's verdicts here (adapters/jco.py on Node 24): the same, but filesystem-read-directory,
      // which fails there on a parent.cleanup another test left in the shared fs-tests.dir (wasi-probe copies it).
      for (const test of tests.filter((t) => t.status !== 'unsupported'))
        expect([test.test, test.status, test.reason]).toEqual([test.test, 'pass', undefined])
      expect(tests.filter((t) => t.status === 'pass').length).toBe(41)
    },
    300_000
  )
})

describe('jco installed with npm', () => {
  const npm = findNpmCli(process.env)
  const run = npm ? test : test.skip
  if (!npm) sayWhySkipped('installing jco with npm', `no npm beside ${process.execPath} or on PATH`)
  let cache: string
  const saved = process.env.RUNNER_TOOL_CACHE
  beforeAll(() => {
    // @actions/tool-cache reads the process's own environment.
    cache = tempDir('wasi-probe-jco-cache-')
    process.env.RUNNER_TOOL_CACHE = cache
  })
  afterAll(() => {
    process.env.RUNNER_TOOL_CACHE = saved
  })
  const noJcoOnPath = () => ({
    ...process.env,
    PATH: `${dirname(process.execPath)}:/usr/bin:/bin`,
    RUNNER_TOOL_CACHE: cache
  })
  const install = {
    apiUrl: 'https://api.github.com',
    downloadUrl: 'https://github.com',
    token: '',
    verify: true,
    cache: false,
    versions: {}
  }

  run(
    "from the registry at the manifest's pins, integrity checked, bin/jco linked; then found in the tool cache",
    async () => {
      const installed = jcoOf(
        await runProbe(enginePlan(['jco'], { probes: ['component'], install }), { env: noJcoOnPath() })
      )
      const version = MANIFEST.jco.default
      expect(installed).toMatchObject({
        status: 'pass',
        source: 'installed',
        version,
        path: join(cache, 'jco', version, process.arch, 'bin', 'jco'),
        install: { requested: version, version, verifiedBy: 'manifest' }
      })
      expect(installed.install!.asset).toBe(Object.keys(MANIFEST.jco.npm![version]).join(', '))
      expect(byId(installed).get('component-cli-run')).toMatchObject({ status: 'pass' })
      // The one command, for later steps: jco's own CLI.
      const bin = installed.path!
      expect(realpathSync(bin)).toMatch(/node_modules\/@bytecodealliance\/jco\/dist\/jco\.js$/)
      expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).trim()).toBe(version)

      // A pin npm did not meet is refused, naming the package and both integrities.
      const dir = dirname(dirname(bin))
      const wrong = { ...MANIFEST.jco.npm![version], [`@bytecodealliance/jco@${version}`]: 'sha512-wrong' }
      expect(() => checkIntegrity(dir, wrong)).toThrow(
        new RegExp(
          `@bytecodealliance/jco@${version}: npm installed ${version} with integrity sha512-\\S+, the manifest pins sha512-wrong`
        )
      )

      const found = jcoOf(
        await runProbe(enginePlan(['jco'], { probes: ['component'] }), { env: noJcoOnPath() })
      )
      expect(found).toMatchObject({ status: 'pass', source: 'tool-cache', path: bin })
    },
    180_000
  )

  test('without npm, the install fails saying so', async () => {
    process.env.RUNNER_TOOL_CACHE = tempDir()
    const outcome = await installNodePackage(jco, undefined, {
      arch: process.arch,
      env: { PATH: '' },
      verify: true,
      nodePath: join(tempDir(), 'bin', 'node')
    })
    expect(outcome).toMatchObject({ kind: 'failed', stage: 'download' })
    if (outcome.kind === 'failed')
      expect(outcome.reason).toMatch(/^installing jco needs npm, which is neither beside \S+ nor on PATH$/)
  })

  test('a version the manifest does not pin is refused unless verify is off', async () => {
    const outcome = await installNodePackage(jco, '1.0.0', {
      arch: process.arch,
      env: process.env,
      verify: true
    })
    expect(outcome).toMatchObject({ kind: 'failed', stage: 'verify' })
    if (outcome.kind === 'failed')
      expect(outcome.reason).toMatch(/the manifest pins no integrity for @bytecodealliance\/jco@1\.0\.0/)
  })

  test('with only core-module probes asked for, jco is not installed', async () => {
    const env = { ...noJcoOnPath(), RUNNER_TOOL_CACHE: tempDir() }
    const runtime = jcoOf(await runProbe(enginePlan(['jco'], { install }), { env }))
    expect(runtime).toMatchObject({ status: 'missing' })
    expect(runtime.reason).toMatch(/not installed: jco runs components only/)
    expect(runtime.install).toBeUndefined()
  })
})

describe('where wasi-probe neither finds nor installs jco (Windows)', () => {
  const saved = jco.notOn
  afterEach(() => {
    jco.notOn = saved
  })

  test('it is unavailable there with the reason, found on PATH or not, installing or not', async () => {
    expect(saved?.windows).toMatch(/Windows/)
    jco.notOn = { [THIS_OS]: 'not on this OS, for the test' }
    // Nothing listens at the install's addresses: an install is never tried.
    const nowhere = 'http://127.0.0.1:9'
    const installing = {
      versions: {},
      token: '',
      apiUrl: nowhere,
      downloadUrl: nowhere,
      verify: true,
      cache: false
    }
    for (const install of [undefined, installing]) {
      const plan = enginePlan(['jco'], { probes: ['component'], ...(install ? { install } : {}) })
      const result = await runProbe(plan, { env: jcoOnPath() })
      expect([install, jcoOf(result).status, jcoOf(result).reason]).toEqual([
        install,
        'unavailable',
        'not on this OS, for the test'
      ])
    }
  })
})
