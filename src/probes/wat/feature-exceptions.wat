;; wabt-features: exceptions
;; exceptions (the legacy proposal, try/catch): $thrower throws tag $e with
;; 42; the catch in $start must receive 42.
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1)
  (tag $e (param i32))
  (export "memory" (memory 0))
  (export "_start" (func $start))
  (func $thrower (throw $e (i32.const 42)))
  (func $start
    (call $exit
      (i32.ne
        (try (result i32)
          (do (call $thrower) (i32.const 0))
          (catch $e))
        (i32.const 42)))
    (unreachable)))
