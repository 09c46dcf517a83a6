// The probes: which module to run, what to give it, and what a runtime that
// really runs WASI must do with it.
import type { ProbeCategory, ProbeExpectation, WasiVersion } from '../result/index.js'
import { MODULE_HEX, type ModuleId } from './modules.generated.js'

export interface Probe {
  id: string
  category: ProbeCategory
  /** The embedded module it runs. */
  module: ModuleId
  /** What the module is: a preview1 core module unless it says it is a WASI 0.2 or 0.3 component. */
  wasiVersion?: WasiVersion
  description: string
  args: string[]
  env: Record<string, string>
  /**
   * The text the run is given on stdin (UTF-8), then the end of input. Without
   * it the run's stdin is empty, at its end from the start.
   */
  stdin?: string
  /**
   * A directory the harness creates for each run, holding `files` (relative
   * path → content), preopened for the guest at `guest`.
   */
  dir?: { guest: string; files: Record<string, string> }
  /** Proposal probes: the feature the module uses (WebAssembly.validate tells whether a Node has it). */
  feature?: string
  expect: ProbeExpectation
}

export const STDOUT_LINE = 'wasi-probe ok\n'

/**
 * Together these tell a real WASI run from a handler that exits 0 whatever it
 * is given: a runtime supports WASI only when all three pass.
 */
export const BASIC_PROBES: readonly Probe[] = [
  {
    id: 'seed',
    category: 'basic',
    module: 'seed',
    description: 'the 97-byte seed module: proc_exit(0)',
    args: [],
    env: {},
    expect: { exitCode: 0 }
  },
  {
    id: 'exit-code',
    category: 'basic',
    module: 'exit-code',
    description: 'proc_exit(42) comes out as exit code 42',
    args: [],
    env: {},
    expect: { exitCode: 42 }
  },
  {
    id: 'stdout',
    category: 'basic',
    module: 'stdout',
    description: `fd_write to fd 1 prints ${JSON.stringify(STDOUT_LINE)}`,
    args: [],
    env: {},
    expect: { exitCode: 0, stdout: STDOUT_LINE }
  }
]

/** The bytes a probe runs. */
export function probeBytes(probe: Probe): Uint8Array<ArrayBuffer> {
  return moduleBytes(probe.module)
}

export function moduleBytes(id: ModuleId): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(Buffer.from(MODULE_HEX[id], 'hex'))
}
