;; wabt-features: simd, relaxed_simd
;; relaxed-simd: f32x4.relaxed_madd computes a * b + c; with 1.5 * 2 + 0.5 the
;; result is exact whether or not the runtime fuses, so lane 0 must be 3.5.
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1)
  (export "memory" (memory 0))
  (export "_start" (func $start))
  (func $start
    (call $exit
      (f32.ne
        (f32x4.extract_lane 0
          (f32x4.relaxed_madd
            (v128.const f32x4 1.5 1.5 1.5 1.5)
            (v128.const f32x4 2 2 2 2)
            (v128.const f32x4 0.5 0.5 0.5 0.5)))
        (f32.const 3.5)))
    (unreachable)))
