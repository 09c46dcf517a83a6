;; random_get fills 32 zeroed bytes; all 32 still zero after a successful
;; call means nothing was written (odds of 2^-256 for a real source).
;; Exit codes: 0 all hold; 1 random_get failed; 2 the bytes are all zero.
(module
  (import "wasi_snapshot_preview1" "random_get"
    (func $random_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1)
  (export "memory" (memory 0))
  (export "_start" (func $start))
  ;; The 32 bytes at 0..31 (memory starts zeroed).
  (func $start
    (if (call $random_get (i32.const 0) (i32.const 32))
      (then (call $exit (i32.const 1))))
    (if (i64.eqz
          (i64.or
            (i64.or (i64.load (i32.const 0)) (i64.load (i32.const 8)))
            (i64.or (i64.load (i32.const 16)) (i64.load (i32.const 24)))))
      (then (call $exit (i32.const 2))))
    (call $exit (i32.const 0))
    (unreachable)))
