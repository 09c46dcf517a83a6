import { assetMatching, assetNamed, escapeRegExp } from './release.js'
import {
  type CliRuntimeSpec,
  envPairs,
  firstMatch,
  holds,
  looksLikeTrap,
  NO_COMPONENTS,
  type VersionRange
} from './spec.js'

const RANGES = {
  noRunSubcommand: {
    versions: '<=1.1.0',
    fact: 'the binary is wasmi_cli, with no run subcommand: wasmi_cli [OPTIONS] MODULE ARGS',
    source: 'wasmi-labs/wasmi crates/cli/src/args.rs (v1.1.0)',
    inside: { version: '1.1.0', os: 'linux' },
    outside: { version: '2.0.0-beta.3', os: 'linux' }
  }
} satisfies Record<string, VersionRange>

export const wasmi: CliRuntimeSpec = {
  kind: 'cli',
  id: 'wasmi',
  name: 'Wasmi',
  binary: 'wasmi',
  olderBinaries: ['wasmi_cli'],
  versionArgs: ['--version'],
  // `wasmi 2.0.0-beta.9`; the 1.x binary was called `wasmi_cli`.
  parseVersion: (output) => firstMatch(output, /^wasmi(?:_cli)? v?(\d\S*)/m),
  ranges: RANGES,
  argv: (inv, facts) => [
    ...(facts && holds(RANGES.noRunSubcommand, facts) ? [] : ['run']),
    ...inv.dirs.flatMap((d) => ['--dir', d.host]),
    ...envPairs(inv.env).flatMap((pair) => ['--env', pair]),
    inv.module,
    ...inv.args
  ],
  isTrap: (run) => looksLikeTrap(run),
  limits: {
    components: NO_COMPONENTS,
    mapDirs:
      'wasmi --dir preopens a host directory under its own path: it cannot give it another name, such as /'
  },
  binfmt: { rank: 7, interpreter: 'wrapper' },
  release: {
    repo: 'wasmi-labs/wasmi',
    tagPrefix: 'v',
    // The `full` build has the WASI CLI; `minimal` does not. 1.x shipped no binaries.
    selectAsset: (version, platform, names) => {
      const arch = platform.arch === 'x64' ? 'x86_64' : 'aarch64'
      const format = platform.os === 'windows' ? 'zip' : 'tar.xz'
      if (platform.libc === 'musl') {
        return assetMatching(
          names,
          new RegExp(`^wasmi-v${escapeRegExp(version)}-${arch}-[\\w-]*musl[\\w-]*-full\\.tar\\.xz$`),
          'tar.xz',
          `wasmi-v${version}-${arch}-*musl*-full.tar.xz`
        )
      }
      return assetNamed(names, `wasmi-v${version}-${arch}-${platform.os}-full.${format}`, format)
    },
    checksumFile: (version) => `wasmi-v${version}-SHA256SUMS`,
    // Assets exist from 2.0.0-beta.3 on, and every tag with a suffix is published as a prerelease (release.yml).
    prereleases: true
  }
}
