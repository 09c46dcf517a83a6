// Reads the raw inputs (action inputs or CLI flags, as strings) into a Plan.
// Every problem is collected, so one message names all of them.
import { RUNTIME_IDS } from './runtimes/index.js'

export type FailOn =
  | { kind: 'none' }
  | { kind: 'any' }
  /** These runtimes must pass (`native` is the list ['native']). */
  | { kind: 'runtimes'; ids: string[] }

export interface Plan {
  runtimes: string[]
  timeoutSeconds: number
  failOn: FailOn
  summary: boolean
  resultPath: string
}

/** Inputs as given, empty or absent meaning "the default". */
export interface RawInputs {
  runtimes?: string
  timeout?: string
  failOn?: string
  summary?: string
  resultPath?: string
}

/** How the caller names each input in messages: `input 'fail-on'` or `--fail-on`. */
export type InputNamer = (input: keyof RawInputs) => string

export const DEFAULT_TIMEOUT_SECONDS = 10
export const MAX_TIMEOUT_SECONDS = 3600
const ALIASES: Record<string, string> = { iwasm: 'wamr' }

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

export function parsePlan(raw: RawInputs, defaultResultPath: string, nameOf: InputNamer): Plan {
  const problems: string[] = []
  const known = RUNTIME_IDS.join(', ')

  let runtimes = [...RUNTIME_IDS]
  const listed = splitList(raw.runtimes ?? '').map((id) => {
    const lower = id.toLowerCase()
    return ALIASES[lower] ?? lower
  })
  if (listed.length > 0 && !(listed.length === 1 && listed[0] === 'all')) {
    const unknown = listed.filter((id) => !RUNTIME_IDS.includes(id))
    if (unknown.length > 0) {
      problems.push(
        `${nameOf('runtimes')} has ${quoteList(unknown)}, not a known runtime. ` +
          `Accepted: ${known}, or all (comma, space or newline separated).`
      )
    }
    runtimes = RUNTIME_IDS.filter((id) => listed.includes(id))
  }

  let timeoutSeconds = DEFAULT_TIMEOUT_SECONDS
  const timeoutText = (raw.timeout ?? '').trim()
  if (timeoutText !== '') {
    const value = Number(timeoutText)
    if (!/^\d+(\.\d+)?$/.test(timeoutText) || !(value > 0) || value > MAX_TIMEOUT_SECONDS) {
      problems.push(
        `${nameOf('timeout')} is "${timeoutText}". Accepted: a number of seconds per module run, ` +
          `greater than 0 and at most ${MAX_TIMEOUT_SECONDS} (default ${DEFAULT_TIMEOUT_SECONDS}).`
      )
    } else {
      timeoutSeconds = value
    }
  }

  const failOn = parseFailOn(raw.failOn ?? '', runtimes, nameOf, problems)

  let summary = true
  const summaryText = (raw.summary ?? '').trim()
  if (summaryText !== '') {
    if (/^true$/i.test(summaryText)) summary = true
    else if (/^false$/i.test(summaryText)) summary = false
    else problems.push(`${nameOf('summary')} is "${summaryText}". Accepted: true or false.`)
  }

  const resultPath = (raw.resultPath ?? '').trim() || defaultResultPath

  if (problems.length > 0) throw new InputError(problems)
  return { runtimes, timeoutSeconds, failOn, summary, resultPath }
}

function parseFailOn(text: string, runtimes: string[], nameOf: InputNamer, problems: string[]): FailOn {
  const words = splitList(text.toLowerCase()).map((word) => ALIASES[word] ?? word)
  const accepted = `Accepted: none, native, any, or a list of runtime ids that must pass (${RUNTIME_IDS.join(', ')}).`
  if (words.length === 0 || (words.length === 1 && words[0] === 'none')) return { kind: 'none' }
  if (words.length === 1 && words[0] === 'any') return { kind: 'any' }

  const unknown = words.filter((word) => !RUNTIME_IDS.includes(word))
  if (unknown.length > 0) {
    problems.push(
      `${nameOf('failOn')} is "${text.trim()}": ${quoteList(unknown)} is not a runtime id. ${accepted}`
    )
    return { kind: 'none' }
  }
  const notProbed = words.filter((word) => !runtimes.includes(word))
  if (notProbed.length > 0) {
    problems.push(
      `${nameOf('failOn')} requires ${quoteList(notProbed)} to pass, but ${nameOf('runtimes')} does not probe it. ` +
        `Add it to ${nameOf('runtimes')} or remove it from ${nameOf('failOn')}.`
    )
  }
  return { kind: 'runtimes', ids: [...new Set(words)] }
}

function quoteList(items: string[]): string {
  return items.map((item) => `"${item}"`).join(', ')
}
