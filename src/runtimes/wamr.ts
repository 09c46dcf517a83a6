import { type CliRuntimeSpec, envPairs, firstMatch, looksLikeTrap } from './spec.js'

export const wamr: CliRuntimeSpec = {
  kind: 'cli',
  id: 'wamr',
  name: 'WAMR',
  binary: 'iwasm',
  versionArgs: ['--version'],
  // `iwasm 2.4.5`
  parseVersion: (output) => firstMatch(output, /^iwasm v?(\d\S*)/m),
  // iwasm only accepts the `--flag=value` form. Its trap message goes to stdout,
  // which looksLikeTrap reads too.
  argv: (inv) => [
    ...inv.dirs.map((d) => `--map-dir=${d.guest}::${d.host}`),
    ...envPairs(inv.env).map((pair) => `--env=${pair}`),
    inv.module,
    ...inv.args
  ],
  isTrap: (run) => looksLikeTrap(run)
}
