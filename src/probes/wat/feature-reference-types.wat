;; wabt-features: reference_types
;; reference-types: table.set stores ref.null func in a funcref table,
;; table.get reads it back and ref.is_null must say 1.
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1)
  (table $t 1 funcref)
  (export "memory" (memory 0))
  (export "_start" (func $start))
  (func $start
    (table.set $t (i32.const 0) (ref.null func))
    (call $exit (i32.eqz (ref.is_null (table.get $t (i32.const 0)))))
    (unreachable)))
