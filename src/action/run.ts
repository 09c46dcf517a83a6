// The probe action: read inputs, run the engine, publish outputs, summary and
// result file. The engine below it knows nothing of @actions/core, so the CLI
// runs the same engine.
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { failedRunResult, runProbe } from '../engine.js'
import { newEntryName } from '../provision/binfmt.js'
import { howToInstall, installFailure, installsFailingTheStep } from '../provision/install-verdict.js'
import { cancelOnSignals } from '../run/cancel.js'
import { detectHost } from '../host.js'
import { actionInputName, PROBE_INPUTS } from '../inputs/declared.js'
import { InputError, type Plan, parsePlan, type RawInputs } from '../inputs/plan.js'
import { computeOutputs } from '../publish/outputs.js'
import { summaryMarkdown } from '../publish/summary.js'
import { defaultResultFileName, resultPathProblem, writeResultFile } from '../publish/result-file.js'
import { countsCell, countTests } from '../publish/capabilities.js'
import { shownName, shownPath, VERSION_CHARS } from '../publish/cells.js'
import { clipped, oneLine } from '../publish/escape.js'
import { probeReason, runtimeReason, streamsInOrder } from '../publish/runtime-words.js'
import {
  type ProbeOutcome,
  type ProbeResult,
  type RuntimeOutcome,
  TOOL_CACHE_SOURCES
} from '../result/index.js'
import { LIBRARY_PATH_VARIABLE, withLibraryPath } from '../runtimes/library-path.js'
import { urlSecrets } from '../redact.js'

/**
 * Named after the host's label: the report job downloads every leg's file into
 * one directory (`merge-multiple`), so the names must differ.
 */
function defaultResultPath(label: string | undefined, folder = process.env.RUNNER_TEMP || tmpdir()): string {
  return join(folder, defaultResultFileName(label ?? detectHost().label))
}

/** Where the result file goes; `problem` says why it is not where it was asked for, naming the input. */
interface ResultPlace {
  path: string | undefined
  problem?: string
}

/**
 * Checked before anything runs: a result path that cannot be written (a folder, a device, a name too
 * long, a folder in /proc) costs only itself. The file then goes where it would by default, so that
 * the upload of `result-file` still finds it.
 */
function placeResultFile(given: string | undefined, label: string | undefined): ResultPlace {
  const asked = given || defaultResultPath(label)
  const problem = resultPathProblem(asked)
  if (problem === undefined) return { path: asked }
  const what = given
    ? `${actionInputName(PROBE_INPUTS, 'resultPath')} is "${given}"`
    : `The result file's default place ${asked} cannot be used`
  const instead = [defaultResultPath(label), defaultResultPath(label, tmpdir())].find(
    (candidate) => resolve(candidate) !== resolve(asked) && resultPathProblem(candidate) === undefined
  )
  const outcome = instead
    ? `The result file is written to ${instead} instead (the result-file output names it).`
    : 'No result file can be written.'
  return {
    path: instead,
    problem: `${what}: ${problem}. Accepted: the path of a file that can be written. ${outcome}`
  }
}

/**
 * The label a failed run's result carries: the one asked for, also when the label input itself is
 * the bad input (its control characters then written as escapes, `\n`), so that the report shows
 * that leg's row with its error.
 */
function labelAskedFor(raw: RawInputs): string | undefined {
  const text = (raw.label ?? '').trim()
  return text === '' ? undefined : oneLine(text)
}

/** Every input, by its declared name. */
function readInputs(): RawInputs {
  return Object.fromEntries(PROBE_INPUTS.map((input) => [input.key, core.getInput(input.name)])) as RawInputs
}

/** How much of a reason or of a module's stderr the log shows; the result file keeps all of it. */
const LOGGED_CHARS = 2000

/** Text from outside as lines of the log, each without control characters, the first after `prefix`. */
function logLines(prefix: string, text: string): void {
  const [first, ...rest] = clipped(text, LOGGED_CHARS).split(/\r\n|\n/)
  core.info(`${prefix}${oneLine(first)}`)
  for (const line of rest) core.info(`${' '.repeat(prefix.length)}${oneLine(line)}`)
}

