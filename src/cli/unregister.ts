// `wasi-probe --native unregister`: removes the binfmt_misc entry the CLI
// registered, and no other, saying which of wasi-probe's other entries stay.
import { CLI_ENTRY_NAME, isOurEntryName, unregisterNative } from '../provision/binfmt.js'
import { BINFMT_DIR, scanBinfmt } from '../runtimes/native.js'

/** Exit status 0 when the entry is gone (or was never there), 1 when it could not be removed. */
export function unregister(
  out: { write(text: string): unknown },
  say: (...messages: string[]) => unknown
): number {
  const outcome = unregisterNative(CLI_ENTRY_NAME)
  if (outcome.removed) out.write(`Removed the binfmt_misc entry ${CLI_ENTRY_NAME}.\n`)
  else if (outcome.absent)
    out.write(`No binfmt_misc entry ${CLI_ENTRY_NAME} is registered: nothing to remove.\n`)
  else say(`the binfmt_misc entry ${CLI_ENTRY_NAME} could not be removed: ${outcome.reason}`)
  const scan = scanBinfmt()
  const others =
    scan.state === 'scanned'
      ? scan.entries
          .map((entry) => entry.name)
          .filter((name) => isOurEntryName(name) && name !== CLI_ENTRY_NAME)
      : []
  if (others.length > 0)
    out.write(
      `These wasi-probe entries stay, registered by action runs (with native-keep: true) or older versions: ${others.join(', ')}. ` +
        `Remove one with: echo -1 | sudo tee ${BINFMT_DIR}/<name>\n`
    )
  return outcome.removed || outcome.absent ? 0 : 1
}
