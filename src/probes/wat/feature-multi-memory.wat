;; wabt-features: multi_memory
;; multi-memory: two memories; a store to the second must not show in the
;; first. The first is exported as "memory" for WASI.
;;
;; Node 20 cannot validate it (V8 11.3 has no multi-memory, under any flag): the
;; bytes wabt writes equal those wasm-tools (jco parse) writes for this text,
;; and binaryen's wasm-opt validates them and its interpreter runs _start to
;; proc_exit(0).
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory $m0 1)
  (memory $m1 1)
  (export "memory" (memory $m0))
  (export "_start" (func $start))
  (func $start
    (i32.store $m1 (i32.const 16) (i32.const 99))
    (if (i32.ne (i32.load $m1 (i32.const 16)) (i32.const 99))
      (then (call $exit (i32.const 1))))
    (call $exit (i32.ne (i32.load $m0 (i32.const 16)) (i32.const 0)))
    (unreachable)))
