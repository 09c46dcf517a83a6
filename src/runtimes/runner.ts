// How a later step runs a WASI preview1 module through a runtime, with the
// current directory preopened as `.` and the arguments passed through: the
// words that go before the module, or, where that cannot be said as a prefix
// (wasmer wants `--` between the module and its arguments; node and the kernel
// need a program of their own), a script that takes `module args...`.
import { nodeWrapperScript } from './node.js'
import {
  argvWithCwd,
  type CliRuntimeSpec,
  type RuntimeFacts,
  type RuntimeSpec,
  UNKNOWN_VERSION
} from './spec.js'

export type RunnerForm = { prefix: string[] } | { script: string }

const MODULE = '\u0000module'
const ARGS = '\u0000args'

/** One word for a POSIX shell, quoted only when it must be. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`
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

/** How `spec`, found at `path`, runs a module for a later step. */
export function runnerForm(
  spec: RuntimeSpec,
  path: string,
  facts: RuntimeFacts = UNKNOWN_VERSION
): RunnerForm {
  if (spec.kind === 'native') return { script: NATIVE_RUNNER_SCRIPT }
  if (spec.kind === 'node') return { script: nodeWrapperScript(path) }
  // A runtime with a script of its own (deno needs its runner program, bun a ./ before a bare name).
  const { interpreter } = spec.binfmt
  if (typeof interpreter === 'function') return { script: interpreter(path) }
  const argv = argvWithCwd(spec, MODULE, [ARGS], facts)
  const module = argv.indexOf(MODULE)
  // The module, then its arguments, last: everything before them is the prefix.
  if (module === argv.length - 2 && argv[module + 1] === ARGS)
    return { prefix: [path, ...argv.slice(0, module)] }
  return { script: wrapperScript(spec, path, facts) }
}
