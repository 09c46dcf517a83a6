// jco: components turned into JavaScript (its transpile API) and run on Node
// with the WASI shims of the same project, @bytecodealliance/preview2-shim for
// WASI 0.2 and @bytecodealliance/preview3-shim for WASI 0.3.
import { firstMatch, type JcoRuntimeSpec, type RuntimeLimits, type TestSupport } from './spec.js'
import type { WasiVersion } from '../result/index.js'

/**
 * The suite's own adapter (adapters/jco.py) names WASI 0.3 and the command
 * world, passes every proposal on (its runner gives the component the shims'
 * sockets and HTTP client) and allows 30 s a test, as jco transpiles each
 * component first. WASI 0.2 components run too (the suite has no 0.2 tests).
 */
const TESTS: TestSupport = {
  wasiVersions: ['wasm32-wasip2', 'wasm32-wasip3'],
  worlds: ['wasi:cli/command'],
  proposals: ['http', 'sockets'],
  timeoutSeconds: 30
}

export const jco: JcoRuntimeSpec = {
  kind: 'jco',
  id: 'jco',
  name: 'jco (Node.js)',
  binary: 'jco',
  package: '@bytecodealliance/jco',
  installs: ['@bytecodealliance/preview3-shim'],
  // The package.json of @bytecodealliance/jco.
  parseVersion: (packageJson) => firstMatch(packageJson, /^\s*"version":\s*"(\d+\.\d+\.\d+[^"]*)"/m),
  limits: { wasiVersions: { 'wasm32-wasip1': 'jco runs components only, not core modules' } },
  tests: TESTS,
  // npm puts a jco.cmd shim on PATH there, and an install's bin/jco is a symlink to a .js file.
  notOn: {
    windows: 'wasi-probe does not find or install jco on Windows yet: its command there is a .cmd shim of npm'
  }
}

/** What jco can run depends on the Node that runs it and on the shims found beside it. */
export interface JcoHost {
  /** The Node running wasi-probe, which runs jco: its version and path. */
  node: { version: string; path: string }
  /** `typeof WebAssembly.Suspending === 'function'` in that Node. */
  jspi: boolean
  /** Where @bytecodealliance/preview3-shim is, when it is there at all. */
  preview3Shim: string | undefined
}

/** Why jco on `host` cannot run WASI 0.3 components, or undefined when it can. */
export function wasi03Problem(host: JcoHost): string | undefined {
  if (!host.preview3Shim)
    return 'jco runs WASI 0.3 components with @bytecodealliance/preview3-shim, which is not installed beside it'
  if (!host.jspi)
    return (
      `jco runs WASI 0.3 components only on a Node with JSPI (WebAssembly.Suspending, Node 24 and later); ` +
      `the Node running wasi-probe, ${host.node.version} (${host.node.path}), has none`
    )
  return undefined
}

/** jco's limits and what of the suite it runs, on `host`. */
export function jcoAt(host: JcoHost): { limits: RuntimeLimits; tests: TestSupport } {
  const problem = wasi03Problem(host)
  if (!problem) return { limits: jco.limits, tests: jco.tests }
  return {
    limits: { ...jco.limits, wasiVersions: { ...jco.limits.wasiVersions, 'wasm32-wasip3': problem } },
    tests: { ...jco.tests, wasiVersions: jco.tests.wasiVersions.filter((v) => v !== 'wasm32-wasip3') }
  }
}

/** What the runner program needs of a transpile: how it differs between WASI 0.2 and 0.3. */
export type JcoMode = 'p2' | 'p3'

export function jcoMode(version: WasiVersion): JcoMode {
  return version === 'wasm32-wasip3' ? 'p3' : 'p2'
}

