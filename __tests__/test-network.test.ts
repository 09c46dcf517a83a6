// The network operations of wasi-testsuite specs (connect, send, recv,
// request, kill, and servers for the module's own requests) against fake
// wasmtime CLIs that do what wasmtime does with the suite's network tests: only
// wasmtime declares WASI 0.3 and its proposals, and none of it runs here.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { runProbe } from '../src/engine.js'
import type { Plan } from '../src/inputs/plan.js'
import type { ProbeResult } from '../src/result/index.js'
import { responseText } from '../src/run/test-network.js'
import { type FakeBehaviour, tempDir, writeFakeRuntime } from './helpers/fake-runtimes.js'
import { schemaErrors } from './helpers/schema.js'
import { printing, writeSuite } from './helpers/test-modules.js'

const P3 = { name: 'Network tests [wasm32-wasip3]', version: 'wasm32-wasip3' }

async function run(behaviour: FakeBehaviour, tests: Parameters<typeof writeSuite>[1]) {
  const root = tempDir()
  const suite = await writeSuite(join(root, 'wasm32-wasip3'), tests, P3)
  const bin = tempDir()
  writeFakeRuntime(bin, 'wasmtime', behaviour)
  const argvFile = join(root, 'argv.jsonl')
  const plan: Plan = {
    runtimes: ['node', 'wasmtime'],
    probes: ['basic'],
    modules: [suite],
    timeoutSeconds: 10,
    testTimeoutSeconds: 10,
    failOn: { kind: 'none' },
    summary: true,
    resultPath: ''
  }
  const result = await runProbe(plan, {
    env: {
      ...process.env,
      PATH: `${bin}:${dirname(process.execPath)}:/usr/bin:/bin`,
      RUNNER_TOOL_CACHE: '',
      FAKE_RUNTIME_ARGV_FILE: argvFile
    }
  })
  expect(schemaErrors(result)).toEqual([])
  const argv = readFileSync(argvFile, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as string[])
    .filter((args) => args.some((arg) => arg.startsWith(suite)))
  return { result, argv }
}

const outcomes = (result: ProbeResult, runtime: string) =>
  Object.fromEntries(
    result.runtimes
      .find((r) => r.id === runtime)!
      .probes.filter((p) => p.category === 'custom')
      .map((p) => [p.test, [p.status, p.reason]])
  )

// The module is never run by these fakes: any valid module stands in for the component.
const module = printing('')

test('connect, send and recv talk to a module that serves TCP; the sockets proposal gets its flag', async () => {
  const echo = (payload: string, expected: string) => ({
    module,
    spec: {
      proposals: ['sockets'],
      operations: [
        { type: 'run' },
        { type: 'connect', id: 'echo', protocol_type: 'tcp' },
        { type: 'send', id: 'echo', payload },
        { type: 'recv', id: 'echo', payload: expected },
        { type: 'wait' }
      ]
    }
  })
  const { result, argv } = await run('tcp-echo', {
    'sockets-echo': echo('Hello, world', 'Hello, world'),
    'sockets-wrong': echo('Hello', 'Howdy')
  })
  expect(outcomes(result, 'wasmtime')).toEqual({
    'sockets-echo': ['pass', undefined],
    'sockets-wrong': ['fail', 'echo differs at character 2: "Hello", expected "Howdy"']
  })
  expect(outcomes(result, 'node')['sockets-echo']).toEqual([
    'unsupported',
    'node:wasi runs WASI preview1 core modules only, not components'
  ])
  expect(argv.map((args) => args.slice(0, 3))).toEqual([
    ['run', '-Wcomponent-model-async', '-Sp3,inherit-network'],
    ['run', '-Wcomponent-model-async', '-Sp3,inherit-network']
  ])
})

test('request asks the server a wasi:http/service module runs, kill stops it, wait sees it end', async () => {
  const service = (second: object) => ({
    module,
    spec: {
      proposals: ['http'],
      world: 'wasi:http/service',
      operations: [
        { type: 'run' },
        {
          type: 'request',
          method: 'GET',
          path: '/',
          response: { status: 200, headers: { 'content-type': 'text/plain' }, body: 'hey\n' }
        },
        second,
        { type: 'kill', signal: 'SIGINT' },
        { type: 'wait' }
      ]
    }
  })
  const { result, argv } = await run('http-serve', {
    'http-service': service({ type: 'request', path: '/whatever', response: { status: 404 } }),
    'http-service-wrong': service({ type: 'request', path: '/', response: { status: 200, body: 'ho\n' } })
  })
  expect(outcomes(result, 'wasmtime')).toEqual({
    'http-service': ['pass', undefined],
    'http-service-wrong': ['fail', 'GET /: body "hey\\n", expected "ho\\n"']
  })
  expect(argv[0].slice(0, 5)).toEqual([
    'serve',
    '-Scli',
    '--addr=127.0.0.1:0',
    '-Wcomponent-model-async',
    '-Sp3,http'
  ])
})

test("servers stand up for the module's own requests, their addresses in its environment", async () => {
  const client = (kind: 'listening' | 'closed', exitCode: number) => ({
    module,
    spec: {
      proposals: ['http'],
      servers: [
        kind === 'closed'
          ? { name: 'main', kind }
          : { name: 'main', endpoints: [{ method: 'POST', path: '/echo', mode: 'echo-body' }] }
      ],
      operations: [{ type: 'run' }, { type: 'wait', exit_code: exitCode }]
    }
  })
  const { result, argv } = await run('http-client', {
    'http-client': client('listening', 0),
    'http-client-refused': client('closed', 1)
  })
  expect(outcomes(result, 'wasmtime')).toEqual({
    'http-client': ['pass', undefined],
    'http-client-refused': ['pass', undefined]
  })
  for (const args of argv)
    expect(args).toContainEqual(expect.stringMatching(/^HTTP_SERVER_MAIN=127\.0\.0\.1:\d+$/))
})

test('a response body reads as the official runner reads it (requests: decompressed, decoded by its charset)', () => {
  const body = Buffer.from('héllo', 'utf8')
  expect(
    responseText(gzipSync(body), { 'content-encoding': 'gzip', 'content-type': 'application/octet-stream' })
  ).toBe('héllo')
  expect(responseText(body, { 'content-type': 'text/plain; charset=utf-8' })).toBe('héllo')
  // Text without a charset is ISO-8859-1 to requests: the UTF-8 bytes of é read as two characters.
  expect(responseText(body, { 'content-type': 'text/plain' })).toBe('hÃ©llo')
})
