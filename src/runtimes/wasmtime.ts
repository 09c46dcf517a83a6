import { assetNamed, noBuild } from './release.js'
import {
  type CliRuntimeSpec,
  envPairs,
  firstMatch,
  holds,
  looksLikeTrap,
  type TestSupport,
  type VersionRange
} from './spec.js'

const RANGES = {
  exitCodesBecomeOne: {
    versions: '<=26',
    os: 'windows',
    fact: 'every exit code of 3 or more becomes 1, so proc_exit(42) exits 1',
    source: 'bytecodealliance/wasmtime crates/wasi/src/error.rs (gone in 27)',
    inside: { version: '26.0.1', os: 'windows' },
    outside: { version: '27.0.0', os: 'windows' }
  },
  noInheritEnv: {
    helpLacks: /inherit-env/,
    fact: 'no -S inherit-env: the guest can be given the environment only one variable at a time',
    source:
      'bytecodealliance/wasmtime PR 8168 added -S inherit-env (2024); its first release is not pinned down here, so `wasmtime run -S help` decides',
    inside: { version: '19.0.0', help: '-S cli[=y|n] -- Enable support for WASI CLI APIs', os: 'linux' },
    outside: {
      version: '48.0.0',
      help: '-S inherit-env[=y|n] -- Inherit all environment variables',
      os: 'linux'
    }
  },
  noWasi03: {
    versions: '<46',
    fact: 'WASI 0.3 (p3) components run by default only from 46',
    source: 'bytecodealliance/wasmtime RELEASES.md, 46.0.0',
    inside: { version: '45.0.0', os: 'linux' },
    outside: { version: '46.0.0', os: 'linux' }
  }
} satisfies Record<string, VersionRange>

/**
 * The WASI versions, worlds and proposals of the wasi-testsuite's own adapter
 * (adapters/wasmtime.py), and WASI 0.2 components, which `wasmtime run` runs
 * too (the suite has no 0.2 tests, so its adapter does not name them).
 */
const TESTS: TestSupport = {
  wasiVersions: ['wasm32-wasip1', 'wasm32-wasip2', 'wasm32-wasip3'],
  worlds: ['wasi:cli/command', 'wasi:http/service'],
  proposals: ['http', 'sockets']
}

export const wasmtime: CliRuntimeSpec = {
  kind: 'cli',
  id: 'wasmtime',
  name: 'Wasmtime',
  binary: 'wasmtime',
  versionArgs: ['--version'],
  // `wasmtime 48.0.0 (sha date)`; before 23: `wasmtime-cli 22.0.0 ...`
  parseVersion: (output) => firstMatch(output, /^wasmtime(?:-cli)? v?(\d\S*)/m),
  // Every flag goes before the module; what follows it belongs to the guest.
  // The WASI version, world and proposal flags of the wasi-testsuite's own adapter (adapters/wasmtime.py).
  helpArgs: ['run', '-S', 'help'],
  argv: (inv, facts) => [
    ...(inv.world === 'wasi:http/service' ? ['serve', '-Scli', '--addr=127.0.0.1:0'] : ['run']),
    ...(inv.wasiVersion === 'wasm32-wasip3'
      ? [
          '-Wcomponent-model-async',
          `-Sp3${inv.proposals?.includes('http') ? ',http' : ''}${inv.proposals?.includes('sockets') ? ',inherit-network' : ''}`
        ]
      : []),
    ...inv.dirs.flatMap((d) => ['--dir', `${d.host}::${d.guest}`]),
    ...(inv.inheritEnv && facts && !holds(RANGES.noInheritEnv, facts) ? ['-S', 'inherit-env=y'] : []),
    ...envPairs(inv.env).flatMap((pair) => ['--env', pair]),
    inv.module,
    ...inv.args
  ],
  // 134 on Unix, 3 on Windows.
  isTrap: (run) => looksLikeTrap(run, process.platform === 'win32' ? [3] : [134]),
  tests: TESTS,
  ranges: RANGES,
  at: (facts) => {
    const noWasi03 = holds(RANGES.noWasi03, facts)
    return {
      limits: {
        ...(holds(RANGES.exitCodesBecomeOne, facts)
          ? {
              exitCodes: `wasmtime ${facts.version} on Windows turns every exit code of 3 or more into 1 (fixed in 27)`
            }
          : {}),
        ...(noWasi03
          ? {
              wasiVersions: {
                'wasm32-wasip3': `wasmtime ${facts.version} runs WASI 0.3 components only from 46`
              }
            }
          : {})
      },
      ...(noWasi03
        ? { tests: { ...TESTS, wasiVersions: TESTS.wasiVersions.filter((v) => v !== 'wasm32-wasip3') } }
        : {})
    }
  },
  binfmt: { rank: 1, interpreter: 'wrapper' },
  release: {
    repo: 'bytecodealliance/wasmtime',
    tagPrefix: 'v',
    // wasmtime-v48.0.0-x86_64-linux.tar.xz holding wasmtime-v48.0.0-x86_64-linux/wasmtime;
    // musl builds are named -musl instead of -linux.
    selectAsset: (version, platform, names) => {
      const arch = platform.arch === 'x64' ? 'x86_64' : 'aarch64'
      const os = platform.os === 'linux' ? (platform.libc === 'musl' ? 'musl' : 'linux') : platform.os
      const format = platform.os === 'windows' ? 'zip' : 'tar.xz'
      if (!['linux', 'musl', 'macos', 'windows'].includes(os)) return noBuild('wasmtime', platform)
      return assetNamed(names, `wasmtime-v${version}-${arch}-${os}.${format}`, format)
    }
  }
}
