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
  noVolume: {
    helpLacks: /--volume\b/,
    fact: 'no --volume: directories are --dir ABS and --mapdir GUEST:HOST (or GUEST::HOST)',
    source:
      'wasmerio/wasmer PR 6033 (January 2026) added --volume; its first release is not pinned down, so `wasmer run --help` decides',
    inside: { version: '4.4.0', help: '--dir <DIR>  --mapdir <GUEST_DIR:HOST_DIR>', os: 'linux' },
    outside: { version: '7.4.2', help: '--volume <HOST:GUEST>  --dir <DIR>', os: 'linux' }
  },
  volumeSplitsDriveLetters: {
    os: 'windows',
    fact: '--volume splits HOST:GUEST at every ":", so a Windows drive letter breaks it: --mapdir GUEST::HOST instead',
    source: "wasmerio/wasmer: the CLI's parse_volume splits on every ':'",
    inside: { version: '7.4.2', help: '--volume <HOST:GUEST>', os: 'windows' },
    outside: { version: '7.4.2', help: '--volume <HOST:GUEST>', os: 'linux' }
  },
  noForwardHostEnv: {
    // Listed, but said to be for the WCGI runner only: a plain module was given none of it then.
    helpLacks: /--forward-host-env\b(?!\s+Forward all host env variables to the wcgi task)/,
    fact: 'no --forward-host-env for a WASI module (before, it forwarded the environment to a WCGI task only): the guest can be given the environment only one variable at a time',
    source:
      'wasmerio/wasmer PR 4214 (4.2.x) made --forward-host-env reach every WASI module ("Forward all host env variables to guest"); its first release is not pinned down, so `wasmer run --help` decides',
    inside: {
      version: '4.1.0',
      help: '--forward-host-env  Forward all host env variables to the wcgi task.',
      os: 'linux'
    },
    outside: {
      version: '7.4.2',
      help: '--forward-host-env  Forward all host env variables to guest',
      os: 'linux'
    }
  }
} satisfies Record<string, VersionRange>

export const wasmer: CliRuntimeSpec = {
  kind: 'cli',
  id: 'wasmer',
  name: 'Wasmer',
  binary: 'wasmer',
  versionArgs: ['--version'],
  // `wasmer 7.4.0`
  parseVersion: (output) => firstMatch(output, /^wasmer v?(\d\S*)/m),
  helpArgs: ['run', '--help'],
  ranges: RANGES,
  argv: (inv, facts) => [
    'run',
    ...inv.dirs.flatMap((d) =>
      facts && (holds(RANGES.noVolume, facts) || holds(RANGES.volumeSplitsDriveLetters, facts))
        ? ['--mapdir', `${d.guest}::${d.host}`]
        : ['--volume', `${d.host}:${d.guest}`]
    ),
    ...(inv.inheritEnv && facts && !holds(RANGES.noForwardHostEnv, facts) ? ['--forward-host-env'] : []),
    ...envPairs(inv.env).flatMap((pair) => ['--env', pair]),
    inv.module,
    '--',
    ...inv.args
  ],
  isTrap: (run) => looksLikeTrap(run),
  limits: { components: NO_COMPONENTS },
  binfmt: { rank: 2, interpreter: 'wrapper' },
  release: {
    repo: 'wasmerio/wasmer',
    tagPrefix: 'v',
    // No version in the names and no top folder: bin/wasmer, lib/, include/.
    selectAsset: (_version, platform, names) => {
      if (platform.libc === 'musl') {
        // Up to 5.x at least, a musl build was published (docs/dev/release.md); later ones say by lacking it.
        const musl = `wasmer-linux-musl-${platform.arch === 'x64' ? 'amd64' : 'aarch64'}.tar.gz`
        return names.includes(musl)
          ? assetNamed(names, musl, 'tar.gz')
          : noBuild('wasmer', platform, 'this release has no musl build (its Linux builds need glibc)')
      }
      const assets: Record<string, string> = {
        'linux-x64': 'wasmer-linux-amd64.tar.gz',
        'linux-arm64': 'wasmer-linux-aarch64.tar.gz',
        'macos-x64': 'wasmer-darwin-amd64.tar.gz',
        'macos-arm64': 'wasmer-darwin-arm64.tar.gz',
        'windows-x64': 'wasmer-windows-amd64.tar.gz'
      }
      const asset = assets[`${platform.os}-${platform.arch}`]
      if (!asset) return noBuild('wasmer', platform)
      // Wasmer 7.x dropped Intel macOS: the release says so by lacking the asset.
      return assetNamed(names, asset, 'tar.gz')
    }
  }
}
