;; component-missing-file: wasi:filesystem/types@0.2.0 descriptor.open-at of
;; missing.txt, which does not exist, in the directory preopened as /sandbox
;; (wasi:filesystem/preopens@0.2.0 get-directories) returns err(no-entry):
;; not ok, not another error-code, and no trap. Then run returns ok (exit
;; code 0). A failed check writes what failed to stderr and exits with err
;; (exit code 1). Its world:
;;
;;   world root {
;;     import wasi:filesystem/types@0.2.0;
;;     import wasi:filesystem/preopens@0.2.0;
;;     import wasi:cli/exit@0.2.0;
;;     import wasi:io/error@0.2.0;         // wasi:io and wasi:cli/stderr:
;;     import wasi:io/streams@0.2.0;       // the failure message
;;     import wasi:cli/stderr@0.2.0;
;;     export wasi:cli/run@0.2.0;
;;   }
(component
  ;; ---- Imports: only the functions this component calls.
  (type $types (instance
    (export "descriptor" (type $descriptor (sub resource)))
    (type $error-code-def (enum
      "access" "would-block" "already" "bad-descriptor" "busy" "deadlock" "quota" "exist"
      "file-too-large" "illegal-byte-sequence" "in-progress" "interrupted" "invalid" "io" "is-directory"
      "loop" "too-many-links" "message-size" "name-too-long" "no-device" "no-entry" "no-lock"
      "insufficient-memory" "insufficient-space" "not-directory" "not-empty" "not-recoverable"
      "unsupported" "no-tty" "no-such-device" "overflow" "not-permitted" "pipe" "read-only"
      "invalid-seek" "text-file-busy" "cross-device"))
    (export "error-code" (type $error-code (eq $error-code-def)))
    (type $filesize-def u64)
    (export "filesize" (type $filesize (eq $filesize-def)))
    (type $descriptor-flags-def (flags "read" "write" "file-integrity-sync" "data-integrity-sync"
      "requested-write-sync" "mutate-directory"))
    (export "descriptor-flags" (type $descriptor-flags (eq $descriptor-flags-def)))
    (type $path-flags-def (flags "symlink-follow"))
    (export "path-flags" (type $path-flags (eq $path-flags-def)))
    (type $open-flags-def (flags "create" "directory" "exclusive" "truncate"))
    (export "open-flags" (type $open-flags (eq $open-flags-def)))
    (export "[method]descriptor.open-at"
      (func (param "self" (borrow $descriptor)) (param "path-flags" $path-flags) (param "path" string)
        (param "open-flags" $open-flags) (param "flags" $descriptor-flags)
        (result (result (own $descriptor) (error $error-code)))))))
  (import "wasi:filesystem/types@0.2.0" (instance $types (type $types)))
  (alias export $types "descriptor" (type $descriptor))
  (type $preopens (instance
    (alias outer 1 $descriptor (type $outer-descriptor))
    (export "descriptor" (type $descriptor (eq $outer-descriptor)))
    (type $directories (list (tuple (own $descriptor) string)))
    (export "get-directories" (func (result $directories)))))
  (import "wasi:filesystem/preopens@0.2.0" (instance $preopens (type $preopens)))
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
  (alias export $preopens "get-directories" (func $get-directories))
  (core func $get-directories-core
    (canon lower (func $get-directories) (memory $mem) (realloc $realloc) string-encoding=utf8))
  (alias export $types "[method]descriptor.open-at" (func $open-at))
  (core func $open-at-core (canon lower (func $open-at) (memory $mem) string-encoding=utf8))
  (core func $drop-descriptor-core (canon resource.drop $descriptor))
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
    (import "wasi" "get-directories" (func $get-directories (param i32)))
    (import "wasi" "open-at" (func $open-at (param i32 i32 i32 i32 i32 i32 i32)))
    (import "wasi" "drop-descriptor" (func $drop-descriptor (param i32)))
    ;; 0..15: the failure message's write's return area. 16..23: the
    ;; preopens' list. 24..31: open-at's result<own<descriptor>, error-code>:
    ;; the discriminant at 24, the handle or the error-code at 28. The file name
    ;; at 64, the failure messages from 128.
    (data (i32.const 64) "missing.txt")
    (data (i32.const 128) "component-missing-file: open-at of a missing file succeeded\n\00")
    (data (i32.const 192) "component-missing-file: open-at of a missing file failed, but not with no-entry\n\00")

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

    ;; ---- Finding the preopened directory: the same text in every component
    ;; probe that needs it. get-directories returns (pointer, length) at 16;
    ;; each element, (descriptor, name), is 12 bytes: the handle, then the
    ;; name's (pointer, length). The pick is the directory named "/sandbox"
    ;; (the name at 48); other preopens a host adds are let be.
    (data (i32.const 48) "/sandbox")
    (data (i32.const 1000) "component-missing-file: no preopened directory named /sandbox\n\00")
    (func $find-sandbox (result i32)
      (local $entry i32) (local $end i32)
      (call $get-directories (i32.const 16))
      (local.set $entry (i32.load (i32.const 16)))
      (local.set $end (i32.add (local.get $entry) (i32.mul (i32.load offset=4 (i32.const 16)) (i32.const 12))))
      (block $none
        (loop $next
          (br_if $none (i32.ge_u (local.get $entry) (local.get $end)))
          (if (call $equals
                (i32.load offset=4 (local.get $entry)) (i32.load offset=8 (local.get $entry))
                (i32.const 48) (i32.const 8))
            (then (return (i32.load (local.get $entry)))))
          (local.set $entry (i32.add (local.get $entry) (i32.const 12)))
          (br $next)))
      (call $fail (i32.const 1000))
      (unreachable))
    ;; ---- End of the preopen search.

    ;; run: func() -> result. Returns 0, ok, when open-at says no-entry.
    (func (export "run") (result i32)
      ;; Path flags 1: symlink-follow. Open flags 0. Descriptor flags 1: read.
      (call $open-at (call $find-sandbox) (i32.const 1) (i32.const 64) (i32.const 11)
        (i32.const 0) (i32.const 1) (i32.const 24))
      (if (i32.eqz (i32.load8_u (i32.const 24))) (then (call $fail (i32.const 128))))
      ;; no-entry is case 20 of error-code.
      (if (i32.ne (i32.load8_u (i32.const 28)) (i32.const 20)) (then (call $fail (i32.const 192))))
      (i32.const 0)))
  (core instance $main (instantiate $Main
    (with "memory" (instance $memory))
    (with "wasi" (instance
      (export "get-directories" (func $get-directories-core))
      (export "open-at" (func $open-at-core))
      (export "drop-descriptor" (func $drop-descriptor-core))
      (export "exit" (func $exit-core))
      (export "get-stderr" (func $get-stderr-core))
      (export "blocking-write-and-flush" (func $write-core))))))

  ;; ---- The export: wasi:cli/run@0.2.0 run, lifted from the main module's run.
  (func $run (result (result)) (canon lift (core func $main "run")))
  (instance $run-instance (export "run" (func $run)))
  (export "wasi:cli/run@0.2.0" (instance $run-instance)))
