// Reads the raw inputs (action inputs or CLI flags, as strings) into a Plan.
// Every problem is collected, so one message names all of them.
import { isProbeName, PROBE_SETS } from '../probes/index.js'
import { redact } from '../redact.js'
import { INTERPRETER_ORDER, RUNTIME_IDS, runtimeIdOf } from '../runtimes/index.js'
import type { ProbeInputKey } from './declared.js'
import {
  DEFAULT_API_URL,
  DEFAULT_DOWNLOAD_URL,
  DEFAULT_TIMEOUT_SECONDS,
  MAX_TIMEOUT_SECONDS,
  MIN_TIMEOUT_SECONDS
} from './defaults.js'

export {
  DEFAULT_API_URL,
  DEFAULT_DOWNLOAD_URL,
  DEFAULT_TIMEOUT_SECONDS,
  MAX_TIMEOUT_SECONDS
} from './defaults.js'

export type FailOn =
  | { kind: 'none' }
  | { kind: 'any' }
  /** These runtimes must pass (`native` is the list ['native']). */
  | { kind: 'runtimes'; ids: string[] }

export interface InstallPlan {
  /** Runtime id → the version asked for (`48.0.0`, `48`, `1.11`, `latest`); absent: the pinned default. */
  versions: Record<string, string>
  token: string
  apiUrl: string
  downloadUrl: string
  verify: boolean
  /** Keep installed runtimes in the Actions cache too. */
  cache: boolean
  /**
   * `install: if-available`: what cannot be installed is reported, and never fails the step. Absent
   * (`install: true`): a requested runtime that fails to install fails the step, as setup-* actions do.
   */
  bestEffort?: true
}

export interface Plan {
  runtimes: string[]
  /** Probe sets and ids asked for (`basic` when none); the basic probes always run. */
  probes: string[]
  /** The user's modules: files, globs or suite directories. */
  modules?: string[]
  /** wasi-testsuite expectation files (TOML), or folders of them laid out as `<runtime>/<os>.toml`. */
  expectations?: string[]
  timeoutSeconds: number
  /**
   * Set when the user gave a timeout: it then applies to the user's modules
   * too, which otherwise get the official wasi-testsuite runner's limit.
   */
  testTimeoutSeconds?: number
  failOn: FailOn
  summary: boolean
  resultPath: string
  /** How the result names this host (`label` input); default `os-arch[-libc]`. */
  label?: string
  /** `native: register...`: make .wasm files run directly (binfmt_misc). */
  native?: { register: true; runtime?: string; force: boolean; keep: boolean }
  /** Present when missing runtimes are to be installed (`install: true` or `if-available`). */
  install?: InstallPlan
}

/** Inputs as given (action inputs, or CLI flags), empty or absent meaning "the default". */
export type RawInputs = Partial<Record<ProbeInputKey, string>>

/** How the caller names each input in messages: `input 'fail-on'` or `--fail-on`. */
export type InputNamer = (input: keyof RawInputs) => string

/** Runtimes that come with the machine, never installed, so never versioned. */
const NOT_INSTALLABLE = ['native', 'node']
export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'))
    this.name = 'InputError'
  }
}

/** Splits a comma, space or newline separated list. */
export function splitList(value: string): string[] {
  return value
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter(Boolean)
}

/**
 * `defaultResultPath` gets the label asked for (undefined: the host's own),
 * since the result file is named after it.
 */
