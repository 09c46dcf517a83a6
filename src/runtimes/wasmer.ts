import { assetNamed, noBuild } from './release.js'
import { type CliRuntimeSpec, envPairs, firstMatch, looksLikeTrap, NO_COMPONENTS } from './spec.js'

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
  isTrap: (run) => looksLikeTrap(run),
  limits: { components: NO_COMPONENTS },
  binfmt: { rank: 2, interpreter: 'wrapper' },
  release: {
    repo: 'wasmerio/wasmer',
    tagPrefix: 'v',
    // No version in the names and no top folder: bin/wasmer, lib/, include/.
    selectAsset: (_version, platform, names) => {
      if (platform.libc === 'musl') return noBuild('wasmer', platform, 'its Linux builds need glibc')
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
