;; wabt-features: extended_const
;; extended-const: a global initialised by i32.add in a constant expression
;; (an MVP constant expression is a single const or global.get); it must be 3.
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1)
  (global $three i32 (i32.add (i32.const 1) (i32.const 2)))
  (export "memory" (memory 0))
  (export "_start" (func $start))
  (func $start
    (call $exit (i32.ne (global.get $three) (i32.const 3)))
    (unreachable)))
