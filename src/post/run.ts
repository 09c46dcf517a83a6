// The probe action's post step: removes the binfmt_misc entry that the main
// step registered (and only that one), unless `native-keep: true`.
import * as core from '@actions/core'
import { unregisterNative } from '../provision/binfmt.js'
import { oneLine } from '../publish/escape.js'

export function run(): void {
  const entry = core.getState('binfmt-entry')
  if (!entry) return
  // The main step saved it; logged without control characters all the same.
  const shown = oneLine(entry)
  if (core.getState('native-keep') === 'true') {
    core.info(`native-keep: true, so the binfmt_misc entry ${shown} stays registered.`)
    return
  }
  const outcome = unregisterNative(entry)
  if (outcome.removed) core.info(`Removed the binfmt_misc entry ${shown}.`)
  // The name is saved before registering: a run cancelled (or refused) before that left nothing.
  else if (outcome.absent) core.info(`No binfmt_misc entry ${shown} is registered: nothing to remove.`)
  else core.warning(`The binfmt_misc entry ${shown} could not be removed: ${outcome.reason}`)
}
