// jco: each component transpiled once, then run in batches of child `node`
// processes (the Node running wasi-probe), as node's modules are.
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { basename, join } from 'node:path'
import type { Probe } from '../probes/catalog.js'
import type { SuiteTest } from '../probes/suites/load.js'
import type { ProbeOutcome, RuntimeOutcome, WasiVersion } from '../result/index.js'
import type { Located } from '../provision/discover.js'
import { findPackageFrom, packageJsonText, packageRootOf } from '../provision/node-packages.js'
import { type JcoHost, jcoAt, jcoMode, type JcoMode, JCO_RUNNER_SOURCE } from '../runtimes/jco.js'
import { envPairs, type Invocation, type JcoRuntimeSpec, looksLikeTrap } from '../runtimes/spec.js'
import { classify } from './classify.js'
import type { RunContext } from './cli-runtime.js'
import { type BatchProgram, type NodeJob, nodeChildEnv, runNodeBatch } from './node-batch.js'
import { probeChildren, runTestsInBatches, splitIntoBatches } from './node-runtime.js'
import { probeNotRun, probeOutcome, ranOutcome, testNotRun, unsupportedReason } from './outcome.js'
import { checkProbeDir, prepareProbeDir, removeProbeDir } from './probe-dir.js'
import { runProcess } from './process.js'
import { type TestRuntime, unsupportedTestReason } from './suite-tests.js'

/** jco turns a component into JavaScript first: each may take this long, on top of its run. */
const TRANSPILE_MS_PER_COMPONENT = 30_000

/** What a component became: the module to run, or why jco could not turn it into one. */
type Transpiled = { entry: string; mode: JcoMode } | { error: string }

/** The Node that runs jco, what it can do, and where the shims are. */
export function jcoHost(packageDir: string): JcoHost {
  // preview3-shim is a dependency of jco's transpiler (@bytecodealliance/jco-transpile), not of jco itself.
  const transpiler = findPackageFrom(packageDir, '@bytecodealliance/jco-transpile')
  const preview3Shim =
    findPackageFrom(packageDir, '@bytecodealliance/preview3-shim') ??
    (transpiler && findPackageFrom(transpiler, '@bytecodealliance/preview3-shim'))
  return {
    node: { version: process.version, path: process.execPath },
    jspi: typeof (WebAssembly as { Suspending?: unknown }).Suspending === 'function',
    preview3Shim
  }
}

/**
 * Transpiles components for one run, each once: the output is kept under the
 * work folder by the sha256 of the component, jco's version and the mode, so
 * probes and tests that run the same component share it.
 */
class Transpiler {
  private readonly done = new Map<string, Promise<Transpiled>>()
  private readonly dir: string

  constructor(
    workDir: string,
    private readonly version: string,
    private readonly runner: BatchProgram,
    private readonly env: NodeJS.ProcessEnv
  ) {
    this.dir = join(workDir, 'jco-transpiled')
    mkdirSync(this.dir, { recursive: true })
  }

  /** Each component (path → its WASI version) as transpiled, by path. */
  async all(components: ReadonlyMap<string, WasiVersion>): Promise<Map<string, Transpiled>> {
    const wanted = [...components].map(([path, version]) => {
      const mode = jcoMode(version)
      const key = createHash('sha256')
        .update(readFileSync(path))
        .update(`\0${this.version}\0${mode}`)
        .digest('hex')
      return { path, mode, key }
    })
    const fresh = wanted.filter(
      ({ key }, i) => !this.done.has(key) && wanted.findIndex((w) => w.key === key) === i
    )
    const children = Math.min(availableParallelism(), Math.ceil(fresh.length / 4))
    for (const batch of splitIntoBatches(fresh, Math.max(1, children))) {
      const running = this.transpile(batch)
      batch.forEach(({ key }, i) =>
        this.done.set(
          key,
          running.then((results) => results[i])
        )
      )
    }
    return new Map(
      await Promise.all(wanted.map(async ({ path, key }) => [path, await this.done.get(key)!] as const))
    )
  }