/**
 * The program the child `node` runs (an ES module: the shims are ES modules),
 * in one of three modes, after a JSON argument naming the packages
 * (`{"jco": dir, "preview3Shim": dir | null}`):
 *
 * - `transpile JOBS.json` turns each component into JavaScript with jco's
 *   transpile API, into a folder of its own (written aside, then renamed), and
 *   prints one JSON line per component: `{"index": i, "error"?: text}`. The
 *   output takes its imports as an object (`instantiation: async`), so that
 *   the runner decides what the component is given; WASI 0.3 components are
 *   transpiled for JSPI with `wasi:cli/run#run` as the async export, as the
 *   suite's tools/jco_runner.mjs does.
 * - `batch JOBS.json` runs transpiled components one after the other, with the
 *   markers of node's runner (src/runtimes/node.ts): each job's args, env and
 *   preopens are set on the shims before it starts (never the host's: no cwd,
 *   no environment, no directory but the job's own), and the component's exit
 *   ends its job, not the process. Its stdout and stderr go through
 *   process.stdout and process.stderr, as the markers do, so they stay in
 *   order on every OS.
 * - `run MODE [--env K=V]... [--dir HOST::GUEST]... ENTRY NAME ARGS...` runs
 *   one on the child's own stdio and exits with its exit code, for tests that
 *   talk to a component while it runs.
 */
