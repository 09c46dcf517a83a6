// The WASI preview1 probes: one call (or a few related ones) each. The
// modules check what they are given themselves and exit with a small code
// naming the failed check (see each src/probes/wat/wasi-*.wat).
import type { Probe } from './catalog.js'

/** argv[1] and argv[2]; the second holds a space, so it must come through as one argument. */
export const WASI_ARGS: readonly string[] = ['alpha', 'beta gamma']
export const WASI_ENV_NAME = 'WASI_PROBE_VAR'
/** Holds a space and an `=`: only the first `=` of an entry ends the name. */
export const WASI_ENV_VALUE = 'value with spaces=and equals'
/** Where the harness preopens the probe directory for the guest. */
export const PREOPEN_GUEST = '/sandbox'
export const PREOPEN_INPUT_FILE = 'input.txt'
export const PREOPEN_FILE_CONTENT = 'wasi-probe file content\n'
export const PREOPEN_OUTPUT_FILE = 'output.txt'
export const PREOPEN_WRITTEN_CONTENT = 'written by wasi-probe\n'
export const STDERR_LINE = 'wasi-probe stderr ok\n'
/** What the stdin probes are given on stdin, and check they read, then the end of input. */
export const STDIN_LINE = 'wasi-probe stdin line\n'

export const WASI_PROBES: readonly Probe[] = [
  {
    id: 'wasi-args',
    category: 'wasi',
    module: 'wasi-args',
    description: `args_get passes ${JSON.stringify(WASI_ARGS)} after argv[0]`,
    args: [...WASI_ARGS],
    env: {},
    expect: { exitCode: 0 }
  },
  {
    id: 'wasi-environ',
    category: 'wasi',
    module: 'wasi-environ',
    description: `environ_get holds exactly one ${WASI_ENV_NAME}=${JSON.stringify(WASI_ENV_VALUE)}`,
    args: [],
    env: { [WASI_ENV_NAME]: WASI_ENV_VALUE },
    expect: { exitCode: 0 }
  },
  {
    id: 'wasi-clock',
    category: 'wasi',
    module: 'wasi-clock',
    description: 'clock_time_get: realtime non-zero, monotonic non-zero and not going backwards',
    args: [],
    env: {},
    expect: { exitCode: 0 }
  },
  {
    id: 'wasi-random',
    category: 'wasi',
    module: 'wasi-random',
    description: 'random_get fills 32 zeroed bytes with something not all zero',
    args: [],
    env: {},
    expect: { exitCode: 0 }
  },
  {
    id: 'wasi-stderr',
    category: 'wasi',
    module: 'wasi-stderr',
    description: `fd_write to fd 2 prints ${JSON.stringify(STDERR_LINE)}`,
    args: [],
    env: {},
    expect: { exitCode: 0, stderrIncludes: STDERR_LINE.trimEnd() }
  },
  {
    id: 'wasi-stdin',
    category: 'wasi',
    module: 'wasi-stdin',
    description: `fd_read of fd 0 until it ends gives ${JSON.stringify(STDIN_LINE)}, echoed to stdout`,
    args: [],
    env: {},
    stdin: STDIN_LINE,
    expect: { exitCode: 0, stdout: STDIN_LINE }
  },
  {
    id: 'wasi-preopen-read',
    category: 'wasi',
    module: 'wasi-preopen-read',
    description: `path_open and fd_read ${PREOPEN_INPUT_FILE} in a preopened directory, echoed to stdout`,
    args: [],
    env: {},
    dir: { guest: PREOPEN_GUEST, files: { [PREOPEN_INPUT_FILE]: PREOPEN_FILE_CONTENT } },
    expect: { exitCode: 0, stdout: PREOPEN_FILE_CONTENT }
  },
  {
    id: 'wasi-preopen-write',
    category: 'wasi',
    module: 'wasi-preopen-write',
    description: `path_open with O_CREAT|O_TRUNC, fd_write and fd_close make ${PREOPEN_OUTPUT_FILE} on the host`,
    args: [],
    env: {},
    dir: { guest: PREOPEN_GUEST, files: {} },
    expect: { exitCode: 0, files: { [PREOPEN_OUTPUT_FILE]: PREOPEN_WRITTEN_CONTENT } }
  },
  {
    id: 'wasi-missing-file',
    category: 'wasi',
    module: 'wasi-missing-file',
    description: 'path_open of a missing file returns ENOENT (44) rather than trapping or succeeding',
    args: [],
    env: {},
    dir: { guest: PREOPEN_GUEST, files: {} },
    expect: { exitCode: 0 }
  },
  {
    id: 'wasi-poll',
    category: 'wasi',
    module: 'wasi-poll',
    description: 'poll_oneoff on a 1 ms monotonic clock timeout returns one event without error',
    args: [],
    env: {},
    expect: { exitCode: 0 }
  },
  {
    id: 'wasi-sched',
    category: 'wasi',
    module: 'wasi-sched',
    description: 'sched_yield returns success',
    args: [],
    env: {},
    expect: { exitCode: 0 }
  },
  {
    id: 'wasi-exit-125',
    category: 'wasi',
    module: 'wasi-exit-125',
    description: 'proc_exit(125): the largest code shells leave to programs',
    args: [],
    env: {},
    expect: { exitCode: 125, recordOnly: true }
  },
  {
    id: 'wasi-exit-126',
    category: 'wasi',
    module: 'wasi-exit-126',
    description: 'proc_exit(126): a code shells reserve, which some runtimes refuse',
    args: [],
    env: {},
    expect: { exitCode: 126, recordOnly: true }
  },
  {
    id: 'wasi-trap',
    category: 'wasi',
    module: 'wasi-trap',
    description: '_start executes unreachable: the run must fail, never exit 0',
    args: [],
    env: {},
    expect: { exitCode: 'nonzero' }
  }
]
