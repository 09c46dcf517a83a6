;; component-0.3-stderr: prints "wasi-probe stderr ok\n" through WASI 0.3's
;; stderr, `write-via-stream: func(data: stream<u8>) -> future<result<_,
;; error-code>>`, in two writes ("wasi-probe " and "stderr ok\n") and nothing
;; to stdout, so a host that sends stderr to stdout fails too. The stream, its
;; writes and the future's read are component-0.3-stdout's (see there).
;; Its world:
;;
;;   world root {
;;     import wasi:cli/types@0.3.0;
;;     import wasi:cli/stderr@0.3.0;
;;     export wasi:cli/run@0.3.0;
;;   }
(component
  (type $types (instance
    (type $error-code (enum "io" "illegal-byte-sequence" "pipe"))
    (export "error-code" (type (eq $error-code)))))
  (import "wasi:cli/types@0.3.0" (instance $types (type $types)))
  (alias export $types "error-code" (type $error-code))
  (type $stderr (instance
    (alias outer 1 $error-code (type $outer-error-code))
    (export "error-code" (type $error-code (eq $outer-error-code)))
    (type $data (stream u8))
    (type $status (result (error $error-code)))
    (type $done (future $status))
    (type $write-via-stream (func (param "data" $data) (result $done)))
    (export "write-via-stream" (func (type $write-via-stream)))))
  (import "wasi:cli/stderr@0.3.0" (instance $stderr (type $stderr)))

  ;; The memory the writes copy from and the future's value lands in: a module
  ;; of its own, since the built-ins below need it before the main module is
  ;; instantiated.
  (core module $memory (memory (export "memory") 1))
  (core instance $memory (instantiate $memory))
  (alias core export $memory "memory" (core memory $memory))

  (type $data (stream u8))
  (type $status (result (error $error-code)))
  (type $done (future $status))
  (core func $write-via-stream (canon lower (func $stderr "write-via-stream")))
  ;; stream.new returns both ends in one i64: readable low, writable high.
  (core func $stream-new (canon stream.new $data))
  ;; An async copy returns BLOCKED (-1), or (bytes copied << 4) | status,
  ;; status 0 = completed, 1 = the other end dropped.
  (core func $stream-write (canon stream.write $data (memory $memory) async))
  (core func $stream-drop-writable (canon stream.drop-writable $data))
  ;; The future's value in memory: byte 0 the case (0 = ok, 1 = err), byte 1 the error code.
  (core func $future-read (canon future.read $done (memory $memory) async))
  (core func $future-drop-readable (canon future.drop-readable $done))
  (core func $waitable-set-new (canon waitable-set.new))
  (core func $waitable-set-drop (canon waitable-set.drop))
  (core func $waitable-join (canon waitable.join))
  (type $run-result (result))
  ;; task.return takes the flattened result: one i32, 0 = ok, 1 = err.
  (core func $task-return (canon task.return (result $run-result)))

  (core module $main
    (import "memory" "memory" (memory 1))
    (import "wasi:cli/stderr@0.3.0" "write-via-stream" (func $write-via-stream (param i32) (result i32)))
    (import "$root" "stream-new" (func $stream-new (result i64)))
    (import "$root" "stream-write" (func $stream-write (param i32 i32 i32) (result i32)))
    (import "$root" "stream-drop-writable" (func $stream-drop-writable (param i32)))
    (import "$root" "future-read" (func $future-read (param i32 i32) (result i32)))
    (import "$root" "future-drop-readable" (func $future-drop-readable (param i32)))
    (import "$root" "waitable-set-new" (func $waitable-set-new (result i32)))
    (import "$root" "waitable-set-drop" (func $waitable-set-drop (param i32)))
    (import "$root" "waitable-join" (func $waitable-join (param i32 i32)))
    (import "[export]wasi:cli/run@0.3.0" "[task-return]run" (func $task-return (param i32)))

    ;; The line's two writes: (address, length) pairs at 32.
    (data (i32.const 32) "\40\00\00\00\0b\00\00\00\4b\00\00\00\0a\00\00\00")
    (data (i32.const 64) "wasi-probe stderr ok\n")
    (global $chunks i32 (i32.const 2))
    (global $future-value i32 (i32.const 16))

    (global $set (mut i32) (i32.const 0))
    (global $writable (mut i32) (i32.const 0))
    (global $future (mut i32) (i32.const 0))
    (global $chunk (mut i32) (i32.const -1)) ;; the write under way
    (global $at (mut i32) (i32.const 0)) ;; its next byte
    (global $left (mut i32) (i32.const 0)) ;; its bytes not yet copied

    (func (export "run") (result i32)
      (local $ends i64)
      (local.set $ends (call $stream-new))
      (global.set $writable (i32.wrap_i64 (i64.shr_u (local.get $ends) (i64.const 32))))
      (global.set $future (call $write-via-stream (i32.wrap_i64 (local.get $ends))))
      (global.set $set (call $waitable-set-new))
      (call $waitable-join (global.get $writable) (global.get $set))
      (call $write))

    ;; The callback's codes: EXIT (0) when the task is done, WAIT (2) | set << 4.
    (func $wait (result i32)
      (i32.or (i32.const 2) (i32.shl (global.get $set) (i32.const 4))))
    (func $return (param $ok i32) (result i32)
      (call $task-return (i32.eqz (local.get $ok)))
      (i32.const 0))

    ;; Writes what is left, chunk after chunk, until a write blocks or all is written.
    (func $write (result i32)
      (local $copied i32)
      (loop $next
        (if (i32.eqz (global.get $left))
          (then
            (global.set $chunk (i32.add (global.get $chunk) (i32.const 1)))
            (if (i32.eq (global.get $chunk) (global.get $chunks))
              (then (return (call $end-stream))))
            (global.set $at (i32.load (i32.add (i32.const 32) (i32.shl (global.get $chunk) (i32.const 3)))))
            (global.set $left (i32.load offset=4 (i32.add (i32.const 32) (i32.shl (global.get $chunk) (i32.const 3)))))))
        (local.set $copied (call $stream-write (global.get $writable) (global.get $at) (global.get $left)))
        (if (i32.eq (local.get $copied) (i32.const -1)) (then (return (call $wait))))
        (if (i32.eqz (call $wrote (local.get $copied))) (then (return (call $return (i32.const 0)))))
        (br $next))
      (unreachable))

    ;; Counts a finished copy; false when the readable end was dropped.
    (func $wrote (param $copied i32) (result i32)
      (local $count i32)
      (local.set $count (i32.shr_u (local.get $copied) (i32.const 4)))
      (global.set $at (i32.add (global.get $at) (local.get $count)))
      (global.set $left (i32.sub (global.get $left) (local.get $count)))
      (i32.eqz (i32.and (local.get $copied) (i32.const 15))))

    ;; Dropping the writable end ends the stream; then the future tells how it went.
    (func $end-stream (result i32)
      (local $read i32)
      (call $waitable-join (global.get $writable) (i32.const 0))
      (call $stream-drop-writable (global.get $writable))
      (local.set $read (call $future-read (global.get $future) (global.get $future-value)))
      (if (i32.eq (local.get $read) (i32.const -1))
        (then
          (call $waitable-join (global.get $future) (global.get $set))
          (return (call $wait))))
      (call $future-done (local.get $read)))

    (func $future-done (param $read i32) (result i32)
      (call $waitable-join (global.get $future) (i32.const 0))
      (call $future-drop-readable (global.get $future))
      (call $waitable-set-drop (global.get $set))
      ;; Completed, holding ok.
      (call $return (i32.and
        (i32.eqz (i32.and (local.get $read) (i32.const 15)))
        (i32.eqz (i32.load8_u (global.get $future-value))))))

    ;; Events: 3 = a stream write finished, 4 = a future read finished; the payload is the copy's result.
    (func (export "callback") (param $event i32) (param $handle i32) (param $payload i32) (result i32)
      (if (i32.eq (local.get $event) (i32.const 3))
        (then
          (if (i32.eqz (call $wrote (local.get $payload))) (then (return (call $return (i32.const 0)))))
          (return (call $write))))
      (if (i32.eq (local.get $event) (i32.const 4))
        (then (return (call $future-done (local.get $payload)))))
      (unreachable)))
  (core instance $main (instantiate $main
    (with "memory" (instance $memory))
    (with "wasi:cli/stderr@0.3.0" (instance (export "write-via-stream" (func $write-via-stream))))
    (with "$root" (instance
      (export "stream-new" (func $stream-new))
      (export "stream-write" (func $stream-write))
      (export "stream-drop-writable" (func $stream-drop-writable))
      (export "future-read" (func $future-read))
      (export "future-drop-readable" (func $future-drop-readable))
      (export "waitable-set-new" (func $waitable-set-new))
      (export "waitable-set-drop" (func $waitable-set-drop))
      (export "waitable-join" (func $waitable-join))))
    (with "[export]wasi:cli/run@0.3.0" (instance (export "[task-return]run" (func $task-return))))))

  (type $run-func (func async (result $run-result)))
  (func $run (type $run-func)
    (canon lift (core func $main "run") async (callback (core func $main "callback"))))
  (instance $run (export "run" (func $run)))
  (export "wasi:cli/run@0.3.0" (instance $run)))
