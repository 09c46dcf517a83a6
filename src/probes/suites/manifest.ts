// A suite's identity, as the official runner decides it (_read_manifest in
// test_suite_runner.py): its manifest.json names it and gives its WASI version;
// without one, a folder named after a WASI version takes its parent's path as
// the name, and any other folder is a preview1 suite named by its own path.
import { existsSync, readFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { WASI_VERSIONS, type WasiVersion } from '../../result/index.js'

/** How a WASI version reads in a sentence. */
export interface SuiteIdentity {
  name: string
  wasiVersion: WasiVersion
}

const isWasiVersion = (value: unknown): value is WasiVersion =>
  (WASI_VERSIONS as readonly unknown[]).includes(value)

/**
 * The identity of the suite in `dir`; `shownPath` is the folder as the user
 * wrote it, which the runner uses as the name when nothing better is known.
 * `versionDeclared`: the manifest or the folder's name gives the version (else
 * it is preview1 by default).
 */
export function readSuiteIdentity(
  dir: string,
  shownPath: string
): { identity?: SuiteIdentity; problems: string[]; versionDeclared?: boolean } {
  const folder = basename(dir)
  let name = isWasiVersion(folder) ? dirname(shownPath) : shownPath
  let wasiVersion: WasiVersion = isWasiVersion(folder) ? folder : 'wasm32-wasip1'
  let versionDeclared = isWasiVersion(folder)
  const manifestPath = join(dir, 'manifest.json')
  if (!existsSync(manifestPath)) return { identity: { name, wasiVersion }, problems: [], versionDeclared }

  let manifest: unknown
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
  } catch (error) {
    return {
      problems: [
        `${manifestPath} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`
      ]
    }
  }
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest))
    return { problems: [`${manifestPath} is not a JSON object`] }
  const problems: string[] = []
  for (const [key, value] of Object.entries(manifest)) {
    if (key === 'name' && typeof value === 'string') name = value
    else if (key === 'version' && isWasiVersion(value)) {
      wasiVersion = value
      versionDeclared = true
    } else if (key === 'name') problems.push(`${manifestPath}: "name" must be a string`)
    else if (key === 'version')
      problems.push(
        `${manifestPath}: "version" is ${JSON.stringify(value)}; accepted: ${WASI_VERSIONS.join(', ')}`
      )
    else problems.push(`${manifestPath} has "${key}"; a manifest holds only "name" and "version"`)
  }
  return problems.length > 0 ? { problems } : { identity: { name, wasiVersion }, problems, versionDeclared }
}
