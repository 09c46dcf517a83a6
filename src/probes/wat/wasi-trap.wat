;; _start traps at once: a runtime must report a failure, never exit 0.
;; proc_exit is imported, though never called, so that the module is a WASI
;; command like the others and runtimes that look at the imports run it so.
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1)
  (export "memory" (memory 0))
  (export "_start" (func $start))
  (func $start (unreachable)))
