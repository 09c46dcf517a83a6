import { type CliRuntimeSpec, envPairs, firstMatch, looksLikeTrap } from './spec.js'

export const wasmedge: CliRuntimeSpec = {
  kind: 'cli',
  id: 'wasmedge',
  name: 'WasmEdge',
  binary: 'wasmedge',
  versionArgs: ['--version'],
  // `<argv0> version 0.17.1`, then one line per plugin.
  parseVersion: (output) => firstMatch(output, /\bversion v?(\d\S*)/),
  // Note GUEST:HOST, the reverse of wasmtime's order.
  argv: (inv) => [
    ...inv.dirs.flatMap((d) => ['--dir', `${d.guest}:${d.host}`]),
    ...envPairs(inv.env).flatMap((pair) => ['--env', pair]),
    inv.module,
    ...inv.args
  ],
  isTrap: (run) => looksLikeTrap(run, [134])
}
