// `npx wasi-probe`: the same engine as the action, printing a table or JSON.
import { parseArgs } from 'node:util'
import { failedRunResult, runProbe } from '../engine.js'
import { detectHost } from '../host.js'
import { cliInputName, PROBE_INPUTS, TOKEN_VARIABLES } from '../inputs/declared.js'
import { InputError, parsePlan, type RawInputs } from '../inputs/plan.js'
import { CLI_ENTRY_NAME } from '../provision/binfmt.js'
import { installsFailingTheStep } from '../provision/install-verdict.js'
import { notACommand, oneLine, terminalJson } from '../publish/escape.js'
import { writeResultFile } from '../publish/result-file.js'
import { terminalTable } from '../publish/terminal.js'
import type { ProbeResult } from '../result/index.js'
import { cancelOnSignals } from '../run/cancel.js'
import { TOOL_VERSION } from '../version.js'
import { runnerLikeEnv } from './environment.js'
import { CLI_FLAGS, helpText, INPUT_FLAGS, UNREGISTER } from './help.js'
import { unregister } from './unregister.js'

/** The options parseArgs takes: every flag, a switch as a boolean, a repeatable one as multiple strings. */
function argOptions() {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = {}
  for (const flag of INPUT_FLAGS)
    options[flag.name.slice(2)] = {
      type: flag.whenSet ? 'boolean' : 'string',
      ...(flag.multiple ? { multiple: true } : {})
    }
  for (const flag of CLI_FLAGS)
    options[flag.name.slice(2)] = { type: 'boolean', ...(flag.short ? { short: flag.short.slice(1) } : {}) }
  return options
}

type FlagValues = Record<string, string | boolean | (string | boolean)[] | undefined>

/** The raw inputs the flags give, as the action's inputs would give them. */
function rawInputs(values: FlagValues): RawInputs {
  const raw: RawInputs = {}
  for (const flag of INPUT_FLAGS) {
    const value = values[flag.name.slice(2)]
    if (value === undefined) continue
    raw[flag.key as keyof RawInputs] = flag.whenSet
      ? value
        ? flag.whenSet
        : undefined
      : Array.isArray(value)
        ? value.join('\n')
        : String(value)
  }
  return raw
}

/**
 * A line for the terminal and, when the CLI runs in a workflow step, for its
 * log: text from outside (a path, a runtime's words) neither steers the
 * terminal nor reads as a workflow command.
 */
const guarded = (line: string) => notACommand(oneLine(line))

/**
 * @actions/tool-cache logs through @actions/core and @actions/exec, which
 * write workflow commands and tar's command line to stdout. In the CLI stdout
 * is ours (the table or the JSON): send the rest to stderr, each line guarded,
 * without the debug lines.
 */
function keepStdoutForOurOutput(): () => void {
  const write = process.stdout.write
  process.stdout.write = ((chunk: string | Uint8Array) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    const kept = text
      .split(/(?<=\n)/)
      .filter((line) => !line.startsWith('::debug::'))
      .map((line) => (line.endsWith('\n') ? `${guarded(line.slice(0, -1))}\n` : guarded(line)))
      .join('')
    return kept === '' ? true : process.stderr.write(kept)
  }) as typeof process.stdout.write
  return () => {
    process.stdout.write = write
  }
}

/** Where the CLI writes: the process's stdout and stderr, or whatever a caller gives. */
export interface Output {
  write(text: string): unknown
}

/**
 * The flags as given, read leniently: after a strict reading failed, what
 * --json, --result-path and --label say is still known.
 */
function leniently(argv: string[]): FlagValues {
  return parseArgs({ args: argv, options: argOptions(), strict: false, allowPositionals: true }).values
}

/** A run that could not happen, under the label asked for when it is one line. */
function refusedResult(message: string, values: FlagValues): ProbeResult {
  const label = typeof values.label === 'string' ? values.label.trim() : ''
  // eslint-disable-next-line no-control-regex -- a label with control characters is a bad input itself
  const usable = label !== '' && !/[\u0000-\u001f]/.test(label)
  const host = { ...detectHost(), ...(usable ? { label } : {}) }
  return failedRunResult(message, { rule: 'not evaluated', ok: false, message }, host)
}