function logRuntime(runtime: RuntimeOutcome): void {
  const version = runtime.version ? ` (${oneLine(clipped(runtime.version, VERSION_CHARS))})` : ''
  core.startGroup(`${runtime.id}: ${runtime.status}${version}`)
  // What runtimes, modules and spec files say is logged without control characters, and the runner
  // must not take any of it for a workflow command: command processing stops until a token nobody
  // else knows.
  const token = randomUUID()
  core.info(`::stop-commands::${token}`)
  if (runtime.path) core.info(`path: ${oneLine(shownPath(runtime.path))} (${runtime.source})`)
  if (runtime.reason) logLines('', runtime.reason)
  for (const probe of runtime.probes.filter((p) => p.test === undefined)) {
    // With the runtime's own first error line, from the stream it writes its errors to.
    const reason = probe.reason ? probeReason(probe, runtime.id) : undefined
    core.info(
      `${probe.id}: ${probe.status}${reason ? `: ${oneLine(clipped(reason, LOGGED_CHARS))}` : ''} (${probe.durationMs} ms)`
    )
    if (probe.status === 'pass') continue
    for (const stream of streamsInOrder(runtime.id))
      if (probe[stream]) logLines(`  ${stream}: `, clipped(probe[stream].trim(), 500))
  }
  logTests(runtime.probes.filter((p) => p.test !== undefined))
  core.info(`::${token}::`)
  core.endGroup()
}

/** The user's tests: a count per suite, then each test that did not pass, with why. */
function logTests(tests: ProbeOutcome[]): void {
  const suites = [...new Set(tests.map((test) => test.suite))]
  for (const suite of suites) {
    const members = tests.filter((test) => test.suite === suite)
    core.info(`${oneLine(shownName(suite ?? 'modules on their own'))}: ${countsCell(countTests(members))}`)
    for (const test of members.filter((t) => t.status !== 'pass' && t.status !== 'unsupported'))
      core.info(
        `  ${oneLine(shownName(test.test ?? test.id))}: ${test.status}${test.reason ? `: ${oneLine(clipped(test.reason, LOGGED_CHARS))}` : ''}`
      )
    const unsupported = new Map<string, number>()
    for (const test of members.filter((t) => t.status === 'unsupported'))
      unsupported.set(test.reason ?? '', (unsupported.get(test.reason ?? '') ?? 0) + 1)
    for (const [reason, count] of unsupported)
      core.info(`  unsupported (${count}): ${oneLine(clipped(reason, LOGGED_CHARS))}`)
  }
}

/** Later steps find what this step installed: on PATH, with its libraries. */
function exportInstalled(result: ProbeResult): void {
  for (const runtime of result.runtimes) {
    if (!runtime.path || runtime.source === null || !TOOL_CACHE_SOURCES.includes(runtime.source)) continue
    core.addPath(dirname(runtime.path))
    if (!runtime.libDir) continue
    if (LIBRARY_PATH_VARIABLE === 'PATH') core.addPath(runtime.libDir)
    else
      core.exportVariable(
        LIBRARY_PATH_VARIABLE,
        withLibraryPath(process.env, runtime.libDir)[LIBRARY_PATH_VARIABLE]
      )
  }
}

function annotate(result: ProbeResult, plan: Plan): void {
  // With install: true, an install that failed is the step's error, said once after the results.
  const failingTheStep = installsFailingTheStep(plan, result.runtimes)
  for (const runtime of result.runtimes) {
    const notice = howToInstall(plan, runtime)
    if (notice) core.notice(notice, { title: `wasi-probe: ${runtime.id} missing` })
    if (failingTheStep.some((install) => install.id === runtime.id)) continue
    if (runtime.status === 'fail' || runtime.status === 'error') {
      // One command whatever the reason holds (@actions/core escapes its line breaks), and not all of it.
      core.warning(clipped(runtimeReason(runtime), LOGGED_CHARS), {
        title: `wasi-probe: ${runtime.id} ${runtime.status}`
      })
    }
  }
}

/**
 * Outputs and the summary are written whether or not the result file could be: a result file
 * that cannot be written loses nothing else.
 */
async function publish(result: ProbeResult, plan: Plan, place: ResultPlace): Promise<void> {
  let resultFile = ''
  if (place.path !== undefined) {
    try {
      resultFile = writeResultFile(place.path, result)
    } catch (error) {
      core.setFailed(`The result file ${place.path} could not be written: ${errorMessage(error)}`)
    }
  }
  const outputs = computeOutputs(result, resultFile)
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
  core.info(
    `native: ${outputs.native}; supported: ${outputs.supported}; result file: ${oneLine(resultFile || 'none')}`
  )
  if (plan.summary) await writeSummary(result)
}

