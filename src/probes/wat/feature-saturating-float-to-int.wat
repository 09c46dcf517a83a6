;; wabt-features: sat_float_to_int
;; saturating-float-to-int: i32.trunc_sat_f32_s clamps 3e10 (out of i32
;; range, where i32.trunc_f32_s would trap) to 2147483647.
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1)
  (export "memory" (memory 0))
  (export "_start" (func $start))
  (func $start
    (call $exit (i32.ne (i32.trunc_sat_f32_s (f32.const 3e10)) (i32.const 0x7fffffff)))
    (unreachable)))
