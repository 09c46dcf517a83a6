;; wabt-features: threads
;; threads: a shared memory and i32.atomic.rmw.add, which returns the old
;; value (5) and leaves 5 + 3 = 8 in memory.
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1 1 shared)
  (export "memory" (memory 0))
  (export "_start" (func $start))
  (func $start
    (i32.store (i32.const 0) (i32.const 5))
    (if (i32.ne (i32.atomic.rmw.add (i32.const 0) (i32.const 3)) (i32.const 5))
      (then (call $exit (i32.const 1))))
    (call $exit (i32.ne (i32.atomic.load (i32.const 0)) (i32.const 8)))
    (unreachable)))
