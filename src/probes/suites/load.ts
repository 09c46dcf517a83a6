// The user's own modules (`modules` input): .wasm files, each with an optional
// sibling NAME.json, and directories laid out like the wasi-testsuite, each a
// suite with its own identity. Nothing here runs anything: it reads the files
// into tests, and says what cannot be used.
import * as glob from '@actions/glob'
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { type ModuleClassification, WASI_VERSION_NAMES, type WasiVersion } from '../../result/index.js'
import { isInside } from '../../paths.js'
import { readModuleFile } from '../module-file.js'
import { wasiVersionOf } from '../module-kind.js'
import { readSuiteIdentity, type SuiteIdentity } from './manifest.js'
import { DEFAULT_CONFIG, parseTestSpec, type TestConfig } from './spec.js'
import { FOLDER_BYTES_LIMIT, FOLDER_ENTRIES_LIMIT, type FolderSurvey, surveyFolder } from './test-folder.js'

export interface Suite extends SuiteIdentity {
  /** The suite's folder. */
  path: string
  /** Test names, in the order they run. */
  tests: string[]
}

/** One module with its specification: a test of a suite, or a module given on its own. */
export interface SuiteTest {
  /** `<suite name>/<test>` in a suite; the file name without `.wasm` otherwise. */
  id: string
  /** The file name without `.wasm`. */
  name: string
  /** The suite it belongs to; absent for a module given on its own. */
  suite?: string
  /**
   * The WASI version it targets: what its suite or its folder declares, as the
   * official runner reads it; where nothing does, the module's own.
   */
  wasiVersion: WasiVersion
  /** Absolute path of the .wasm file, run where it is and never changed. */
  module: string
  /** What the module is, read from its bytes. */
  classification: ModuleClassification
  /** The test's folder: `root` and `dirs` are relative to it. */
  dir: string
  config: TestConfig
}

export interface LoadedTests {
  suites: Suite[]
  tests: SuiteTest[]
  /** What cannot be used, each naming the file or pattern and why. */
  problems: string[]
  /** What the official runner would warn about too (unknown fields). */
  warnings: string[]
}

/** A test module's name, as the runner's glob("*.wasm") finds them: not a hidden file. */
const isTestModuleName = (name: string) => name.endsWith('.wasm') && !name.startsWith('.')

/** Every `.wasm` directly in `dir`, sorted. */
function wasmFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter(isTestModuleName)
    .sort()
    .map((name) => join(dir, name))
}

/** Folders below `dir` that hold a manifest.json and .wasm files: the suites of a wasi-testsuite checkout. */
function suiteFoldersBelow(dir: string): string[] {
  const found: string[] = []
  const walk = (folder: string) => {
    const entries = readdirSync(folder, { withFileTypes: true })
    if (entries.some((e) => e.name === 'manifest.json') && entries.some((e) => isTestModuleName(e.name)))
      found.push(folder)
    for (const entry of entries) {
      if (entry.isDirectory() && !entry.name.startsWith('.') && !entry.name.endsWith('.dir'))
        walk(join(folder, entry.name))
    }
  }
  walk(dir)
  return found.sort()
}

/** What the folders tests preopen hold, by real path: read once however many tests preopen one. */
type Surveys = Map<string, FolderSurvey>

const MIB = 1024 * 1024

/** Why a folder cannot be copied for a test, or undefined when it can. */
function folderProblem(survey: FolderSurvey): string | undefined {
  if (survey.overLimit)
    return `holds more than ${FOLDER_BYTES_LIMIT / MIB} MiB or ${FOLDER_ENTRIES_LIMIT} entries, too much to copy for each test`
  if (survey.linksOut.length > 0) {
    const shown = survey.linksOut
      .slice(0, 3)
      .map(({ path, target }) => `${JSON.stringify(path)} -> ${JSON.stringify(target)}`)
    const more = survey.linksOut.length > 3 ? ` and ${survey.linksOut.length - 3} more` : ''
    return `holds links that lead out of it (${shown.join(', ')}${more}); a module must not reach past its copy`
  }
  return undefined
}

