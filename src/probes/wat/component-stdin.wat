;; component-stdin: stdin given a line (the probe gives "wasi-probe stdin
;; line\n", then the end of input) reads as exactly that line, then the end:
;; wasi:io/streams@0.2.0 input-stream.blocking-read on the stream
;; wasi:cli/stdin@0.2.0 get-stdin returns the line's bytes, in as many reads
;; as the host likes, then err(closed); not other bytes, not fewer, not more,
;; not another error, and no trap. Empty reads are let by (a blocking read
;; should not return one, but it does no harm), up to 100 in a row.
;; A failed check writes what failed to stderr and exits with err (exit code
;; 1); otherwise run returns ok (exit code 0). Its world:
;;
;;   world root {
;;     import wasi:cli/exit@0.2.0;
;;     import wasi:io/error@0.2.0;
;;     import wasi:io/streams@0.2.0;
;;     import wasi:cli/stderr@0.2.0;
;;     import wasi:cli/stdin@0.2.0;
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
    (export "input-stream" (type $input-stream (sub resource)))
    (export "[method]input-stream.blocking-read"
      (func (param "self" (borrow $input-stream)) (param "len" u64)
        (result (result (list u8) (error $stream-error)))))
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
  (alias export $streams "input-stream" (type $input-stream))
  (type $stdin (instance
    (alias outer 1 $input-stream (type $outer-input-stream))
    (export "input-stream" (type $input-stream (eq $outer-input-stream)))
    (export "get-stdin" (func (result (own $input-stream))))))
  (import "wasi:cli/stdin@0.2.0" (instance $stdin (type $stdin)))

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
  (alias export $stdin "get-stdin" (func $get-stdin))
  (core func $get-stdin-core (canon lower (func $get-stdin)))
  (alias export $streams "[method]input-stream.blocking-read" (func $blocking-read))
  (core func $blocking-read-core (canon lower (func $blocking-read) (memory $mem) (realloc $realloc)))
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
    (import "wasi" "get-stdin" (func $get-stdin (result i32)))
    (import "wasi" "blocking-read" (func $blocking-read (param i32 i64 i32)))
    ;; 0..15: the failure message's write's return area. 16..31: the read's:
    ;; result<list<u8>, stream-error>, its discriminant at 16 (0 ok, 1 err);
    ;; for ok the list (pointer, length) at 20; for err the stream-error's
    ;; case at 20 (0 last-operation-failed, 1 closed). The line expected at
    ;; 64 (22 bytes). The failure messages from 128, 128 bytes apart.
    (data (i32.const 64) "wasi-probe stdin line\n")
    (data (i32.const 128) "component-stdin: stdin gave other bytes than \"wasi-probe stdin line\\n\"\n\00")
    (data (i32.const 256) "component-stdin: blocking-read failed (last-operation-failed), not closed\n\00")
    (data (i32.const 384) "component-stdin: 100 empty reads, and never closed\n\00")
    (data (i32.const 512) "component-stdin: stdin closed before all of \"wasi-probe stdin line\\n\"\n\00")

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

    ;; run: func() -> result. Each byte read must be the next of the line;
    ;; returns 0, ok, once a read says closed with the whole line seen.
    (func (export "run") (result i32)
      (local $stdin i32) (local $empty i32) (local $seen i32)
      (local $bytes i32) (local $len i32) (local $i i32)
      (local.set $stdin (call $get-stdin))
      (loop $read
        (call $blocking-read (local.get $stdin) (i64.const 1024) (i32.const 16))
        (if (i32.load8_u (i32.const 16))
          (then
            (if (i32.ne (i32.load8_u (i32.const 20)) (i32.const 1)) (then (call $fail (i32.const 256))))
            (if (i32.ne (local.get $seen) (i32.const 22)) (then (call $fail (i32.const 512))))
            (return (i32.const 0))))
        (local.set $bytes (i32.load (i32.const 20)))
        (local.set $len (i32.load (i32.const 24)))
        (if (i32.eqz (local.get $len))
          (then
            (local.set $empty (i32.add (local.get $empty) (i32.const 1)))
            (if (i32.ge_u (local.get $empty) (i32.const 100)) (then (call $fail (i32.const 384))))
            (br $read)))
        (local.set $empty (i32.const 0))
        (if (i32.gt_u (i32.add (local.get $seen) (local.get $len)) (i32.const 22))
          (then (call $fail (i32.const 128))))
        (local.set $i (i32.const 0))
        (loop $compare
          (if (i32.ne
                (i32.load8_u (i32.add (local.get $bytes) (local.get $i)))
                (i32.load8_u (i32.add (i32.const 64) (i32.add (local.get $seen) (local.get $i)))))
            (then (call $fail (i32.const 128))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br_if $compare (i32.lt_u (local.get $i) (local.get $len))))
        (local.set $seen (i32.add (local.get $seen) (local.get $len)))
        (br $read))
      (unreachable)))
  (core instance $main (instantiate $Main
    (with "memory" (instance $memory))
    (with "wasi" (instance
      (export "get-stdin" (func $get-stdin-core))
      (export "blocking-read" (func $blocking-read-core))
      (export "exit" (func $exit-core))
      (export "get-stderr" (func $get-stderr-core))
      (export "blocking-write-and-flush" (func $write-core))))))

  ;; ---- The export: wasi:cli/run@0.2.0 run, lifted from the main module's run.
  (func $run (result (result)) (canon lift (core func $main "run")))
  (instance $run-instance (export "run" (func $run)))
  (export "wasi:cli/run@0.2.0" (instance $run-instance)))
