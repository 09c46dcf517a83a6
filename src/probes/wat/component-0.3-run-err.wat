;; component-0.3-run-err: wasi:cli/run@0.3.0 whose run returns err through
;; task.return, so a runtime that runs 0.3 components must exit non-zero (1,
;; as wasmtime and the official suite's run-with-err have it), not 0 because
;; the export returned at all. Its world:
;;
;;   world root {
;;     export wasi:cli/run@0.3.0;
;;   }
(component
  (type $run-result (result))
  ;; task.return takes the flattened result: one i32, 0 = ok, 1 = err.
  (core func $task-return (canon task.return (result $run-result)))
  (core module $main
    (import "[export]wasi:cli/run@0.3.0" "[task-return]run" (func $task-return (param i32)))
    (func (export "run") (result i32)
      i32.const 1 ;; err
      call $task-return
      i32.const 0) ;; EXIT: the task is done
    (func (export "callback") (param $event i32) (param $handle i32) (param $payload i32) (result i32)
      unreachable))
  (core instance $main (instantiate $main
    (with "[export]wasi:cli/run@0.3.0" (instance (export "[task-return]run" (func $task-return))))))
  (type $run-func (func async (result $run-result)))
  (func $run (type $run-func)
    (canon lift (core func $main "run") async (callback (core func $main "callback"))))
  (instance $run (export "run" (func $run)))
  (export "wasi:cli/run@0.3.0" (instance $run)))
