// The report sub-action (report/action.yml): merge the result files of many
// probe legs into one table, in the step summary and one sticky PR comment.
import * as core from '@actions/core'
import { relative } from 'node:path'
import { actionInputName, REPORT_INPUTS, type ReportInputKey } from '../inputs/declared.js'
import { DEFAULT_API_URL } from '../inputs/defaults.js'
import { type FailOn, parseBoolean, parseFailOnRule, splitPaths } from '../inputs/plan.js'
import { clipped, oneLine } from '../publish/escape.js'
import { reportFailOnProblems } from '../publish/fail-on.js'
import { findResultFiles } from '../publish/merge/find-results.js'
import { mergeResults, readResults } from '../publish/merge/merge.js'
import { DETAILS_MARKER, reportMarkdown } from '../publish/merge/merged-report.js'
import { type PageFiles, writePageFiles } from '../publish/page/index.js'

/** What `results` means when empty (its action.yml default): the files as the probe names them. */
export const DEFAULT_RESULTS = 'wasi-probe-*.json'

class ReportInputError extends Error {}

/** How much of a leg's error the log shows; its result file has all of it. */
const LOGGED_CHARS = 2000

type ReportInputs = Record<ReportInputKey, string>

const nameOf = (key: ReportInputKey) => actionInputName(REPORT_INPUTS, key)

interface ReportPlan {
  inputs: ReportInputs
  failOn: FailOn
  comment: boolean
  /** The pull request `pull-request` names, when it names one. */
  pullRequest?: number
}

/**
 * The report's inputs as declared, an input left empty as its declared
 * default, and the ones that take a parser parsed: every problem at once.
 */
function readInputs(): ReportPlan {
  const inputs = Object.fromEntries(
    REPORT_INPUTS.map((input) => [
      input.key,
      // `${{ github.token }}` is the runner's to fill in: as a value it would be a wrong token.
      core.getInput(input.name) || (input.default.includes('${{') ? '' : input.default)
    ])
  ) as ReportInputs
  const problems: string[] = []
  const failOn = parseFailOnRule(inputs.failOn, nameOf('failOn'), problems)
  const comment = parseBoolean(inputs.comment, false, nameOf('comment'), problems)
  const given = inputs.pullRequest.trim()
  if (given !== '' && !/^\d+$/.test(given))
    problems.push(`${nameOf('pullRequest')} is "${given}". Accepted: a pull request number, or nothing.`)
  if (problems.length > 0) throw new ReportInputError(problems.join('\n'))
  return { inputs, failOn, comment, ...(given !== '' ? { pullRequest: Number(given) } : {}) }
}

/** GitHub refuses a step summary over 1 MiB (in bytes): beyond that, the details go. */
export const SUMMARY_LIMIT = 1_000_000

export function fitSummary(markdown: string): string {
  const bytes = (text: string) => Buffer.byteLength(text, 'utf8')
  if (bytes(markdown) <= SUMMARY_LIMIT) return markdown
  const note =
    '\n_The capability details were cut to fit the step summary; the result files and the `markdown` output hold them._\n'
  const at = markdown.indexOf(DETAILS_MARKER)
  let kept = at >= 0 ? markdown.slice(0, at) : markdown
  if (bytes(kept) + bytes(note) > SUMMARY_LIMIT) {
    // No marker, or the part before it too long: whole lines, as many as fit.
    const cut = Buffer.from(kept, 'utf8')
      .subarray(0, SUMMARY_LIMIT - bytes(note))
      .toString('utf8')
    kept = cut.slice(0, cut.lastIndexOf('\n') + 1)
  }
  return `${kept}${note}`
}

async function postComment(markdown: string, { inputs, pullRequest }: ReportPlan): Promise<void> {
  const { pullRequestNumber, upsertComment } = await import('../publish/merge/comment.js')
  const issueNumber = pullRequest ?? pullRequestNumber(process.env.GITHUB_EVENT_PATH)
  if (issueNumber === undefined) {
    core.notice('comment: true, but this run is not for a pull request: nothing was posted.')
    return
  }
  const { token } = inputs
  if (token) core.setSecret(token)
  try {
    const outcome = await upsertComment({
      apiUrl: (process.env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, ''),
      token,
      repository: process.env.GITHUB_REPOSITORY ?? '',
      issueNumber,
      commentId: inputs.commentId,
      body: markdown
    })
    if (outcome.action === 'skipped') core.warning(outcome.reason)
    else
      core.info(
        `The report comment was ${outcome.action}: ${oneLine(outcome.url)}${outcome.truncated ? ' (details cut to fit)' : ''}`
      )
  } catch (error) {
    core.warning(`The report comment could not be posted: ${error instanceof Error ? error.message : error}`)
  }
}

