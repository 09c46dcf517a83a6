;; Reads fd 0 with fd_read until it ends (a read of 0 bytes), writes what it
;; read to stdout, and checks that it was exactly the line the harness gives
;; on stdin ("wasi-probe stdin line\n"), then the end of input.
;; Exit codes: 0 the line, then its end; 1 fd_read failed; 2 other bytes than
;; the line (or fewer, or more); 3 more than 512 bytes, no end seen;
;; 4 fd_write to stdout failed.
(module
  (import "wasi_snapshot_preview1" "fd_read"
    (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write"
    (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1)
  (export "memory" (memory 0))
  (export "_start" (func $start))
  ;; One iovec at 0; the byte count at 8; the line expected at 64 (22 bytes);
  ;; what stdin gives at 256..767.
  (data (i32.const 64) "wasi-probe stdin line\n")
  (func $start
    (local $total i32) (local $i i32)
    (block $ended
      (loop $read
        (br_if $ended (i32.ge_u (local.get $total) (i32.const 512)))
        (i32.store (i32.const 0) (i32.add (i32.const 256) (local.get $total)))
        (i32.store (i32.const 4) (i32.sub (i32.const 512) (local.get $total)))
        (if (call $fd_read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 8))
          (then (call $exit (i32.const 1))))
        (br_if $ended (i32.eqz (i32.load (i32.const 8))))
        (local.set $total (i32.add (local.get $total) (i32.load (i32.const 8))))
        (br $read)))
    ;; What was read, echoed, so that the result shows it.
    (i32.store (i32.const 0) (i32.const 256))
    (i32.store (i32.const 4) (local.get $total))
    (if (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))
      (then (call $exit (i32.const 4))))
    (if (i32.ge_u (local.get $total) (i32.const 512)) (then (call $exit (i32.const 3))))
    (if (i32.ne (local.get $total) (i32.const 22)) (then (call $exit (i32.const 2))))
    (block $same
      (loop $compare
        (br_if $same (i32.ge_u (local.get $i) (i32.const 22)))
        (if (i32.ne
              (i32.load8_u (i32.add (i32.const 256) (local.get $i)))
              (i32.load8_u (i32.add (i32.const 64) (local.get $i))))
          (then (call $exit (i32.const 2))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $compare)))
    (call $exit (i32.const 0))
    (unreachable)))
