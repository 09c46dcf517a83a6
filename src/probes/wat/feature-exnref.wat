;; wabt-features: exceptions
;; exnref (the new exception-handling proposal): an inner try_table catches
;; the throw of tag $e with catch_all_ref, which hands over the exception as an
;; exnref; throw_ref rethrows that exnref, and the outer try_table's catch must
;; receive the payload 42. (The legacy try/catch is feature-exceptions.)
;;
;; Node 20 cannot validate it (V8 11.3 has no exnref, under any flag): the
;; bytes wabt writes equal those wasm-tools (jco parse) writes for this text,
;; and binaryen's wasm-opt validates them and its interpreter runs _start to
;; proc_exit(0).
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1)
  (tag $e (param i32))
  (export "memory" (memory 0))
  (export "_start" (func $start))
  (func $start
    (call $exit
      (i32.ne
        (block $caught (result i32)
          (try_table (catch $e $caught)
            (block $inner (result exnref)
              (try_table (catch_all_ref $inner)
                (throw $e (i32.const 42)))
              (unreachable))
            (throw_ref))
          (unreachable))
        (i32.const 42)))
    (unreachable)))
