// `npx wasi-probe`: the same engine as the action, printing a table or JSON.
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { runProbe } from '../engine.js'
import { cliInputName, type FlagDeclaration, PROBE_INPUTS } from '../inputs/declared.js'
import { InputError, parsePlan, type RawInputs } from '../inputs/plan.js'
import { notACommand, oneLine, terminalJson } from '../publish/escape.js'
import { writeResultFile } from '../publish/result-file.js'
import { cancelOnSignals } from '../run/cancel.js'
import { terminalTable } from '../publish/terminal.js'
import { TOOL_VERSION } from '../version.js'

/** The flags of the CLI alone, beside those of the inputs. */
const CLI_FLAGS: (FlagDeclaration & { short?: string })[] = [
  { name: '--json', help: 'print the JSON result instead of the table' },
  {
    name: '--runners',
    help: "print, as JSON, the shell command that runs a module through each runtime that passed (the action's runners output)"
  },
  { name: '--help', short: '-h', help: 'show this help' },
  { name: '--version', short: '-v', help: 'show the version' }
]

const INPUT_FLAGS = PROBE_INPUTS.flatMap((input): (FlagDeclaration & { key: string })[] =>
  'flag' in input ? [{ ...input.flag, key: input.key }] : []
)

/** Words in lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  for (const word of text.split(/\s+/)) {
    const last = lines.length - 1
    if (last >= 0 && lines[last].length + 1 + word.length <= width) lines[last] += ` ${word}`
    else lines.push(word)
  }
  return lines
}

/** `--fail-on RULE       exit 1 unless: ...`, the help of each flag in two columns, 80 wide. */
function flagLines(flags: readonly (FlagDeclaration & { short?: string })[]): string[] {
  const column = 23
  return flags.flatMap((flag) => {
    const label = `  ${flag.short ? `${flag.short}, ` : ''}${flag.name}${flag.value ? ` ${flag.value}` : ''}`
    const first = label.length < column ? label.padEnd(column) : `${label} `
    const [head, ...rest] = wrap(flag.help, 80 - column)
    return [`${first}${head}`, ...rest.map((line) => `${' '.repeat(column)}${line}`)]
  })
}

export const HELP = [
  'Usage: wasi-probe [options]',
  '',
  'Which WebAssembly runtimes can run WASI programs on this machine? Runs small',
  'embedded modules natively (binfmt_misc) and through every runtime found on',
  'PATH or in the tool cache, and prints the support matrix.',
  '',
  'Options:',
  ...flagLines([...INPUT_FLAGS, ...CLI_FLAGS]),
  '',
  'Exit status: 0 done, 1 the --fail-on rule failed (or the probe could not',
  'finish), 2 bad options, 130 interrupted (SIGINT or SIGTERM: every runtime',
  'is stopped, and what finished is printed and written).'
].join('\n')

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

/** The raw inputs the flags give, as the action's inputs would give them. */
function rawInputs(values: Record<string, string | boolean | (string | boolean)[] | undefined>): RawInputs {
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

/** Outside GitHub Actions, give the engine the temp and tool-cache folders a runner would. */
function runnerLikeEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const cacheHome = env.XDG_CACHE_HOME || join(homedir(), '.cache')
  return {
    ...env,
    RUNNER_TEMP: env.RUNNER_TEMP || tmpdir(),
    RUNNER_TOOL_CACHE: env.RUNNER_TOOL_CACHE || join(cacheHome, 'wasi-probe', 'tool-cache')
  }
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

export async function run(
  argv: string[],
  out: Output = process.stdout,
  err: Output = process.stderr
): Promise<number> {
  /** `wasi-probe: ` and each message on a line of its own, guarded. */
  const say = (...messages: string[]) =>
    err.write(messages.map((message) => `${guarded(`wasi-probe: ${message}`)}\n`).join(''))
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      options: argOptions(),
      strict: true,
      allowPositionals: false
    })
  } catch (error) {
    say(String(error instanceof Error ? error.message : error))
    err.write("Try 'wasi-probe --help'.\n")
    return 2
  }
  const { values } = parsed
  if (values.help) {
    out.write(`${HELP}\n`)
    return 0
  }
  if (values.version) {
    out.write(`${TOOL_VERSION}\n`)
    return 0
  }

  let plan
  try {
    plan = parsePlan(
      {
        ...rawInputs(values),
        // The CLI has no post step: what it registers stays (the summary says how to remove it).
        nativeKeep: 'true',
        token: (values.token as string | undefined) ?? process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN ?? ''
      },
      () => '',
      (key) => cliInputName(PROBE_INPUTS, key)
    )
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    say(...error.problems)
    return 2
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
      warn: (message) => say(`warning: ${message}`)
    })
    if (cancellation.signal)
      result = {
        ...result,
        error: `cancelled (${cancellation.signal}): what had not finished by then is an error`
      }
    if (plan.resultPath) writeResultFile(plan.resultPath, result)
  } catch (error) {
    if (error instanceof InputError) {
      say(...error.problems)
      return 2
    }
    say(`could not finish: ${error instanceof Error ? error.message : error}`)
    return 1
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
  if (cancellation.signal) return EXIT_CANCELLED
  return result.failOn.ok ? 0 : 1
}

/** The status of a run stopped by a signal, as a shell reports one ended by SIGINT. */
const EXIT_CANCELLED = 130
