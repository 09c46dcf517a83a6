// A Node with JSPI (WebAssembly.Suspending), for the tests that run WASI 0.3
// components for real: jco runs them on the Node running wasi-probe.
import { spawnSync } from 'node:child_process'

/** Whether the Node running the tests has JSPI. */
export const THIS_NODE_HAS_JSPI = typeof (WebAssembly as { Suspending?: unknown }).Suspending === 'function'

/** A Node with JSPI: this one, or Node 24 from scripts/jspi-node.mjs; else why there is none. */
export function jspiNode(): { node: string } | { reason: string } {
  if (THIS_NODE_HAS_JSPI) return { node: process.execPath }
  const got = spawnSync(process.execPath, ['scripts/jspi-node.mjs'], { encoding: 'utf8', timeout: 120_000 })
  return got.status === 0 ? { node: got.stdout.trim() } : { reason: got.stderr.trim() || 'no Node with JSPI' }
}
