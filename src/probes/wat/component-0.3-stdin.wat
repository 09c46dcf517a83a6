;; component-0.3-stdin: stdin given a line (the probe gives "wasi-probe stdin
;; line\n", then the end of input) reads as exactly that line, then the end:
;; wasi:cli/stdin@0.3.0 read-via-stream returns a stream<u8> and a future;
;; the stream is read until the host drops its end (up to 256 bytes, in as
;; many reads as the host likes), what was read must be the line, not fewer
;; bytes, not more, not others, and then the future must hold ok. run returns
;; ok through task.return when all holds, err otherwise. The reads are
;; asynchronous: when one is blocked, run or the callback returns WAIT on a
;; waitable set, and the callback goes on at its event. Its world:
;;
;;   world root {
;;     import wasi:cli/types@0.3.0;
;;     import wasi:cli/stdin@0.3.0;
;;     export wasi:cli/run@0.3.0;
;;   }
(component
  (type $cli-types (instance
    (type $error-code (enum "io" "illegal-byte-sequence" "pipe"))
    (export "error-code" (type (eq $error-code)))))
  (import "wasi:cli/types@0.3.0" (instance $cli-types (type $cli-types)))
  (alias export $cli-types "error-code" (type $error-code))
  (type $stdin (instance
    (alias outer 1 $error-code (type $outer-error-code))
    (export "error-code" (type $error-code (eq $outer-error-code)))
    (type $data (stream u8))
    (type $status (result (error $error-code)))
    (type $done (future $status))
    (type $read-via-stream (func (result (tuple $data $done))))
    (export "read-via-stream" (func (type $read-via-stream)))))
  (import "wasi:cli/stdin@0.3.0" (instance $stdin (type $stdin)))

  ;; The memory the reads copy into and the future's value lands in: a module
  ;; of its own, since the built-ins below need it before the main module is
  ;; instantiated.
  (core module $memory (memory (export "memory") 1))
  (core instance $memory (instantiate $memory))
  (alias core export $memory "memory" (core memory $memory))

  (type $bytes (stream u8))
  (type $status (result (error $error-code)))
  (type $done (future $status))
  ;; The tuple comes back through memory: the stream's handle, then the future's.
  (core func $read-via-stream (canon lower (func $stdin "read-via-stream") (memory $memory)))
  ;; An async copy returns BLOCKED (-1), or (bytes copied << 4) | status,
  ;; status 0 = completed, 1 = the other end dropped.
  (core func $stream-read (canon stream.read $bytes (memory $memory) async))
  (core func $stream-drop-readable (canon stream.drop-readable $bytes))
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
    (import "wasi:cli/stdin@0.3.0" "read-via-stream" (func $read-via-stream (param i32)))
    (import "$root" "stream-read" (func $stream-read (param i32 i32 i32) (result i32)))
    (import "$root" "stream-drop-readable" (func $stream-drop-readable (param i32)))
    (import "$root" "future-read" (func $future-read (param i32 i32) (result i32)))
    (import "$root" "future-drop-readable" (func $future-drop-readable (param i32)))
    (import "$root" "waitable-set-new" (func $waitable-set-new (result i32)))
    (import "$root" "waitable-set-drop" (func $waitable-set-drop (param i32)))
    (import "$root" "waitable-join" (func $waitable-join (param i32 i32)))
    (import "[export]wasi:cli/run@0.3.0" "[task-return]run" (func $task-return (param i32)))
    ;; 8..15: stdin's stream and future. 16..17: the future's value. 64: the
    ;; line expected (22 bytes). What was read is gathered at 2048..2303.
    (data (i32.const 64) "wasi-probe stdin line\n")
    (global $buffer i32 (i32.const 2048))
    (global $capacity i32 (i32.const 256))

    (global $set (mut i32) (i32.const 0))
    (global $stream (mut i32) (i32.const 0))
    (global $future (mut i32) (i32.const 0))
    (global $read (mut i32) (i32.const 0)) ;; bytes read so far

    ;; The callback's codes: EXIT (0) when the task is done, WAIT (2) | set << 4.
    (func $wait (result i32)
      (i32.or (i32.const 2) (i32.shl (global.get $set) (i32.const 4))))
    (func $return (param $ok i32) (result i32)
      (call $task-return (i32.eqz (local.get $ok)))
      (i32.const 0))

    ;; Whether the bytes at $a (length $a-len) equal those at $b (length $b-len).
    (func $equal (param $a i32) (param $a-len i32) (param $b i32) (param $b-len i32) (result i32)
      (if (i32.ne (local.get $a-len) (local.get $b-len)) (then (return (i32.const 0))))
      (block $done
        (loop $next
          (br_if $done (i32.eqz (local.get $a-len)))
          (if (i32.ne (i32.load8_u (local.get $a)) (i32.load8_u (local.get $b)))
            (then (return (i32.const 0))))
          (local.set $a (i32.add (local.get $a) (i32.const 1)))
          (local.set $b (i32.add (local.get $b) (i32.const 1)))
          (local.set $a-len (i32.sub (local.get $a-len) (i32.const 1)))
          (br $next)))
      (i32.const 1))

    (func (export "run") (result i32)
      (global.set $set (call $waitable-set-new))
      (call $read-via-stream (i32.const 8))
      (global.set $stream (i32.load (i32.const 8)))
      (global.set $future (i32.load (i32.const 12)))
      (call $waitable-join (global.get $stream) (global.get $set))
      (call $read-stdin))

    ;; Reads on until a read blocks or the host drops its end of the stream.
    (func $read-stdin (result i32)
      (local $copied i32)
      (loop $next
        ;; More than the buffer holds: not the line given.
        (if (i32.ge_u (global.get $read) (global.get $capacity)) (then (return (call $return (i32.const 0)))))
        (local.set $copied (call $stream-read (global.get $stream)
          (i32.add (global.get $buffer) (global.get $read))
          (i32.sub (global.get $capacity) (global.get $read))))
        (if (i32.eq (local.get $copied) (i32.const -1)) (then (return (call $wait))))
        (br_if $next (call $was-read (local.get $copied))))
      (call $stdin-ended))

    ;; Counts a finished read; false once the host has dropped its end (the end of input).
    (func $was-read (param $copied i32) (result i32)
      (global.set $read (i32.add (global.get $read) (i32.shr_u (local.get $copied) (i32.const 4))))
      (i32.eqz (i32.and (local.get $copied) (i32.const 15))))

    ;; The stream has ended: what was read must be the line; then the future tells how stdin went.
    (func $stdin-ended (result i32)
      (local $status i32)
      (call $waitable-join (global.get $stream) (i32.const 0))
      (call $stream-drop-readable (global.get $stream))
      (if (i32.eqz (call $equal (global.get $buffer) (global.get $read) (i32.const 64) (i32.const 22)))
        (then (return (call $return (i32.const 0)))))
      (local.set $status (call $future-read (global.get $future) (i32.const 16)))
      (if (i32.eq (local.get $status) (i32.const -1))
        (then
          (call $waitable-join (global.get $future) (global.get $set))
          (return (call $wait))))
      (call $future-done (local.get $status)))

    (func $future-done (param $status i32) (result i32)
      (call $waitable-join (global.get $future) (i32.const 0))
      (call $future-drop-readable (global.get $future))
      (call $waitable-set-drop (global.get $set))
      ;; Completed, holding ok.
      (call $return (i32.and
        (i32.eqz (i32.and (local.get $status) (i32.const 15)))
        (i32.eqz (i32.load8_u (i32.const 16))))))

    ;; Events: 2 = a stream read finished, 4 = a future read finished; the payload is the copy's result.
    (func (export "callback") (param $event i32) (param $handle i32) (param $payload i32) (result i32)
      (if (i32.eq (local.get $event) (i32.const 2))
        (then
          (if (call $was-read (local.get $payload)) (then (return (call $read-stdin))))
          (return (call $stdin-ended))))
      (if (i32.eq (local.get $event) (i32.const 4))
        (then (return (call $future-done (local.get $payload)))))
      (unreachable)))
  (core instance $main (instantiate $main
    (with "memory" (instance $memory))
    (with "wasi:cli/stdin@0.3.0" (instance (export "read-via-stream" (func $read-via-stream))))
    (with "$root" (instance
      (export "stream-read" (func $stream-read))
      (export "stream-drop-readable" (func $stream-drop-readable))
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
