// Expectation files in the wasi-testsuite format (TOML, version 1): per suite
// and test, `action = "skip"` (do not run it) and `expected = "fail"` (a known
// failure), read with the official runner's rules (filters.py). The suite keeps
// them per runtime and OS as expectations/<runtime>/<os>.toml; so do we.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { parse as parseToml } from 'smol-toml'

export interface Expectation {
  skip: boolean
  expectedFail: boolean
}

export interface ExpectationFile {
  path: string
  /** The runtime it is for; null: every runtime. */
  runtime: string | null
  /** Suite name → test name → expectation. */
  suites: Map<string, Map<string, Expectation>>
}

export interface LoadedExpectations {
  files: ExpectationFile[]
  problems: string[]
}

const NONE: Expectation = { skip: false, expectedFail: false }

const isTable = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function tables(value: unknown, key: string): Record<string, unknown>[] {
  if (!Array.isArray(value) || !value.every(isTable)) throw new Error(`"${key}" must be a list of tables`)
  return value
}

/** One file's suites and tests; throws with the runner's reasons for refusing it. */
export function parseExpectations(text: string): Map<string, Map<string, Expectation>> {
  const data = parseToml(text) as Record<string, unknown>
  const version = data.version ?? 1
  if (version !== 1) throw new Error(`version ${JSON.stringify(version)} is not supported (only 1)`)
  const suites = new Map<string, Map<string, Expectation>>()
  for (const suite of tables(data.suite ?? [], 'suite')) {
    if (typeof suite.name !== 'string') throw new Error('every [[suite]] needs a name string')
    const tests = new Map<string, Expectation>()
    for (const test of tables(suite.test ?? [], 'suite.test')) {
      if (typeof test.name !== 'string')
        throw new Error(`every [[suite.test]] of "${suite.name}" needs a name string`)
      const { action, expected } = test
      if (action !== undefined && action !== 'skip')
        throw new Error(`test "${test.name}": "action" is ${JSON.stringify(action)}; accepted: "skip"`)
      if (expected !== undefined && expected !== 'pass' && expected !== 'fail')
        throw new Error(
          `test "${test.name}": "expected" is ${JSON.stringify(expected)}; accepted: "pass" or "fail"`
        )
      if (action === undefined && expected === undefined)
        throw new Error(`test "${test.name}" sets neither "action" nor "expected"`)
      tests.set(test.name, { skip: action === 'skip', expectedFail: expected === 'fail' })
    }
    suites.set(suite.name, tests)
  }
  return suites
}

function readFile(path: string, runtime: string | null, problems: string[]): ExpectationFile | undefined {
  try {
    return { path, runtime, suites: parseExpectations(readFileSync(path, 'utf8')) }
  } catch (error) {
    problems.push(`${path}: ${error instanceof Error ? error.message : String(error)}`)
    return undefined
  }
}

/**
 * The files `entries` name, relative to `cwd`. A directory is laid out as the
 * suite's expectations/: `<runtime>/<os>.toml`, of which this OS's files apply.
 * A file in a folder named after a runtime is for that runtime; any other file
 * is for every runtime. `runtimeOf` maps a folder name to a runtime id.
 */
export function loadExpectations(
  entries: readonly string[],
  cwd: string,
  os: string,
  runtimeOf: (name: string) => string | undefined
): LoadedExpectations {
  const files: ExpectationFile[] = []
  const problems: string[] = []
  for (const entry of entries) {
    const path = resolve(cwd, entry)
    if (!existsSync(path)) {
      problems.push(`${entry} does not exist`)
      continue
    }
    if (!statSync(path).isDirectory()) {
      const file = readFile(path, runtimeOf(basename(dirname(path))) ?? null, problems)
      if (file) files.push(file)
      continue
    }
    let found = 0
    for (const folder of readdirSync(path).sort()) {
      const runtime = runtimeOf(folder)
      const file = join(path, folder, `${os}.toml`)
      if (!runtime || !existsSync(file)) continue
      found += 1
      const read = readFile(file, runtime, problems)
      if (read) files.push(read)
    }
    if (found === 0)
      problems.push(`${entry} is a directory without any <runtime>/${os}.toml for a runtime wasi-probe knows`)
  }
  return { files, problems }
}

/** What the files say of one test on one runtime: any skip skips it, any expected failure expects it. */
export function expectationFor(
  files: readonly ExpectationFile[],
  runtime: string,
  suite: string,
  test: string
): Expectation {
  let found = NONE
  for (const file of files) {
    if (file.runtime !== null && file.runtime !== runtime) continue
    const expectation = file.suites.get(suite)?.get(test)
    if (expectation)
      found = {
        skip: found.skip || expectation.skip,
        expectedFail: found.expectedFail || expectation.expectedFail
      }
  }
  return found
}
