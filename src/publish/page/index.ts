// Writes the report's page and its features export where the inputs say.
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { MergedReport } from '../merge/merge.js'
import { resultPathProblem } from '../result-file.js'
import { featuresExport } from './features.js'
import { reportPage } from './html.js'
import { pageData } from './page-data.js'

export { featuresExport, FEATURES_SCHEMA } from './features.js'
export { pageJson, reportPage } from './html.js'
export { PAGE_DATA_SCHEMA, pageData, type PageData } from './page-data.js'

/**
 * Writes `text` to `path`, checked first as the result file's place is (a
 * folder, a device, a name too long, a folder in /proc): a problem is thrown
 * as the words that say it.
 */
function writeText(path: string, text: string): void {
  const problem = resultPathProblem(path)
  if (problem) throw new Error(problem)
  writeFileSync(path, text)
}

export interface PageFiles {
  /** Where the page was written (absolute), when it was asked for and could be. */
  html?: string
  features?: string
  /** What could not be written: which of the two, where, and why. */
  problems: { file: 'html' | 'features'; path: string; why: string }[]
}

/**
 * Writes the page to `paths.html` and the features export to `paths.features`
 * (each relative to `cwd`, each only when given); one that cannot be written
 * is a problem returned, and the other is still written.
 */
export function writePageFiles(
  report: MergedReport,
  title: string,
  paths: { html: string; features: string },
  cwd: string
): PageFiles {
  const written: PageFiles = { problems: [] }
  if (!paths.html && !paths.features) return written
  const data = pageData(report, title)
  const texts = {
    html: () => reportPage(data),
    features: () => `${JSON.stringify(featuresExport(data), null, 2)}\n`
  }
  for (const file of ['html', 'features'] as const) {
    if (!paths[file]) continue
    const path = resolve(cwd, paths[file])
    try {
      writeText(path, texts[file]())
      written[file] = path
    } catch (error) {
      // A Node error from another realm is not `instanceof Error` here: its message is read as it is.
      written.problems.push({ file, path, why: String((error as Error | undefined)?.message ?? error) })
    }
  }
  return written
}