export function parsePlan(
  raw: RawInputs,
  defaultResultPath: (label: string | undefined) => string,
  nameOf: InputNamer
): Plan {
  const problems: string[] = []
  const known = RUNTIME_IDS.join(', ')

  const installMode = parseInstall(raw.install, nameOf('install'), problems)
  const install = installMode !== 'off'
  let runtimes = [...RUNTIME_IDS]
  const versions: Record<string, string> = {}
  const entries = splitList(raw.runtimes ?? '').map((item) => {
    const [name, version] = item.split('@', 2)
    return { item, id: runtimeIdOf(name) ?? name.toLowerCase(), version }
  })
  const listed = entries.map((entry) => entry.id)
  for (const entry of entries) if (entry.version !== undefined) versions[entry.id] = entry.version
  const repeated = listed.filter((id, at) => RUNTIME_IDS.includes(id) && listed.indexOf(id) !== at)
  for (const id of new Set(repeated)) {
    const given = entries.filter((entry) => entry.id === id).map((entry) => entry.item)
    problems.push(
      `${nameOf('runtimes')} names ${id} more than once (${quoteList(given)}). ` +
        'Accepted: one entry per runtime; a step probes one version of each, so probe another version in a step of its own.'
    )
  }
  if (listed.length > 0 && !(listed.length === 1 && listed[0] === 'all')) {
    const unknown = listed.filter((id) => !RUNTIME_IDS.includes(id))
    if (unknown.length > 0) {
      problems.push(
        `${nameOf('runtimes')} has ${quoteList(unknown)}, not a known runtime. ` +
          `Accepted: ${known}, or all (comma, space or newline separated), each optionally @version.`
      )
    }
    runtimes = RUNTIME_IDS.filter((id) => listed.includes(id))
  }
  for (const [id, version] of Object.entries(versions)) {
    if (id === 'all')
      problems.push(
        `${nameOf('runtimes')} has "all@${version}": all takes no version. Name the runtimes to pin, e.g. wasmtime@${version}.`
      )
    if (!RUNTIME_IDS.includes(id)) continue
    if (NOT_INSTALLABLE.includes(id)) {
      problems.push(
        `${nameOf('runtimes')} has "${id}@${version}": ${id} is never installed, so it takes no version.`
      )
    } else if (!isVersionSpec(version)) {
      problems.push(
        `${nameOf('runtimes')} has "${id}@${version}": "${version}" is not a version. ` +
          'Accepted: a full version (48.0.0, 2.0.0-beta.9), a partial one (48, 1.11) or latest.'
      )
    } else if (!install) {
      problems.push(
        `${nameOf('runtimes')} asks for "${id}@${version}", but ${nameOf('install')} is false: ` +
          `versions are installed, never looked for. Turn ${nameOf('install')} on, or drop the version.`
      )
    }
  }

  let timeoutSeconds = DEFAULT_TIMEOUT_SECONDS
  let timeoutGiven = false
  const timeoutText = (raw.timeout ?? '').trim()
  if (timeoutText !== '') {
    const value = Number(timeoutText)
    if (
      !/^\d+(\.\d+)?$/.test(timeoutText) ||
      !(value >= MIN_TIMEOUT_SECONDS) ||
      value > MAX_TIMEOUT_SECONDS
    ) {
      problems.push(
        `${nameOf('timeout')} is "${timeoutText}". Accepted: a number of seconds per module run, ` +
          `from ${MIN_TIMEOUT_SECONDS} (a millisecond) to ${MAX_TIMEOUT_SECONDS} (default ${DEFAULT_TIMEOUT_SECONDS}).`
      )
    } else {
      timeoutSeconds = value
      timeoutGiven = true
    }
  }

  const probes = splitList((raw.probes ?? '').toLowerCase())
  const unknownProbes = probes.filter((name) => !isProbeName(name))
  if (unknownProbes.length > 0) {
    problems.push(
      `${nameOf('probes')} has ${quoteList(unknownProbes)}, not a probe set or probe id. ` +
        `Accepted: ${[...PROBE_SETS.keys()].join(', ')}, or probe ids such as wasi-args or feature-simd ` +
        '(comma, space or newline separated).'
    )
  }

  const summary = parseBoolean(raw.summary, true, nameOf('summary'), problems)
  const verify = parseBoolean(raw.verify, true, nameOf('verify'), problems)
  const cache = parseBoolean(raw.cache, false, nameOf('cache'), problems)
  const apiUrl = parseUrl(raw.githubApiUrl, DEFAULT_API_URL, 'githubApiUrl', nameOf, problems)
  const downloadUrl = parseUrl(raw.downloadUrl, DEFAULT_DOWNLOAD_URL, 'downloadUrl', nameOf, problems)
  const native = parseNative(raw.native ?? '', nameOf, problems)
  const nativeKeep = parseBoolean(raw.nativeKeep, false, nameOf('nativeKeep'), problems)
  if (native && !runtimes.includes('native')) runtimes = ['native', ...runtimes]
  // After native joins the runtimes: `fail-on: native` with `native: register` needs no `runtimes: native`.
  const failOn = parseFailOn(raw.failOn ?? '', runtimes, nameOf, problems)

  const label = (raw.label ?? '').trim() || undefined
  if (label !== undefined && [...label].some((ch) => ch.charCodeAt(0) < 0x20)) {
    problems.push(
      `${nameOf('label')} holds a line break or control character. Accepted: one line of text, e.g. linux-x64-glibc.`
    )
  }
  const resultPath = (raw.resultPath ?? '').trim() || defaultResultPath(label)

  const modules = splitPaths(raw.modules)
  const expectations = splitPaths(raw.expectations)
  if (expectations.length > 0 && modules.length === 0) {
    problems.push(
      `${nameOf('expectations')} is set, but ${nameOf('modules')} is empty: expectations apply to the tests ` +
        `of your modules. Set ${nameOf('modules')} to the suites they are for, or leave ${nameOf('expectations')} empty.`
    )
  }
  if (problems.length > 0) throw new InputError(problems)
  return {
    runtimes,
    probes: probes.length > 0 ? probes : ['basic'],
    ...(modules.length > 0 ? { modules } : {}),
    ...(expectations.length > 0 ? { expectations } : {}),
    timeoutSeconds,
    ...(timeoutGiven ? { testTimeoutSeconds: timeoutSeconds } : {}),
    failOn,
    summary,
    resultPath,
    ...(label !== undefined ? { label } : {}),
    ...(native ? { native: { ...native, keep: nativeKeep } } : {}),
    ...(install
      ? {
          install: {
            versions,
            token: (raw.token ?? '').trim(),
            apiUrl,
            downloadUrl,
            verify,
            cache,
            ...(installMode === 'if-available' ? { bestEffort: true as const } : {})
          }
        }
      : {})
  }
}

