// Installs a runtime that is a package for Node (jco) the way a careful user
// would: npm, beside the Node running wasi-probe, installs the pinned versions
// into a folder of their own (no install scripts run), the integrity npm
// checked each top-level package's tarball against must be the manifest's,
// and the folder is renamed into the tool cache with `bin/<command>` in it.
import * as tc from '@actions/tool-cache'
import {
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { dirname, join, relative } from 'node:path'
import semver from 'semver'
import { findExecutable, type Located, pathDirs } from './discover.js'
import type { InstallOutcome } from './install.js'
import { findPackageFrom, packageRootOf } from './node-packages.js'
import { runProcess } from '../run/process.js'
import { moveIntoToolCache, stagingDir } from './tool-cache.js'
import type { InstallRecord } from '../result/index.js'
import { MANIFEST, type ManifestEntry } from '../runtimes/manifest.js'
import type { JcoRuntimeSpec } from '../runtimes/spec.js'
import type { RuntimeCache } from './actions-cache.js'

export interface NpmInstallSettings {
  arch: string
  env: NodeJS.ProcessEnv
  /** false: a version the manifest does not pin is installed with npm's own registry check only, with a warning. */
  verify: boolean
  manifest?: Record<string, ManifestEntry>
  cache?: RuntimeCache
  warn?: (message: string) => void
  /** The Node that runs npm, beside which npm is looked for first; default: the one running wasi-probe. */
  nodePath?: string
}

/** npm has this long to install. */
const NPM_TIMEOUT_MS = 10 * 60_000

class StageFailure extends Error {
  constructor(
    readonly stage: 'resolve' | 'download' | 'verify' | 'extract',
    message: string
  ) {
    super(message)
  }
}

/**
 * npm's own program (bin/npm-cli.js), run with the Node running wasi-probe:
 * beside it as Node's installers lay it out, else what `npm` on PATH links to.
 */
export function findNpmCli(env: NodeJS.ProcessEnv, nodePath = process.execPath): string | undefined {
  const nodeDir = dirname(nodePath)
  const candidates = [
    join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
    join(nodeDir, 'node_modules', 'npm', 'bin', 'npm-cli.js')
  ]
  const onPath = findExecutable('npm', [nodeDir, ...pathDirs(env)])
  if (onPath) {
    const root = packageRootOf(onPath, 'npm')
    if (root) candidates.push(join(root, 'bin', 'npm-cli.js'))
  }
  return candidates.find((path) => existsSync(path))
}

export async function installNodePackage(
  spec: JcoRuntimeSpec,
  requested: string | undefined,
  settings: NpmInstallSettings
): Promise<InstallOutcome> {
  const entry = (settings.manifest ?? MANIFEST)[spec.id]
  const wanted = requested ?? entry?.default ?? 'latest'
  const record: InstallRecord = { requested: wanted, version: null }
  let stage: StageFailure['stage'] = 'resolve'
  try {
    const pinned = Object.keys(entry?.npm ?? {})
    const version = semver.valid(wanted) ?? semver.maxSatisfying(pinned, wanted === 'latest' ? '*' : wanted)
    if (!version)
      throw new StageFailure(
        'resolve',
        `${spec.package} ${wanted}: the manifest pins ${pinned.join(', ') || 'no version'}; ask for one of them`
      )
    record.version = version
    const there = fromToolCache(spec, version, settings.arch)
    if (there) return { kind: 'ready', located: there, record }
    if (settings.cache && (await settings.cache.restore(spec.id, version))) {
      const restored = fromToolCache(spec, version, settings.arch)
      if (restored) return { kind: 'ready', located: { ...restored, source: 'cache' }, record }
    }
    // name@version → the integrity npm must have checked its tarball against.
    const pins = entry?.npm?.[version]
    if (!pins && settings.verify)
      throw new StageFailure(
        'verify',
        `the manifest pins no integrity for ${spec.package}@${version} (set verify: false to install it with npm's own registry check only)`
      )
    const packages = pins
      ? Object.keys(pins)
      : [`${spec.package}@${version}`, ...spec.installs.map((name) => `${name}@latest`)]
    record.asset = packages.join(', ')
    const nodePath = settings.nodePath ?? process.execPath
    const npmCli = findNpmCli(settings.env, nodePath)
    if (!npmCli)
      throw new StageFailure(
        'download',
        `installing jco needs npm, which is neither beside ${nodePath} nor on PATH`
      )

    stage = 'download'
    const staged = stagingDir()
    try {
      mkdirSync(staged, { recursive: true })
      await npmInstall(nodePath, npmCli, packages, staged, settings.env)
      stage = 'verify'
      if (pins) checkIntegrity(staged, pins)
      else
        settings.warn?.(
          `${spec.id}: ${record.asset} installed with npm's registry check only (verify: false)`
        )
      record.verifiedBy = pins ? 'manifest' : 'unverified'
      stage = 'extract'
      linkCommand(spec, staged)
      const dir = moveIntoToolCache(staged, spec.id, version, settings.arch, (there) =>
        Boolean(packageIn(spec, there))
      )
      const located = packageIn(spec, dir)
      if (!located) throw new StageFailure('extract', `${dir} has no ${spec.package} after the install`)
      await settings.cache?.save(spec.id, version)
      return { kind: 'ready', located: { ...located, source: 'installed' }, record }
    } finally {
      rmSync(staged, { recursive: true, force: true })
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { kind: 'failed', stage: error instanceof StageFailure ? error.stage : stage, reason, record }
  }
}

function fromToolCache(spec: JcoRuntimeSpec, version: string, arch: string): Located | undefined {
  const dir = tc.find(spec.id, version, arch)
  return dir ? packageIn(spec, dir) : undefined
}

/** The command and its package in an installed folder. */
function packageIn(spec: JcoRuntimeSpec, dir: string): Located | undefined {
  const path = join(dir, 'bin', spec.binary)
  const packageDir = existsSync(path) ? packageRootOf(path, spec.package) : undefined
  return packageDir ? { path, source: 'tool-cache', packageDir } : undefined
}

/**
 * npm into `dir`: the packages and what they need, no install scripts, no
 * audit, nothing saved outside `dir` but npm's own cache.
 */
async function npmInstall(
  nodePath: string,
  npmCli: string,
  packages: string[],
  dir: string,
  env: NodeJS.ProcessEnv
) {
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'wasi-probe-runtime', private: true }))
  const npmEnv = { ...env }
  // Where npm installs is `dir`, whatever the caller's npm was told (npm run sets these).
  for (const name of Object.keys(npmEnv))
    if (/^npm_config_(prefix|global|location|dry_run|package_lock_only)$/i.test(name)) delete npmEnv[name]
  const observation = await runProcess({
    command: nodePath,
    args: [
      npmCli,
      'install',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      '--omit=dev',
      '--loglevel=error',
      '--prefix',
      dir,
      ...packages
    ],
    timeoutMs: NPM_TIMEOUT_MS,
    env: npmEnv,
    cwd: dir
  })
  if (observation.exitCode === 0) return
  const said = observation.stderr.text.trim().split('\n').slice(0, 3).join(' ')
  throw new StageFailure(
    'download',
    observation.timedOut
      ? `npm install did not finish in ${NPM_TIMEOUT_MS / 60_000} minutes`
      : `npm install ${packages.join(' ')} failed (${observation.spawnError ?? `exit code ${observation.exitCode}`}): ${said}`
  )
}

