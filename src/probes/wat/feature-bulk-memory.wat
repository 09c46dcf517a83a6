;; wabt-features: bulk_memory
;; bulk-memory: memory.fill writes four 0x2a bytes at 0, memory.copy copies
;; them to 8; the word at 8 must be 0x2a2a2a2a.
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1)
  (export "memory" (memory 0))
  (export "_start" (func $start))
  (func $start
    (memory.fill (i32.const 0) (i32.const 0x2a) (i32.const 4))
    (memory.copy (i32.const 8) (i32.const 0) (i32.const 4))
    (call $exit (i32.ne (i32.load (i32.const 8)) (i32.const 0x2a2a2a2a)))
    (unreachable)))
