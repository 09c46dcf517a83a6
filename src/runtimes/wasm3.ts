import { type CliRuntimeSpec, firstMatch, looksLikeTrap } from './spec.js'

export const wasm3: CliRuntimeSpec = {
  kind: 'cli',
  id: 'wasm3',
  name: 'wasm3',
  binary: 'wasm3',
  versionArgs: ['--version'],
  // `Wasm3 v0.5.0 on x86_64`, then a `Build:` line.
  parseVersion: (output) => firstMatch(output, /^Wasm3 v?(\d\S*)/im),
  argv: (inv) => [inv.module, ...inv.args],
  limits: {
    env: 'wasm3 has no option to pass environment variables',
    dirs: 'wasm3 ignores --dir and always preopens the working directory as /'
  },
  isTrap: (run) => looksLikeTrap(run)
}
