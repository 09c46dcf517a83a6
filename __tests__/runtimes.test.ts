import { RUNTIMES, RUNTIME_IDS, runtimeById } from '../src/runtimes/index.js'
import { node } from '../src/runtimes/node.js'
import type { CliRuntimeSpec, Invocation } from '../src/runtimes/spec.js'

const cli = (id: string) => runtimeById(id) as CliRuntimeSpec

describe('version strings, as the real runtimes print them', () => {
  test.each([
    ['wasmtime', 'wasmtime 48.0.0 (2f3c1a9 2026-06-20)\n', '48.0.0'],
    ['wasmtime', 'wasmtime-cli 22.0.0 (761f044ef 2024-06-20)\n', '22.0.0'],
    ['wasmer', 'wasmer 7.4.0\n', '7.4.0'],
    ['wasmedge', 'wasmedge version 0.17.1\n (plugin "wasi_logging") version 0.1.0.0\n', '0.17.1'],
    ['wasmedge', '/opt/WasmEdge/bin/wasmedge version 0.14.1\n', '0.14.1'],
    ['wazero', '1.11.0\n', '1.11.0'],
    ['wazero', 'dev\n', 'dev'],
    ['wamr', 'iwasm 2.4.5\n', '2.4.5'],
    ['wasm3', 'Wasm3 v0.5.0 on x86_64\nBuild: Jun  1 2021 00:00:00, GCC 10.2.0\n', '0.5.0'],
    ['wasmi', 'wasmi 2.0.0-beta.9\n', '2.0.0-beta.9'],
    ['wasmi', 'wasmi_cli 0.31.0\n', '0.31.0'],
    [
      'deno',
      'deno 2.9.6 (stable, release, x86_64-unknown-linux-gnu)\nv8 15.0.245.2-rusty\ntypescript 6.0.3\n',
      '2.9.6'
    ],
    ['bun', '1.4.5\n', '1.4.5']
  ])('%s: %j → %s', (id, output, version) => {
    expect(cli(id).parseVersion(output)).toBe(version)
  })

  test('node: v24.11.1 → 24.11.1', () => {
    expect(node.parseVersion('v24.11.1\n')).toBe('24.11.1')
  })

  test('unrecognised output gives no version rather than a wrong one', () => {
    for (const spec of RUNTIMES) {
      if (spec.kind === 'native') continue
      expect(spec.parseVersion('error: unknown flag --version\n')).toBeUndefined()
    }
  })
})

describe('invocations, in each runtime CLI form', () => {
  const inv: Invocation = {
    module: '/m/mod.wasm',
    args: ['a', 'b'],
    env: { K: 'V' },
    dirs: [{ host: '/h', guest: '/g' }]
  }
  test.each([
    ['wasmtime', ['run', '--dir', '/h::/g', '--env', 'K=V', '/m/mod.wasm', 'a', 'b']],
    ['wasmer', ['run', '--volume', '/h:/g', '--env', 'K=V', '/m/mod.wasm', '--', 'a', 'b']],
    ['wasmedge', ['--dir', '/g:/h', '--env', 'K=V', '/m/mod.wasm', 'a', 'b']],
    ['wazero', ['run', '-mount=/h:/g', '-env=K=V', '/m/mod.wasm', 'a', 'b']],
    ['wamr', ['--map-dir=/g::/h', '--env=K=V', '/m/mod.wasm', 'a', 'b']],
    ['wasm3', ['/m/mod.wasm', 'a', 'b']],
    ['wasmi', ['run', '--dir', '/h', '--env', 'K=V', '/m/mod.wasm', 'a', 'b']]
  ])('%s', (id, argv) => {
    expect(cli(id).argv(inv)).toEqual(argv)
  })

  test('wasm3 declares what it cannot pass', () => {
    expect(cli('wasm3').limits?.env).toMatch(/environment/)
    expect(cli('wasmtime').limits).toBeUndefined()
  })
})

test('runtime ids and binaries', () => {
  expect(RUNTIME_IDS).toEqual([
    'native',
    'node',
    'wasmtime',
    'wasmer',
    'wasmedge',
    'wazero',
    'wamr',
    'wasm3',
    'wasmi',
    'deno',
    'bun',
    'jco'
  ])
  expect(cli('wamr').binary).toBe('iwasm')
})
