;; component-stdout: writes "wasi-probe ok\n" to stdout with wasi:io/streams@0.2.0
;; output-stream.blocking-write-and-flush on the stream wasi:cli/stdout@0.2.0
;; get-stdout returns, then run returns ok (exit code 0). The harness
;; compares stdout with the line. When the write fails it says so on stderr
;; and exits with err (exit code 1). Its world:
;;
;;   world root {
;;     import wasi:cli/exit@0.2.0;
;;     import wasi:io/error@0.2.0;
;;     import wasi:io/streams@0.2.0;
;;     import wasi:cli/stderr@0.2.0;
;;     import wasi:cli/stdout@0.2.0;
;;     export wasi:cli/run@0.2.0;
;;   }
(component
  ;; ---- Imports: only the functions this component calls.
  (type $exit (instance
    (export "exit" (func (param "status" (result))))))
  (import "wasi:cli/exit@0.2.0" (instance $exit (type $exit)))
  (import "wasi:io/error@0.2.0" (instance $io-error
    (export "error" (type (sub resource)))))
  (alias export $io-error "error" (type $error))
  (type $streams (instance
    (alias outer 1 $error (type $outer-error))
    (export "error" (type $error (eq $outer-error)))
    (type $stream-error-def (variant (case "last-operation-failed" (own $error)) (case "closed")))
    (export "stream-error" (type $stream-error (eq $stream-error-def)))
    (export "output-stream" (type $output-stream (sub resource)))
    (export "[method]output-stream.blocking-write-and-flush"
      (func (param "self" (borrow $output-stream)) (param "contents" (list u8))
        (result (result (error $stream-error)))))))
  (import "wasi:io/streams@0.2.0" (instance $streams (type $streams)))
  (alias export $streams "output-stream" (type $output-stream))
  (type $stderr (instance
    (alias outer 1 $output-stream (type $outer-output-stream))
    (export "output-stream" (type $output-stream (eq $outer-output-stream)))
    (export "get-stderr" (func (result (own $output-stream))))))
  (import "wasi:cli/stderr@0.2.0" (instance $stderr (type $stderr)))
  (type $stdout (instance
    (alias outer 1 $output-stream (type $outer-output-stream))
    (export "output-stream" (type $output-stream (eq $outer-output-stream)))
    (export "get-stdout" (func (result (own $output-stream))))))
  (import "wasi:cli/stdout@0.2.0" (instance $stdout (type $stdout)))

  ;; ---- The memory and the allocator the host's lists and strings are copied
  ;; into: a module of their own, instantiated before the imports are lowered
  ;; (lowering needs them) and before the main module (which imports them).
  (core module $Memory
    (memory (export "memory") 1)
    ;; Below 4096: the main module's data and scratch.
    (global $next (mut i32) (i32.const 4096))
    ;; canonical ABI realloc: a bump allocator; nothing is ever freed.
    (func (export "realloc") (param $old i32) (param $old-size i32) (param $align i32) (param $size i32)
      (result i32)
      (local $ptr i32) (local $end i32)
      (local.set $ptr
        (i32.and
          (i32.add (global.get $next) (i32.sub (local.get $align) (i32.const 1)))
          (i32.sub (i32.const 0) (local.get $align))))
      (local.set $end (i32.add (local.get $ptr) (local.get $size)))
      (if (i32.gt_u (local.get $end) (i32.mul (memory.size) (i32.const 65536)))
        (then
          (if (i32.eq
                (memory.grow
                  (i32.add
                    (i32.shr_u (i32.sub (local.get $end) (i32.mul (memory.size) (i32.const 65536))) (i32.const 16))
                    (i32.const 1)))
                (i32.const -1))
            (then (unreachable)))))
      (global.set $next (local.get $end))
      ;; A grown block keeps what the old one held.
      (if (local.get $old)
        (then
          (memory.copy (local.get $ptr) (local.get $old)
            (select (local.get $old-size) (local.get $size) (i32.lt_u (local.get $old-size) (local.get $size))))))
      (local.get $ptr)))
  (core instance $memory (instantiate $Memory))
  (alias core export $memory "memory" (core memory $mem))
  (alias core export $memory "realloc" (core func $realloc))

  ;; ---- The imports, lowered to core functions.
  (alias export $stdout "get-stdout" (func $get-stdout))
  (core func $get-stdout-core (canon lower (func $get-stdout)))
  (alias export $exit "exit" (func $exit-fn))
  (core func $exit-core (canon lower (func $exit-fn)))
  (alias export $stderr "get-stderr" (func $get-stderr))
  (core func $get-stderr-core (canon lower (func $get-stderr)))
  (alias export $streams "[method]output-stream.blocking-write-and-flush" (func $write))
  (core func $write-core (canon lower (func $write) (memory $mem)))

  (core module $Main
    (import "memory" "memory" (memory 1))
    (import "wasi" "exit" (func $exit (param i32)))
    (import "wasi" "get-stderr" (func $get-stderr (result i32)))
    (import "wasi" "blocking-write-and-flush" (func $write (param i32 i32 i32 i32)))
    (import "wasi" "get-stdout" (func $get-stdout (result i32)))
    ;; 0..15: the write's return area: result<_, stream-error>, its
    ;; discriminant at 0 (0 is ok). The line at 64, the failure message at 128.
    (data (i32.const 64) "wasi-probe ok\n")
    (data (i32.const 128) "component-stdout: blocking-write-and-flush to stdout failed\n\00")

    ;; Writes the NUL-terminated message at $msg to stderr, then exits with err.
    (func $fail (param $msg i32)
      (local $len i32)
      (loop $count
        (if (i32.load8_u (i32.add (local.get $msg) (local.get $len)))
          (then
            (local.set $len (i32.add (local.get $len) (i32.const 1)))
            (br $count))))
      (call $write (call $get-stderr) (local.get $msg) (local.get $len) (i32.const 0))
      (call $exit (i32.const 1))
      (unreachable))

    ;; run: func() -> result. Returns 0, ok, once the line is written.
    (func (export "run") (result i32)
      (call $write (call $get-stdout) (i32.const 64) (i32.const 14) (i32.const 0))
      (if (i32.load8_u (i32.const 0)) (then (call $fail (i32.const 128))))
      (i32.const 0)))
  (core instance $main (instantiate $Main
    (with "memory" (instance $memory))
    (with "wasi" (instance
      (export "get-stdout" (func $get-stdout-core))
      (export "exit" (func $exit-core))
      (export "get-stderr" (func $get-stderr-core))
      (export "blocking-write-and-flush" (func $write-core))))))

  ;; ---- The export: wasi:cli/run@0.2.0 run, lifted from the main module's run.
  (func $run (result (result)) (canon lift (core func $main "run")))
  (instance $run-instance (export "run" (func $run)))
  (export "wasi:cli/run@0.2.0" (instance $run-instance)))
