// Installs fake runtime executables (see fixtures/fake-runtime) in a folder.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

export const FAKE_RUNTIME_MODULE = resolve('__tests__/fixtures/fake-runtime/fake-runtime.mjs')

export type FakeBehaviour = 'real' | 'exit0' | 'hang' | 'noisy'

/** Binary names of the fake runtimes, keyed by runtime id. */
export const FAKE_BINARIES: Record<string, string> = {
  wasmtime: 'wasmtime',
  wasmer: 'wasmer',
  wasmedge: 'wasmedge',
  wazero: 'wazero',
  wamr: 'iwasm',
  wasm3: 'wasm3',
  wasmi: 'wasmi'
}

/** Writes one executable script that behaves like `binary`; returns its path. */
export function writeFakeRuntime(dir: string, binary: string, behaviour: FakeBehaviour = 'real'): string {
  const path = join(dir, binary)
  writeFileSync(
    path,
    `#!/usr/bin/env node\n` +
      `import(${JSON.stringify(pathToFileURL(FAKE_RUNTIME_MODULE).href)})` +
      `.then((fake) => fake.main(${JSON.stringify(binary)}, ${JSON.stringify(behaviour)}))\n`
  )
  chmodSync(path, 0o755)
  return path
}

export function tempDir(prefix = 'wasi-probe-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}
