// The run stage: every requested runtime at once, each module run on its own.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Probe, probeBytes } from '../probes/catalog.js'
import type { ExpectationFile } from '../probes/suites/expectations.js'
import type { SuiteTest } from '../probes/suites/load.js'
import type { NativeOutcome, RuntimeOutcome } from '../result/index.js'
import type { Located } from '../provision/discover.js'
import type { Absent } from '../provision/provision.js'
import { runtimeById } from '../runtimes/index.js'
import { withLibraryPath } from '../runtimes/library-path.js'
import type { RuntimeFacts } from '../runtimes/spec.js'
import { runCliRuntime } from './cli-runtime.js'
import { runJcoRuntime } from './jco-runtime.js'
import { type NativeContext, runNative } from './native-runtime.js'
import { runNodeRuntime } from './node-runtime.js'
import { runtimeOutcome } from './outcome.js'
import { createPool } from './pool.js'
import type { TestContext } from './suite-tests.js'

export interface MatrixRequest {
  runtimes: string[]
  /** Where each runtime was found. */
  located: ReadonlyMap<string, Located>
  /** Why the others cannot run; an id in neither map is `missing`. */
  absent?: ReadonlyMap<string, Absent>
  probes: readonly Probe[]
  /** The user's modules, with the expectation files that apply to them. */
  tests?: readonly SuiteTest[]
  expectations?: readonly ExpectationFile[]
  /** The user's own limit for each test, replacing the official runner's. */
  testTimeoutMs?: number
  timeoutMs: number
  workDir: string
  env?: NodeJS.ProcessEnv
  native?: Omit<NativeContext, 'timeoutMs' | 'env'>
}

export interface MatrixResult {
  native: NativeOutcome
  runtimes: RuntimeOutcome[]
  /** What each CLI runtime that ran was found to be: its version, and the help its adapter asked for. */
  facts: ReadonlyMap<string, RuntimeFacts>
}

const NATIVE_NOT_REQUESTED: NativeOutcome = {
  status: 'unsupported',
  handler: null,
  flags: null,
  entries: [],
  dir: null,
  reason: 'not requested'
}

/** Writes each probe's module once, for every runtime to read. */
export function writeModules(probes: readonly Probe[], workDir: string): Map<string, string> {
  const dir = join(workDir, 'modules')
  mkdirSync(dir, { recursive: true })
  const paths = new Map<string, string>()
  for (const probe of probes) {
    if (paths.has(probe.module)) continue
    const path = join(dir, `${probe.module}.wasm`)
    writeFileSync(path, probeBytes(probe))
    paths.set(probe.module, path)
  }
  return paths
}

export async function runMatrix(request: MatrixRequest): Promise<MatrixResult> {
  const modulePaths = writeModules(request.probes, request.workDir)
  const testContext: TestContext = {
    // One bound for every runtime's tests: the cores are shared.
    pool: createPool(),
    workDir: request.workDir,
    env: request.env ?? process.env,
    ...(request.testTimeoutMs !== undefined ? { timeoutMs: request.testTimeoutMs } : {}),
    expectations: request.expectations ?? []
  }
  const tests = request.tests?.length ? { list: request.tests, context: testContext } : undefined
  const facts = new Map<string, RuntimeFacts>()
  const context = {
    facts,
    modulePaths,
    timeoutMs: request.timeoutMs,
    env: request.env,
    workDir: request.workDir,
    tests
  }
  let native = NATIVE_NOT_REQUESTED

  const runtimes = await Promise.all(
    request.runtimes.map(async (id): Promise<RuntimeOutcome> => {
      const spec = runtimeById(id)
      if (!spec) throw new Error(`unknown runtime id ${id}`)
      const located = request.located.get(id)
      try {
        if (spec.kind === 'native') {
          const run = await runNative(request.probes, {
            ...request.native,
            timeoutMs: request.timeoutMs,
            env: request.env,
            tests
          })
          native = run.native
          return run.runtime
        }
        if (!located) {
          const absent = request.absent?.get(id) ?? {
            status: 'missing',
            reason: 'not found on PATH or in the tool cache'
          }
          return runtimeOutcome(spec, absent)
        }
        const env = withLibraryPath(request.env ?? process.env, located.libDir)
        const runtimeContext = {
          ...context,
          env,
          tests: tests && { ...tests, context: { ...tests.context, env } }
        }
        if (spec.kind === 'node') {
          return await runNodeRuntime(spec, located, request.probes, {
            ...runtimeContext,
            workDir: request.workDir
          })
        }
        if (spec.kind === 'jco') return await runJcoRuntime(spec, located, request.probes, runtimeContext)
        return await runCliRuntime(spec, located, request.probes, runtimeContext)
      } catch (error) {
        // One runtime's surprise must not take the others' results down.
        const reason = `internal error while probing: ${error instanceof Error ? error.message : String(error)}`
        if (spec.kind === 'native') native = { ...NATIVE_NOT_REQUESTED, status: 'error', reason }
        return runtimeOutcome(spec, { status: 'error', reason, path: located?.path, source: located?.source })
      }
    })
  )
  return { native, runtimes, facts }
}
