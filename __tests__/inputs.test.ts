import { readFileSync } from 'node:fs'
import { PROBE_INPUTS } from '../src/inputs/declared.js'
import { InputError, parsePlan, type RawInputs } from '../src/inputs/plan.js'
import { RUNTIME_IDS } from '../src/runtimes/index.js'
import { TOOL_VERSION } from '../src/version.js'

const nameOf = (input: keyof RawInputs) => `Input '${input}'`
const parse = (raw: RawInputs) => parsePlan(raw, (label) => `/tmp/${label ?? 'default'}.json`, nameOf)

function problemsOf(raw: RawInputs): string[] {
  try {
    parse(raw)
  } catch (error) {
    if (error instanceof InputError) return error.problems
    throw error
  }
  throw new Error('expected an InputError')
}

describe('parsePlan', () => {
  test('defaults: every runtime, 10 s, fail-on none, summary on, the default result path', () => {
    expect(parse({})).toEqual({
      runtimes: [...RUNTIME_IDS],
      probes: ['basic'],
      timeoutSeconds: 10,
      failOn: { kind: 'none' },
      summary: true,
      resultPath: '/tmp/default.json'
    })
    expect(parse({ runtimes: 'all' }).runtimes).toEqual([...RUNTIME_IDS])
  })

  test('runtimes: comma, space and newline separated, any case, iwasm as wamr, in the canonical order', () => {
    expect(parse({ runtimes: 'wasmtime, NODE\nnative  iwasm' }).runtimes).toEqual([
      'native',
      'node',
      'wasmtime',
      'wamr'
    ])
  })

  test('probes: sets and probe ids, any case', () => {
    expect(parse({ probes: 'WASI, feature-simd\nfeatures' }).probes).toEqual([
      'wasi',
      'feature-simd',
      'features'
    ])
    expect(parse({ probes: 'all' }).probes).toEqual(['all'])
  })

  test('timeout takes whole and fractional seconds', () => {
    expect(parse({ timeout: '2.5' }).timeoutSeconds).toBe(2.5)
    expect(parse({ timeout: ' 30 ' }).timeoutSeconds).toBe(30)
  })

  test('fail-on: none, any, native, and lists of runtimes', () => {
    expect(parse({ failOn: 'none' }).failOn).toEqual({ kind: 'none' })
    expect(parse({ failOn: 'ANY' }).failOn).toEqual({ kind: 'any' })
    expect(parse({ failOn: 'native' }).failOn).toEqual({ kind: 'runtimes', ids: ['native'] })
    expect(parse({ failOn: 'node,wasmtime' }).failOn).toEqual({ kind: 'runtimes', ids: ['node', 'wasmtime'] })
  })

  test('install: versions per runtime, token, URLs and verify', () => {
    const plan = parse({
      install: 'true',
      runtimes: 'wasmtime@48.0.0, wazero@1.11 wamr@latest wasm3 node',
      token: ' ghs_x ',
      githubApiUrl: 'https://ghes.example/api/v3/',
      verify: 'FALSE'
    })
    expect(plan.runtimes).toEqual(['node', 'wasmtime', 'wazero', 'wamr', 'wasm3'])
    expect(plan.install).toEqual({
      versions: { wasmtime: '48.0.0', wazero: '1.11', wamr: 'latest' },
      token: 'ghs_x',
      apiUrl: 'https://ghes.example/api/v3',
      downloadUrl: 'https://github.com',
      verify: false,
      cache: false
    })
    expect(parse({}).install).toBeUndefined()
    expect(parse({ install: 'FALSE' }).install).toBeUndefined()
  })

  test('install: if-available is best effort, with versions as install: true takes them', () => {
    const plan = parse({ install: ' If-Available ', runtimes: 'wasmtime@48.0.0' })
    expect(plan.install).toMatchObject({ versions: { wasmtime: '48.0.0' }, bestEffort: true })
    expect(parse({ install: 'true' }).install?.bestEffort).toBeUndefined()
  })

  test('native: detect by default; register, a chosen runtime, force; native is then probed', () => {
    expect(parse({}).native).toBeUndefined()
    expect(parse({ native: 'detect' }).native).toBeUndefined()
    expect(parse({ native: 'register', runtimes: 'node' })).toMatchObject({
      native: { register: true, force: false, keep: false },
      runtimes: ['native', 'node']
    })
    expect(parse({ native: 'register:iwasm force', nativeKeep: 'true' }).native).toEqual({
      register: true,
      runtime: 'wamr',
      force: true,
      keep: true
    })
  })

  test('label: kept as given, and it names the default result file', () => {
    expect(parse({ label: ' ubuntu-24.04 (arm) ' })).toMatchObject({
      label: 'ubuntu-24.04 (arm)',
      resultPath: '/tmp/ubuntu-24.04 (arm).json'
    })
    expect(parse({}).label).toBeUndefined()
  })

  test('summary and result-path', () => {
    expect(parse({ summary: 'False' }).summary).toBe(false)
    expect(parse({ resultPath: 'out/r.json' }).resultPath).toBe('out/r.json')
  })

  test.each([
    [
      { runtimes: 'wasmtime, wasmtim' },
      /Input 'runtimes' has "wasmtim", not a known runtime\. Accepted: native, node, wasmtime/
    ],
    [
      { timeout: 'ten' },
      /Input 'timeout' is "ten"\. Accepted: a number of seconds .* from 0.001 \(a millisecond\) to 3600/
    ],
    [{ timeout: '0' }, /Input 'timeout' is "0"/],
    [{ timeout: '-5' }, /Input 'timeout' is "-5"/],
    [{ timeout: '3601' }, /Input 'timeout' is "3601"/],
    [{ timeout: '1e3' }, /Input 'timeout' is "1e3"/],
    [
      { failOn: 'sometimes' },
      /Input 'failOn' is "sometimes": "sometimes" is not a runtime id\. Accepted: none, native, any/
    ],
    [{ failOn: 'any, node' }, /"any" is not a runtime id/],
    [
      { runtimes: 'node', failOn: 'wasmtime' },
      /requires "wasmtime" to pass, but Input 'runtimes' does not probe it/
    ],
    [{ summary: 'yes' }, /Input 'summary' is "yes"\. Accepted: true or false\./],
    [
      { probes: 'wasi featurez' },
      /Input 'probes' has "featurez", not a probe set or probe id\. Accepted: basic, wasi, features, component, component-0\.3, all/
    ],
    [{ label: 'a\nb' }, /Input 'label' holds a line break or control character/],
    [
      { native: 'register:wasmtim' },
      /Input 'native' is "register:wasmtim"\. Accepted: detect, register, or register:<runtime>/
    ],
    [{ native: 'register now' }, /Input 'native' is "register now"/],
    [
      { install: 'sure' },
      /Input 'install' is "sure"\. Accepted: true \(a requested runtime that fails to install fails the step\), if-available \(install what can be, never fail the step for an install\) or false\./
    ],
    [{ runtimes: 'wasmtime@48.0.0' }, /asks for "wasmtime@48.0.0", but Input 'install' is false/],
    [
      { install: 'true', runtimes: 'wasmtime@newest' },
      /"newest" is not a version\. Accepted: a full version .* or latest/
    ],
    [{ install: 'true', runtimes: 'node@20' }, /"node@20": node is never installed, so it takes no version/],
    [
      { install: 'true', githubApiUrl: 'api.github.com' },
      /Input 'githubApiUrl' is "api.github.com"\. Accepted: an http\(s\) URL/
    ],
    [{ install: 'true', downloadUrl: 'ftp://mirror' }, /Input 'downloadUrl' is "ftp:\/\/mirror"/],
    [{ install: 'true', runtimes: 'all@1' }, /Input 'runtimes' has "all@1": all takes no version/],
    [
      { install: 'true', runtimes: 'wasmtime@47.0.0, wasmtime@48.0.0' },
      /Input 'runtimes' names wasmtime more than once \("wasmtime@47\.0\.0", "wasmtime@48\.0\.0"\)\. Accepted: one entry per runtime/
    ],
    [{ runtimes: 'wamr iwasm' }, /names wamr more than once \("wamr", "iwasm"\)/]
  ])(
    'bad input %j is refused with a message naming the input, the value and what is accepted',
    (raw, message) => {
      const problems = problemsOf(raw)
      expect(problems).toHaveLength(1)
      expect(problems[0]).toMatch(message)
    }
  )

  test('several bad inputs come in one error, one line each', () => {
    const problems = problemsOf({ runtimes: 'foo', timeout: 'x', summary: 'maybe' })
    expect(problems).toHaveLength(3)
    expect(problems.join('\n')).toMatch(/'runtimes'[\s\S]*'timeout'[\s\S]*'summary'/)
  })
})

test('an input left out (the CLI without its flag) plans as its declared default (the action) does', () => {
  // `${{ github.token }}` is an expression the runner fills in, not a value.
  const defaults = Object.fromEntries(
    PROBE_INPUTS.filter((input) => !input.default.includes('${{')).map((input) => [input.key, input.default])
  )
  expect(Object.keys(defaults).length).toBeGreaterThan(10)
  expect(parse({})).toEqual(parse(defaults))
  // The installer's inputs (API and download URLs, verify, cache) are planned only with install on.
  expect(parse({ install: 'true' })).toEqual(parse({ ...defaults, install: 'true' }))
})

test('the tool version equals package.json', () => {
  expect(TOOL_VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version)
})
