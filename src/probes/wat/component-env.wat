;; component-env: wasi:cli/environment@0.2.0 get-environment holds
;; exactly one WASI_PROBE_VAR, whose value is "value with spaces=and
;; equals" (a space and an "=": a host that splits NAME=VALUE text must split
;; at the first "="). Other variables may exist: some hosts add their own.
;; A failed check writes what failed to stderr and exits with err (exit code
;; 1); otherwise run returns ok (exit code 0). Its world:
;;
;;   world root {
;;     import wasi:cli/environment@0.2.0;  // get-environment
;;     import wasi:cli/exit@0.2.0;
;;     import wasi:io/error@0.2.0;         // wasi:io and wasi:cli/stderr:
;;     import wasi:io/streams@0.2.0;       // the failure message
;;     import wasi:cli/stderr@0.2.0;
;;     export wasi:cli/run@0.2.0;
;;   }
(component
  ;; ---- Imports: only the functions this component calls.
  (type $environment (instance
    (type $entries (list (tuple string string)))
    (export "get-environment" (func (result $entries)))))
  (import "wasi:cli/environment@0.2.0" (instance $environment (type $environment)))
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
  (alias export $environment "get-environment" (func $get-environment))
  (core func $get-environment-core
    (canon lower (func $get-environment) (memory $mem) (realloc $realloc) string-encoding=utf8))
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
    (import "wasi" "get-environment" (func $get-environment (param i32)))
    ;; 0..15: the failure message's write's return area. 16..23: the
    ;; environment's list. The expected name at 64 and value at 80, then the
    ;; failure messages.
    (data (i32.const 64) "WASI_PROBE_VAR")
    (data (i32.const 80) "value with spaces=and equals")
    (data (i32.const 128) "component-env: no WASI_PROBE_VAR\n\00")
    (data (i32.const 192) "component-env: more than one WASI_PROBE_VAR\n\00")
    (data (i32.const 256) "component-env: WASI_PROBE_VAR is not \22value with spaces=and equals\22\n\00")

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

    ;; 1 when the string at $s ($s-len bytes) is the $n bytes at $lit.
    (func $equals (param $s i32) (param $s-len i32) (param $lit i32) (param $n i32) (result i32)
      (if (i32.ne (local.get $s-len) (local.get $n)) (then (return (i32.const 0))))
      (block $differ
        (loop $byte
          (if (i32.eqz (local.get $n)) (then (return (i32.const 1))))
          (br_if $differ (i32.ne (i32.load8_u (local.get $s)) (i32.load8_u (local.get $lit))))
          (local.set $s (i32.add (local.get $s) (i32.const 1)))
          (local.set $lit (i32.add (local.get $lit) (i32.const 1)))
          (local.set $n (i32.sub (local.get $n) (i32.const 1)))
          (br $byte)))
      (i32.const 0))

    ;; run: func() -> result. Returns 0, ok, when every check holds.
    (func (export "run") (result i32)
      (local $entry i32) (local $end i32) (local $found i32) (local $matches i32)
      ;; The list comes back as (pointer, length) at 16; each element is a
      ;; (name, value) tuple of two strings, (pointer, length) each: 16 bytes.
      (call $get-environment (i32.const 16))
      (local.set $entry (i32.load (i32.const 16)))
      (local.set $end
        (i32.add (local.get $entry) (i32.mul (i32.load offset=4 (i32.const 16)) (i32.const 16))))
      (block $done
        (loop $next
          (br_if $done (i32.ge_u (local.get $entry) (local.get $end)))
          (if (call $equals
                (i32.load (local.get $entry)) (i32.load offset=4 (local.get $entry))
                (i32.const 64) (i32.const 14))
            (then
              (local.set $found (local.get $entry))
              (local.set $matches (i32.add (local.get $matches) (i32.const 1)))))
          (local.set $entry (i32.add (local.get $entry) (i32.const 16)))
          (br $next)))
      (if (i32.eqz (local.get $matches)) (then (call $fail (i32.const 128))))
      (if (i32.gt_u (local.get $matches) (i32.const 1)) (then (call $fail (i32.const 192))))
      (if (i32.eqz
            (call $equals
              (i32.load offset=8 (local.get $found)) (i32.load offset=12 (local.get $found))
              (i32.const 80) (i32.const 28)))
        (then (call $fail (i32.const 256))))
      (i32.const 0)))
  (core instance $main (instantiate $Main
    (with "memory" (instance $memory))
    (with "wasi" (instance
      (export "get-environment" (func $get-environment-core))
      (export "exit" (func $exit-core))
      (export "get-stderr" (func $get-stderr-core))
      (export "blocking-write-and-flush" (func $write-core))))))

  ;; ---- The export: wasi:cli/run@0.2.0 run, lifted from the main module's run.
  (func $run (result (result)) (canon lift (core func $main "run")))
  (instance $run-instance (export "run" (func $run)))
  (export "wasi:cli/run@0.2.0" (instance $run-instance)))
