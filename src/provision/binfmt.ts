// Making WASI native on Linux: register a binfmt_misc entry for the `\0asm`
// magic whose interpreter is a runtime that passed the basic probes, and
// remove it again. Root does it directly; otherwise `sudo -n`, or nothing.
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { type RuntimeOutcome, TOOL_CACHE_SOURCES } from '../result/index.js'
import { BINFMT_DIR, handlesWasm, scanBinfmt } from '../runtimes/native.js'
import { wrapperScript } from '../runtimes/runner.js'
import { factsFor } from './facts.js'
import type { RuntimeFacts } from '../runtimes/spec.js'
import { INTERPRETER_ORDER, runtimeById } from '../runtimes/index.js'

/** How our entries' names in /proc/sys/fs/binfmt_misc begin. */
export const ENTRY_PREFIX = 'wasi-probe'

/**
 * A name for one run's entry: two probes on one machine (parallel jobs on a
 * self-hosted runner) each remove their own, never the other's.
 */
export function newEntryName(): string {
  return `${ENTRY_PREFIX}-${randomBytes(4).toString('hex')}`
}

/**
 * The CLI's one name: it has no post step, so what it registers stays; a
 * second run replaces it, and `--native unregister` removes it, never an
 * action run's entry.
 */
export const CLI_ENTRY_NAME = `${ENTRY_PREFIX}-cli`

/** True for a name newEntryName() gives, the CLI's, or the one older versions used. */
export function isOurEntryName(name: string): boolean {
  return name === ENTRY_PREFIX || name === CLI_ENTRY_NAME || /^wasi-probe-[0-9a-f]{8}$/.test(name)
}

/** The magic `\0asm` and version 1, as the register file takes it. */
const MAGIC = '\\x00asm\\x01\\x00\\x00\\x00'

export interface NativeRequest {
  /** The runtime to register, or undefined for the first that passed. */
  runtime?: string
  /** Register even when another `\0asm` entry exists (ours is then the one used; theirs stays). */
  force: boolean
}

export type Registration =
  | { registered: true; entry: string; interpreter: string; runtime: string; shadows?: string[] }
  | { registered: false; reason: string; kept?: string }

/** How to run a command as root here: directly, through `sudo -n`, or not at all. */
function asRoot(
  env: NodeJS.ProcessEnv
): ((argv: string[], input?: string) => { ok: boolean; error: string }) | undefined {
  const run = (argv: string[], input?: string) => {
    const result = spawnSync(argv[0], argv.slice(1), { input, encoding: 'utf8', env, timeout: 15_000 })
    const error = result.error?.message ?? result.stderr?.trim() ?? ''
    return { ok: result.status === 0, error: error || `exit code ${result.status}` }
  }
  if (process.getuid?.() === 0) return run
  const sudo = spawnSync('sudo', ['-n', 'true'], { env, timeout: 15_000 })
  if (sudo.status === 0) return (argv, input) => run(['sudo', '-n', ...argv], input)
  return undefined
}

/** Writes `text` to a file in /proc/sys/fs/binfmt_misc (through `tee`, so sudo applies and no shell is involved). */
function writeProc(root: NonNullable<ReturnType<typeof asRoot>>, file: string, text: string) {
  return root(['tee', join(BINFMT_DIR, file)], text)
}

/**
 * Where the wrapper goes: beside a runtime that wasi-probe installed (or found
 * in the tool cache), else in `fallbackDir`; never into a system folder.
 */
function writeWrapper(runtime: RuntimeOutcome, script: string, fallbackDir: string): string {
  const ours = runtime.source !== null && TOOL_CACHE_SOURCES.includes(runtime.source)
  for (const dir of ours ? [dirname(runtime.path!), fallbackDir] : [fallbackDir]) {
    const path = join(dir, `wasi-probe-binfmt-${runtime.id}`)
    try {
      mkdirSync(dir, { recursive: true })
      writeFileSync(path, script)
      chmodSync(path, 0o755)
      return path
    } catch {
      // Not writable here: the next place.
    }
  }
  throw new Error(
    `no folder to write the ${runtime.id} wrapper in (tried ${dirname(runtime.path!)}, ${fallbackDir})`
  )
}

