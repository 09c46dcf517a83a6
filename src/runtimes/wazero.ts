import { assetNamed, noBuild } from './release.js'
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
  noEnvInherit: {
    helpLacks: /-env-inherit\b/,
    fact: 'no -env-inherit: the guest can be given the environment only one variable at a time',
    source:
      'tetratelabs/wazero cmd/wazero/wazero.go added -env-inherit ("Inherits any environment variables from the calling process"); its first release is not pinned down here, so `wazero run -h` decides',
    inside: {
      version: '1.0.0',
      help: '-env value\n    \tkey=value pair of environment variable',
      os: 'linux'
    },
    outside: {
      version: '1.11.0',
      help: '-env-inherit\n    \tInherits any environment variables from the calling process.',
      os: 'linux'
    }
  }
} satisfies Record<string, VersionRange>

export const wazero: CliRuntimeSpec = {
  kind: 'cli',
  id: 'wazero',
  name: 'wazero',
  binary: 'wazero',
  // A subcommand, not a flag. It prints `1.11.0`, or `dev` for a source build.
  versionArgs: ['version'],
  parseVersion: (output) => firstMatch(output, /^\s*v?(\d[^\s]*|dev)\s*$/m),
  // Go's flag package prints the run options on stderr.
  helpArgs: ['run', '-h'],
  ranges: RANGES,
  argv: (inv, facts) => [
    'run',
    ...inv.dirs.map((d) => `-mount=${d.host}:${d.guest}`),
    ...(inv.inheritEnv && facts && !holds(RANGES.noEnvInherit, facts) ? ['-env-inherit'] : []),
    ...envPairs(inv.env).map((pair) => `-env=${pair}`),
    inv.module,
    ...inv.args
  ],
  isTrap: (run) => looksLikeTrap(run),
  limits: { components: NO_COMPONENTS },
  binfmt: { rank: 3, interpreter: 'wrapper' },
  release: {
    repo: 'wazero/wazero',
    tagPrefix: 'v',
    // A static Go binary at the archive root: the Linux build runs on musl too.
    selectAsset: (version, platform, names) => {
      const os = { linux: 'linux', macos: 'darwin', windows: 'windows' }[platform.os]
      const arch = platform.arch === 'x64' ? 'amd64' : 'arm64'
      if (platform.os === 'windows' && platform.arch !== 'x64') return noBuild('wazero', platform)
      const format = platform.os === 'windows' ? 'zip' : 'tar.gz'
      return assetNamed(names, `wazero_${version}_${os}_${arch}.${format}`, format)
    },
    checksumFile: (version) => `wazero_${version}_checksums.txt`
  }
}