/**
 * The directories a spec preopens must be folders below the test's own folder:
 * a spec is not allowed to hand the host's /etc to a module. Each is copied for
 * every run, so it must be of a size to copy, with no link leading out of it.
 */
function checkDirectories(
  config: TestConfig,
  testDir: string,
  specPath: string,
  problems: string[],
  warnings: string[],
  surveys: Surveys
): boolean {
  const entries = [
    ...config.operations.flatMap((op) => (op.type === 'run' && op.root !== null ? [['root', op.root]] : [])),
    ...config.dirs.map((dir) => ['dirs', dir])
  ]
  let ok = true
  for (const [field, entry] of entries) {
    const path = resolve(testDir, entry)
    const problem = isAbsolute(entry)
      ? 'is an absolute path; give a folder relative to the test'
      : !isInside(path, testDir)
        ? "leaves the test's folder"
        : !existsSync(path) || !statSync(path).isDirectory()
          ? 'is not a directory'
          : !isInside(realpathSync(path), realpathSync(testDir))
            ? "is a link to a folder outside the test's folder"
            : surveyProblem(
                realpathSync(path),
                surveys,
                warnings,
                `${specPath}: "${field}" entry ${JSON.stringify(entry)}`
              )
    if (problem) {
      problems.push(`${specPath}: "${field}" entry ${JSON.stringify(entry)} ${problem}`)
      ok = false
    }
  }
  return ok
}

/** The folder's problem, surveying it on first sight (and warning of what a copy leaves out). */
function surveyProblem(real: string, surveys: Surveys, warnings: string[], what: string): string | undefined {
  let survey = surveys.get(real)
  if (survey === undefined) {
    survey = surveyFolder(real)
    surveys.set(real, survey)
    if (survey.special.length > 0)
      warnings.push(
        `${what} holds ${survey.special.length} FIFO, socket or device file${survey.special.length > 1 ? 's' : ''} ` +
          `(${survey.special
            .slice(0, 3)
            .map((path) => JSON.stringify(path))
            .join(', ')}), which the copies leave out`
      )
  }
  return folderProblem(survey)
}

/** The WASI version a suite or a folder declares, or undefined where nothing does (preview1 by default). */
type DeclaredVersion = WasiVersion | undefined

/** How a module of this classification reads in a sentence: "a WASI 0.2 component". */
function described({ kind, wasi }: ModuleClassification): string {
  if (kind === 'core')
    return wasi === 'preview1' ? 'a WASI preview1 core module' : 'a core module without WASI imports'
  return wasi === 'none' ? 'a component without WASI interfaces' : `a WASI ${wasi} component`
}

/**
 * The version a test runs as. The official runner filters tests by their
 * suite's version alone, so a declared version stays the test's (its runs get
 * what a runtime needs for it, and it is unsupported where the runner would
 * skip it); a module that is something else is run only where a runtime runs
 * that too (unsupportedTestReason), so that no runtime fails for a suite's
 * mislabelled module, and the user is told.
 */
function testVersion(
  wasmPath: string,
  classification: ModuleClassification,
  declared: DeclaredVersion,
  warnings: string[]
): WasiVersion {
  const own = wasiVersionOf(classification)
  if (declared === undefined) return own
  if (declared !== own)
    warnings.push(
      `${wasmPath} is ${described(classification)}, but its suite is for ${WASI_VERSION_NAMES[declared]} (${declared}): ` +
        `it runs as the suite says, and only on runtimes that run ${WASI_VERSION_NAMES[own]} too`
    )
  return declared
}

