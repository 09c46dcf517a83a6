;; clock_time_get: the realtime clock (id 0) answers with a non-zero time;
;; the monotonic clock (id 1), read twice, answers non-zero times that do not
;; go backwards.
;; Exit codes: 0 all hold; 1 realtime failed; 2 realtime is 0; 3 first
;; monotonic read failed; 4 it is 0; 5 second monotonic read failed; 6 it is
;; 0; 7 the second monotonic time is before the first.
(module
  (import "wasi_snapshot_preview1" "clock_time_get"
    (func $clock_time_get (param i32 i64 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1)
  (export "memory" (memory 0))
  (export "_start" (func $start))
  ;; Times (u64 nanoseconds) at 0 (realtime), 8 and 16 (monotonic). The
  ;; precision argument (1 ns) is only a hint to the runtime.
  (func $start
    (if (call $clock_time_get (i32.const 0) (i64.const 1) (i32.const 0))
      (then (call $exit (i32.const 1))))
    (if (i64.eqz (i64.load (i32.const 0))) (then (call $exit (i32.const 2))))
    (if (call $clock_time_get (i32.const 1) (i64.const 1) (i32.const 8))
      (then (call $exit (i32.const 3))))
    (if (i64.eqz (i64.load (i32.const 8))) (then (call $exit (i32.const 4))))
    (if (call $clock_time_get (i32.const 1) (i64.const 1) (i32.const 16))
      (then (call $exit (i32.const 5))))
    (if (i64.eqz (i64.load (i32.const 16))) (then (call $exit (i32.const 6))))
    (if (i64.lt_u (i64.load (i32.const 16)) (i64.load (i32.const 8)))
      (then (call $exit (i32.const 7))))
    (call $exit (i32.const 0))
    (unreachable)))
