;; sched_yield returns success.
;; Exit codes: 0 success; 1 sched_yield failed.
(module
  (import "wasi_snapshot_preview1" "sched_yield" (func $sched_yield (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1)
  (export "memory" (memory 0))
  (export "_start" (func $start))
  (func $start
    (if (call $sched_yield) (then (call $exit (i32.const 1))))
    (call $exit (i32.const 0))
    (unreachable)))
