import { runReport } from './report-action.js'

await runReport()
