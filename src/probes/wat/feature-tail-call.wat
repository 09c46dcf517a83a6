;; wabt-features: tail_call
;; tail-call: $forward calls $answer with return_call (a tail call); the
;; result must be 42.
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1)
  (export "memory" (memory 0))
  (export "_start" (func $start))
  (func $answer (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
  (func $forward (result i32) (return_call $answer (i32.const 41)))
  (func $start
    (call $exit (i32.ne (call $forward) (i32.const 42)))
    (unreachable)))
