// The component probes: WASI 0.2 (preview2) components, not core modules
// (src/probes/wat/component-*.wat). Their bytes start 0061736d 0d000100, the
// component-model header, so only a runtime that runs components can load them.
// They import the @0.2.0 interfaces, which every 0.2 host accepts. The
// components check what they are given themselves: a failed check writes what
// failed to stderr and exits with err (exit code 1).
import { STDOUT_LINE, type Probe } from './catalog.js'
import {
  PREOPEN_FILE_CONTENT,
  PREOPEN_GUEST,
  PREOPEN_INPUT_FILE,
  PREOPEN_OUTPUT_FILE,
  PREOPEN_WRITTEN_CONTENT,
  STDERR_LINE,
  STDIN_LINE,
  WASI_ARGS,
  WASI_ENV_NAME,
  WASI_ENV_VALUE
} from './wasi.js'

const WASIP2 = { category: 'component', wasiVersion: 'wasm32-wasip2' } as const

export const COMPONENT_PROBES: readonly Probe[] = [
  {
    id: 'component-cli-run',
    ...WASIP2,
    module: 'component-cli-run',
    description: 'a WASI 0.2 command component: exports wasi:cli/run, calls wasi:cli/exit',
    args: [],
    env: {},
    expect: { exitCode: 0 }
  },
  {
    id: 'component-exit-err',
    ...WASIP2,
    module: 'component-exit-err',
    description: 'wasi:cli/exit exit(err) ends the run with exit code 1',
    args: [],
    env: {},
    expect: { exitCode: 1 }
  },
  {
    id: 'component-run-err',
    ...WASIP2,
    module: 'component-run-err',
    description: 'wasi:cli/run returns err without calling exit: exit code 1',
    args: [],
    env: {},
    expect: { exitCode: 1 }
  },
  {
    id: 'component-args',
    ...WASIP2,
    module: 'component-args',
    description: `wasi:cli/environment get-arguments gives ${JSON.stringify(WASI_ARGS)} after the program's name`,
    args: [...WASI_ARGS],
    env: {},
    expect: { exitCode: 0 }
  },
  {
    id: 'component-env',
    ...WASIP2,
    module: 'component-env',
    description: `wasi:cli/environment get-environment holds exactly one ${WASI_ENV_NAME}=${JSON.stringify(WASI_ENV_VALUE)}`,
    args: [],
    env: { [WASI_ENV_NAME]: WASI_ENV_VALUE },
    expect: { exitCode: 0 }
  },
  {
    id: 'component-stdout',
    ...WASIP2,
    module: 'component-stdout',
    description: `wasi:cli/stdout and output-stream blocking-write-and-flush print ${JSON.stringify(STDOUT_LINE)}`,
    args: [],
    env: {},
    expect: { exitCode: 0, stdout: STDOUT_LINE }
  },
  {
    id: 'component-stderr',
    ...WASIP2,
    module: 'component-stderr',
    description: `wasi:cli/stderr and output-stream blocking-write-and-flush print ${JSON.stringify(STDERR_LINE)}`,
    args: [],
    env: {},
    expect: { exitCode: 0, stderrIncludes: STDERR_LINE.trimEnd() }
  },
  {
    id: 'component-stdin',
    ...WASIP2,
    module: 'component-stdin',
    description: `wasi:cli/stdin and input-stream blocking-read give ${JSON.stringify(STDIN_LINE)}, then closed`,
    args: [],
    env: {},
    stdin: STDIN_LINE,
    expect: { exitCode: 0 }
  },
  {
    id: 'component-clocks',
    ...WASIP2,
    module: 'component-clocks',
    description:
      'wasi:clocks monotonic-clock now non-zero and not going backwards; wall-clock now between 2020 and 2100',
    args: [],
    env: {},
    expect: { exitCode: 0 }
  },
  {
    id: 'component-random',
    ...WASIP2,
    module: 'component-random',
    description: 'wasi:random get-random-bytes(32) gives 32 bytes not all zero; get-random-u64 is not zero',
    args: [],
    env: {},
    expect: { exitCode: 0 }
  },
  {
    id: 'component-preopen-read',
    ...WASIP2,
    module: 'component-preopen-read',
    description: `wasi:filesystem preopens and descriptor open-at and read ${PREOPEN_INPUT_FILE} in ${PREOPEN_GUEST}, echoed to stdout`,
    args: [],
    env: {},
    dir: { guest: PREOPEN_GUEST, files: { [PREOPEN_INPUT_FILE]: PREOPEN_FILE_CONTENT } },
    expect: { exitCode: 0, stdout: PREOPEN_FILE_CONTENT }
  },
  {
    id: 'component-preopen-write',
    ...WASIP2,
    module: 'component-preopen-write',
    description: `wasi:filesystem descriptor open-at (create, truncate) and write make ${PREOPEN_OUTPUT_FILE} on the host`,
    args: [],
    env: {},
    dir: { guest: PREOPEN_GUEST, files: {} },
    expect: { exitCode: 0, files: { [PREOPEN_OUTPUT_FILE]: PREOPEN_WRITTEN_CONTENT } }
  },
  {
    id: 'component-missing-file',
    ...WASIP2,
    module: 'component-missing-file',
    description: 'wasi:filesystem descriptor open-at of a missing file returns err(no-entry)',
    args: [],
    env: {},
    dir: { guest: PREOPEN_GUEST, files: {} },
    expect: { exitCode: 0 }
  }
]
