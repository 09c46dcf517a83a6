// The probe action's post step: removes the binfmt_misc entry that the main
// step registered (and only that one), unless `native-keep: true`.
import * as core from '@actions/core'
import { unregisterNative } from '../provision/binfmt.js'

export function run(): void {
  const entry = core.getState('binfmt-entry')
  if (!entry) return
  if (core.getState('native-keep') === 'true') {
    core.info(`native-keep: true, so the binfmt_misc entry ${entry} stays registered.`)
    return
  }
  const outcome = unregisterNative()
  if (outcome.removed) core.info(`Removed the binfmt_misc entry ${entry}.`)
  else core.warning(`The binfmt_misc entry ${entry} could not be removed: ${outcome.reason}`)
}
