// Executes the modules themselves, as `./module.wasm`, and lets the kernel
// find the handler. Only a visible binfmt_misc entry for .wasm makes that
// worth trying: without one, Node's spawn falls back to /bin/sh.
import { chmodSync, copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Probe, probeBytes } from '../probes/catalog.js'
import type { SuiteTest } from '../probes/suites/load.js'
import type { NativeOutcome, ProbeOutcome, RuntimeOutcome } from '../result/index.js'
import { type BinfmtEntry, handlesWasm, native, scanBinfmt, windowsAssociation } from '../runtimes/native.js'
import { looksLikeTrap } from '../runtimes/spec.js'
import { classify } from './classify.js'
import { probeNotRun, probeOutcome, runtimeOutcome, runtimeStatus, unsupportedReason } from './outcome.js'
import { type Observation, runProcess } from './process.js'
import { runTestsThrough, type TestContext, type TestRuntime, writesOf } from './suite-tests.js'
import { LiveProcess } from './test-process.js'

export interface NativeContext {
  timeoutMs: number
  env?: NodeJS.ProcessEnv
  /** Directories to execute from, in order; the first that allows it is used. */
  candidateDirs?: string[]
  binfmtDir?: string
  /** The user's modules, and how they run. */
  tests?: { list: readonly SuiteTest[]; context: TestContext }
}

/** Where modules may be executed from: a temp dir may be mounted noexec. */
export function defaultCandidateDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  const dirs = [env.RUNNER_TEMP, tmpdir(), '/dev/shm', process.cwd(), homedir()]
  return [...new Set(dirs.filter((dir): dir is string => Boolean(dir)))]
}

export interface NativeRun {
  native: NativeOutcome
  runtime: RuntimeOutcome
}

function unsupported(reason: string, entries: BinfmtEntry[] = []): NativeRun {
  return {
    native: {
      status: 'unsupported',
      handler: null,
      flags: null,
      entries: entries.map(toHandler),
      dir: null,
      reason
    },
    runtime: runtimeOutcome(native, { status: 'unsupported', reason, source: 'kernel' })
  }
}

function toHandler(entry: BinfmtEntry) {
  return { name: entry.name, interpreter: entry.interpreter, flags: entry.flags }
}

export async function runNative(probes: readonly Probe[], context: NativeContext): Promise<NativeRun> {
  if (process.platform === 'darwin')
    return unsupported('macOS has no binfmt_misc: a .wasm file cannot be executed directly')
  if (process.platform === 'win32') {
    const association = windowsAssociation()
    return unsupported(
      association
        ? `Windows runs a .wasm file only through the shell's file association: ${association}`
        : 'Windows has no file association for .wasm (assoc .wasm), and no binfmt_misc'
    )
  }
  if (process.platform !== 'linux') return unsupported(`${process.platform} has no binfmt_misc`)

  const scan = scanBinfmt(context.binfmtDir)
  if (scan.state === 'not-mounted') {
    return unsupported(
      'binfmt_misc is not mounted at /proc/sys/fs/binfmt_misc: no handler for .wasm can be seen'
    )
  }
  if (scan.state === 'disabled') return unsupported('binfmt_misc is disabled (its status file says so)')
  const entries = scan.entries.filter(handlesWasm)
  if (entries.length === 0) {
    return unsupported('no enabled binfmt_misc entry for the \\0asm magic or the .wasm extension')
  }
  const handler = entries[0]
  const started = performance.now()
  const { dir, outcomes, tried } = await executeModules(probes, context)
  if (dir === null) {
    return unsupported(
      `a .wasm handler is registered, but no directory allows execution (tried ${tried.join(', ')})`,
      entries
    )
  }
  const { status, reason } = runtimeStatus(outcomes)
  const dirNote =
    tried.length > 1
      ? ` (executed from ${dir}; ${tried.slice(0, -1).join(', ')} refused execution: noexec)`
      : ''
  // The kernel tries the most recently registered entry first; procfs does not say which that is.
  const several =
    entries.length > 1
      ? ` (${entries.length} entries handle .wasm: ${entries.map((e) => e.name).join(', ')}; the most recently registered one is used)`
      : ''
  const fullReason = [reason, dirNote.trim(), several.trim()].filter(Boolean).join(' ') || undefined
  return {
    native: {
      status,
      handler: handler.interpreter,
      flags: handler.flags,
      entries: entries.map(toHandler),
      dir,
      ...(fullReason ? { reason: fullReason } : {})
    },
    runtime: runtimeOutcome(native, {
      status,
      ...(fullReason ? { reason: fullReason } : {}),
      version: null,
      path: handler.interpreter,
      source: 'kernel',
      probes: outcomes,
      durationMs: Math.round(performance.now() - started)
    })
  }
}

/**
 * Writes each module with mode 0755 and executes it. When a directory refuses
 * execution (EACCES: mounted noexec), the next candidate is tried.
 */
async function executeModules(
  probes: readonly Probe[],
  context: NativeContext
): Promise<{ dir: string | null; outcomes: ProbeOutcome[]; tried: string[] }> {
  const tried: string[] = []
  for (const candidate of context.candidateDirs ?? defaultCandidateDirs(context.env)) {
    let dir: string
    try {
      dir = mkdtempSync(join(candidate, 'wasi-probe-native-'))
    } catch {
      continue
    }
    tried.push(candidate)
    try {
      const outcomes: ProbeOutcome[] = []
      for (const probe of probes) {
        const why = unsupportedReason(probe, native.limits)
        if (why) {
          outcomes.push(probeNotRun(probe, 'unsupported', why))
          continue
        }
        const observation = await executeModule(dir, probe, context)
        if (observation.spawnError === 'EACCES' && outcomes.length === 0) break
        outcomes.push(
          probeOutcome(
            probe,
            classify(probe.expect, observation, looksLikeTrap, context.timeoutMs),
            observation
          )
        )
      }
      if (outcomes.length === 0) continue
      if (context.tests)
        outcomes.push(...(await runTestsNatively(dir, context.tests.list, context.tests.context)))
      return { dir: candidate, outcomes, tried }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  return { dir: null, outcomes: [], tried }
}

async function executeModule(dir: string, probe: Probe, context: NativeContext): Promise<Observation> {
  const path = join(dir, `${probe.id.replace(/[^\w.-]/g, '_')}.wasm`)
  writeFileSync(path, probeBytes(probe))
  chmodSync(path, 0o755)
  return runProcess({
    command: path,
    args: probe.args,
    timeoutMs: context.timeoutMs,
    env: context.env,
    cwd: dir,
    stdin: probe.stdin,
    writes: { dirs: [dir] }
  })
}

/** The user's modules, each copied into `dir` with mode 0755 and executed there. */
function runTestsNatively(
  dir: string,
  tests: readonly SuiteTest[],
  context: TestContext
): Promise<ProbeOutcome[]> {
  const runtime: TestRuntime = {
    id: native.id,
    limits: native.limits,
    isTrap: looksLikeTrap
  }
  let copies = 0
  return runTestsThrough(
    tests,
    runtime,
    (invocation, cwd) => {
      copies += 1
      const path = join(dir, `test-${copies}.wasm`)
      copyFileSync(invocation.module, path)
      chmodSync(path, 0o755)
      return new LiveProcess({
        command: path,
        args: invocation.args,
        env: context.env,
        cwd,
        writes: writesOf(invocation, cwd)
      })
    },
    context
  )
}
