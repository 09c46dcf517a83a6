// How a later step runs a WASI preview1 module through a runtime, with the
// current directory preopened as `.`, the arguments passed through and the
// environment where the runtime can: the words that go before the module; for
// node and deno, words that run a JavaScript runner program written beside
// them; or, where that cannot be said as a prefix (wasmer wants `--` between
// the module and its arguments, bun a ./ before a bare name, native the
// kernel), a sh script that takes `module args...`.
import { NODE_WASI_RUNNER_SOURCE, nodeRunArgv } from './node.js'
import {
  argvWithCwd,
  type CliRuntimeSpec,
  type Invocation,
  type JcoRuntimeSpec,
  type RuntimeFacts,
  type RuntimeSpec,
  UNKNOWN_VERSION
} from './spec.js'

export type RunnerForm =
  | { prefix: string[] }
  /** A prefix naming a program that the caller writes first: `prefixWith(where it wrote helper)`. */
  | { helper: { file: string; source: string }; prefixWith(helperPath: string): string[] }
  | { script: string }

const MODULE = '\u0000module'
const ARGS = '\u0000args'
const HELPER = '\u0000helper'

/** A run of the module with its arguments, the current directory preopened as `.` and the whole environment. */
const CWD_RUN: Invocation = {
  module: MODULE,
  args: [ARGS],
  env: {},
  dirs: [{ host: '.', guest: '.' }],
  inheritEnv: true
}

/** One word for a POSIX shell, quoted only when it must be. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`
}

/**
 * One word of a command on Windows, its path with forward slashes (which
 * CreateProcess, bash and pwsh all take): bare when it holds nothing that any
 * of them would read otherwise, else quoted for bash (`shell: bash`), as no
 * quoting serves all three.
 */
export function windowsWord(word: string): string {
  const slashed = word.replace(/\\/g, '/')
  return /^[\w+=:./~-]+$/.test(slashed) ? slashed : shellWord(slashed)
}

/**
 * A script that takes `module args...` (as binfmt_misc calls an interpreter)
 * and runs the module the runtime's own way: built from its argv form,
 * preopening the current directory where the runtime can.
 */
export function wrapperScript(
  spec: CliRuntimeSpec,
  binary: string,
  facts: RuntimeFacts = UNKNOWN_VERSION
): string {
  const argv = argvWithCwd(spec, MODULE, [ARGS], facts)
  const words = argv.map((word) => (word === MODULE ? '"$module"' : word === ARGS ? '"$@"' : shellWord(word)))
  return `#!/bin/sh\n# Written by wasi-probe: runs module args... through ${spec.id}\nmodule="$1"\nshift\nexec ${shellWord(binary)} ${words.join(' ')}\n`
}

/**
 * The kernel runs a .wasm file itself (binfmt_misc) only when it may execute
 * it: a module that is not executable runs from an executable copy.
 */
export const NATIVE_RUNNER_SCRIPT = `#!/bin/sh
# Written by wasi-probe: runs module args... through binfmt_misc, as ./module would.
module="$1"
shift
case "$module" in */*) ;; *) module="./$module" ;; esac
if [ -x "$module" ]; then exec "$module" "$@"; fi
dir=$(mktemp -d "\${RUNNER_TEMP:-\${TMPDIR:-/tmp}}/wasi-probe-run.XXXXXX") || exit 1
copy="$dir/$(basename "$module")"
cp "$module" "$copy" && chmod 755 "$copy" || { rm -rf "$dir"; exit 1; }
"$copy" "$@"
status=$?
rm -rf "$dir"
exit $status
`

/** The words before MODULE when `argv` ends with the module and then its arguments; undefined otherwise. */
function beforeModule(argv: string[]): string[] | undefined {
  const module = argv.indexOf(MODULE)
  return module === argv.length - 2 && argv[module + 1] === ARGS ? argv.slice(0, module) : undefined
}

/** `words` with the helper's path where HELPER stands. */
const placing = (words: string[]) => (helperPath: string) =>
  words.map((word) => (word === HELPER ? helperPath : word))

/** How `spec`, found at `path`, runs a module for a later step. */
export function runnerForm(
  spec: Exclude<RuntimeSpec, JcoRuntimeSpec>,
  path: string,
  facts: RuntimeFacts = UNKNOWN_VERSION
): RunnerForm {
  if (spec.kind === 'native') return { script: NATIVE_RUNNER_SCRIPT }
  // node and deno run the runner program (in its `run` mode), which takes the module and its arguments last.
  if (spec.kind === 'node') {
    const words = beforeModule(nodeRunArgv(HELPER, CWD_RUN))!
    return {
      helper: { file: 'node-wasi-runner.cjs', source: NODE_WASI_RUNNER_SOURCE },
      prefixWith: placing([path, ...words])
    }
  }
  if (spec.helper) {
    const words = beforeModule(argvWithCwd(spec, MODULE, [ARGS], { ...facts, helper: HELPER }))
    if (words) return { helper: spec.helper, prefixWith: placing([path, ...words]) }
  }
  // A runtime with a script of its own (bun needs a ./ before a bare name).
  const { interpreter } = spec.binfmt
  if (typeof interpreter === 'function') return { script: interpreter(path) }
  const words = beforeModule(argvWithCwd(spec, MODULE, [ARGS], facts))
  return words ? { prefix: [path, ...words] } : { script: wrapperScript(spec, path, facts) }
}