export async function run(
  argv: string[],
  out: Output = process.stdout,
  err: Output = process.stderr
): Promise<number> {
  /** `wasi-probe: ` and each message on a line of its own, guarded. */
  const say = (...messages: string[]) =>
    err.write(messages.map((message) => `${guarded(`wasi-probe: ${message}`)}\n`).join(''))
  /** Writes the result file (a failed result also goes there); false when it could not be written. */
  const writeResult = (path: string, result: ProbeResult) => {
    try {
      writeResultFile(path, result)
      return true
    } catch (error) {
      say(`could not write the result file ${path}: ${error instanceof Error ? error.message : error}`)
      return false
    }
  }
  /**
   * Nothing was probed: the problems are said, and the result file (and
   * --json) hold them too, so that a script reading either learns why.
   */
  const refuse = (status: number, problems: string[], values: FlagValues) => {
    say(...problems)
    const result = refusedResult(problems.join('\n'), values)
    if (typeof values['result-path'] === 'string' && values['result-path'].trim() !== '')
      writeResult(values['result-path'].trim(), result)
    if (values.json === true) out.write(`${terminalJson(result)}\n`)
    return status
  }

  let values: FlagValues
  try {
    values = parseArgs({ args: argv, options: argOptions(), strict: true, allowPositionals: false }).values
  } catch (error) {
    const status = refuse(2, [String(error instanceof Error ? error.message : error)], leniently(argv))
    err.write("Try 'wasi-probe --help'.\n")
    return status
  }
  if (values.help) {
    out.write(`${helpText(process.env)}\n`)
    return 0
  }
  if (values.version) {
    out.write(`${TOOL_VERSION}\n`)
    return 0
  }
  if (typeof values.native === 'string' && values.native.trim().toLowerCase() === UNREGISTER) {
    const others = Object.keys(values).filter((name) => name !== 'native' && values[name] !== undefined)
    if (others.length > 0)
      return refuse(
        2,
        [
          `--native ${UNREGISTER} removes the entry the CLI registered and probes nothing: give it alone, without --${others.join(', --')}.`
        ],
        values
      )
    return unregister(out, say)
  }

  const token = TOKEN_VARIABLES.map((name) => process.env[name]).find(Boolean) ?? ''
  let plan
  try {
    plan = parsePlan(
      {
        ...rawInputs(values),
        // The CLI has no post step: what it registers stays, until --native unregister.
        nativeKeep: 'true',
        token: (values.token as string | undefined) ?? token
      },
      () => '',
      (key) => cliInputName(PROBE_INPUTS, key)
    )
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    return refuse(2, error.problems, values)
  }

  // @actions/tool-cache reads these from the process itself.
  const env = runnerLikeEnv(process.env)
  process.env.RUNNER_TEMP = env.RUNNER_TEMP
  process.env.RUNNER_TOOL_CACHE = env.RUNNER_TOOL_CACHE
  let result
  const restoreStdout = keepStdoutForOurOutput()
  // Ctrl-C: every runtime is stopped, and what finished is still printed.
  const cancellation = cancelOnSignals(
    (signal) => say(`${signal}: stopping every runtime; what finished is printed`),
    () => process.exit(EXIT_CANCELLED)
  )
  try {
    result = await runProbe(plan, {
      env,
      nameOf: (key) => cliInputName(PROBE_INPUTS, key),
      warn: (message) => say(`warning: ${message}`),
      // One name for what the CLI registers: a second run replaces it, and --native unregister knows it.
      ...(plan.native ? { binfmtEntry: CLI_ENTRY_NAME } : {})
    })
    if (cancellation.signal)
      result = {
        ...result,
        error: `cancelled (${cancellation.signal}): what had not finished by then is an error`
      }
  } catch (error) {
    if (error instanceof InputError) return refuse(2, error.problems, values)
    return refuse(1, [`could not finish: ${error instanceof Error ? error.message : error}`], values)
  } finally {
    cancellation.dispose()
    restoreStdout()
  }
  const shown = values.json
    ? terminalJson(result)
    : values.runners
      ? terminalJson(result.runners ?? {})
      : terminalTable(result)
  out.write(`${shown}\n`)
  const registered = result.native.registered
  if (registered)
    say(
      `registered the binfmt_misc entry ${registered.entry} (interpreter ${registered.interpreter}): ` +
        `it stays registered after this run; wasi-probe --native ${UNREGISTER} removes it`
    )
  const written = plan.resultPath ? writeResult(plan.resultPath, result) : true
  if (cancellation.signal) return EXIT_CANCELLED
  // As the action's step: a runtime --install was asked to install and could not fails the run, after its results.
  const notInstalled = installsFailingTheStep(plan, result.runtimes)
  for (const { id, reason } of notInstalled) say(`${id} could not be installed: ${oneLine(reason)}`)
  return result.failOn.ok && written && notInstalled.length === 0 ? 0 : 1
}

/** The status of a run stopped by a signal, as a shell reports one ended by SIGINT. */
const EXIT_CANCELLED = 130
