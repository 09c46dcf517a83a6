;; proc_exit(126): the first code that shells reserve ("found but not
;; executable"). Runtimes differ here (some refuse codes from 126 up and
;; report an error instead), so what comes out is recorded, not judged.
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1)
  (export "memory" (memory 0))
  (export "_start" (func $start))
  (func $start (call $exit (i32.const 126)) (unreachable)))
