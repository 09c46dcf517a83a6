;; component-exit-err: a WASI 0.2 command component whose run calls the
;; imported wasi:cli/exit@0.2.0 `exit: func(status: result)` with err, so a
;; runtime that runs components exits 1; one that drops the status exits 0.
;; Its world, as jco's componentWit prints it:
;;
;;   world root {
;;     import wasi:cli/exit@0.2.0;
;;     export wasi:cli/run@0.2.0;
;;   }
(component
  (type (instance
    (type (result))
    (type (func (param "status" 0)))
    (export "exit" (func (type 1)))))
  (import "wasi:cli/exit@0.2.0" (instance (type 0)))
  (alias export 0 "exit" (func))
  (core func (canon lower (func 0)))
  (core module
    (type (func (param i32)))
    (type (func (result i32)))
    (import "wasi:cli/exit@0.2.0" "exit" (func (type 0)))
    ;; exit(err): the result's discriminant 1. Were exit to return, run
    ;; returns ok, so the run still tells a dropped status by its exit 0.
    (func (type 1)
      i32.const 1
      call 0
      i32.const 0)
    (export "run" (func 1)))
  (core instance (export "exit" (func 0)))
  (core instance (instantiate 0
    (with "wasi:cli/exit@0.2.0" (instance 0))))
  (alias core export 1 "run" (core func))
  (type (result))
  (type (func (result 1)))
  (func (type 2) (canon lift (core func 1)))
  (instance (export "run" (func 1)))
  (export "wasi:cli/run@0.2.0" (instance 1)))
