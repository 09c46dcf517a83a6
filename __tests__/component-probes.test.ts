// The WASI 0.2 component probes, run for real through jco (the devDependency's
// node_modules/.bin/jco: a component transpiled to JS, run on Node with
// @bytecodealliance/preview2-shim). Every probe passes; a broken variant of
// each (other inputs, another expectation, or a component mutated here) fails,
// so each checks something only a correct host gets right.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { componentWit, parse } from '@bytecodealliance/jco'
import { runProbe } from '../src/engine.js'
import { moduleBytes, type Probe, STDOUT_LINE } from '../src/probes/catalog.js'
import { COMPONENT_PROBES } from '../src/probes/components.js'
import {
  PREOPEN_FILE_CONTENT,
  PREOPEN_GUEST,
  PREOPEN_INPUT_FILE,
  PREOPEN_OUTPUT_FILE,
  PREOPEN_WRITTEN_CONTENT,
  STDERR_LINE,
  STDIN_LINE,
  WASI_ARGS,
  WASI_ENV_NAME,
  WASI_ENV_VALUE
} from '../src/probes/wasi.js'
import type { ProbeOutcome, ProbeResult } from '../src/result/index.js'
import { runtimeById } from '../src/runtimes/index.js'
import { enginePlan, runProbesOn } from './helpers/engine.js'
import { tempDir } from './helpers/fake-runtimes.js'
import { sayWhySkipped } from './helpers/skip.js'
import { writeSuite } from './helpers/test-modules.js'

const BIN = resolve('node_modules/.bin')
const WAT_DIR = 'src/probes/wat'

