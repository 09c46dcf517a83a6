;; poll_oneoff with one subscription: a relative 1 ms timeout on the
;; monotonic clock. It must succeed with one event whose error is 0.
;; Exit codes: 0 all hold; 1 poll_oneoff failed; 2 nevents is not 1;
;; 3 the event's error is not 0.
(module
  (import "wasi_snapshot_preview1" "poll_oneoff"
    (func $poll_oneoff (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1)
  (export "memory" (memory 0))
  (export "_start" (func $start))
  ;; The subscription (48 bytes) at 0: userdata u64 at 0, tag u8 at 8
  ;; (0 = clock), clock id u32 at 16, timeout u64 at 24, precision u64 at 32,
  ;; flags u16 at 40 (0 = relative). The event (32 bytes) at 64: userdata
  ;; u64 at 0, error u16 at 8, type u8 at 10. nevents at 128. Memory starts
  ;; zeroed, so only the non-zero fields are stored.
  (func $start
    (i64.store (i32.const 0) (i64.const 0x5741534950524f42)) ;; userdata: any value
    (i32.store (i32.const 16) (i32.const 1)) ;; monotonic
    (i64.store (i32.const 24) (i64.const 1000000)) ;; 1 ms in ns
    (if (call $poll_oneoff (i32.const 0) (i32.const 64) (i32.const 1) (i32.const 128))
      (then (call $exit (i32.const 1))))
    (if (i32.ne (i32.load (i32.const 128)) (i32.const 1)) (then (call $exit (i32.const 2))))
    (if (i32.load16_u (i32.const 72)) (then (call $exit (i32.const 3))))
    (call $exit (i32.const 0))
    (unreachable)))
