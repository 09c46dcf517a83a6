// The WASI 0.3 component probes (src/probes/wat/component-0.3-*.wat): each a
// component exporting wasi:cli/run@0.3.0, so only a runtime that runs WASI 0.3
// components (wasmtime from 46, jco on a Node with JSPI) can run them.
import type { Probe } from './catalog.js'

export const COMPONENT_03_PROBES: readonly Probe[] = []
