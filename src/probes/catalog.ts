// The probes: which module to run, what to give it, and what a runtime that
// really runs WASI must do with it.
import { MODULE_HEX, type ModuleId } from './modules.generated.js'

export interface Probe {
  id: string
  module: ModuleId
  description: string
  args: string[]
  env: Record<string, string>
  expect: {
    exitCode: number
    /** Exact stdout, when the probe checks it. */
    stdout?: string
  }
}

export const STDOUT_LINE = 'wasi-probe ok\n'

/**
 * Together these tell a real WASI run from a handler that exits 0 whatever it
 * is given: a runtime supports WASI only when all three pass.
 */
export const BASIC_PROBES: readonly Probe[] = [
  {
    id: 'seed',
    module: 'seed',
    description: 'the 97-byte seed module: proc_exit(0)',
    args: [],
    env: {},
    expect: { exitCode: 0 }
  },
  {
    id: 'exit-code',
    module: 'exit-code',
    description: 'proc_exit(42) comes out as exit code 42',
    args: [],
    env: {},
    expect: { exitCode: 42 }
  },
  {
    id: 'stdout',
    module: 'stdout',
    description: `fd_write to fd 1 prints ${JSON.stringify(STDOUT_LINE)}`,
    args: [],
    env: {},
    expect: { exitCode: 0, stdout: STDOUT_LINE }
  }
]

export function moduleBytes(id: ModuleId): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(Buffer.from(MODULE_HEX[id], 'hex'))
}
