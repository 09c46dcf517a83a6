;; component-0.3-clocks: WASI 0.3's two clocks. The system clock's `now`
;; is after 2023-11-14 (1 700 000 000 s) with nanoseconds below 10^9, so a
;; host that gives milliseconds, or zeros, fails. The monotonic clock's `now`
;; is not zero, and after `wait-for` of 10 ms, an async function, it has moved
;; on by at least 10 ms: a host whose wait returns at once, or whose clock stands
;; still, fails. wait-for is lowered async: when the call does not return at
;; once, run returns WAIT on a waitable set holding the subtask and the
;; callback goes on once the subtask has returned. run returns ok through
;; task.return when all holds, err otherwise. Its world:
;;
;;   world root {
;;     import wasi:clocks/types@0.3.0;
;;     import wasi:clocks/system-clock@0.3.0;
;;     import wasi:clocks/monotonic-clock@0.3.0;
;;     export wasi:cli/run@0.3.0;
;;   }
(component
  (type $types (instance
    (type $duration u64)
    (export "duration" (type (eq $duration)))))
  (import "wasi:clocks/types@0.3.0" (instance $types (type $types)))
  (alias export $types "duration" (type $duration))
  (type $system-clock (instance
    (type $instant (record (field "seconds" s64) (field "nanoseconds" u32)))
    (export "instant" (type $exported-instant (eq $instant)))
    (type $now (func (result $exported-instant)))
    (export "now" (func (type $now)))))
  (import "wasi:clocks/system-clock@0.3.0" (instance $system-clock (type $system-clock)))
  (type $monotonic-clock (instance
    (alias outer 1 $duration (type $outer-duration))
    (export "duration" (type $duration (eq $outer-duration)))
    (type $mark u64)
    (export "mark" (type $exported-mark (eq $mark)))
    (type $now (func (result $exported-mark)))
    (export "now" (func (type $now)))
    (type $wait-for (func async (param "how-long" $duration)))
    (export "wait-for" (func (type $wait-for)))))
  (import "wasi:clocks/monotonic-clock@0.3.0" (instance $monotonic-clock (type $monotonic-clock)))

  ;; The instant is returned through memory: seconds (s64) at 0, nanoseconds (u32) at 8.
  (core module $memory (memory (export "memory") 1))
  (core instance $memory (instantiate $memory))
  (alias core export $memory "memory" (core memory $memory))
  (core func $system-now (canon lower (func $system-clock "now") (memory $memory)))
  (core func $monotonic-now (canon lower (func $monotonic-clock "now")))
  ;; An async lower returns the subtask's state in the low 4 bits (2 =
  ;; returned) and, while it has not returned, its handle above them.
  (core func $wait-for (canon lower (func $monotonic-clock "wait-for") async))
  (core func $subtask-drop (canon subtask.drop))
  (core func $waitable-set-new (canon waitable-set.new))
  (core func $waitable-set-drop (canon waitable-set.drop))
  (core func $waitable-join (canon waitable.join))
  (type $run-result (result))
  ;; task.return takes the flattened result: one i32, 0 = ok, 1 = err.
  (core func $task-return (canon task.return (result $run-result)))

  (core module $main
    (import "memory" "memory" (memory 1))
    (import "wasi:clocks/system-clock@0.3.0" "now" (func $system-now (param i32)))
    (import "wasi:clocks/monotonic-clock@0.3.0" "now" (func $monotonic-now (result i64)))
    (import "wasi:clocks/monotonic-clock@0.3.0" "[async-lower]wait-for" (func $wait-for (param i64) (result i32)))
    (import "$root" "subtask-drop" (func $subtask-drop (param i32)))
    (import "$root" "waitable-set-new" (func $waitable-set-new (result i32)))
    (import "$root" "waitable-set-drop" (func $waitable-set-drop (param i32)))
    (import "$root" "waitable-join" (func $waitable-join (param i32 i32)))
    (import "[export]wasi:cli/run@0.3.0" "[task-return]run" (func $task-return (param i32)))
    (global $before (mut i64) (i64.const 0)) ;; the monotonic clock before the wait
    (global $set (mut i32) (i32.const 0))
    (global $subtask (mut i32) (i32.const 0))

    (func $return (param $ok i32) (result i32)
      (call $task-return (i32.eqz (local.get $ok)))
      (i32.const 0)) ;; EXIT: the task is done

    (func (export "run") (result i32)
      (local $state i32)
      (call $system-now (i32.const 0))
      (if (i32.or
            (i64.lt_s (i64.load (i32.const 0)) (i64.const 1700000000))
            (i32.ge_u (i32.load offset=8 (i32.const 0)) (i32.const 1000000000)))
        (then (return (call $return (i32.const 0)))))
      (global.set $before (call $monotonic-now))
      (if (i64.eqz (global.get $before)) (then (return (call $return (i32.const 0)))))
      (local.set $state (call $wait-for (i64.const 10000000))) ;; 10 ms in nanoseconds
      (if (i32.eq (i32.and (local.get $state) (i32.const 15)) (i32.const 2))
        (then (return (call $waited))))
      (global.set $subtask (i32.shr_u (local.get $state) (i32.const 4)))
      (global.set $set (call $waitable-set-new))
      (call $waitable-join (global.get $subtask) (global.get $set))
      (i32.or (i32.const 2) (i32.shl (global.get $set) (i32.const 4)))) ;; WAIT on the set

    (func $waited (result i32)
      (call $return (i64.ge_u
        (i64.sub (call $monotonic-now) (global.get $before))
        (i64.const 10000000))))

    ;; Event 1: the subtask's state changed, to the state in the payload.
    (func (export "callback") (param $event i32) (param $handle i32) (param $payload i32) (result i32)
      (if (i32.ne (local.get $event) (i32.const 1)) (then unreachable))
      (if (i32.ne (local.get $payload) (i32.const 2))
        (then (return (i32.or (i32.const 2) (i32.shl (global.get $set) (i32.const 4))))))
      (call $waitable-join (global.get $subtask) (i32.const 0))
      (call $subtask-drop (global.get $subtask))
      (call $waitable-set-drop (global.get $set))
      (call $waited)))
  (core instance $main (instantiate $main
    (with "memory" (instance $memory))
    (with "wasi:clocks/system-clock@0.3.0" (instance (export "now" (func $system-now))))
    (with "wasi:clocks/monotonic-clock@0.3.0" (instance
      (export "now" (func $monotonic-now))
      (export "[async-lower]wait-for" (func $wait-for))))
    (with "$root" (instance
      (export "subtask-drop" (func $subtask-drop))
      (export "waitable-set-new" (func $waitable-set-new))
      (export "waitable-set-drop" (func $waitable-set-drop))
      (export "waitable-join" (func $waitable-join))))
    (with "[export]wasi:cli/run@0.3.0" (instance (export "[task-return]run" (func $task-return))))))

  (type $run-func (func async (result $run-result)))
  (func $run (type $run-func)
    (canon lift (core func $main "run") async (callback (core func $main "callback"))))
  (instance $run (export "run" (func $run)))
  (export "wasi:cli/run@0.3.0" (instance $run)))