/** Paths or labels, comma or newline separated: they may hold spaces. */
export function splitPaths(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean)
}

/** `detect` (nothing to do), `register`, `register:<runtime>`, each optionally with `force`. */
function parseNative(
  text: string,
  nameOf: InputNamer,
  problems: string[]
): { register: true; runtime?: string; force: boolean } | undefined {
  const words = splitList(text.toLowerCase())
  if (words.length === 0 || (words.length === 1 && words[0] === 'detect')) return undefined
  const [mode, ...rest] = words
  const [verb, runtime] = mode.split(':', 2)
  const force = rest.length === 1 && rest[0] === 'force'
  if (
    verb !== 'register' ||
    (rest.length > 0 && !force) ||
    (runtime !== undefined && !INTERPRETER_ORDER.includes(runtimeIdOf(runtime) ?? runtime))
  ) {
    problems.push(
      `${nameOf('native')} is "${text.trim()}". Accepted: detect, register, or register:<runtime> ` +
        `(${INTERPRETER_ORDER.join(', ')}), optionally followed by force.`
    )
    return undefined
  }
  return { register: true, ...(runtime ? { runtime: runtimeIdOf(runtime) ?? runtime } : {}), force }
}

/** `48.0.0`, `2.0.0-beta.9`, `48`, `1.11` or `latest`. */
export function isVersionSpec(text: string): boolean {
  return text === 'latest' || /^\d+(\.\d+){0,2}(-[0-9A-Za-z.-]+)?$/.test(text)
}

/**
 * `install`: false (empty too), true, or if-available (best effort: an install that fails never fails
 * the step), in any case.
 */
function parseInstall(
  value: string | undefined,
  name: string,
  problems: string[]
): 'off' | 'true' | 'if-available' {
  const text = (value ?? '').trim()
  if (/^if-available$/i.test(text)) return 'if-available'
  if (text === '' || /^(true|false)$/i.test(text))
    return parseBoolean(text, false, name, problems) ? 'true' : 'off'
  problems.push(
    `${name} is "${text}". Accepted: true (a requested runtime that fails to install fails the step), ` +
      'if-available (install what can be, never fail the step for an install) or false.'
  )
  return 'off'
}

/** `true` or `false` in any case; empty is `fallback`; anything else is a problem naming `name`. */
export function parseBoolean(
  value: string | undefined,
  fallback: boolean,
  name: string,
  problems: string[]
): boolean {
  const text = (value ?? '').trim()
  if (text === '') return fallback
  if (/^true$/i.test(text)) return true
  if (/^false$/i.test(text)) return false
  problems.push(`${name} is "${text}". Accepted: true or false.`)
  return fallback
}

function parseUrl(
  value: string | undefined,
  fallback: string,
  input: keyof RawInputs,
  nameOf: InputNamer,
  problems: string[]
): string {
  const text = (value ?? '').trim()
  if (text === '') return fallback
  try {
    const url = new URL(text)
    if (url.protocol === 'https:' || url.protocol === 'http:') return text.replace(/\/+$/, '')
  } catch {
    // Reported below.
  }
  // A URL may carry a password (`user:pass@`): the message, which goes into the result file, does not.
  problems.push(
    `${nameOf(input)} is "${redact(text, [])}". Accepted: an http(s) URL, for example ${fallback}.`
  )
  return fallback
}

/**
 * A `fail-on` rule: none, any, or runtime ids (aliases such as iwasm too),
 * as the probe and the report both take it. `name` names the input in messages.
 */
export function parseFailOnRule(text: string, name: string, problems: string[]): FailOn {
  const words = splitList(text.toLowerCase()).map((word) => runtimeIdOf(word) ?? word)
  const accepted = `Accepted: none, native, any, or a list of runtime ids that must pass (${RUNTIME_IDS.join(', ')}).`
  if (words.length === 0 || (words.length === 1 && words[0] === 'none')) return { kind: 'none' }
  if (words.length === 1 && words[0] === 'any') return { kind: 'any' }
  const unknown = words.filter((word) => !RUNTIME_IDS.includes(word))
  if (unknown.length > 0) {
    problems.push(`${name} is "${text.trim()}": ${quoteList(unknown)} is not a runtime id. ${accepted}`)
    return { kind: 'none' }
  }
  return { kind: 'runtimes', ids: [...new Set(words)] }
}

function parseFailOn(text: string, runtimes: string[], nameOf: InputNamer, problems: string[]): FailOn {
  const rule = parseFailOnRule(text, nameOf('failOn'), problems)
  const notProbed = rule.kind === 'runtimes' ? rule.ids.filter((id) => !runtimes.includes(id)) : []
  if (notProbed.length > 0) {
    problems.push(
      `${nameOf('failOn')} requires ${quoteList(notProbed)} to pass, but ${nameOf('runtimes')} does not probe it. ` +
        `Add it to ${nameOf('runtimes')} or remove it from ${nameOf('failOn')}.`
    )
  }
  return rule
}

function quoteList(items: string[]): string {
  return items.map((item) => `"${item}"`).join(', ')
}
