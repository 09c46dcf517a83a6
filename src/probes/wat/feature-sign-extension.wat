;; wabt-features: sign_extension
;; sign-extension: i32.extend8_s turns the byte 0x80 into -128.
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1)
  (export "memory" (memory 0))
  (export "_start" (func $start))
  (func $start
    (call $exit (i32.ne (i32.extend8_s (i32.const 0x80)) (i32.const -128)))
    (unreachable)))
