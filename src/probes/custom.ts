// The user's own modules (`modules` input): .wasm files, each with an
// optional sibling NAME.json in the wasi-testsuite format, and directories
// laid out like the wasi-testsuite, run as suites.
import * as glob from '@actions/glob'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, join, relative, resolve } from 'node:path'
import type { Probe } from './catalog.js'

/** The fields of a wasi-testsuite test's JSON that are used; all optional. */
interface TestSpec {
  args?: string[]
  env?: Record<string, string>
  dirs?: string[]
  exit_code?: number
  stdout?: string
  stderr?: string
}

export interface LoadedModules {
  probes: Probe[]
  /** What could not be used, each naming the file or pattern and why. */
  problems: string[]
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string')

/** The spec beside `wasmPath`, checked field by field; `{}` when there is none. */
function readSpec(wasmPath: string, problems: string[]): TestSpec | undefined {
  const jsonPath = wasmPath.replace(/\.wasm$/, '.json')
  if (!existsSync(jsonPath)) return {}
  let spec: unknown
  try {
    spec = JSON.parse(readFileSync(jsonPath, 'utf8'))
  } catch (error) {
    problems.push(`${jsonPath} is not valid JSON: ${error instanceof Error ? error.message : error}`)
    return undefined
  }
  const s = spec as Record<string, unknown>
  const wrong: string[] = []
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) wrong.push('it is not an object')
  else {
    if (s.args !== undefined && !isStringArray(s.args)) wrong.push('"args" must be an array of strings')
    if (s.dirs !== undefined && !isStringArray(s.dirs)) wrong.push('"dirs" must be an array of strings')
    if (
      s.env !== undefined &&
      (typeof s.env !== 'object' || s.env === null || Object.values(s.env).some((v) => typeof v !== 'string'))
    ) {
      wrong.push('"env" must be an object of strings')
    }
    if (s.exit_code !== undefined && !Number.isInteger(s.exit_code))
      wrong.push('"exit_code" must be an integer')
    for (const field of ['stdout', 'stderr']) {
      if (s[field] !== undefined && typeof s[field] !== 'string') wrong.push(`"${field}" must be a string`)
    }
  }
  if (wrong.length > 0) {
    problems.push(`${jsonPath}: ${wrong.join('; ')}`)
    return undefined
  }
  return s as TestSpec
}

function toProbe(wasmPath: string, id: string, spec: TestSpec, suite: string | undefined): Probe {
  const base = dirname(wasmPath)
  return {
    id,
    category: 'custom',
    module: `custom:${wasmPath}`,
    path: wasmPath,
    ...(suite ? { suite } : {}),
    description: `${relative(process.cwd(), wasmPath) || wasmPath}`,
    args: spec.args ?? [],
    env: spec.env ?? {},
    // wasi-testsuite preopens each directory under its own (relative) name.
    ...(spec.dirs?.length
      ? { copyDirs: spec.dirs.map((dir) => ({ guest: dir, from: join(base, dir) })) }
      : {}),
    expect: {
      exitCode: spec.exit_code ?? 0,
      ...(spec.stdout !== undefined ? { stdout: spec.stdout } : {}),
      ...(spec.stderr !== undefined ? { stderr: spec.stderr } : {})
    }
  }
}

/** Every `.wasm` directly in `dir`, sorted. */
function wasmFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.wasm'))
    .sort()
    .map((name) => join(dir, name))
}

/**
 * The probes for `patterns` (files, globs or directories), relative to `cwd`.
 * Module ids are the file names without `.wasm`; in a suite, `suite/name`.
 */
export async function loadCustomModules(
  patterns: readonly string[],
  cwd = process.cwd()
): Promise<LoadedModules> {
  const probes: Probe[] = []
  const problems: string[] = []
  const seen = new Set<string>()
  const add = (probe: Probe) => {
    if (seen.has(probe.id)) {
      problems.push(`two modules would both be called "${probe.id}": ${probe.path} and another; rename one`)
      return
    }
    seen.add(probe.id)
    probes.push(probe)
  }

  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern)
    if (existsSync(absolute) && statSync(absolute).isDirectory()) {
      const files = wasmFilesIn(absolute)
      if (files.length === 0) problems.push(`${pattern} is a directory with no .wasm file in it`)
      const suite = basename(absolute)
      for (const file of files) {
        const spec = readSpec(file, problems)
        if (spec) add(toProbe(file, `${suite}/${basename(file, '.wasm')}`, spec, suite))
      }
      continue
    }
    const globber = await glob.create(absolute, { matchDirectories: false })
    const files = (await globber.glob()).filter((file) => file.endsWith('.wasm')).sort()
    if (files.length === 0) problems.push(`${pattern} matches no .wasm file`)
    for (const file of files) {
      const spec = readSpec(file, problems)
      if (spec) add(toProbe(file, basename(file, '.wasm'), spec, undefined))
    }
  }
  return { probes, problems }
}
