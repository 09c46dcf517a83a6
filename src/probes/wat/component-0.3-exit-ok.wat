;; component-0.3-exit-ok: run calls the imported wasi:cli/exit@0.3.0
;; `exit: func(status: result)` with ok, which must end the run there with
;; exit code 0. Were exit to return, run would go on to return err
;; through task.return: a runtime whose exit only records the status exits 1.
;; Its world:
;;
;;   world root {
;;     import wasi:cli/exit@0.3.0;
;;     export wasi:cli/run@0.3.0;
;;   }
(component
  (type $exit (instance
    (type $status (result))
    (type $exit-func (func (param "status" $status)))
    (export "exit" (func (type $exit-func)))))
  (import "wasi:cli/exit@0.3.0" (instance $exit (type $exit)))
  ;; A plain (synchronous) lower: exit is not an async function.
  (core func $exit (canon lower (func $exit "exit")))
  (type $run-result (result))
  ;; Both take the flattened result: one i32, 0 = ok, 1 = err.
  (core func $task-return (canon task.return (result $run-result)))
  (core module $main
    (import "wasi:cli/exit@0.3.0" "exit" (func $exit (param i32)))
    (import "[export]wasi:cli/run@0.3.0" "[task-return]run" (func $task-return (param i32)))
    (func (export "run") (result i32)
      i32.const 0 ;; ok
      call $exit
      i32.const 1 ;; reached only when exit returned
      call $task-return
      i32.const 0) ;; EXIT: the task is done
    (func (export "callback") (param $event i32) (param $handle i32) (param $payload i32) (result i32)
      unreachable))
  (core instance $main (instantiate $main
    (with "wasi:cli/exit@0.3.0" (instance (export "exit" (func $exit))))
    (with "[export]wasi:cli/run@0.3.0" (instance (export "[task-return]run" (func $task-return))))))
  (type $run-func (func async (result $run-result)))
  (func $run (type $run-func)
    (canon lift (core func $main "run") async (callback (core func $main "callback"))))
  (instance $run (export "run" (func $run)))
  (export "wasi:cli/run@0.3.0" (instance $run)))