export const JCO_RUNNER_SOURCE = String.raw`import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { Readable } from 'node:stream'
import { pathToFileURL } from 'node:url'

const [packagesJson, mode, ...rest] = process.argv.slice(2)
const packages = JSON.parse(packagesJson)

const P2_TRANSPILE = {
  name: 'component',
  instantiation: { tag: 'async' },
  noTypescript: true,
  base64Cutoff: 0,
  optimize: false,
  minify: false,
  validLiftingOptimization: true,
  strict: true
}
const P3_TRANSPILE = { ...P2_TRANSPILE, asyncMode: 'jspi', asyncExports: ['wasi:cli/run#run'], tlaCompat: true }

async function transpile(jobsFile) {
  const jobs = JSON.parse(readFileSync(jobsFile, 'utf8'))
  const api = await import(pathToFileURL(join(packages.jco, 'dist', 'api.js')).href)
  for (const [index, job] of jobs.entries()) {
    const aside = job.outDir + '.' + process.pid + '.partial'
    try {
      const options = { ...(job.mode === 'p3' ? P3_TRANSPILE : P2_TRANSPILE), outDir: aside }
      const { files } = await api.transpile(readFileSync(job.component), options)
      for (const [path, contents] of Object.entries(files)) {
        mkdirSync(dirname(path), { recursive: true })
        writeFileSync(path, contents)
      }
      rmSync(job.outDir, { recursive: true, force: true })
      renameSync(aside, job.outDir)
      process.stdout.write(JSON.stringify({ index }) + '\n')
    } catch (error) {
      rmSync(aside, { recursive: true, force: true })
      const text = String((error && (error.cause ? error.message + ': ' + error.cause : error.message)) || error)
      process.stdout.write(JSON.stringify({ index, error: text }) + '\n')
    }
  }
}

/** Thrown by the component's exit: ends its run with this code. */
class ComponentExit extends Error {
  constructor(code) {
    super('exit ' + code)
    this.code = code
  }
}

let exited
function exitWith(code) {
  exited?.(code)
  throw new ComponentExit(code)
}
const exit = {
  exit: (status) => exitWith(status && status.tag === 'err' ? 1 : 0),
  exitWithCode: (code) => exitWith(code)
}

/** Writes to process.stdout or process.stderr, resolving once written: the markers come after. */
const write = (stream, chunk) => new Promise((resolve) => stream.write(chunk, () => resolve()))

const shims = new Map()

/** The shims' modules for a mode, loaded once; WASI 0.3's preview2-shim is the one preview3-shim itself loads. */
function shimsFor(mode) {
  if (!shims.has(mode)) shims.set(mode, loadShims(mode))
  return shims.get(mode)
}

async function loadShims(mode) {
  const p3 = mode === 'p3'
  if (p3 && !packages.preview3Shim) throw new Error('@bytecodealliance/preview3-shim is not installed beside jco')
  const from = createRequire(join(p3 ? packages.preview3Shim : packages.jco, 'package.json'))
  const load = (name) => import(pathToFileURL(from.resolve(name)).href)
  const p2 = (name) => load('@bytecodealliance/preview2-shim/' + name)
  const [cli, io, filesystem, clocks, random, sockets, http] = await Promise.all(
    ['cli', 'io', 'filesystem', 'clocks', 'random', 'sockets', 'http'].map(p2)
  )
  const imports = {
    'wasi:cli/environment': cli.environment,
    'wasi:cli/exit': exit,
    'wasi:cli/stdin': cli.stdin,
    'wasi:cli/stdout': cli.stdout,
    'wasi:cli/stderr': cli.stderr,
    'wasi:cli/terminal-input': cli.terminalInput,
    'wasi:cli/terminal-output': cli.terminalOutput,
    'wasi:cli/terminal-stdin': cli.terminalStdin,
    'wasi:cli/terminal-stdout': cli.terminalStdout,
    'wasi:cli/terminal-stderr': cli.terminalStderr,
    'wasi:clocks/monotonic-clock': clocks.monotonicClock,
    'wasi:clocks/wall-clock': clocks.wallClock,
    'wasi:filesystem/preopens': filesystem.preopens,
    'wasi:filesystem/types': filesystem.types,
    'wasi:io/error': io.error,
    'wasi:io/poll': io.poll,
    'wasi:io/streams': io.streams,
    'wasi:random/random': random.random,
    'wasi:random/insecure': random.insecure,
    'wasi:random/insecure-seed': random.insecureSeed,
    'wasi:sockets/instance-network': sockets.instanceNetwork,
    'wasi:sockets/network': sockets.network,
    'wasi:sockets/ip-name-lookup': sockets.ipNameLookup,
    'wasi:sockets/tcp': sockets.tcp,
    'wasi:sockets/tcp-create-socket': sockets.tcpCreateSocket,
    'wasi:sockets/udp': sockets.udp,
    'wasi:sockets/udp-create-socket': sockets.udpCreateSocket,
    'wasi:http/types': http.types,
    'wasi:http/outgoing-handler': http.outgoingHandler
  }
  const preopens = [filesystem]
  const environments = [cli]
  if (p3) {
    const p3load = (name) => load('@bytecodealliance/preview3-shim/' + name)
    const [cli3, clocks3, filesystem3, http3, random3, sockets3, stream3, future3] = await Promise.all(
      ['cli', 'clocks', 'filesystem', 'http', 'random', 'sockets', 'stream', 'future'].map(p3load)
    )
    // A WASI 0.3 interface holds the 0.2 functions the component's libraries still call, and the 0.3 ones.
    const output = (stream, name) => ({
      async writeViaStream(reader) {
        try {
          for await (const chunk of stream3.readableByteStreamFromReader(reader, { name })) await write(stream, chunk)
          return { tag: 'ok', val: undefined }
        } catch {
          return { tag: 'err', val: 'io' }
        }
      }
    })
    Object.assign(imports, {
      'wasi:cli/environment': { ...cli.environment, ...cli3.environment },
      'wasi:cli/stdin': {
        ...cli.stdin,
        // As the suite's runner reads it: the future says ok at once, the stream ends with stdin.
        readViaStream() {
          const { tx, rx } = future3.future()
          tx.write({ tag: 'ok', val: undefined }).catch(() => {})
          return [new stream3.StreamReader(Readable.toWeb(process.stdin)), rx]
        }
      },
      'wasi:cli/stdout': { ...cli.stdout, ...output(process.stdout, 'stdout') },
      'wasi:cli/stderr': { ...cli.stderr, ...output(process.stderr, 'stderr') },
      'wasi:clocks/monotonic-clock': { ...clocks.monotonicClock, ...clocks3.monotonicClock },
      'wasi:clocks/system-clock': clocks3.systemClock,
      'wasi:filesystem/preopens': filesystem3.preopens,
      'wasi:filesystem/types': filesystem3.types,
      'wasi:http/client': http3.client,
      'wasi:http/types': http3.types,
      'wasi:random/random': random3.random,
      'wasi:random/insecure': random3.insecure,
      'wasi:random/insecure-seed': random3.insecureSeed,
      'wasi:sockets/ip-name-lookup': sockets3.ipNameLookup,
      'wasi:sockets/types': sockets3.types
    })
    preopens.push(filesystem3)
    environments.push(cli3)
  }
  return {
    imports,
    setUp(job) {
      for (const environment of environments) {
        environment._setArgs([job.name, ...job.args])
        environment._setEnv(job.env)
        environment._setCwd(null)
        // Pipes, not terminals.
        environment._setTerminalStdin(null)
        environment._setTerminalStdout(null)
        environment._setTerminalStderr(null)
      }
      for (const filesystem of preopens) filesystem._setPreopens(job.preopens)
    }
  }
}

// A WASI 0.3 component may export 0.2's run too (its libraries' main, which it never means to be run).
const RUN_EXPORT = { p2: /^wasi:cli\/run@0\.2\./, p3: /^wasi:cli\/run@0\.3\./ }

async function runComponent(job) {
  try {
    const { imports, setUp } = await shimsFor(job.mode)
    setUp(job)
    const exitCode = new Promise((resolve) => (exited = resolve))
    const module = await import(pathToFileURL(job.module).href)
    const instance = await module.instantiate(undefined, imports)
    const key = Object.keys(instance).find((name) => RUN_EXPORT[job.mode].test(name))
    if (typeof instance[key]?.run !== 'function')
      throw new Error('the component exports no wasi:cli/run@' + (job.mode === 'p3' ? '0.3' : '0.2'))
    const ran = (async () => {
      const result = await instance[key].run()
      return result && result.tag === 'err' ? 1 : 0
    })()
    return { exitCode: await Promise.race([exitCode, ran]) }
  } catch (error) {
    if (error instanceof ComponentExit) return { exitCode: error.code }
    // A run that returned err comes out as jco's ComponentError (0.2) or an Error carrying the err's
    // payload (0.3): exit 1, as any runtime gives it, with nothing said.
    if (error && (error.name === 'ComponentError' || Object.hasOwn(error, 'payload'))) return { exitCode: 1 }
    await write(process.stderr, String((error && error.stack) || error) + '\n')
    // A stack overflow in Wasm surfaces as a RangeError: a trap as well.
    const trapped = error instanceof WebAssembly.RuntimeError || error instanceof RangeError
    return trapped ? { exitCode: 1, trap: String(error.message) } : { exitCode: 1 }
  } finally {
    exited = undefined
  }
}

process.on('unhandledRejection', (error) => {
  if (!(error instanceof ComponentExit)) throw error
})

async function batch(jobsFile) {
  const { nonce, jobs } = JSON.parse(readFileSync(jobsFile, 'utf8'))
  const mark = (stream, text) => write(stream, '\0' + nonce + ' ' + text + '\0')
  for (const [index, job] of jobs.entries()) {
    await mark(process.stdout, 'start ' + index)
    const started = process.hrtime.bigint()
    const outcome = await runComponent(job)
    const durationMs = Number((process.hrtime.bigint() - started) / 1000000n)
    await mark(process.stderr, 'end ' + index)
    await mark(process.stdout, 'end ' + index + ' ' + JSON.stringify({ durationMs, ...outcome }))
  }
}

async function run(argv) {
  const job = { mode: argv[0], env: {}, preopens: {}, args: [] }
  let i = 1
  for (; argv[i] === '--env' || argv[i] === '--dir'; i += 2) {
    const value = argv[i + 1]
    if (argv[i] === '--env') {
      const at = value.indexOf('=')
      job.env[value.slice(0, at)] = value.slice(at + 1)
    } else {
      const at = value.lastIndexOf('::')
      job.preopens[value.slice(at + 2)] = value.slice(0, at)
    }
  }
  job.module = argv[i]
  job.name = argv[i + 1]
  job.args = argv.slice(i + 2)
  return (await runComponent(job)).exitCode
}

// The shims' workers and stdin keep Node alive: the runner ends itself, once its output is written.
const done = (code) => write(process.stdout, '').then(() => write(process.stderr, '')).then(() => process.exit(code))
const modes = { transpile: () => transpile(rest[0]).then(() => 0), batch: () => batch(rest[0]).then(() => 0), run: () => run(rest) }
modes[mode]().then(done, (error) => {
  process.stderr.write(String((error && error.stack) || error) + '\n')
  done(1)
})
`
