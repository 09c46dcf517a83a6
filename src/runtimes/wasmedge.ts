import { assetMatching, assetNamed, escapeRegExp, noBuild } from './release.js'
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
  isTrap: (run) => looksLikeTrap(run, [134]),
  // Every log line, warnings and trap messages included, goes to stdout (lib/common/spdlog.cpp), in
  // spdlog's default pattern: `[2026-06-01 12:00:00.000] [warning] ...`. No flag of its CLI that sends
  // them elsewhere is known here, so a probe compares stdout without them.
  errorStream: 'stdout',
  ownStdoutLines:
    /^\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}\] \[(trace|debug|info|warning|error|critical)\] .*(\n|$)/gm,
  // It needs --enable-component, and does not run command components yet.
  limits: { components: 'does not run WASI 0.2 command components yet' },
  binfmt: { rank: 4, interpreter: 'wrapper' },
  release: {
    repo: 'WasmEdge/WasmEdge',
    tagPrefix: '',
    // bin/wasmedge needs the shared library in lib/ or lib64/ beside it. Before
    // 0.15 everything sat under a WasmEdge-{V}-Linux/ folder; the installer looks in both.
    selectAsset: (version, platform, names) => {
      const prefix = `WasmEdge-${version}-`
      if (platform.os === 'windows') {
        return platform.arch === 'x64'
          ? assetNamed(names, `${prefix}windows.zip`, 'zip')
          : noBuild('WasmEdge', platform)
      }
      if (platform.os === 'macos') {
        return assetNamed(
          names,
          `${prefix}darwin_${platform.arch === 'x64' ? 'x86_64' : 'arm64'}.tar.gz`,
          'tar.gz'
        )
      }
      if (platform.libc === 'musl') return noBuild('WasmEdge', platform, 'its Linux builds need glibc')
      const arch = platform.arch === 'x64' ? 'x86_64' : 'aarch64'
      // The Ubuntu build first; the manylinux one runs on older glibc.
      const ubuntu = assetMatching(
        names,
        new RegExp(`^${escapeRegExp(prefix)}ubuntu[\\d.]+_${arch}\\.tar\\.gz$`),
        'tar.gz',
        `${prefix}ubuntu*_${arch}.tar.gz`
      )
      if (!('unavailable' in ubuntu)) return ubuntu
      return assetMatching(
        names,
        new RegExp(`^${escapeRegExp(prefix)}manylinux[\\w.]*_${arch}\\.tar\\.gz$`),
        'tar.gz',
        `${prefix}ubuntu*_${arch}.tar.gz or ${prefix}manylinux*_${arch}.tar.gz`
      )
    },
    checksumFile: () => 'SHA256SUM',
    libDirs: ['lib', 'lib64']
  }
}
