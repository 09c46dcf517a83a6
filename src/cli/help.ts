// The CLI's flags and its --help, built from the tables the parsers use
// (inputs, probe sets, runtimes), so that what the help lists is what is accepted.
import { tmpdir } from 'node:os'
import { type FlagDeclaration, PROBE_INPUTS, TOKEN_VARIABLES } from '../inputs/declared.js'
import { PROBE_SETS } from '../probes/index.js'
import { INTERPRETER_ORDER, RUNTIME_IDS, runtimeById } from '../runtimes/index.js'
import { defaultToolCache } from './environment.js'

/** The flags of the CLI alone, beside those of the inputs. */
export const CLI_FLAGS: (FlagDeclaration & { short?: string })[] = [
  { name: '--json', help: 'print the JSON result instead of the table' },
  {
    name: '--runners',
    help: "print, as JSON, the shell command that runs a module through each runtime that passed (the action's runners output)"
  },
  { name: '--help', short: '-h', help: 'show this help' },
  { name: '--version', short: '-v', help: 'show the version' }
]

export const INPUT_FLAGS = PROBE_INPUTS.flatMap((input): (FlagDeclaration & { key: string })[] =>
  'flag' in input ? [{ ...input.flag, key: input.key }] : []
)

/** What --native takes in the CLI alone: it removes what the CLI registered, and probes nothing. */
export const UNREGISTER = 'unregister'

/** A few words on each probe set; a set without any is still listed, by its name and its probes. */
const PROBE_SET_WORDS: Readonly<Record<string, string>> = {
  basic: 'always run',
  wasi: 'WASI preview1 calls',
  features: 'Wasm proposals',
  component: 'WASI 0.2 components',
  'component-0.3': 'WASI 0.3 components',
  all: 'every probe above'
}

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

const COLUMN = 23
const WIDTH = 80

/** `label` in the first column and `text` wrapped in the second, 80 wide. */
function twoColumns(label: string, text: string): string[] {
  const [head, ...rest] = wrap(text, WIDTH - COLUMN).map((line) => `${' '.repeat(COLUMN)}${line}`)
  // A label too wide for its column has a line of its own.
  return label.length < COLUMN
    ? [`${label.padEnd(COLUMN)}${head.trimStart()}`, ...rest]
    : [label, head, ...rest]
}

/** `--fail-on RULE       exit 1 unless: ...`, the help of each flag. */
function flagLines(flags: readonly (FlagDeclaration & { short?: string })[]): string[] {
  return flags.flatMap((flag) =>
    twoColumns(
      `  ${flag.short ? `${flag.short}, ` : ''}${flag.name}${flag.value ? ` ${flag.value}` : ''}`,
      flag.help
    )
  )
}

/** `wamr (or iwasm)`: a runtime's id, and the other names it is known by. */
function runtimeName(id: string): string {
  const spec = runtimeById(id)
  const aliases = spec && 'aliases' in spec ? (spec.aliases ?? []) : []
  return aliases.length > 0 ? `${id} (or ${aliases.join(', ')})` : id
}

/** Every value the list-like flags take. No line begins with `--`: those are the flags'. */
function valueLines(): string[] {
  const sets = [...PROBE_SETS].flatMap(([set, probes]) => {
    const words = PROBE_SET_WORDS[set]
    const ids = set === 'all' ? [] : [probes.map((probe) => probe.id).join(', ')]
    return twoColumns(`    ${set}`, [words, ...ids].filter(Boolean).join(': '))
  })
  return [
    ...twoColumns('  runtimes', `all (the default), or any of: ${RUNTIME_IDS.map(runtimeName).join(', ')}`),
    ...twoColumns('  probes', 'a set runs its probes, a probe id that probe alone:'),
    ...sets,
    ...twoColumns('  fail-on', `none (the default), any, native, or runtime ids: ${RUNTIME_IDS.join(', ')}`),
    ...twoColumns(
      '  native',
      `detect (the default); register, or register:<runtime> for one of ${INTERPRETER_ORDER.join(', ')}, ` +
        `either optionally followed by force; ${UNREGISTER} (the CLI's own: removes the entry it registered, and probes nothing)`
    )
  ]
}

/** The variables the CLI reads, with what it does without them. */
function environmentLines(env: NodeJS.ProcessEnv): string[] {
  return [
    ...twoColumns(
      `  ${TOKEN_VARIABLES.map((name) => `$${name}`).join(', ')}`,
      'the token for the releases API when --token is not given, the first that is set'
    ),
    ...twoColumns(
      '  $RUNNER_TOOL_CACHE',
      `where runtimes are found and installed (default $XDG_CACHE_HOME/wasi-probe/tool-cache, ` +
        `else ~/.cache/wasi-probe/tool-cache; here ${defaultToolCache(env)})`
    ),
    ...twoColumns(
      '  $RUNNER_TEMP',
      `where runs keep their scratch files (default the system's, here ${tmpdir()})`
    )
  ]
}

/** The help, with the defaults this environment gives. */
export function helpText(env: NodeJS.ProcessEnv = process.env): string {
  return [
    'Usage: wasi-probe [options]',
    '',
    'Which WebAssembly runtimes can run WASI programs on this machine? Runs small',
    'embedded modules natively (binfmt_misc) and through every runtime found on',
    'PATH or in the tool cache, and prints the support matrix.',
    '',
    'Options:',
    ...flagLines([...INPUT_FLAGS, ...CLI_FLAGS]),
    '',
    'Values:',
    ...valueLines(),
    '',
    'Environment:',
    ...environmentLines(env),
    '',
    'Exit status: 0 done, 1 the --fail-on rule failed (or the probe could not',
    'finish), 2 bad options, 130 interrupted (SIGINT or SIGTERM: every runtime',
    'is stopped, and what finished is printed and written).'
  ].join('\n')
}
