import { type CliRuntimeSpec, envPairs, firstMatch, looksLikeTrap } from './spec.js'

export const wasmer: CliRuntimeSpec = {
  kind: 'cli',
  id: 'wasmer',
  name: 'Wasmer',
  binary: 'wasmer',
  versionArgs: ['--version'],
  // `wasmer 7.4.0`
  parseVersion: (output) => firstMatch(output, /^wasmer v?(\d\S*)/m),
  argv: (inv) => [
    'run',
    ...inv.dirs.flatMap((d) => ['--volume', `${d.host}:${d.guest}`]),
    ...envPairs(inv.env).flatMap((pair) => ['--env', pair]),
    inv.module,
    '--',
    ...inv.args
  ],
  isTrap: (run) => looksLikeTrap(run)
}
