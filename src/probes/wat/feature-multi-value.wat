;; wabt-features: multi_value
;; multi-value: $pair returns two values (an MVP function returns at most
;; one); 7 - 5 must be 2.
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1)
  (export "memory" (memory 0))
  (export "_start" (func $start))
  (func $pair (result i32 i32) (i32.const 7) (i32.const 5))
  (func $start
    (call $exit (i32.ne (i32.sub (call $pair)) (i32.const 2)))
    (unreachable)))
