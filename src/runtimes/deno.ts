import { NODE_WASI_RUNNER_SOURCE, nodeRunArgv } from './node.js'
import { assetNamed, noBuild } from './release.js'
import { shebang } from './shebang.js'
import { type CliRuntimeSpec, firstMatch, type Invocation, looksLikeTrap, NO_COMPONENTS } from './spec.js'

/**
 * node's runner program (src/runtimes/node.ts), which Deno runs through its own
 * node:wasi. Deno prints node:wasi's experimental warning on stderr, and has no
 * flag that silences it (node's --no-warnings is not one of its flags): the
 * runner removes the listener that prints it, so stderr holds the module's only.
 */
export const DENO_RUNNER_SOURCE = NODE_WASI_RUNNER_SOURCE.replace(
  "'use strict'\n",
  "'use strict'\nprocess.removeAllListeners('warning')\n"
)

/**
 * `--allow-read=a,b`: Deno separates the paths of a permission by commas, so a
 * path holding one cannot be listed, and the permission is then unscoped.
 */
function permission(flag: string, paths: string[]): string {
  return paths.some((path) => path.includes(',')) ? flag : `${flag}=${paths.join(',')}`
}

/**
 * `deno run` on the runner program: quiet (no download or check messages on
 * stderr), never prompting, ignoring any deno.json or lock file around the
 * working directory, resolving nothing from npm or the network, and allowed to
 * read the module and the preopened directories and to write these only. A run
 * given the whole environment (a runner for later steps, written before the
 * module is known) may read the environment and any file; the module still
 * reaches only its preopened directories.
 */
const DENO_RUN_FLAGS = ['--quiet', '--no-prompt', '--no-config', '--no-lock', '--no-npm', '--no-remote']

function denoArgv(inv: Invocation, runner: string): string[] {
  const hosts = inv.dirs.map((dir) => dir.host)
  return [
    'run',
    ...DENO_RUN_FLAGS,
    ...(inv.inheritEnv
      ? ['--allow-env', '--allow-read']
      : [permission('--allow-read', [inv.module, ...hosts])]),
    ...(hosts.length > 0 ? [permission('--allow-write', hosts)] : []),
    // nodeRunArgv starts with node's own --no-warnings, which deno does not take.
    ...nodeRunArgv(runner, inv).slice(1)
  ]
}

/**
 * The binfmt_misc interpreter: a script that `deno run` runs through node:wasi
 * with the caller's environment and directory.
 */
export function denoWrapperScript(deno: string): string {
  return `${shebang(deno, ['run', ...DENO_RUN_FLAGS, '--allow-all'])}
// binfmt_misc interpreter written by wasi-probe: deno (node:wasi)
Promise.all([import('node:fs'), import('node:wasi')]).then(([fs, { WASI }]) => {
  process.removeAllListeners('warning')
  const [module, ...args] = process.argv.slice(2)
  const wasi = new WASI({ version: 'preview1', args: [module, ...args], env: process.env, preopens: { '.': '.' }, returnOnExit: true })
  const instance = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(module)), wasi.getImportObject())
  process.exitCode = wasi.start(instance) ?? 0
})
`
}

export const deno: CliRuntimeSpec = {
  kind: 'cli',
  id: 'deno',
  name: 'Deno (node:wasi)',
  binary: 'deno',
  versionArgs: ['--version'],
  // `deno 2.9.6 (stable, release, x86_64-unknown-linux-gnu)`, then the v8 and typescript lines.
  parseVersion: (output) => firstMatch(output, /^deno (\d+\.\d+\.\d+\S*)/m),
  // Deno runs no .wasm file itself: its node:wasi (preview1) runs it, through the runner program.
  helper: { file: 'deno-wasi-runner.cjs', source: DENO_RUNNER_SOURCE },
  argv: (inv, facts) => denoArgv(inv, facts?.helper ?? 'deno-wasi-runner.cjs'),
  // A trap is an uncaught RuntimeError (or RangeError, a stack overflow): exit 1, its stack on stderr.
  isTrap: (run) => looksLikeTrap(run),
  limits: { components: `Deno's node:wasi ${NO_COMPONENTS}` },
  // After node: the same node:wasi design, with a slower start.
  binfmt: { rank: 9, interpreter: (path) => denoWrapperScript(path) },
  release: {
    repo: 'denoland/deno',
    tagPrefix: 'v',
    // A zip with `deno` at its root; Rust target triples; no musl build.
    selectAsset: (_version, platform, names) => {
      if (platform.libc === 'musl') return noBuild('deno', platform, 'its Linux builds are for glibc')
      const arch = platform.arch === 'x64' ? 'x86_64' : 'aarch64'
      const target = { linux: 'unknown-linux-gnu', macos: 'apple-darwin', windows: 'pc-windows-msvc' }[
        platform.os
      ]
      return assetNamed(names, `deno-${arch}-${target}.zip`, 'zip')
    },
    // One per asset: `shasum -a 256` output on Linux and macOS; on Windows PowerShell's
    // Get-FileHash | Format-List (denoland/deno .github/workflows/ci.generate.ts), which checksums.ts reads too.
    checksumFile: (_version, asset) => `${asset}.sha256sum`
  }
}
