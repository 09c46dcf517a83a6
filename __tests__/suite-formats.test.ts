// Reading the wasi-testsuite formats as the official runner reads them: specs
// in both formats, suite manifests, expectation files.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { moduleBytes } from '../src/probes/catalog.js'
import { expectationFor, loadExpectations, parseExpectations } from '../src/probes/suites/expectations.js'
import { loadTests } from '../src/probes/suites/load.js'
import { readSuiteIdentity } from '../src/probes/suites/manifest.js'
import { parseTestSpec, signalToSend } from '../src/probes/suites/spec.js'
import { tempDir } from './helpers/fake-runtimes.js'

const spec = (value: unknown) => parseTestSpec(JSON.stringify(value))

describe('test specs', () => {
  test('the legacy format is the run, read and wait operations the runner turns it into', () => {
    expect(
      spec({ args: ['a'], env: { K: 'v' }, root: 'fs-tests.dir', stdout: 'out', stderr: 'err', exit_code: 3 })
    ).toEqual({
      config: {
        format: 'legacy',
        operations: [
          { type: 'run', args: ['a'], env: { K: 'v' }, root: 'fs-tests.dir' },
          { type: 'read', id: 'stdout', payload: 'out' },
          { type: 'read', id: 'stderr', payload: 'err' },
          { type: 'wait', exit_code: 3 }
        ],
        proposals: [],
        world: 'wasi:cli/command',
        servers: [],
        dirs: []
      },
      problems: [],
      warnings: []
    })
    // Absent fields take the defaults; an empty root is none; stdout is only read when given.
    expect(spec({ root: '' }).config?.operations).toEqual([
      { type: 'run', args: [], env: {}, root: null },
      { type: 'wait', exit_code: 0 }
    ])
    expect(spec({ dirs: ['a.dir'] }).config?.dirs).toEqual(['a.dir'])
  })

  test('the operation-based format keeps its operations, with their defaults', () => {
    const parsed = spec({
      proposals: ['sockets'],
      operations: [
        { type: 'run', root: 'x' },
        { type: 'connect', id: 'echo' },
        { type: 'send', id: 'echo', payload: 'hi' },
        { type: 'recv', id: 'echo', payload: 'hi' },
        { type: 'read' },
        { type: 'write', id: 'stdin', payload: 'in' },
        { type: 'kill' },
        { type: 'wait' }
      ]
    })
    expect(parsed.problems).toEqual([])
    expect(parsed.config).toMatchObject({
      format: 'operations',
      proposals: ['sockets'],
      operations: [
        { type: 'run', args: [], env: {}, root: 'x' },
        { type: 'connect', id: 'echo', protocol_type: 'tcp' },
        { type: 'send', id: 'echo', payload: 'hi' },
        { type: 'recv', id: 'echo', payload: 'hi' },
        { type: 'read', id: 'stdout', payload: '' },
        { type: 'write', id: 'stdin', payload: 'in' },
        { type: 'kill', signal: 'SIGTERM' },
        { type: 'wait', exit_code: 0 }
      ]
    })
    // Only proposals or servers, no operations: the runner runs nothing, and passes it.
    expect(spec({ proposals: ['http'] }).config?.operations).toEqual([])
  })

  test('servers and requests, as the http tests write them', () => {
    const parsed = spec({
      proposals: ['http'],
      world: 'wasi:http/service',
      servers: [
        {
          name: 'main',
          endpoints: [{ method: 'post', path: '/echo', mode: 'echo-body' }, { response: 'hey' }]
        },
        { name: 'gone', kind: 'closed' }
      ],
      operations: [
        { type: 'run' },
        { type: 'request', path: '/x', response: { status: 404 } },
        { type: 'kill', signal: 'SIGINT' },
        { type: 'wait' }
      ]
    })
    expect(parsed.problems).toEqual([])
    expect(parsed.config?.servers).toEqual([
      {
        name: 'main',
        kind: 'listening',
        endpoints: [
          { method: 'POST', path: '/echo', mode: 'echo-body', response: null },
          {
            method: 'GET',
            path: '/',
            mode: 'static',
            response: { status: 200, headers: {}, body: 'hey', chunks: null, trailers: {} }
          }
        ]
      },
      { name: 'gone', kind: 'closed', endpoints: [] }
    ])
    expect(parsed.config?.operations[1]).toEqual({
      type: 'request',
      method: 'GET',
      path: '/x',
      headers: {},
      body: '',
      response: { status: 404, headers: {}, body: '' }
    })
  })

  test.each([
    [{ args: [], operations: [] }, 'it mixes the legacy fields'],
    [{ operations: [{ type: 'run' }] }, 'the last run is never waited for'],
    [
      { operations: [{ type: 'read' }, { type: 'run' }, { type: 'wait' }] },
      'operation 1 (read) comes before any run'
    ],
    [
      { operations: [{ type: 'run' }, { type: 'run' }, { type: 'wait' }] },
      'starts a module while one still runs'
    ],
    [
      { operations: [{ type: 'run' }, { type: 'send', id: 'x' }, { type: 'wait' }] },
      '"x", which is not open'
    ],
    [
      { operations: [{ type: 'run' }, { type: 'write', payload: 'a' }, { type: 'wait' }] },
      '"write", which is not open'
    ],
    [
      { operations: [{ type: 'run' }, { type: 'read', id: 'stdin' }, { type: 'wait' }] },
      'needs a readable stream'
    ],
    [
      { operations: [{ type: 'run' }, { type: 'connect', protocol_type: 'udp' }, { type: 'wait' }] },
      'udp is not supported'
    ],
    [
      { operations: [{ type: 'run' }, { type: 'kill', signal: 'SIGNOPE' }, { type: 'wait' }] },
      'unknown signal SIGNOPE'
    ],
    [{ operations: [{ type: 'jump' }] }, 'has type "jump"'],
    [{ proposals: ['threads'] }, 'unknown proposal threads'],
    [{ operations: [], world: 'wasi:cli/other' }, 'unknown world'],
    [{ servers: [{ name: 'a-b' }] }, 'needs a "name" of letters, digits or _'],
    [{ servers: [{ name: 'a' }, { name: 'A' }] }, 'duplicate server names: A'],
    [{ args: 'a b' }, '"args" must be an array of strings'],
    [{ exit_code: 'three' }, '"exit_code" must be an integer'],
    // dict.get("exit_code", 0) is None here: no exit code equals it, and we say so rather than expect 0.
    [{ exit_code: null }, '"exit_code" must be an integer']
  ])('%j is refused: %s', (value, problem) => {
    const parsed = spec(value)
    expect(parsed.config).toBeUndefined()
    expect(parsed.problems).toEqual([expect.stringContaining(problem)])
  })

  test("a kill may name any signal Python's signal module names on this host", () => {
    const kill = (signal: string) =>
      spec({ operations: [{ type: 'run' }, { type: 'kill', signal }, { type: 'wait' }] }).problems
    for (const signal of ['SIGTERM', 'SIGIOT', 'SIGPWR', 'SIGPOLL']) expect(kill(signal)).toEqual([])
    if (process.platform === 'linux')
      for (const signal of ['SIGCLD', 'SIGRTMIN', 'SIGRTMAX']) expect(kill(signal)).toEqual([])
    expect(signalToSend('SIGTERM')).toBe('SIGTERM')
    if (process.platform === 'linux')
      expect([signalToSend('SIGCLD'), signalToSend('SIGRTMIN')]).toEqual([17, 34])
  })

  test('unknown fields are warned about and ignored, as the runner does', () => {
    expect(spec({ stdout: 'x', timeout: 3 })).toMatchObject({
      problems: [],
      warnings: ['unknown field "timeout", ignored']
    })
    expect(parseTestSpec('{ "stdout": ').problems).toEqual([expect.stringMatching(/^not valid JSON/)])
  })
})

