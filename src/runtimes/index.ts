import { bun } from './bun.js'
import { deno } from './deno.js'
import { jco } from './jco.js'
import { native } from './native.js'
import { node } from './node.js'
import type { RuntimeSpec } from './spec.js'
import { wamr } from './wamr.js'
import { wasm3 } from './wasm3.js'
import { wasmedge } from './wasmedge.js'
import { wasmer } from './wasmer.js'
import { wasmi } from './wasmi.js'
import { wasmtime } from './wasmtime.js'
import { wazero } from './wazero.js'

/** Every runtime the probe knows, in the order results are shown. */
export const RUNTIMES: readonly RuntimeSpec[] = [
  native,
  node,
  wasmtime,
  wasmer,
  wasmedge,
  wazero,
  wamr,
  wasm3,
  wasmi,
  deno,
  bun,
  jco
]

export const RUNTIME_IDS: readonly string[] = RUNTIMES.map((runtime) => runtime.id)

export function runtimeById(id: string): RuntimeSpec | undefined {
  return RUNTIMES.find((runtime) => runtime.id === id)
}

/** The runtime id a name stands for (an id, or one of its aliases such as iwasm), or undefined. */
export function runtimeIdOf(name: string): string | undefined {
  const wanted = name.toLowerCase()
  return RUNTIMES.find(
    (runtime) => runtime.id === wanted || ('aliases' in runtime && runtime.aliases?.includes(wanted))
  )?.id
}

/** The runtimes that can serve as the binfmt_misc interpreter, in the order one is chosen. */
export const INTERPRETER_ORDER: readonly string[] = RUNTIMES.flatMap((runtime) =>
  'binfmt' in runtime ? [{ id: runtime.id, rank: runtime.binfmt.rank }] : []
)
  .sort((a, b) => a.rank - b.rank)
  .map(({ id }) => id)

export type { RuntimeSpec } from './spec.js'
