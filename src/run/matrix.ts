// The run stage: every requested runtime at once, each module in its own cell.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Probe, moduleBytes } from '../probes/catalog.js'
import type { NativeOutcome, RuntimeOutcome } from '../report/result.js'
import type { Located } from '../provision/discover.js'
import { runtimeById } from '../runtimes/index.js'
import { runCliRuntime } from './cli-runtime.js'
import { type NativeContext, runNative } from './native-runtime.js'
import { runNodeRuntime } from './node-runtime.js'
import { runtimeOutcome } from './outcome.js'

export interface MatrixRequest {
  runtimes: string[]
  /** Where each runtime was found; absent ids are `missing`. */
  located: ReadonlyMap<string, Located>
  probes: readonly Probe[]
  timeoutMs: number
  workDir: string
  env?: NodeJS.ProcessEnv
  native?: Omit<NativeContext, 'timeoutMs' | 'env'>
}

export interface MatrixResult {
  native: NativeOutcome
  runtimes: RuntimeOutcome[]
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
    writeFileSync(path, moduleBytes(probe.module))
    paths.set(probe.module, path)
  }
  return paths
}

export async function runMatrix(request: MatrixRequest): Promise<MatrixResult> {
  const modulePaths = writeModules(request.probes, request.workDir)
  const context = { modulePaths, timeoutMs: request.timeoutMs, env: request.env }
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
            env: request.env
          })
          native = run.native
          return run.runtime
        }
        if (!located) {
          return runtimeOutcome(spec, { status: 'missing', reason: 'not found on PATH or in the tool cache' })
        }
        if (spec.kind === 'node') {
          return await runNodeRuntime(spec, located, request.probes, { ...context, workDir: request.workDir })
        }
        return await runCliRuntime(spec, located, request.probes, context)
      } catch (error) {
        // One runtime's surprise must not take the others' results down.
        const reason = `internal error while probing: ${error instanceof Error ? error.message : String(error)}`
        if (spec.kind === 'native') native = { ...NATIVE_NOT_REQUESTED, status: 'error', reason }
        return runtimeOutcome(spec, { status: 'error', reason, path: located?.path, source: located?.source })
      }
    })
  )
  return { native, runtimes }
}