describe('suite identity', () => {
  test('from the manifest; without one, from the folder as the runner names it', () => {
    const root = tempDir()
    const named = join(root, 'named')
    mkdirSync(named)
    writeFileSync(join(named, 'manifest.json'), JSON.stringify({ name: 'Named', version: 'wasm32-wasip3' }))
    expect(readSuiteIdentity(named, 'named').identity).toEqual({
      name: 'Named',
      wasiVersion: 'wasm32-wasip3'
    })
    const versioned = join(root, 'tests', 'wasm32-wasip1')
    mkdirSync(versioned, { recursive: true })
    expect(readSuiteIdentity(versioned, 'tests/wasm32-wasip1').identity).toEqual({
      name: 'tests',
      wasiVersion: 'wasm32-wasip1'
    })
    expect(readSuiteIdentity(named, 'named').problems).toEqual([])
    writeFileSync(
      join(named, 'manifest.json'),
      JSON.stringify({ name: 'Named', version: 'wasip9', extra: 1 })
    )
    expect(readSuiteIdentity(named, 'named').problems).toEqual([
      expect.stringContaining('"version" is "wasip9"; accepted: wasm32-wasip1, wasm32-wasip2, wasm32-wasip3'),
      expect.stringContaining('has "extra"; a manifest holds only "name" and "version"')
    ])
  })

  test("a spec's folders must stay inside the test's folder", async () => {
    const root = tempDir()
    const suite = join(root, 'suite')
    mkdirSync(join(suite, 'fixture'), { recursive: true })
    const write = (name: string, value: object) => {
      writeFileSync(join(suite, `${name}.wasm`), moduleBytes('seed'))
      writeFileSync(join(suite, `${name}.json`), JSON.stringify(value))
    }
    write('fine', { root: 'fixture' })
    write('climbs', { dirs: ['../../../../etc'] })
    write('absolute', { root: '/etc' })
    write('missing', { root: 'nowhere' })
    const { problems, tests } = await loadTests([suite])
    expect(tests.map((t) => t.name)).toEqual(['fine'])
    expect(problems).toEqual([
      `${join(suite, 'absolute.json')}: "root" entry "/etc" is an absolute path; give a folder relative to the test`,
      `${join(suite, 'climbs.json')}: "dirs" entry "../../../../etc" leaves the test's folder`,
      `${join(suite, 'missing.json')}: "root" entry "nowhere" is not a directory`
    ])
  })
})

