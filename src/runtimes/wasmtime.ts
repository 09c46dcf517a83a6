import { type CliRuntimeSpec, envPairs, firstMatch, looksLikeTrap } from './spec.js'

export const wasmtime: CliRuntimeSpec = {
  kind: 'cli',
  id: 'wasmtime',
  name: 'Wasmtime',
  binary: 'wasmtime',
  versionArgs: ['--version'],
  // `wasmtime 48.0.0 (sha date)`; before 23: `wasmtime-cli 22.0.0 ...`
  parseVersion: (output) => firstMatch(output, /^wasmtime(?:-cli)? v?(\d\S*)/m),
  // Every flag goes before the module; what follows it belongs to the guest.
  argv: (inv) => [
    'run',
    ...inv.dirs.flatMap((d) => ['--dir', `${d.host}::${d.guest}`]),
    ...envPairs(inv.env).flatMap((pair) => ['--env', pair]),
    inv.module,
    ...inv.args
  ],
  // 134 on Unix, 3 on Windows.
  isTrap: (run) => looksLikeTrap(run, process.platform === 'win32' ? [3] : [134])
}
