// Driven by the registry of runtime adapters: a runtime added to
// src/runtimes/index.ts without the rest it needs fails here, and the failure
// names what is missing and where it goes.
import { readFileSync } from 'node:fs'
import { INTERPRETER_ORDER, RUNTIMES, runtimeIdOf } from '../src/runtimes/index.js'
import { MANIFEST } from '../src/runtimes/manifest.js'
import { PERSONALITIES } from './fixtures/fake-runtime/fake-runtime.mjs'
import { RELEASE_CATALOG } from './helpers/release-catalog.js'

const README = readFileSync('README.md', 'utf8')
const ACTION = readFileSync('action.yml', 'utf8')

/** What each adapter lacks elsewhere in the project. */
function missingPieces(): string[] {
  const missing: string[] = []
  for (const spec of RUNTIMES) {
    if (
      !new RegExp(`^\\| \`${spec.id}\` +\\|`, 'm').test(
        README.slice(README.indexOf('\n## How runtimes are found and run'))
      )
    )
      missing.push(`${spec.id}: a row in the README's table under "How runtimes are found and run"`)
    if (!ACTION.slice(ACTION.indexOf('  runtimes:'), ACTION.indexOf('  probes:')).includes(spec.id))
      missing.push(`${spec.id}: its id in the description of action.yml's runtimes input`)
    if (spec.kind !== 'cli') continue
    if (!(spec.binary in PERSONALITIES))
      missing.push(
        `${spec.id}: a fake named ${spec.binary} in PERSONALITIES (__tests__/fixtures/fake-runtime/fake-runtime.mjs)`
      )
    if (!RELEASE_CATALOG[spec.id])
      missing.push(
        `${spec.id}: its releases' assets and choices in RELEASE_CATALOG (__tests__/helpers/release-catalog.ts)`
      )
    if (!MANIFEST[spec.id])
      missing.push(`${spec.id}: a pinned version in src/runtimes/manifest.json (npm run manifest)`)
  }
  return missing
}

test('every runtime adapter has its fake, its release catalog entry, its manifest entry and its docs', () => {
  expect(missingPieces()).toEqual([])
})

test('nothing else names a runtime the registry does not have', () => {
  const ids = RUNTIMES.map((spec) => spec.id)
  expect(Object.keys(RELEASE_CATALOG).filter((id) => !ids.includes(id))).toEqual([])
  expect(Object.keys(MANIFEST).filter((id) => !ids.includes(id))).toEqual([])
})

test('ids and aliases are unique, each names one runtime, and the interpreter ranks differ', () => {
  const names = RUNTIMES.flatMap((spec) => [spec.id, ...('aliases' in spec ? (spec.aliases ?? []) : [])])
  expect(new Set(names).size).toBe(names.length)
  for (const spec of RUNTIMES) expect(runtimeIdOf(spec.id.toUpperCase())).toBe(spec.id)
  expect(runtimeIdOf('iwasm')).toBe('wamr')
  const ranks = RUNTIMES.flatMap((spec) => ('binfmt' in spec ? [spec.binfmt.rank] : []))
  expect(new Set(ranks).size).toBe(ranks.length)
  expect(INTERPRETER_ORDER).toEqual([
    'wasmtime',
    'wasmer',
    'wazero',
    'wasmedge',
    'wamr',
    'wasm3',
    'wasmi',
    'node',
    'deno',
    'bun'
  ])
})