async function writeSummary(result: ProbeResult): Promise<void> {
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summaryMarkdown(result)).write()
  else core.info('No GITHUB_STEP_SUMMARY file: the step summary is skipped.')
}

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * Records a run that could not happen, so that later steps still find a result
 * file and the report shows the leg: under the label asked for, with the error.
 */
async function writeFailedResult(
  message: string,
  label: string | undefined,
  place: ResultPlace,
  summary: boolean
): Promise<void> {
  const host = { ...detectHost(), ...(label ? { label } : {}) }
  const result = failedRunResult(message, { rule: 'not evaluated', ok: false, message }, host)
  if (place.path !== undefined) {
    try {
      core.setOutput('result-file', writeResultFile(place.path, result))
    } catch (error) {
      core.warning(`Could not write the result file ${place.path}: ${errorMessage(error)}`)
    }
  }
  if (summary) await writeSummary(result)
}

export async function run(): Promise<void> {
  const raw = readInputs()
  // Masked before anything can print them, a message about a bad input included.
  const secrets = [raw.token, ...urlSecrets(raw.downloadUrl), ...urlSecrets(raw.githubApiUrl)]
  for (const secret of secrets.map((value) => (value ?? '').trim()).filter(Boolean)) core.setSecret(secret)
  const givenPath = raw.resultPath?.trim() || undefined
  let plan: Plan
  try {
    plan = parsePlan(raw, defaultResultPath, (key) => actionInputName(PROBE_INPUTS, key))
  } catch (error) {
    const label = labelAskedFor(raw)
    const place = placeResultFile(givenPath, label)
    const message = [error instanceof InputError ? error.message : String(error), place.problem]
      .filter(Boolean)
      .join('\n')
    await writeFailedResult(message, label, place, !/^false$/i.test(raw.summary?.trim() ?? ''))
    core.setFailed(message)
    return
  }
  const place = placeResultFile(givenPath, plan.label)
  // Said now, and the step fails for it; the probe still runs and publishes everything else.
  if (place.problem) core.setFailed(place.problem)
  // A cancelled job still leaves a result file, and nothing running.
  const cancellation = cancelOnSignals(
    (signal) => core.warning(`Cancelled (${signal}): every runtime is stopped; what finished is kept.`),
    async (signal) => {
      await writeFailedResult(`cancelled (${signal}) before the probe could finish`, plan.label, place, false)
      core.setFailed(`Cancelled (${signal}).`)
      process.exit(1)
    }
  )
  try {
    const binfmtEntry = plan.native ? newEntryName() : undefined
    if (binfmtEntry) {
      // Saved before anything is registered: the post step removes the entry even if this step is cancelled.
      core.saveState('binfmt-entry', binfmtEntry)
      core.saveState('native-keep', String(plan.native?.keep ?? false))
    }
    core.info(`Probing ${plan.runtimes.join(', ')} (timeout ${plan.timeoutSeconds}s per module run)`)
    const probed = await runProbe(plan, {
      nameOf: (key) => actionInputName(PROBE_INPUTS, key),
      warn: (message) => core.warning(message),
      ...(binfmtEntry ? { binfmtEntry } : {})
    })
    const cancelledBy = cancellation.signal
    const result = cancelledBy
      ? { ...probed, error: `cancelled (${cancelledBy}): what had not finished by then is an error` }
      : probed
    if (plan.install) exportInstalled(result)
    if (result.native.registered)
      core.info(
        `Registered binfmt_misc entry ${oneLine(result.native.registered.entry)}: ${oneLine(shownPath(result.native.registered.interpreter))}`
      )
    result.runtimes.forEach(logRuntime)
    annotate(result, plan)
    await publish(result, plan, place)
    if (cancelledBy) core.setFailed(`Cancelled (${cancelledBy}).`)
    else {
      if (!result.failOn.ok) core.setFailed(result.failOn.message)
      const installs = installFailure(plan, result.runtimes, (reason) =>
        oneLine(clipped(reason, LOGGED_CHARS))
      )
      if (installs) core.setFailed(installs)
    }
  } catch (error) {
    // The user's modules are read only now: their problems are input problems too.
    const message =
      error instanceof InputError ? error.message : `wasi-probe could not finish: ${errorMessage(error)}`
    if (error instanceof Error && error.stack) core.debug(error.stack)
    await writeFailedResult(message, plan.label, place, plan.summary)
    core.setFailed(message)
  } finally {
    cancellation.dispose()
  }
}