/** The outputs naming the page and the features export, and a failure for each that could not be written. */
function reportPageFiles(written: PageFiles, inputs: ReportInputs): void {
  if (written.html) core.setOutput('html-file', written.html)
  if (written.features) core.setOutput('features-file', written.features)
  for (const { file, path, why } of written.problems)
    core.setFailed(
      `${actionInputName(REPORT_INPUTS, file)} ("${oneLine(inputs[file])}") could not be written to ${oneLine(path)}: ${oneLine(why)}`
    )
}

export async function run(): Promise<void> {
  try {
    const plan = readInputs()
    const { inputs, failOn, comment } = plan
    const expect = splitPaths(inputs.expect)
    const cwd = process.env.GITHUB_WORKSPACE || process.cwd()
    const resultsInput = inputs.results
    const entries = splitPaths(resultsInput)
    const found = await findResultFiles(entries.length > 0 ? entries : [DEFAULT_RESULTS], cwd)
    const files = found.files
    const resultsName = nameOf('results')
    for (const entry of found.unmatched)
      core.warning(`${resultsName}: "${oneLine(entry)}" matches no file.`, { title: 'wasi-probe report' })
    const read = readResults(files)
    const results = read.results
    // Files are named as the user would look for them: relative to the workspace.
    const shown = (file: string) => relative(cwd, file) || file
    const skipped = [...found.skipped, ...read.skipped].map(({ file, why }) => ({ file: shown(file), why }))
    for (const { file, why } of skipped)
      core.warning(`${oneLine(file)} is skipped: ${oneLine(why)}`, { title: 'wasi-probe report' })
    for (const { label, files: legs, shownAs } of read.duplicates)
      core.warning(
        `The label "${oneLine(label)}" is used by ${legs.length} result files (${legs.map((f) => oneLine(shown(f))).join(', ')}): ` +
          `they are shown as ${shownAs.map((as) => `"${oneLine(as)}"`).join(', ')}. Give each leg a label of its own.`,
        { title: 'wasi-probe report' }
      )
    const report = mergeResults(results, skipped, expect, read.duplicates, found.unmatched)
    for (const host of report.hosts.filter((label) => report.errors[label] !== undefined))
      core.warning(
        `${oneLine(host)} could not probe: ${oneLine(clipped(report.errors[host], LOGGED_CHARS))}`,
        { title: 'wasi-probe report' }
      )
    const markdown = reportMarkdown(report, inputs.title)

    const matrix = Object.fromEntries(
      report.hosts.map((host) => [
        host,
        Object.fromEntries(
          Object.entries(report.cells[host]).map(([id, cell]) => [
            id,
            { status: cell.status, version: cell.version }
          ])
        )
      ])
    )
    core.setOutput('matrix', JSON.stringify(matrix))
    core.setOutput('markdown', markdown)
    core.setOutput('hosts', JSON.stringify(report.hosts))
    core.setOutput('supported-everywhere', JSON.stringify(report.supportedEverywhere))
    core.setOutput('supported-anywhere', JSON.stringify(report.supportedAnywhere))
    core.setOutput('include', JSON.stringify(report.include))
    core.info(
      `${report.hosts.length} hosts; supported everywhere: ${report.supportedEverywhere.join(', ') || 'none'}`
    )
    if (report.missing.length > 0) core.warning(`Did not report: ${report.missing.map(oneLine).join(', ')}`)

    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(fitSummary(markdown)).write()
    if (comment) await postComment(markdown, plan)
    // After the summary and the comment: a path that cannot be written loses nothing else.
    reportPageFiles(
      writePageFiles(report, inputs.title, { html: inputs.html, features: inputs.features }, cwd),
      inputs
    )

    if (files.length === 0 && found.skipped.length === 0)
      core.setFailed(
        `${resultsName} ("${resultsInput || DEFAULT_RESULTS}") names no result file. Did the probe legs upload ` +
          'theirs, and did actions/download-artifact (pattern: wasi-probe-*, merge-multiple: true) put them here?'
      )
    else if (results.length === 0)
      core.setFailed(`None of the ${skipped.length} result files could be read (see the warnings).`)
    const problems = reportFailOnProblems(report, failOn)
    if (problems.length > 0) core.setFailed(`fail-on: ${problems.join('; ')}`)
  } catch (error) {
    if (error instanceof ReportInputError) core.setFailed(error.message)
    else
      core.setFailed(
        `The wasi-probe report could not finish: ${error instanceof Error ? error.message : error}`
      )
  }
}
