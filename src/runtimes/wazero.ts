import { type CliRuntimeSpec, envPairs, firstMatch, looksLikeTrap } from './spec.js'

export const wazero: CliRuntimeSpec = {
  kind: 'cli',
  id: 'wazero',
  name: 'wazero',
  binary: 'wazero',
  // A subcommand, not a flag. It prints `1.11.0`, or `dev` for a source build.
  versionArgs: ['version'],
  parseVersion: (output) => firstMatch(output, /^\s*v?(\d[^\s]*|dev)\s*$/m),
  argv: (inv) => [
    'run',
    ...inv.dirs.map((d) => `-mount=${d.host}:${d.guest}`),
    ...envPairs(inv.env).map((pair) => `-env=${pair}`),
    inv.module,
    ...inv.args
  ],
  isTrap: (run) => looksLikeTrap(run)
}
