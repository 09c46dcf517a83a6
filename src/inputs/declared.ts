// Every input, declared once: its name in action.yml, its default there, its
// CLI flag with the flag's help. The action's reader, the CLI's options and
// --help, and the names in error messages all come from here; a test keeps
// action.yml, report/action.yml and the README equal to it.
import { PROBE_SETS } from '../probes/index.js'
import { RUNTIME_IDS } from '../runtimes/index.js'
import { DEFAULT_TIMEOUT_SECONDS } from './defaults.js'

/** Where the CLI finds a token when --token is not given, in this order. */
export const TOKEN_VARIABLES = ['GITHUB_TOKEN', 'GH_TOKEN'] as const

export interface FlagDeclaration {
  /** `--fail-on`; a switch that turns its input off reads `--no-verify`. */
  name: string
  /** The placeholder of the flag's value in --help (`LIST`); absent for a switch. */
  value?: string
  /** Given several times, the values are joined by newlines (`--modules a --modules b`). */
  multiple?: boolean
  /** A switch: the input's value when the switch is given (`true`; `false` for `--no-verify`). */
  whenSet?: string
  /** What --help says of it (wrapped there). */
  help: string
}

export interface InputDeclaration<Key extends string = string> {
  /** Its key in the raw inputs the parsers take. */
  key: Key
  /** Its name in action.yml. */
  name: string
  /** Its default in action.yml (GitHub passes it when the workflow sets nothing). */
  default: string
  /** The CLI's flag for it, when the CLI has one. */
  flag?: FlagDeclaration
}

export const PROBE_INPUTS = [
  {
    key: 'runtimes',
    name: 'runtimes',
    default: 'all',
    flag: {
      name: '--runtimes',
      value: 'LIST',
      help: `runtimes to probe, comma, space or newline separated (default: all: ${RUNTIME_IDS.join(', ')})`
    }
  },
  {
    key: 'probes',
    name: 'probes',
    default: 'basic',
    flag: {
      name: '--probes',
      value: 'LIST',
      help: `what to probe besides the basic modules: ${[...PROBE_SETS.keys()].filter((set) => set !== 'basic').join(', ')}, or probe ids (each set's ids are listed below)`
    }
  },
  {
    key: 'modules',
    name: 'modules',
    default: '',
    flag: {
      name: '--modules',
      value: 'PATH',
      multiple: true,
      help: 'your own .wasm files (globs allowed) or wasi-testsuite suites (folders, or a folder with suites below it), each test with an optional NAME.json spec; repeat'
    }
  },
  {
    key: 'expectations',
    name: 'expectations',
    default: '',
    flag: {
      name: '--expectations',
      value: 'PATH',
      multiple: true,
      help: 'wasi-testsuite expectation files (TOML) or a folder of <runtime>/<os>.toml files: skip and expected-fail tests per runtime; repeat for several'
    }
  },
  {
    key: 'timeout',
    name: 'timeout',
    default: '',
    flag: {
      name: '--timeout',
      value: 'SECONDS',
      help: `limit for each module run (default ${DEFAULT_TIMEOUT_SECONDS}; your modules: the wasi-testsuite runner's 5 unless given)`
    }
  },
  {
    key: 'failOn',
    name: 'fail-on',
    default: 'none',
    flag: {
      name: '--fail-on',
      value: 'RULE',
      help: 'exit 1 unless: none (default), native, any, or a list of runtime ids that must all pass'
    }
  },
  {
    key: 'label',
    name: 'label',
    default: '',
    flag: {
      name: '--label',
      value: 'TEXT',
      help: 'how the result names this host (default os-arch[-libc])'
    }
  },
  {
    key: 'native',
    name: 'native',
    default: 'detect',
    flag: {
      name: '--native',
      value: 'MODE',
      help: 'detect (default), register, or register:<runtime>, optionally followed by force: make .wasm files run directly through binfmt_misc (Linux; root or sudo -n); what the CLI registers stays, until --native unregister removes it'
    }
  },
  { key: 'nativeKeep', name: 'native-keep', default: 'false' },
  { key: 'summary', name: 'summary', default: 'true' },
  {
    key: 'resultPath',
    name: 'result-path',
    default: '',
    flag: { name: '--result-path', value: 'FILE', help: 'also write the JSON result file there' }
  },
  {
    key: 'install',
    name: 'install',
    default: 'false',
    flag: {
      name: '--install',
      whenSet: 'true',
      help: 'install missing runtimes (pinned versions, or LIST entries like wasmtime@48.0.0, wazero@1.11, wamr@latest)'
    }
  },
  {
    key: 'token',
    name: 'token',
    default: '${{ github.token }}',
    flag: {
      name: '--token',
      value: 'TOKEN',
      help: `GitHub token for the releases API (default: ${TOKEN_VARIABLES.map((name) => `$${name}`).join(', then ')})`
    }
  },
  {
    key: 'githubApiUrl',
    name: 'github-api-url',
    default: 'https://api.github.com',
    flag: { name: '--github-api-url', value: 'URL', help: 'releases API (default https://api.github.com)' }
  },
  {
    key: 'downloadUrl',
    name: 'download-url',
    default: 'https://github.com',
    flag: {
      name: '--download-url',
      value: 'URL',
      help: 'where release assets are downloaded (default https://github.com)'
    }
  },
  {
    key: 'verify',
    name: 'verify',
    default: 'true',
    flag: {
      name: '--no-verify',
      whenSet: 'false',
      help: 'install even a download no checksum covers (warns)'
    }
  },
  { key: 'cache', name: 'cache', default: 'false' }
] as const satisfies readonly InputDeclaration[]

export type ProbeInputKey = (typeof PROBE_INPUTS)[number]['key']

export const REPORT_INPUTS = [
  { key: 'results', name: 'results', default: '' },
  { key: 'title', name: 'title', default: 'WASI support across runners' },
  { key: 'expect', name: 'expect', default: '' },
  { key: 'failOn', name: 'fail-on', default: 'none' },
  { key: 'comment', name: 'comment', default: 'false' },
  { key: 'commentId', name: 'comment-id', default: 'default' },
  { key: 'pullRequest', name: 'pull-request', default: '' },
  { key: 'token', name: 'token', default: '${{ github.token }}' },
  { key: 'html', name: 'html', default: '' },
  { key: 'features', name: 'features', default: '' }
] as const satisfies readonly InputDeclaration[]

export type ReportInputKey = (typeof REPORT_INPUTS)[number]['key']

/** How the action names an input in a message: `Input 'fail-on'`. */
export function actionInputName(inputs: readonly InputDeclaration[], key: string): string {
  return `Input '${inputs.find((input) => input.key === key)?.name ?? key}'`
}

/** How the CLI names an input in a message: its flag, or the action's name when it has none. */
export function cliInputName(inputs: readonly InputDeclaration[], key: string): string {
  const input = inputs.find((candidate) => candidate.key === key)
  return input?.flag?.name ?? `input '${input?.name ?? key}'`
}
