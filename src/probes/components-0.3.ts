// The WASI 0.3 component probes (src/probes/wat/component-0.3-*.wat): each a
// component exporting wasi:cli/run@0.3.0, so only a runtime that runs WASI 0.3
// components (wasmtime from 46, jco on a Node with JSPI) can run them. The
// components check what they are given themselves: run returns err (exit 1)
// when a check fails.
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

const WASIP3 = { category: 'component-0.3', wasiVersion: 'wasm32-wasip3' } as const

export const COMPONENT_03_PROBES: readonly Probe[] = [
  {
    id: 'component-0.3-run',
    ...WASIP3,
    module: 'component-0.3-run',
    description: 'exports wasi:cli/run@0.3.0 (an async lift); run returns ok through task.return',
    args: [],
    env: {},
    expect: { exitCode: 0 }
  },
  {
    id: 'component-0.3-run-err',
    ...WASIP3,
    module: 'component-0.3-run-err',
    description: 'wasi:cli/run@0.3.0 returns err through task.return: exit code 1',
    args: [],
    env: {},
    expect: { exitCode: 1 }
  },
  {
    id: 'component-0.3-exit-ok',
    ...WASIP3,
    module: 'component-0.3-exit-ok',
    description: 'wasi:cli/exit@0.3.0 exit(ok) ends the run with 0, before run would return err',
    args: [],
    env: {},
    expect: { exitCode: 0 }
  },
  {
    id: 'component-0.3-exit-err',
    ...WASIP3,
    module: 'component-0.3-exit-err',
    description: 'wasi:cli/exit@0.3.0 exit(err) ends the run with 1, before run would return ok',
    args: [],
    env: {},
    expect: { exitCode: 1 }
  },
  {
    id: 'component-0.3-args',
    ...WASIP3,
    module: 'component-0.3-args',
    description: `wasi:cli/environment@0.3.0 get-arguments gives ${JSON.stringify(WASI_ARGS)} after the program's name`,
    args: [...WASI_ARGS],
    env: {},
    expect: { exitCode: 0 }
  },
  {
    id: 'component-0.3-env',
    ...WASIP3,
    module: 'component-0.3-env',
    description: `wasi:cli/environment@0.3.0 get-environment holds exactly one ${WASI_ENV_NAME}=${JSON.stringify(WASI_ENV_VALUE)}`,
    args: [],
    env: { [WASI_ENV_NAME]: WASI_ENV_VALUE },
    expect: { exitCode: 0 }
  },
  {
    id: 'component-0.3-stdout',
    ...WASIP3,
    module: 'component-0.3-stdout',
    description: `wasi:cli/stdout@0.3.0 write-via-stream prints ${JSON.stringify(STDOUT_LINE)} from a stream<u8> written twice`,
    args: [],
    env: {},
    expect: { exitCode: 0, stdout: STDOUT_LINE }
  },
  {
    id: 'component-0.3-stderr',
    ...WASIP3,
    module: 'component-0.3-stderr',
    description: `wasi:cli/stderr@0.3.0 write-via-stream prints ${JSON.stringify(STDERR_LINE)}, stdout stays empty`,
    args: [],
    env: {},
    expect: { exitCode: 0, stdout: '', stderrIncludes: STDERR_LINE.trimEnd() }
  },
  {
    id: 'component-0.3-stdin',
    ...WASIP3,
    module: 'component-0.3-stdin',
    description: `wasi:cli/stdin@0.3.0 read-via-stream gives ${JSON.stringify(STDIN_LINE)}, then the stream's end, and its future holds ok`,
    args: [],
    env: {},
    stdin: STDIN_LINE,
    expect: { exitCode: 0 }
  },
  {
    id: 'component-0.3-clocks',
    ...WASIP3,
    module: 'component-0.3-clocks',
    description:
      'wasi:clocks 0.3: system-clock now is seconds after 2023 with nanoseconds below 10^9; monotonic now moves on by 10 ms over an async wait-for of 10 ms',
    args: [],
    env: {},
    expect: { exitCode: 0 }
  },
  {
    id: 'component-0.3-random',
    ...WASIP3,
    module: 'component-0.3-random',
    description:
      'wasi:random/random@0.3.0: get-random-bytes, asked until it gave 32 bytes, gives bytes not all zero and a second 32 unlike the first; two get-random-u64 differ',
    args: [],
    env: {},
    expect: { exitCode: 0 }
  },
  {
    id: 'component-0.3-preopen-read',
    ...WASIP3,
    module: 'component-0.3-preopen-read',
    description: `wasi:filesystem@0.3.0 preopens and async open-at of ${PREOPEN_INPUT_FILE} in ${PREOPEN_GUEST}, its read-via-stream read to the end with its future ok, echoed through stdout's write-via-stream`,
    args: [],
    env: {},
    dir: { guest: PREOPEN_GUEST, files: { [PREOPEN_INPUT_FILE]: PREOPEN_FILE_CONTENT } },
    expect: { exitCode: 0, stdout: PREOPEN_FILE_CONTENT }
  },
  {
    id: 'component-0.3-preopen-write',
    ...WASIP3,
    module: 'component-0.3-preopen-write',
    description: `wasi:filesystem@0.3.0 async open-at (create, truncate) and write-via-stream of a stream<u8> written twice, its future ok, make ${PREOPEN_OUTPUT_FILE} on the host`,
    args: [],
    env: {},
    dir: { guest: PREOPEN_GUEST, files: {} },
    expect: { exitCode: 0, files: { [PREOPEN_OUTPUT_FILE]: PREOPEN_WRITTEN_CONTENT } }
  },
  {
    id: 'component-0.3-missing-file',
    ...WASIP3,
    module: 'component-0.3-missing-file',
    description: 'wasi:filesystem@0.3.0 async open-at of a missing file returns err(no-entry)',
    args: [],
    env: {},
    dir: { guest: PREOPEN_GUEST, files: {} },
    expect: { exitCode: 0 }
  }
]
