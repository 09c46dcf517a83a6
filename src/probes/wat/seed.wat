;; The seed module: the smallest WASI preview1 command. It exits 0 through
;; proc_exit, so any runtime that links wasi_snapshot_preview1 runs it.
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 16)
  (export "memory" (memory 0))
  (export "_start" (func $start))
  (func $start (call $exit (i32.const 0)) (unreachable)))