/** The interpreter binfmt_misc gets for `runtime`, as its adapter says: the binary itself, or a script. */
function interpreterFor(runtime: RuntimeOutcome, facts: RuntimeFacts, fallbackDir: string): string {
  const spec = runtimeById(runtime.id)
  if (!spec || !('binfmt' in spec))
    throw new Error(`${runtime.id} cannot serve as the binfmt_misc interpreter`)
  const { interpreter } = spec.binfmt
  if (interpreter === 'direct') return runtime.path!
  const script =
    interpreter === 'wrapper' && spec.kind === 'cli'
      ? wrapperScript(spec, runtime.path!, facts)
      : typeof interpreter === 'function'
        ? interpreter(runtime.path!)
        : undefined
  if (script === undefined) throw new Error(`${runtime.id} has no binfmt_misc wrapper form`)
  return writeWrapper(runtime, script, fallbackDir)
}

/** Registers `runtime` (or the first that passed) as the interpreter, under the name `entry`. */
export function registerNative(
  request: NativeRequest,
  runtimes: readonly RuntimeOutcome[],
  wrapperDir: string,
  entry: string,
  env: NodeJS.ProcessEnv = process.env,
  facts: ReadonlyMap<string, RuntimeFacts> = new Map()
): Registration {
  if (process.platform !== 'linux') {
    return {
      registered: false,
      reason: `${process.platform === 'darwin' ? 'macOS' : process.platform} has no binfmt_misc`
    }
  }
  const candidates = runtimes.filter((r) => r.status === 'pass' && r.path && INTERPRETER_ORDER.includes(r.id))
  const chosen = request.runtime
    ? candidates.find((r) => r.id === request.runtime)
    : INTERPRETER_ORDER.map((id) => candidates.find((r) => r.id === id)).find(Boolean)
  if (!chosen) {
    return {
      registered: false,
      reason: request.runtime
        ? `${request.runtime} did not pass the basic probes here, so it cannot be the interpreter`
        : 'no runtime passed the basic probes, so there is no interpreter to register'
    }
  }
  const root = asRoot(env)
  if (!root)
    return {
      registered: false,
      reason: 'not root, and `sudo -n` is not available: binfmt_misc cannot be changed'
    }

  if (!existsSync(join(BINFMT_DIR, 'register'))) {
    const mount = root(['mount', '-t', 'binfmt_misc', 'binfmt_misc', BINFMT_DIR])
    if (!mount.ok)
      return { registered: false, reason: `binfmt_misc is not mounted and could not be: ${mount.error}` }
  }
  const scan = scanBinfmt()
  const others =
    scan.state === 'scanned' ? scan.entries.filter((e) => handlesWasm(e) && e.name !== entry) : []
  if (others.length > 0 && !request.force) {
    return {
      registered: false,
      reason: `an entry for .wasm is already in force (${others.map((e) => `${e.name}: ${e.interpreter}`).join(', ')}); kept (use native: register force to replace it)`,
      kept: others[0].interpreter
    }
  }
  // With force, the other entries stay (another probe's too): the kernel tries the newest entry
  // first, so ours is used while it is there, and theirs is back once ours is removed.
  if (existsSync(join(BINFMT_DIR, entry))) writeProc(root, entry, '-1')

  let interpreter: string
  try {
    interpreter = interpreterFor(chosen, factsFor(chosen, facts), wrapperDir)
  } catch (error) {
    return { registered: false, reason: error instanceof Error ? error.message : String(error) }
  }
  // F: the kernel opens the interpreter now, so it works in containers and chroots too.
  const written = writeProc(root, 'register', `:${entry}:M::${MAGIC}::${interpreter}:F`)
  if (!written.ok) return { registered: false, reason: `registering failed: ${written.error}` }
  return {
    registered: true,
    entry,
    interpreter,
    runtime: chosen.id,
    ...(others.length > 0 ? { shadows: others.map((e) => e.name) } : {})
  }
}

/** Removes the entry `entry`, one of ours, and nothing else; `absent` when it is not (or no longer) there. */
export function unregisterNative(
  entry: string,
  env: NodeJS.ProcessEnv = process.env
): { removed: boolean; absent?: boolean; reason?: string } {
  if (!isOurEntryName(entry))
    return { removed: false, reason: `${JSON.stringify(entry)} is not a wasi-probe entry` }
  if (process.platform !== 'linux' || !existsSync(join(BINFMT_DIR, entry))) {
    return { removed: false, absent: true, reason: `no entry ${entry} is registered` }
  }
  const root = asRoot(env)
  if (!root) return { removed: false, reason: 'not root, and `sudo -n` is not available' }
  const result = writeProc(root, entry, '-1')
  return result.ok ? { removed: true } : { removed: false, reason: result.error }
}
