import { assetMatching, escapeRegExp, noBuild } from './release.js'
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
  mapDirSplitsDriveLetters: {
    versions: '<=2.2.0',
    os: 'windows',
    fact: '--map-dir is split with strtok(":"), so a Windows drive letter breaks it',
    source: "bytecodealliance/wasm-micro-runtime: iwasm's --map-dir parsing (strtok on ':'), fixed in 2.3.0",
    inside: { version: '2.2.0', os: 'windows' },
    outside: { version: '2.3.0', os: 'windows' }
  }
} satisfies Record<string, VersionRange>

export const wamr: CliRuntimeSpec = {
  kind: 'cli',
  id: 'wamr',
  name: 'WAMR',
  binary: 'iwasm',
  aliases: ['iwasm'],
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
  isTrap: (run) => looksLikeTrap(run),
  errorStream: 'stdout',
  limits: { components: NO_COMPONENTS },
  ranges: RANGES,
  at: (facts) =>
    holds(RANGES.mapDirSplitsDriveLetters, facts)
      ? {
          limits: {
            dirs: `iwasm ${facts.version} splits --map-dir at every ":", so a Windows path cannot be given (fixed in 2.3.0)`
          }
        }
      : {},
  binfmt: { rank: 5, interpreter: 'wrapper' },
  release: {
    repo: 'bytecodealliance/wasm-micro-runtime',
    tagPrefix: 'WAMR-',
    // x86_64 only, glibc only. The CI runner label in the name changes between
    // releases (ubuntu-22.04, macos-15-intel, ...), so match by pattern. The
    // `iwasm-gc-eh-*` variants do not start with `iwasm-{V}-`.
    selectAsset: (version, platform, names) => {
      if (platform.arch !== 'x64') return noBuild('WAMR', platform, 'only x86_64 builds are published')
      if (platform.libc === 'musl') return noBuild('WAMR', platform, 'its Linux build needs glibc')
      const label = { linux: 'ubuntu', macos: 'macos', windows: 'windows' }[platform.os]
      const format = platform.os === 'windows' ? 'zip' : 'tar.gz'
      const pattern = new RegExp(
        `^iwasm-${escapeRegExp(version)}-x86_64-${label}-[\\w.-]+\\.${format.replace('.', '\\.')}$`
      )
      return assetMatching(names, pattern, format, `iwasm-${version}-x86_64-${label}-*.${format}`)
    }
  }
}
