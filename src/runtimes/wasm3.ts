import { assetNamed, noBuild } from './release.js'
import { type CliRuntimeSpec, firstMatch, looksLikeTrap, NO_COMPONENTS } from './spec.js'

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
    dirs: 'wasm3 ignores --dir and always preopens the working directory as /',
    components: NO_COMPONENTS
  },
  isTrap: (run) => looksLikeTrap(run),
  // wasm3 takes `wasm3 module args...` itself, as binfmt_misc calls it.
  binfmt: { rank: 6, interpreter: 'direct' },
  release: {
    repo: 'wasm3/wasm3',
    tagPrefix: 'v',
    // Raw executables, no archive; the Linux one is static, so it runs on musl.
    selectAsset: (_version, platform, names) => {
      if (platform.arch !== 'x64' || platform.os === 'macos') return noBuild('wasm3', platform)
      return platform.os === 'windows'
        ? assetNamed(names, 'wasm3-win-x64.exe', 'raw')
        : assetNamed(names, 'wasm3-linux-x64.elf', 'raw')
    }
  }
}
