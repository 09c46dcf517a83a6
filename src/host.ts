// The machine the probe runs on, as the result file and the label name it.
import { existsSync, readdirSync } from 'node:fs'
import type { Platform } from './runtimes/release.js'
import type { Host } from './result/index.js'

const OS_NAMES: Record<string, string> = { linux: 'linux', darwin: 'macos', win32: 'windows' }

/** glibc or musl on Linux, null elsewhere. */
export function detectLibc(): Host['libc'] {
  if (process.platform !== 'linux') return null
  const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined
  if (report?.header?.glibcVersionRuntime) return 'glibc'
  try {
    if (readdirSync('/lib').some((name) => name.startsWith('ld-musl-'))) return 'musl'
  } catch {
    // No /lib: fall through.
  }
  return existsSync('/etc/alpine-release') ? 'musl' : 'glibc'
}

export function detectHost(env: NodeJS.ProcessEnv = process.env): Host {
  const os = OS_NAMES[process.platform] ?? process.platform
  const arch = process.arch
  const libc = detectLibc()
  return {
    os,
    arch,
    libc,
    label: [os, arch, libc].filter(Boolean).join('-'),
    runner: env.RUNNER_NAME || null
  }
}

/** The host as release assets are chosen for it; undefined where no runtime publishes builds. */
export function platformOf(host: Host): Platform | undefined {
  if (host.os !== 'linux' && host.os !== 'macos' && host.os !== 'windows') return undefined
  if (host.arch !== 'x64' && host.arch !== 'arm64') return undefined
  return { os: host.os, arch: host.arch, libc: host.os === 'linux' ? (host.libc ?? 'glibc') : null }
}