describe('expectation files', () => {
  const toml = (...lines: string[]) => lines.join('\n')

  test('skip and expected failure per suite and test, as the runner reads them', () => {
    const suites = parseExpectations(
      toml(
        'version = 1',
        '[[suite]]',
        'name = "S"',
        '[[suite.test]]',
        'name = "a"',
        'action = "skip"',
        '[[suite.test]]',
        'name = "b"',
        'expected = "fail"',
        '[[suite.test]]',
        'name = "c"',
        'expected = "pass"'
      )
    )
    expect(Object.fromEntries(suites.get('S')!)).toEqual({
      a: { skip: true, expectedFail: false },
      b: { skip: false, expectedFail: true },
      c: { skip: false, expectedFail: false }
    })
  })

  test.each([
    ['version = 2', 'version 2 is not supported'],
    ['suite = 1', '"suite" must be a list of tables'],
    [toml('[[suite]]', '[[suite.test]]', 'name = "t"', 'action = "skip"'), 'every [[suite]] needs a name'],
    [toml('[[suite]]', 'name = "s"', '[[suite.test]]', 'name = "t"'), 'sets neither "action" nor "expected"'],
    [
      toml('[[suite]]', 'name = "s"', '[[suite.test]]', 'name = "t"', 'expected = "maybe"'),
      '"expected" is "maybe"'
    ],
    ['not toml at all =', '']
  ])('%j is refused: %s', (text, problem) => {
    expect(() => parseExpectations(text)).toThrow(problem)
  })

  test('a folder is read as the suite lays it out: this OS, runtimes by their folders', () => {
    const root = tempDir()
    const entry = (path: string, text: string) => {
      mkdirSync(join(root, path, '..'), { recursive: true })
      writeFileSync(join(root, path), text)
    }
    const skipping = (test: string) =>
      toml('[[suite]]', 'name = "S"', '[[suite.test]]', `name = "${test}"`, 'action = "skip"')
    entry('expectations/wamr/linux.toml', skipping('wamr-only'))
    entry('expectations/wamr/macos.toml', skipping('not-this-os'))
    entry('expectations/jco/linux.toml', skipping('not-a-runtime-here'))
    entry('general.toml', skipping('everywhere'))
    const runtimeOf = (name: string) => (name === 'wamr' || name === 'iwasm' ? 'wamr' : undefined)
    const { files, problems } = loadExpectations(['expectations', 'general.toml'], root, 'linux', runtimeOf)
    expect(problems).toEqual([])
    expect(files.map((f) => [f.path, f.runtime])).toEqual([
      [join(root, 'expectations/wamr/linux.toml'), 'wamr'],
      [join(root, 'general.toml'), null]
    ])
    expect(expectationFor(files, 'wamr', 'S', 'wamr-only').skip).toBe(true)
    expect(expectationFor(files, 'node', 'S', 'wamr-only').skip).toBe(false)
    expect(expectationFor(files, 'node', 'S', 'everywhere').skip).toBe(true)
    expect(expectationFor(files, 'wamr', 'S', 'not-this-os').skip).toBe(false)
    expect(expectationFor(files, 'wamr', 'Other suite', 'wamr-only').skip).toBe(false)
    expect(loadExpectations(['expectations'], root, 'windows', runtimeOf).problems).toEqual([
      'expectations is a directory without any <runtime>/windows.toml for a runtime wasi-probe knows'
    ])
  })
})
