;; Writes one known line to fd 2 with fd_write, then exits 0.
;; Exit codes: 0 written; 1 fd_write failed.
(module
  (import "wasi_snapshot_preview1" "fd_write"
    (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1)
  (export "memory" (memory 0))
  (export "_start" (func $start))
  ;; The line lives at offset 16; one iovec {ptr=16, len=21} at offset 0;
  ;; fd_write stores the byte count at offset 8.
  (data (i32.const 16) "wasi-probe stderr ok\n")
  (func $start
    (i32.store (i32.const 0) (i32.const 16))
    (i32.store (i32.const 4) (i32.const 21))
    (if (call $fd_write (i32.const 2) (i32.const 0) (i32.const 1) (i32.const 8))
      (then (call $exit (i32.const 1))))
    (call $exit (i32.const 0))
    (unreachable)))
