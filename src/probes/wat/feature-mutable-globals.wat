;; wabt-features: mutable_globals
;; mutable-globals: exports a mutable global (an MVP module may export only
;; immutable ones), sets it with global.set and reads it back.
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1)
  (global $counter (mut i32) (i32.const 0))
  (export "memory" (memory 0))
  (export "_start" (func $start))
  (export "counter" (global $counter))
  (func $start
    (global.set $counter (i32.const 7))
    (call $exit (i32.ne (global.get $counter) (i32.const 7)))
    (unreachable)))