/** PATH with the npm package's jco and the running node. */
function jcoEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${BIN}:${dirname(process.execPath)}:/usr/bin:/bin`,
    RUNNER_TOOL_CACHE: tempDir()
  }
}

const probe = (id: string): Probe => COMPONENT_PROBES.find((p) => p.id === id)!
const byId = (probes: readonly ProbeOutcome[]) => new Map(probes.map((p) => [p.id, p]))

describe('the WASI 0.2 component probes as built', () => {
  test('each is a command component importing only WASI 0.2.0 interfaces, exporting wasi:cli/run@0.2.0', async () => {
    expect(COMPONENT_PROBES.length).toBeGreaterThan(10)
    for (const { id, module, wasiVersion, category } of COMPONENT_PROBES) {
      expect([id, wasiVersion, category]).toEqual([id, 'wasm32-wasip2', 'component'])
      // componentWit decodes the component: it fails on a malformed one.
      const wit = await componentWit(moduleBytes(module))
      const imports = [...wit.matchAll(/^\s*import (\S+);$/gm)].map((m) => m[1])
      for (const name of imports)
        expect([id, name]).toEqual([id, expect.stringMatching(/^wasi:[a-z-]+\/[a-z-]+@0\.2\.0$/)])
      expect([id, [...wit.matchAll(/^\s*export (\S+);$/gm)].map((m) => m[1])]).toEqual([
        id,
        ['wasi:cli/run@0.2.0']
      ])
    }
  })

  test('each component holds the strings its probe gives or expects', () => {
    const holds = (id: string, text: string) =>
      expect([id, text, Buffer.from(moduleBytes(probe(id).module)).includes(Buffer.from(text))]).toEqual([
        id,
        text,
        true
      ])
    for (const arg of WASI_ARGS) holds('component-args', arg)
    holds('component-env', WASI_ENV_NAME)
    holds('component-env', WASI_ENV_VALUE)
    holds('component-stdout', STDOUT_LINE)
    holds('component-stderr', STDERR_LINE)
    holds('component-stdin', STDIN_LINE)
    for (const id of ['component-preopen-read', 'component-preopen-write', 'component-missing-file'])
      holds(id, PREOPEN_GUEST)
    holds('component-preopen-read', PREOPEN_INPUT_FILE)
    holds('component-preopen-write', PREOPEN_OUTPUT_FILE)
    holds('component-preopen-write', PREOPEN_WRITTEN_CONTENT)
  })
})

const noJco = !runtimeById('jco')
  ? 'this build has no jco runtime adapter'
  : existsSync(join(BIN, 'jco'))
    ? undefined
    : `jco is not in ${BIN} (npm ci installs it).`
if (noJco) sayWhySkipped('the WASI 0.2 component probes through real jco', noJco)
const describeJco = noJco ? describe.skip : describe

describeJco('every WASI 0.2 component probe through real jco', () => {
  let result: ProbeResult
  beforeAll(async () => {
    result = await runProbe(enginePlan(['jco'], { probes: ['component'], timeoutSeconds: 60 }), {
      env: jcoEnv()
    })
  }, 300_000)

  test('each passes, and what each printed is what a correct host prints', () => {
    const jco = result.runtimes.find((runtime) => runtime.id === 'jco')!
    const outcomes = byId(jco.probes)
    for (const { id } of COMPONENT_PROBES) {
      const outcome = outcomes.get(id)
      expect([id, outcome?.status, outcome?.reason]).toEqual([id, 'pass', undefined])
    }
    expect(outcomes.get('component-stdout')!.stdout).toBe(STDOUT_LINE)
    expect(outcomes.get('component-stderr')!.stderr).toContain(STDERR_LINE)
    expect(outcomes.get('component-preopen-read')!.stdout).toBe(PREOPEN_FILE_CONTENT)
    expect(outcomes.get('component-exit-err')!.exitCode).toBe(1)
    expect(outcomes.get('component-run-err')!.exitCode).toBe(1)
  })
})

/** Runs `probes` (variants of the catalog's) through jco, by the engine's own stages: provision, then run. */
async function runVariants(probes: Probe[]): Promise<Map<string, ProbeOutcome>> {
  return (await runProbesOn(['jco'], probes, jcoEnv())).get('jco')!
}

/** The probe `id` as `name`, with `change` made to it. */
function variant(id: string, name: string, change: Partial<Probe>): Probe {
  return { ...probe(id), id: name, ...change }
}

describeJco('a broken variant of each component probe fails on real jco', () => {
  test('other inputs, or an expectation the component does not meet: fail, with what the component said', async () => {
    const dirWith = (files: Record<string, string>, guest = PREOPEN_GUEST) => ({ guest, files })
    const variants: [Probe, Partial<ProbeOutcome>, RegExp?][] = [
      [variant('component-cli-run', 'cli-run expecting 1', { expect: { exitCode: 1 } }), { exitCode: 0 }],
      [variant('component-exit-err', 'exit-err expecting 0', { expect: { exitCode: 0 } }), { exitCode: 1 }],
      [variant('component-run-err', 'run-err expecting 0', { expect: { exitCode: 0 } }), { exitCode: 1 }],
      [
        variant('component-args', 'args, the third other', { args: [WASI_ARGS[0]!, 'beta'] }),
        { exitCode: 1 },
        /component-args: the third argument is not "beta gamma"/
      ],
      [
        variant('component-args', 'args, one missing', { args: [WASI_ARGS[0]!] }),
        { exitCode: 1 },
        /component-args: not exactly 3 arguments/
      ],
      [
        variant('component-env', 'env, the value cut at its "="', {
          env: { [WASI_ENV_NAME]: WASI_ENV_VALUE.split('=')[0]! }
        }),
        { exitCode: 1 },
        /component-env: WASI_PROBE_VAR is not "value with spaces=and equals"/
      ],
      [
        variant('component-env', 'env, another variable', { env: { OTHER_VAR: WASI_ENV_VALUE } }),
        { exitCode: 1 },
        /component-env: no WASI_PROBE_VAR/
      ],
      [
        variant('component-stdout', 'stdout expecting another line', {
          expect: { exitCode: 0, stdout: 'other\n' }
        }),
        { exitCode: 0, stdout: STDOUT_LINE }
      ],
      [
        variant('component-stderr', 'stderr expecting another line', {
          expect: { exitCode: 0, stderrIncludes: 'other' }
        }),
        { exitCode: 0 }
      ],
      [
        variant('component-stdin', 'stdin, another line', { stdin: 'wasi-probe stdin lime\n' }),
        { exitCode: 1 },
        /component-stdin: stdin gave other bytes than "wasi-probe stdin line\\n"/
      ],
      [
        variant('component-stdin', 'stdin, the line twice', { stdin: STDIN_LINE.repeat(2) }),
        { exitCode: 1 },
        /component-stdin: stdin gave other bytes than/
      ],
      [
        variant('component-stdin', 'stdin, the line without its end', { stdin: STDIN_LINE.trimEnd() }),
        { exitCode: 1 },
        /component-stdin: stdin closed before all of "wasi-probe stdin line\\n"/
      ],
      [
        variant('component-stdin', 'stdin, nothing given', { stdin: undefined }),
        { exitCode: 1 },
        /component-stdin: stdin closed before all of/
      ],
      [
        variant('component-preopen-read', 'preopen-read, other content', {
          dir: dirWith({ [PREOPEN_INPUT_FILE]: 'other content\n' })
        }),
        { exitCode: 0, stdout: 'other content\n' }
      ],
      [
        variant('component-preopen-read', 'preopen-read, another guest path', {
          dir: dirWith({ [PREOPEN_INPUT_FILE]: PREOPEN_FILE_CONTENT }, '/elsewhere')
        }),
        { exitCode: 1 },
        /component-preopen-read: no preopened directory named \/sandbox/
      ],
      [
        variant('component-preopen-read', 'preopen-read, no input file', { dir: dirWith({}) }),
        { exitCode: 1 },
        /component-preopen-read: open-at input.txt failed/
      ],
      [
        variant('component-preopen-write', 'preopen-write expecting other content', {
          expect: { exitCode: 0, files: { [PREOPEN_OUTPUT_FILE]: 'other\n' } }
        }),
        { exitCode: 0 }
      ],
      [
        variant('component-missing-file', 'missing-file, the file there', {
          dir: dirWith({ 'missing.txt': 'here\n' })
        }),
        { exitCode: 1 },
        /component-missing-file: open-at of a missing file succeeded/
      ]
    ]
    // Every probe that takes inputs or has an output to compare has a variant here; the
    // ones that check only the host's own answers (clocks, random) are mutated below.
    const covered = new Set(variants.map(([p]) => p.module))
    expect(COMPONENT_PROBES.filter((p) => !covered.has(p.module)).map((p) => p.id)).toEqual([
      'component-clocks',
      'component-random'
    ])
    const outcomes = await runVariants(variants.map(([p]) => p))
    for (const [p, seen, stderr] of variants) {
      const outcome = outcomes.get(p.id)!
      expect([p.id, outcome.status]).toEqual([p.id, 'fail'])
      expect([p.id, outcome]).toEqual([p.id, expect.objectContaining(seen)])
      if (stderr) expect([p.id, outcome.stderr]).toEqual([p.id, expect.stringMatching(stderr)])
    }
  }, 300_000)

  test("a user's test writing stdin to the component: the line passes, another fails; clocks and random mutated to want what no host gives fail", async () => {
    const mutated = (id: string, from: string, to: string) => {
      const text = readFileSync(join(WAT_DIR, `${id}.wat`), 'utf8')
      expect([id, text.includes(from)]).toEqual([id, true])
      return parse(text.replace(from, to))
    }
    const root = tempDir()
    const suite = await writeSuite(join(root, 'components'), {
      // The component as shipped, run live (a test that writes runs on its own stdin, not in a batch).
      'stdin-the-line': {
        module: moduleBytes('component-stdin'),
        spec: {
          operations: [
            { type: 'run' },
            { type: 'write', id: 'stdin', payload: STDIN_LINE },
            { type: 'wait', exit_code: 0 }
          ]
        }
      },
      'stdin-another-line': {
        module: moduleBytes('component-stdin'),
        spec: {
          operations: [
            { type: 'run' },
            { type: 'write', id: 'stdin', payload: 'a line\n' },
            { type: 'wait', exit_code: 0 }
          ]
        }
      },
      // The wall clock's lower bound moved to 2096: now is before it.
      'clocks-from-2096': {
        module: mutated('component-clocks', '(i64.const 1577836800)', '(i64.const 4000000000)')
      },
      // 31 random bytes asked for, 32 checked.
      'random-31-bytes': {
        module: mutated(
          'component-random',
          '(call $get-random-bytes (i64.const 32)',
          '(call $get-random-bytes (i64.const 31)'
        )
      }
    })
    const result = await runProbe(enginePlan(['jco'], { modules: [suite], timeoutSeconds: 60 }), {
      env: jcoEnv()
    })
    const tests = result.runtimes
      .find((runtime) => runtime.id === 'jco')!
      .probes.filter((p) => p.category === 'custom')
    const outcome = (name: string) => tests.find((t) => t.test === name)!
    expect([outcome('stdin-the-line').status, outcome('stdin-the-line').reason]).toEqual(['pass', undefined])
    const expected: Record<string, RegExp> = {
      'stdin-another-line': /component-stdin: stdin gave other bytes than "wasi-probe stdin line\\n"/,
      'clocks-from-2096': /component-clocks: wall-clock now is not between 2020 and 2100/,
      'random-31-bytes': /component-random: get-random-bytes\(32\) did not return 32 bytes/
    }
    for (const [name, stderr] of Object.entries(expected)) {
      expect([name, outcome(name).status, outcome(name).exitCode]).toEqual([name, 'fail', 1])
      expect([name, outcome(name).stderr]).toEqual([name, expect.stringMatching(stderr)])
    }
  }, 300_000)
})
