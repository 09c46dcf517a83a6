import { assetNamed } from './release.js'
import { type CliRuntimeSpec, firstMatch, type Invocation, looksLikeTrap, NO_COMPONENTS } from './spec.js'

/** An empty bunfig.toml, given with --config so that one in the working directory is never read. */
const EMPTY_BUNFIG = '# wasi-probe: no bun configuration\n'

/**
 * `bun ./mod.wasm args`: bun runs a file that starts with the Wasm magic as a
 * WASI preview1 command (its wasi-runner, over its own node:wasi). It reads
 * neither a `.env` file nor a bunfig.toml from the working directory: a
 * bunfig's preload scripts would run before the module, and a `.env` would
 * change the environment the module sees.
 */
function bunArgv(inv: Invocation, bunfig: string): string[] {
  // bun takes a bare name for a package or script to look up: a path must be absolute or start with ./.
  const module = /^(\/|\.\.?\/|[A-Za-z]:[\\/]|\\\\)/.test(inv.module) ? inv.module : `./${inv.module}`
  return ['--no-env-file', `--config=${bunfig}`, module, ...inv.args]
}

/**
 * The binfmt_misc interpreter (Linux only, so /dev/null is the empty bunfig):
 * the kernel passes the module's path as given to exec, which may be a bare
 * name that bun would take for a subcommand or a package.json script.
 */
export function bunWrapperScript(bun: string): string {
  const quoted = `'${bun.replace(/'/g, `'\\''`)}'`
  return `#!/bin/sh
# binfmt_misc interpreter written by wasi-probe: bun (its / is the working directory, not the host's)
module="$1"
shift
case "$module" in /* | ./* | ../*) ;; *) module="./$module" ;; esac
WASM_ROOT_DIR="\${WASM_ROOT_DIR:-$PWD}" exec ${quoted} --no-env-file --config=/dev/null "$module" "$@"
`
}

export const bun: CliRuntimeSpec = {
  kind: 'cli',
  id: 'bun',
  name: 'Bun',
  binary: 'bun',
  versionArgs: ['--version'],
  // `1.4.5`, alone on its line.
  parseVersion: (output) => firstMatch(output, /^\s*v?(\d+\.\d+\.\d+\S*)\s*$/m),
  helper: { file: 'bunfig.toml', source: EMPTY_BUNFIG },
  argv: (inv, facts) => bunArgv(inv, facts?.helper ?? '/dev/null'),
  // bun's wasi runner preopens `/` as $WASM_ROOT_DIR, the host's own / when unset (oven-sh/bun,
  // its wasi runner's WASM_ROOT_DIR): a module is given the run's empty working directory there instead.
  runEnv: (_inv, cwd) => ({ WASM_ROOT_DIR: cwd }),
  // A trap is an uncaught RuntimeError: exit 1, the message on stderr.
  isTrap: (run) => looksLikeTrap(run),
  limits: {
    env: 'bun gives a module its own process environment, and has no option to set a variable for the module only',
    dirs: "bun has no option to preopen a directory: it preopens its working directory as ., and as / what $WASM_ROOT_DIR names (the run's working directory, here)",
    components: NO_COMPONENTS
  },
  // Last: its WASI is the least complete here.
  binfmt: { rank: 10, interpreter: (path) => bunWrapperScript(path) },
  release: {
    repo: 'oven-sh/bun',
    tagPrefix: 'bun-v',
    // `bun-<os>-<arch>[-musl].zip` holding `bun-<target>/bun`; the `-baseline` builds (for CPUs
    // without AVX2) are not chosen, and neither are the `-profile` ones.
    selectAsset: (_version, platform, names) => {
      const os = { linux: 'linux', macos: 'darwin', windows: 'windows' }[platform.os]
      const arch = platform.arch === 'x64' ? 'x64' : 'aarch64'
      const musl = platform.libc === 'musl' ? '-musl' : ''
      return assetNamed(names, `bun-${os}-${arch}${musl}.zip`, 'zip')
    },
    checksumFile: () => 'SHASUMS256.txt'
  }
}
