// The proposal probes: one module per WebAssembly proposal (src/probes/wat/feature-*.wat and .hex).
// Each is a WASI preview1 command whose _start cannot skip the feature and
// checks its result: exit 0 when the runtime loads and runs it, 1 on a wrong
// result. A runtime without the feature fails to load the module.
import type { Probe } from './catalog.js'
import type { ModuleId } from './modules.generated.js'

/** The features that have a module: `feature-<name>` in MODULE_HEX. */
type FeatureOf<M> = M extends `feature-${infer F}` ? F : never
export type ProposalFeature = FeatureOf<ModuleId>

function proposal(feature: ProposalFeature, description: string): Probe {
  const module: ModuleId = `feature-${feature}`
  return {
    id: module,
    category: 'proposal',
    module,
    description,
    args: [],
    env: {},
    feature,
    expect: { exitCode: 0 }
  }
}

export const PROPOSAL_PROBES: readonly Probe[] = [
  proposal('mutable-globals', 'exports a mutable global and sets it with global.set'),
  proposal('sign-extension', 'i32.extend8_s turns 0x80 into -128'),
  proposal('saturating-float-to-int', 'i32.trunc_sat_f32_s clamps 3e10 to 2147483647 instead of trapping'),
  proposal('multi-value', 'a function returns two i32 values'),
  proposal('bulk-memory', 'memory.fill then memory.copy'),
  proposal('reference-types', 'ref.null, table.set, table.get and ref.is_null on a funcref table'),
  proposal('simd', 'i32x4.add of two v128 constants, then i32x4.extract_lane'),
  proposal('relaxed-simd', 'f32x4.relaxed_madd on values whose result is exact, fused or not'),
  proposal('tail-call', 'a return_call tail call'),
  proposal('extended-const', 'a global initialised with i32.add in its constant expression'),
  proposal('threads', 'a shared memory and i32.atomic.rmw.add'),
  proposal('exceptions', 'legacy exception handling: throw of a tag caught by try/catch'),
  proposal('exnref', 'exception handling with exnref: try_table with catch_all_ref, then throw_ref'),
  proposal('memory64', 'a 64-bit memory: i32.store and i32.load at an i64 address'),
  proposal('multi-memory', 'two memories: a store to the second leaves the first unchanged'),
  proposal('gc', 'a struct type: struct.new, then struct.get'),
  proposal('typed-function-references', 'call_ref through a non-null (ref $t) parameter'),
  proposal('wide-arithmetic', 'i64.mul_wide_s gives a 128-bit product as two i64 halves')
]
