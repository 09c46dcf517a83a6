;; wabt-features: memory64
;; memory64: a memory indexed by i64; i32.store and i32.load at the i64
;; address 65532 (the last word of the page) must round-trip.
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory i64 1)
  (export "memory" (memory 0))
  (export "_start" (func $start))
  (func $start
    (i32.store (i64.const 65532) (i32.const 0x12345678))
    (call $exit (i32.ne (i32.load (i64.const 65532)) (i32.const 0x12345678)))
    (unreachable)))
