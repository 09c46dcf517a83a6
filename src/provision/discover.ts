// Finds each runtime's executable: on PATH first, then in the runner's tool cache.
import { accessSync, constants, readdirSync, statSync } from 'node:fs'
import { delimiter, dirname, join } from 'node:path'
import type { RuntimeSource } from '../result/index.js'
import type { JcoRuntimeSpec, RuntimeSpec } from '../runtimes/spec.js'
import { packageRootOf } from './node-packages.js'

export interface Located {
  path: string
  source: RuntimeSource
  /** A folder of shared libraries the binary needs on the loader's path (WasmEdge). */
  libDir?: string
  /** For a runtime that is a package for Node (jco): the package's folder, which `path` runs. */
  packageDir?: string
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

function isExecutable(path: string): boolean {
  if (process.platform === 'win32') return true
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** Every runtime ships a real executable: `.cmd` shims cannot be spawned without a shell. */
function executableName(binary: string): string {
  return process.platform === 'win32' ? `${binary}.exe` : binary
}

/**
 * The first executable named `binary` in `dirs`. When there is only a file of
 * that name that cannot be executed, that file: running it then reports why
 * (EACCES) instead of calling the runtime missing.
 */
export function findExecutable(binary: string, dirs: string[]): string | undefined {
  let notExecutable: string | undefined
  for (const dir of dirs) {
    const candidate = join(dir, executableName(binary))
    if (!isFile(candidate)) continue
    if (isExecutable(candidate)) return candidate
    notExecutable ??= candidate
  }
  return notExecutable
}

export function pathDirs(env: NodeJS.ProcessEnv): string[] {
  const path = env.PATH ?? env.Path ?? ''
  return path.split(delimiter).filter(Boolean)
}

/** Compares dotted versions numerically, highest first; non-numeric parts last. */
export function compareVersionsDescending(a: string, b: string): number {
  const parts = (v: string) => v.split(/[.+-]/).map((p) => (/^\d+$/.test(p) ? Number(p) : -1))
  const pa = parts(a)
  const pb = parts(b)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pb[i] ?? 0) - (pa[i] ?? 0)
    if (diff !== 0) return diff
  }
  return 0
}

/**
 * The runtime in the tool cache laid out as @actions/tool-cache does:
 * `$RUNNER_TOOL_CACHE/<id>/<version>/<arch>/` with a `<arch>.complete` marker.
 * The binary may sit at the top, in `bin/`, or in one folder below (archives
 * with a top folder).
 */
export function findInToolCache(
  id: string,
  binary: string,
  env: NodeJS.ProcessEnv,
  arch = process.arch
): string | undefined {
  const cacheRoot = env.RUNNER_TOOL_CACHE
  if (!cacheRoot) return undefined
  const toolDir = join(cacheRoot, id)
  let versions: string[]
  try {
    versions = readdirSync(toolDir)
  } catch {
    return undefined
  }
  for (const version of versions.sort(compareVersionsDescending)) {
    const dir = join(toolDir, version, arch)
    if (!isFile(`${dir}.complete`)) continue
    const found = findBinaryIn(dir, binary)
    if (found) return found
  }
  return undefined
}

/**
 * The binary in an unpacked release: at the top, in `bin/`, or the same one
 * folder down (archives with a top folder, like `wasmtime-v48.0.0-x86_64-linux/`).
 */
export function findBinaryIn(root: string, binary: string): string | undefined {
  const subdirs = safeReaddir(root).map((name) => join(root, name))
  return findExecutable(binary, [
    root,
    join(root, 'bin'),
    ...subdirs,
    ...subdirs.map((dir) => join(dir, 'bin'))
  ])
}

/** A library folder (`lib`, `lib64`) beside the `bin/` that holds `binary`, if any. */
export function libraryDirFor(binary: string, libDirs: readonly string[] | undefined): string | undefined {
  if (!libDirs) return undefined
  const root = dirname(dirname(binary))
  return libDirs.map((name) => join(root, name)).find(isDirectory)
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
  } catch {
    return []
  }
}

/** Where `spec` can be run from, or undefined when it is not on this machine. */
export function locate(spec: RuntimeSpec, env: NodeJS.ProcessEnv = process.env): Located | undefined {
  if (spec.kind === 'native') return undefined
  const onPath = findExecutable(spec.binary, pathDirs(env))
  if (spec.kind === 'node') return { path: onPath ?? process.execPath, source: onPath ? 'path' : 'self' }
  if (spec.kind === 'jco') return locatePackage(spec, onPath, env)
  const path = onPath ?? findInToolCache(spec.id, spec.binary, env)
  if (path) return withLibraryDir({ path, source: onPath ? 'path' : 'tool-cache' }, spec.release.libDirs)
  // An older release's executable (wasmi_cli) is found on PATH only: no installer ever put one in the cache.
  for (const older of spec.olderBinaries ?? []) {
    const found = findExecutable(older, pathDirs(env))
    if (found) return withLibraryDir({ path: found, source: 'path' }, spec.release.libDirs)
  }
  return undefined
}

export function withLibraryDir(located: Located, libDirs: readonly string[] | undefined): Located {
  const libDir = libraryDirFor(located.path, libDirs)
  return libDir ? { ...located, libDir } : located
}

/**
 * jco: its command on PATH when that belongs to its package (any other `jco`
 * is not it), else the newest install in the tool cache (`bin/jco` there).
 */
function locatePackage(
  spec: JcoRuntimeSpec,
  onPath: string | undefined,
  env: NodeJS.ProcessEnv
): Located | undefined {
  const fromPath = onPath && packageRootOf(onPath, spec.package)
  if (onPath && fromPath) return { path: onPath, source: 'path', packageDir: fromPath }
  const cached = findInToolCache(spec.id, spec.binary, env)
  const packageDir = cached && packageRootOf(cached, spec.package)
  return cached && packageDir ? { path: cached, source: 'tool-cache', packageDir } : undefined
}
