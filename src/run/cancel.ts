// A cancelled job: the runner sends SIGINT (then SIGTERM, then SIGKILL a few
// seconds apart). Every process tree the run started is killed and no new one
// starts, so the run ends soon with what it has, and its results are written.
import { cancelAllProcesses } from './process.js'

/** How long a cancelled run may take to end on its own before `late` ends it. */
export const CANCEL_GRACE_MS = 4000

export interface Cancellation {
  /** The signal that cancelled the run, once one has. */
  readonly signal: NodeJS.Signals | undefined
  /** Stops listening: the run is over. */
  dispose(): void
}

/**
 * Listens for SIGINT and SIGTERM. On the first, `cancelled` is told and every
 * process is killed; if the run has not ended CANCEL_GRACE_MS later, `late`
 * is called to write what it can and exit.
 */
export function cancelOnSignals(
  cancelled: (signal: NodeJS.Signals) => void,
  late: (signal: NodeJS.Signals) => void
): Cancellation {
  let received: NodeJS.Signals | undefined
  let timer: NodeJS.Timeout | undefined
  const onSignal = (signal: NodeJS.Signals) => {
    if (received) return
    received = signal
    cancelled(signal)
    cancelAllProcesses()
    timer = setTimeout(() => late(signal), CANCEL_GRACE_MS)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return {
    get signal() {
      return received
    },
    dispose() {
      clearTimeout(timer)
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
    }
  }
}
