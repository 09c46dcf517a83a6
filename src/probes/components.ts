// The component probes: WASI 0.2 (preview2) components, not core modules
// (src/probes/wat/component-*.hex). Their bytes start 0061736d 0d000100, the
// component-model header, so only a runtime that runs components can load them.
import type { Probe } from './catalog.js'

export const COMPONENT_PROBES: readonly Probe[] = [
  {
    id: 'component-cli-run',
    category: 'component',
    module: 'component-cli-run',
    wasiVersion: 'wasm32-wasip2',
    description: 'a WASI 0.2 command component: exports wasi:cli/run, calls wasi:cli/exit',
    args: [],
    env: {},
    expect: { exitCode: 0 }
  }
]
