import { type CliRuntimeSpec, envPairs, firstMatch, looksLikeTrap } from './spec.js'

export const wasmi: CliRuntimeSpec = {
  kind: 'cli',
  id: 'wasmi',
  name: 'Wasmi',
  binary: 'wasmi',
  versionArgs: ['--version'],
  // `wasmi 2.0.0-beta.9`; the 1.x binary was called `wasmi_cli`.
  parseVersion: (output) => firstMatch(output, /^wasmi(?:_cli)? v?(\d\S*)/m),
  argv: (inv) => [
    'run',
    ...inv.dirs.flatMap((d) => ['--dir', d.host]),
    ...envPairs(inv.env).flatMap((pair) => ['--env', pair]),
    inv.module,
    ...inv.args
  ],
  isTrap: (run) => looksLikeTrap(run)
}
