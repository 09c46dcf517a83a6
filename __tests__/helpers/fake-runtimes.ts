// Installs fake runtime executables (see fixtures/fake-runtime) in a folder.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { RUNTIMES } from '../../src/runtimes/index.js'

export const FAKE_RUNTIME_MODULE = resolve('__tests__/fixtures/fake-runtime/fake-runtime.mjs')

export type FakeBehaviour =
  | 'real'
  | 'exit0'
  | 'hang'
  | 'noisy'
  | 'broken'
  | 'log-warning'
  | 'no-simd'
  | 'tcp-echo'
  | 'http-serve'
  | 'http-client'

/**
 * Binary names of the runtimes driven through a CLI, keyed by runtime id: each
 * has a fake of the same name (PERSONALITIES in fixtures/fake-runtime).
 */
export const FAKE_BINARIES: Record<string, string> = Object.fromEntries(
  RUNTIMES.flatMap((spec) => (spec.kind === 'cli' ? [[spec.id, spec.binary]] : []))
)

/**
 * The text of an executable script that behaves like `personality` (a key of PERSONALITIES in
 * fake-runtime.mjs) and, when `version` is given, prints that version. It imports the fake runtime by
 * absolute URL, so it works wherever it is copied.
 */
export function fakeRuntimeScript(
  personality: string,
  behaviour: FakeBehaviour = 'real',
  version?: string
): string {
  const args = [personality, behaviour, ...(version === undefined ? [] : [version])]
  return (
    `#!/usr/bin/env node\n` +
    // node's warning that WASI is experimental is not something the real runtime says.
    `process.removeAllListeners('warning')\n` +
    `import(${JSON.stringify(pathToFileURL(FAKE_RUNTIME_MODULE).href)})` +
    `.then((fake) => fake.main(${args.map((arg) => JSON.stringify(arg)).join(', ')}))\n`
  )
}

/** Writes one executable script that behaves like `binary`; returns its path. */
export function writeFakeRuntime(dir: string, binary: string, behaviour: FakeBehaviour = 'real'): string {
  const path = join(dir, binary)
  writeFileSync(path, fakeRuntimeScript(binary, behaviour))
  chmodSync(path, 0o755)
  return path
}

export function tempDir(prefix = 'wasi-probe-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}