function readTest(
  wasmPath: string,
  id: string,
  declared: DeclaredVersion,
  suite: string | undefined,
  problems: string[],
  warnings: string[],
  surveys: Surveys
): SuiteTest | undefined {
  const reading = readModuleFile(wasmPath)
  if (reading.problem !== undefined) {
    problems.push(`${wasmPath} ${reading.problem}`)
    return undefined
  }
  const { classification } = reading
  const wasiVersion = testVersion(wasmPath, classification, declared, warnings)
  const specPath = wasmPath.replace(/\.wasm$/, '.json')
  const dir = dirname(wasmPath)
  let config = DEFAULT_CONFIG
  if (existsSync(specPath)) {
    const parsed = parseTestSpec(readFileSync(specPath, 'utf8'))
    warnings.push(...parsed.warnings.map((warning) => `${specPath}: ${warning}`))
    if (!parsed.config) {
      problems.push(...parsed.problems.map((problem) => `${specPath}: ${problem}`))
      return undefined
    }
    if (!checkDirectories(parsed.config, dir, specPath, problems, warnings, surveys)) return undefined
    config = parsed.config
  }
  return {
    id,
    name: basename(wasmPath, '.wasm'),
    ...(suite !== undefined ? { suite } : {}),
    wasiVersion,
    module: wasmPath,
    classification,
    dir,
    config
  }
}

/**
 * The tests for `patterns` (files, globs or directories), relative to `cwd`.
 * A directory holding .wasm files is one suite; a directory without any is
 * searched for suites (folders with a manifest.json), as the suite's own
 * run-tests does. Suites run in the order given, tests by name.
 */
export async function loadTests(patterns: readonly string[], cwd = process.cwd()): Promise<LoadedTests> {
  const loaded: LoadedTests = { suites: [], tests: [], problems: [], warnings: [] }
  const { problems, warnings } = loaded
  const surveys: Surveys = new Map()
  const ids = new Map<string, string>()
  const add = (test: SuiteTest | undefined) => {
    if (!test) return
    const other = ids.get(test.id)
    if (other !== undefined) {
      if (other !== test.module)
        problems.push(
          `two modules would both be called "${test.id}": ${other} and ${test.module}; rename one`
        )
      return
    }
    ids.set(test.id, test.module)
    loaded.tests.push(test)
  }
  const suitePaths = new Map<string, string>()
  const addSuite = (folder: string) => {
    const shown = relative(cwd, folder) || '.'
    const { identity, problems: manifestProblems, versionDeclared } = readSuiteIdentity(folder, shown)
    problems.push(...manifestProblems)
    if (!identity) return
    const earlier = suitePaths.get(identity.name)
    if (earlier === folder) return
    if (earlier !== undefined) {
      problems.push(`two suites are both called "${identity.name}": ${earlier} and ${folder}`)
      return
    }
    suitePaths.set(identity.name, folder)
    const tests = wasmFilesIn(folder).map((file) =>
      readTest(
        file,
        `${identity.name}/${basename(file, '.wasm')}`,
        versionDeclared ? identity.wasiVersion : undefined,
        identity.name,
        problems,
        warnings,
        surveys
      )
    )
    tests.forEach(add)
    loaded.suites.push({
      ...identity,
      path: folder,
      tests: tests.flatMap((test) => (test ? [test.name] : []))
    })
  }

  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern)
    if (existsSync(absolute) && statSync(absolute).isDirectory()) {
      if (wasmFilesIn(absolute).length > 0) {
        addSuite(absolute)
        continue
      }
      const below = suiteFoldersBelow(absolute)
      if (below.length === 0)
        problems.push(
          `${pattern} is a directory with no .wasm file in it, and no suite (manifest.json) below it`
        )
      below.forEach(addSuite)
      continue
    }
    const globber = await glob.create(absolute, { matchDirectories: false })
    const files = (await globber.glob()).filter((file) => file.endsWith('.wasm')).sort()
    if (files.length === 0) problems.push(`${pattern} matches no .wasm file`)
    for (const file of files) {
      // A module on its own targets the WASI version its folder's suite would, where that declares one.
      const folder = dirname(file)
      const { identity, versionDeclared } = readSuiteIdentity(folder, folder)
      const declared = versionDeclared ? identity?.wasiVersion : undefined
      add(readTest(file, basename(file, '.wasm'), declared, undefined, problems, warnings, surveys))
    }
  }
  // A file that two patterns both name has its problems said once.
  return { ...loaded, problems: [...new Set(problems)], warnings: [...new Set(warnings)] }
}