  private async transpile(jobs: { path: string; mode: JcoMode; key: string }[]): Promise<Transpiled[]> {
    const outDirs = jobs.map(({ key }) => join(this.dir, key))
    const jobsFile = join(mkdtempSync(join(this.dir, 'jobs-')), 'jobs.json')
    writeFileSync(
      jobsFile,
      JSON.stringify(jobs.map(({ path, mode }, i) => ({ component: path, mode, outDir: outDirs[i] })))
    )
    const observation = await runProcess({
      command: process.execPath,
      args: ['--no-warnings', this.runner.path, ...this.runner.args, 'transpile', jobsFile],
      timeoutMs: TRANSPILE_MS_PER_COMPONENT * jobs.length,
      env: this.env,
      cwd: this.dir
    })
    const lines = new Map<number, { error?: string }>()
    for (const line of observation.stdout.text.split('\n')) {
      try {
        const parsed = JSON.parse(line) as { index: number; error?: string }
        lines.set(parsed.index, parsed)
      } catch {
        // Not one of the runner's lines.
      }
    }
    const died =
      observation.spawnError ??
      (observation.timedOut
        ? `still transpiling after ${TRANSPILE_MS_PER_COMPONENT / 1000} s a component`
        : observation.stderr.text.trim().split('\n')[0] || `exit code ${observation.exitCode}`)
    return jobs.map(({ mode }, i) => {
      const line = lines.get(i)
      if (!line) return { error: `jco's transpile ended before it got to this component: ${died}` }
      if (line.error !== undefined) return { error: `jco could not transpile it: ${line.error}` }
      return { entry: join(outDirs[i], 'component.js'), mode }
    })
  }
}

/** A job of the jco runner: a transpiled component, with what its run is given. */
interface JcoJob extends NodeJob {
  mode: JcoMode
  /** The guest's argv[0]: the component's file name, as the suite's own adapter gives it. */
  name: string
}

