;; wabt-features: simd
;; simd: i32x4.add of two v128 constants; lane 2 must be 30 + 3 = 33.
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1)
  (export "memory" (memory 0))
  (export "_start" (func $start))
  (func $start
    (call $exit
      (i32.ne
        (i32x4.extract_lane 2
          (i32x4.add (v128.const i32x4 10 20 30 40) (v128.const i32x4 1 2 3 4)))
        (i32.const 33)))
    (unreachable)))
