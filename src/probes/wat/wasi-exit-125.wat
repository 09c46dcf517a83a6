;; proc_exit(125): the largest code that shells leave to programs (126 and up
;; mean "not executable", "not found", 128+n "killed by signal n"). Whether it
;; comes out unchanged is recorded, not judged.
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1)
  (export "memory" (memory 0))
  (export "_start" (func $start))
  (func $start (call $exit (i32.const 125)) (unreachable)))