export async function runJcoRuntime(
  spec: JcoRuntimeSpec,
  located: Located,
  probes: readonly Probe[],
  context: RunContext
): Promise<RuntimeOutcome> {
  const started = performance.now()
  const packageDir = located.packageDir ?? packageRootOf(located.path, spec.package)
  if (!packageDir) throw new Error(`${located.path} is not the jco command of ${spec.package}`)
  const version = spec.parseVersion(packageJsonText(packageDir)) ?? null
  const host = jcoHost(packageDir)
  const { limits, tests } = jcoAt(host)
  const runnerDir = mkdtempSync(join(context.workDir, 'jco-runner-'))
  const runner: BatchProgram = {
    path: join(runnerDir, 'jco-runner.mjs'),
    args: [JSON.stringify({ jco: packageDir, preview3Shim: host.preview3Shim ?? null })]
  }
  writeFileSync(runner.path, JCO_RUNNER_SOURCE)
  const env = nodeChildEnv(context.env ?? process.env)
  const transpiler = new Transpiler(context.workDir, version ?? 'unknown', runner, env)
  const runBatch = (jobs: JcoJob[], timeoutMs: number, captureBytes?: number) =>
    runNodeBatch(process.execPath, jobs, timeoutMs, context.workDir, captureBytes, runner)

  const runProbes = async (): Promise<ProbeOutcome[]> => {
    const runnable = probes.filter((probe) => !unsupportedReason(probe, limits, tests))
    const transpiled = await transpiler.all(
      new Map(runnable.map((probe) => [context.modulePaths.get(probe.module)!, probe.wasiVersion!]))
    )
    const dirs = new Map(runnable.map((probe) => [probe.id, prepareProbeDir(probe, context.workDir)]))
    const jobs: JcoJob[] = runnable.flatMap((probe) => {
      const component = context.modulePaths.get(probe.module)!
      const made = transpiled.get(component)!
      if ('error' in made) return []
      const dir = dirs.get(probe.id)!
      return [
        {
          id: probe.id,
          module: made.entry,
          mode: made.mode,
          name: basename(component),
          args: probe.args,
          env: probe.env,
          preopens: Object.fromEntries(dir.preopens.map(({ guest, host }) => [guest, host])),
          ...(probe.stdin !== undefined ? { stdin: probe.stdin } : {})
        }
      ]
    })
    const batches = await Promise.all(
      splitIntoBatches(jobs, probeChildren(jobs.length)).map((batch) => runBatch(batch, context.timeoutMs))
    )
    const observations = new Map(batches.flatMap((batch) => [...batch]))
    return probes.map((probe) => {
      const unsupported = unsupportedReason(probe, limits, tests)
      if (unsupported) return probeNotRun(probe, 'unsupported', unsupported)
      const dir = dirs.get(probe.id)!
      try {
        const made = transpiled.get(context.modulePaths.get(probe.module)!)!
        if ('error' in made) return { ...probeNotRun(probe, 'error', made.error), status: 'fail' as const }
        const observation = observations.get(probe.id)!
        const verdict = checkProbeDir(
          probe,
          dir,
          classify(probe.expect, observation, looksLikeTrap, context.timeoutMs)
        )
        return probeOutcome(probe, verdict, observation)
      } finally {
        removeProbeDir(dir)
      }
    })
  }

  const runTests = async (list: readonly SuiteTest[]): Promise<ProbeOutcome[]> => {
    const runtime: TestRuntime = { id: spec.id, support: tests, limits, isTrap: looksLikeTrap }
    const testContext = context.tests!.context
    const transpiled = await transpiler.all(
      new Map(
        list
          .filter((test) => !unsupportedTestReason(test, runtime))
          .map((test) => [test.module, test.wasiVersion])
      )
    )
    const failed = new Map<string, ProbeOutcome>()
    const runnable = list.filter((test) => {
      const made = transpiled.get(test.module)
      if (!made || !('error' in made)) return true
      failed.set(test.id, { ...testNotRun(test, 'error', made.error), status: 'fail' })
      return false
    })
    const entryOf = (module: string) => transpiled.get(module) as { entry: string; mode: JcoMode }
    const outcomes = await runTestsInBatches(runnable, runtime, testContext, {
      nodePath: process.execPath,
      liveArgs: (invocation) => liveArgs(runner, entryOf(invocation.module), invocation),
      runBatch: (jobs, timeoutMs, captureBytes) =>
        runBatch(
          jobs.map((job) => ({
            ...job,
            module: entryOf(job.module).entry,
            mode: entryOf(job.module).mode,
            name: basename(job.module)
          })),
          timeoutMs,
          captureBytes
        )
    })
    const byId = new Map(outcomes.map((outcome) => [outcome.id, outcome]))
    return list.map((test) => failed.get(test.id) ?? byId.get(test.id)!)
  }

  const [probeOutcomes, testOutcomes] = await Promise.all([
    runProbes(),
    context.tests ? runTests(context.tests.list) : []
  ])
  // Which Node ran the components decides what of WASI 0.3 runs: the result names it.
  const named = { ...spec, name: `${spec.name.replace(/ \(.*\)$/, '')} (Node ${process.versions.node})` }
  return ranOutcome(named, located, version, [...probeOutcomes, ...testOutcomes], started)
}

/** The arguments after node that run one transpiled component live, on the child's own stdio. */
function liveArgs(runner: BatchProgram, made: { entry: string; mode: JcoMode }, inv: Invocation): string[] {
  return [
    '--no-warnings',
    runner.path,
    ...runner.args,
    'run',
    made.mode,
    ...envPairs(inv.env).flatMap((pair) => ['--env', pair]),
    ...inv.dirs.flatMap((d) => ['--dir', `${d.host}::${d.guest}`]),
    made.entry,
    basename(inv.module),
    ...inv.args
  ]
}
