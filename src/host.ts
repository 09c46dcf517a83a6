// The machine the probe runs on, as the result file and the label name it.
import { existsSync, readdirSync } from 'node:fs'
import type { Host } from './report/result.js'

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
