import { assetNamed, noBuild } from './release.js'
import { type CliRuntimeSpec, envPairs, firstMatch, looksLikeTrap, NO_COMPONENTS } from './spec.js'

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
