;; component-run-err: a WASI 0.2 command component whose wasi:cli/run@0.2.0
;; `run: func() -> result` returns err without calling wasi:cli/exit, so a
;; runtime that runs components exits 1; one that ignores run's result
;; exits 0. Its world, as jco's componentWit prints it:
;;
;;   world root {
;;     export wasi:cli/run@0.2.0;
;;   }
(component
  (core module
    ;; The result's discriminant: 1 is err.
    (func (export "run") (result i32)
      i32.const 1))
  (core instance (instantiate 0))
  (alias core export 0 "run" (core func))
  (type (result))
  (type (func (result 0)))
  (func (type 1) (canon lift (core func 0)))
  (instance (export "run" (func 0)))
  (export "wasi:cli/run@0.2.0" (instance 0)))