/** Each pinned package is the version asked for, and npm checked its tarball against the pinned integrity. */
export function checkIntegrity(dir: string, pins: Record<string, string>): void {
  const lock = JSON.parse(readFileSync(join(dir, 'node_modules', '.package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string; integrity?: string }>
  }
  for (const [spec, integrity] of Object.entries(pins)) {
    const at = spec.lastIndexOf('@')
    const [name, version] = [spec.slice(0, at), spec.slice(at + 1)]
    const installed = lock.packages[`node_modules/${name}`]
    if (installed?.version !== version || installed.integrity !== integrity)
      throw new StageFailure(
        'verify',
        `${spec}: npm installed ${installed?.version ?? 'nothing'} with integrity ${installed?.integrity ?? 'none'}, the manifest pins ${integrity}`
      )
  }
}

/** `bin/<command>`, linked to the package's bin: later steps get that one command on PATH, not its dependencies'. */
function linkCommand(spec: JcoRuntimeSpec, dir: string): void {
  const packageDir = findPackageFrom(dir, spec.package)
  if (!packageDir) throw new StageFailure('extract', `npm installed no ${spec.package}`)
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    bin?: Record<string, string>
  }
  const target = manifest.bin?.[spec.binary]
  if (!target) throw new StageFailure('extract', `${spec.package} has no ${spec.binary} command`)
  const bin = join(dir, 'bin')
  mkdirSync(bin, { recursive: true })
  // Relative: the folder is renamed into the tool cache afterwards.
  symlinkSync(relative(bin, realpathSync(join(packageDir, target))), join(bin, spec.binary))
}
