;; component-0.3-preopen-read: opens input.txt in the directory preopened as
;; /sandbox (wasi:filesystem/preopens@0.3.0 get-directories, then
;; wasi:filesystem/types@0.3.0 descriptor.open-at with read, an async
;; function), reads it through descriptor.read-via-stream: the stream<u8> it
;; returns is read until the host drops its end (up to 256 bytes), then the
;; future beside it must hold ok. What was read goes to stdout through
;; wasi:cli/stdout@0.3.0 write-via-stream, whose future must hold ok too; run
;; returns ok through task.return, err when a step fails. The harness puts a
;; known line in input.txt and compares stdout with it. The calls, reads and
;; writes are asynchronous: when one is blocked, run or the callback returns
;; WAIT on a waitable set, and the callback goes on at its event. Its world:
;;
;;   world root {
;;     import wasi:filesystem/types@0.3.0;
;;     import wasi:filesystem/preopens@0.3.0;
;;     import wasi:cli/types@0.3.0;
;;     import wasi:cli/stdout@0.3.0;
;;     export wasi:cli/run@0.3.0;
;;   }
(component
  (type $types (instance
    ;; error-code is a variant in 0.3: its last case, other, carries an optional message.
    (type $error-code-def (variant
      (case "access") (case "already") (case "bad-descriptor") (case "busy") (case "deadlock")
      (case "quota") (case "exist") (case "file-too-large") (case "illegal-byte-sequence")
      (case "in-progress") (case "interrupted") (case "invalid") (case "io") (case "is-directory")
      (case "loop") (case "too-many-links") (case "message-size") (case "name-too-long")
      (case "no-device") (case "no-entry") (case "no-lock") (case "insufficient-memory")
      (case "insufficient-space") (case "not-directory") (case "not-empty") (case "not-recoverable")
      (case "unsupported") (case "no-tty") (case "no-such-device") (case "overflow")
      (case "not-permitted") (case "pipe") (case "read-only") (case "invalid-seek")
      (case "text-file-busy") (case "cross-device") (case "other" (option string))))
    (export "error-code" (type $error-code (eq $error-code-def)))
    (export "descriptor" (type $descriptor (sub resource)))
    (type $filesize-def u64)
    (export "filesize" (type $filesize (eq $filesize-def)))
    (type $path-flags-def (flags "symlink-follow"))
    (export "path-flags" (type $path-flags (eq $path-flags-def)))
    (type $open-flags-def (flags "create" "directory" "exclusive" "truncate"))
    (export "open-flags" (type $open-flags (eq $open-flags-def)))
    (type $descriptor-flags-def (flags "read" "write" "file-integrity-sync" "data-integrity-sync"
      "requested-write-sync" "mutate-directory"))
    (export "descriptor-flags" (type $descriptor-flags (eq $descriptor-flags-def)))
    (export "[method]descriptor.open-at"
      (func async (param "self" (borrow $descriptor)) (param "path-flags" $path-flags) (param "path" string)
        (param "open-flags" $open-flags) (param "flags" $descriptor-flags)
        (result (result (own $descriptor) (error $error-code)))))
    (type $data (stream u8))
    (type $status (result (error $error-code)))
    (type $done (future $status))
    (export "[method]descriptor.read-via-stream"
      (func (param "self" (borrow $descriptor)) (param "offset" $filesize) (result (tuple $data $done))))))
  (import "wasi:filesystem/types@0.3.0" (instance $types (type $types)))
  (alias export $types "descriptor" (type $descriptor))
  (alias export $types "error-code" (type $fs-error-code))
  (type $preopens (instance
    (alias outer 1 $descriptor (type $outer-descriptor))
    (export "descriptor" (type $descriptor (eq $outer-descriptor)))
    (type $directories (list (tuple (own $descriptor) string)))
    (export "get-directories" (func (result $directories)))))
  (import "wasi:filesystem/preopens@0.3.0" (instance $preopens (type $preopens)))
  (type $cli-types (instance
    (type $error-code (enum "io" "illegal-byte-sequence" "pipe"))
    (export "error-code" (type (eq $error-code)))))
  (import "wasi:cli/types@0.3.0" (instance $cli-types (type $cli-types)))
  (alias export $cli-types "error-code" (type $cli-error-code))
  (type $stdout (instance
    (alias outer 1 $cli-error-code (type $outer-error-code))
    (export "error-code" (type $error-code (eq $outer-error-code)))
    (type $data (stream u8))
    (type $status (result (error $error-code)))
    (type $done (future $status))
    (type $write-via-stream (func (param "data" $data) (result $done)))
    (export "write-via-stream" (func (type $write-via-stream)))))
  (import "wasi:cli/stdout@0.3.0" (instance $stdout (type $stdout)))

  ;; The memory the host lowers lists and strings into, and the allocator it
  ;; calls: a module of their own, since the lowered imports need them before
  ;; the main module is instantiated.
  (core module $memory
    (memory (export "memory") 1)
    (global $next (mut i32) (i32.const 4096))
    ;; cabi_realloc for fresh allocations (the host passes no old block when
    ;; lowering): a bump allocator that grows the memory as it needs.
    (func (export "realloc") (param $old i32) (param $old-size i32) (param $align i32) (param $size i32) (result i32)
      (local $ptr i32)
      (local $pages i32)
      (local.set $ptr (i32.and
        (i32.add (global.get $next) (i32.sub (local.get $align) (i32.const 1)))
        (i32.sub (i32.const 0) (local.get $align))))
      (global.set $next (i32.add (local.get $ptr) (local.get $size)))
      (local.set $pages (i32.shr_u (i32.add (global.get $next) (i32.const 65535)) (i32.const 16)))
      (if (i32.gt_u (local.get $pages) (memory.size))
        (then (if (i32.eq (memory.grow (i32.sub (local.get $pages) (memory.size))) (i32.const -1))
          (then unreachable))))
      (local.get $ptr)))
  (core instance $memory (instantiate $memory))
  (alias core export $memory "memory" (core memory $memory))
  (alias core export $memory "realloc" (core func $realloc))

  (type $bytes (stream u8))
  (type $file-status (result (error $fs-error-code)))
  (type $file-done (future $file-status))
  (type $out-status (result (error $cli-error-code)))
  (type $out-done (future $out-status))
  (core func $get-directories (canon lower (func $preopens "get-directories")
    (memory $memory) (realloc $realloc) string-encoding=utf8))
  ;; An async lower takes its six flat parameters through memory (more than
  ;; four) and writes its result there; it returns the subtask's state in the
  ;; low 4 bits (2 = returned) and, while it has not returned, its handle above
  ;; them.
  (core func $open-at (canon lower (func $types "[method]descriptor.open-at")
    (memory $memory) (realloc $realloc) string-encoding=utf8 async))
  ;; The tuple comes back through memory: the stream's handle, then the future's.
  (core func $read-via-stream (canon lower (func $types "[method]descriptor.read-via-stream") (memory $memory)))
  (core func $drop-descriptor (canon resource.drop $descriptor))
  (core func $write-via-stream (canon lower (func $stdout "write-via-stream")))
  ;; stream.new returns both ends in one i64: readable low, writable high.
  (core func $stream-new (canon stream.new $bytes))
  ;; An async copy returns BLOCKED (-1), or (bytes copied << 4) | status,
  ;; status 0 = completed, 1 = the other end dropped.
  (core func $stream-read (canon stream.read $bytes (memory $memory) async))
  (core func $stream-write (canon stream.write $bytes (memory $memory) async))
  (core func $stream-drop-readable (canon stream.drop-readable $bytes))
  (core func $stream-drop-writable (canon stream.drop-writable $bytes))
  ;; A future's value in memory: byte 0 the case (0 = ok, 1 = err), the error after it.
  (core func $file-future-read (canon future.read $file-done (memory $memory) (realloc $realloc) async))
  (core func $file-future-drop-readable (canon future.drop-readable $file-done))
  (core func $out-future-read (canon future.read $out-done (memory $memory) async))
  (core func $out-future-drop-readable (canon future.drop-readable $out-done))
  (core func $subtask-drop (canon subtask.drop))
  (core func $waitable-set-new (canon waitable-set.new))
  (core func $waitable-set-drop (canon waitable-set.drop))
  (core func $waitable-join (canon waitable.join))
  (type $run-result (result))
  ;; task.return takes the flattened result: one i32, 0 = ok, 1 = err.
  (core func $task-return (canon task.return (result $run-result)))

  (core module $main
    (import "memory" "memory" (memory 1))
    (import "wasi:filesystem/preopens@0.3.0" "get-directories" (func $get-directories (param i32)))
    (import "wasi:filesystem/types@0.3.0" "[async-lower][method]descriptor.open-at"
      (func $open-at (param i32 i32) (result i32)))
    (import "wasi:filesystem/types@0.3.0" "[method]descriptor.read-via-stream"
      (func $read-via-stream (param i32 i64 i32)))
    (import "wasi:filesystem/types@0.3.0" "[resource-drop]descriptor" (func $drop-descriptor (param i32)))
    (import "wasi:cli/stdout@0.3.0" "write-via-stream" (func $write-via-stream (param i32) (result i32)))
    (import "$root" "stream-new" (func $stream-new (result i64)))
    (import "$root" "stream-read" (func $stream-read (param i32 i32 i32) (result i32)))
    (import "$root" "stream-write" (func $stream-write (param i32 i32 i32) (result i32)))
    (import "$root" "stream-drop-readable" (func $stream-drop-readable (param i32)))
    (import "$root" "stream-drop-writable" (func $stream-drop-writable (param i32)))
    (import "$root" "file-future-read" (func $file-future-read (param i32 i32) (result i32)))
    (import "$root" "file-future-drop-readable" (func $file-future-drop-readable (param i32)))
    (import "$root" "out-future-read" (func $out-future-read (param i32 i32) (result i32)))
    (import "$root" "out-future-drop-readable" (func $out-future-drop-readable (param i32)))
    (import "$root" "subtask-drop" (func $subtask-drop (param i32)))
    (import "$root" "waitable-set-new" (func $waitable-set-new (result i32)))
    (import "$root" "waitable-set-drop" (func $waitable-set-drop (param i32)))
    (import "$root" "waitable-join" (func $waitable-join (param i32 i32)))
    (import "[export]wasi:cli/run@0.3.0" "[task-return]run" (func $task-return (param i32)))
    ;; 16..23: the preopens' list (pointer, length). 32..51: open-at's
    ;; parameters: the directory (borrow) at 32, path-flags at 36, the path
    ;; (pointer, length) at 40, open-flags at 48, descriptor-flags at 49.
    ;; 64: the file name. 96..115: open-at's result<own<descriptor>,
    ;; error-code>: the case at 96, the handle at 100. 120..127: the file's
    ;; stream and future. 128..147: the file's future's value. 160..161:
    ;; stdout's future's value. What was read is gathered at 2048..2303.
    (data (i32.const 64) "input.txt")
    (global $buffer i32 (i32.const 2048))
    (global $capacity i32 (i32.const 256))

    (global $set (mut i32) (i32.const 0))
    (global $subtask (mut i32) (i32.const 0))
    (global $file (mut i32) (i32.const 0))
    (global $file-stream (mut i32) (i32.const 0))
    (global $file-future (mut i32) (i32.const 0))
    (global $read (mut i32) (i32.const 0)) ;; bytes read so far
    (global $writable (mut i32) (i32.const 0))
    (global $out-future (mut i32) (i32.const 0))
    (global $written (mut i32) (i32.const 0)) ;; bytes written to stdout so far

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

    ;; ---- Finding the preopened directory: the same text in every WASI 0.3
    ;; component probe that needs it. get-directories returns (pointer,
    ;; length) at 16; each element, (descriptor, name), is 12 bytes: the
    ;; handle, then the name's (pointer, length). The pick is the directory
    ;; named "/sandbox" (the name at 24); other preopens a host adds are let
    ;; be. -1 when there is none.
    (data (i32.const 24) "/sandbox")
    (func $find-sandbox (result i32)
      (local $entry i32) (local $end i32)
      (call $get-directories (i32.const 16))
      (local.set $entry (i32.load (i32.const 16)))
      (local.set $end (i32.add (local.get $entry) (i32.mul (i32.load offset=4 (i32.const 16)) (i32.const 12))))
      (block $none
        (loop $next
          (br_if $none (i32.ge_u (local.get $entry) (local.get $end)))
          (if (call $equal
                (i32.load offset=4 (local.get $entry)) (i32.load offset=8 (local.get $entry))
                (i32.const 24) (i32.const 8))
            (then (return (i32.load (local.get $entry)))))
          (local.set $entry (i32.add (local.get $entry) (i32.const 12)))
          (br $next)))
      (i32.const -1))
    ;; ---- End of the preopen search.

    (func (export "run") (result i32)
      (local $dir i32) (local $state i32)
      (local.set $dir (call $find-sandbox))
      (if (i32.eq (local.get $dir) (i32.const -1)) (then (return (call $return (i32.const 0)))))
      (global.set $set (call $waitable-set-new))
      (i32.store (i32.const 32) (local.get $dir))
      (i32.store8 (i32.const 36) (i32.const 1)) ;; path-flags: symlink-follow
      (i32.store (i32.const 40) (i32.const 64))
      (i32.store (i32.const 44) (i32.const 9))
      (i32.store8 (i32.const 48) (i32.const 0)) ;; open-flags: none
      (i32.store8 (i32.const 49) (i32.const 1)) ;; descriptor-flags: read
      (local.set $state (call $open-at (i32.const 32) (i32.const 96)))
      (if (i32.eq (i32.and (local.get $state) (i32.const 15)) (i32.const 2))
        (then (return (call $opened))))
      (global.set $subtask (i32.shr_u (local.get $state) (i32.const 4)))
      (call $waitable-join (global.get $subtask) (global.get $set))
      (call $wait))

    ;; open-at has returned: for ok, the file's stream and future.
    (func $opened (result i32)
      (if (i32.load8_u (i32.const 96)) (then (return (call $return (i32.const 0)))))
      (global.set $file (i32.load (i32.const 100)))
      (call $read-via-stream (global.get $file) (i64.const 0) (i32.const 120))
      (global.set $file-stream (i32.load (i32.const 120)))
      (global.set $file-future (i32.load (i32.const 124)))
      (call $waitable-join (global.get $file-stream) (global.get $set))
      (call $read-file))

    ;; Reads on until a read blocks or the host drops its end of the stream.
    (func $read-file (result i32)
      (local $copied i32)
      (loop $next
        ;; More than the buffer holds: not the line the harness wrote.
        (if (i32.ge_u (global.get $read) (global.get $capacity)) (then (return (call $return (i32.const 0)))))
        (local.set $copied (call $stream-read (global.get $file-stream)
          (i32.add (global.get $buffer) (global.get $read))
          (i32.sub (global.get $capacity) (global.get $read))))
        (if (i32.eq (local.get $copied) (i32.const -1)) (then (return (call $wait))))
        (br_if $next (call $was-read (local.get $copied))))
      (call $file-ended))

    ;; Counts a finished read; false once the host has dropped its end (the end of the file).
    (func $was-read (param $copied i32) (result i32)
      (global.set $read (i32.add (global.get $read) (i32.shr_u (local.get $copied) (i32.const 4))))
      (i32.eqz (i32.and (local.get $copied) (i32.const 15))))

    ;; The stream has ended; its future tells whether the whole file was read.
    (func $file-ended (result i32)
      (local $status i32)
      (call $waitable-join (global.get $file-stream) (i32.const 0))
      (call $stream-drop-readable (global.get $file-stream))
      (local.set $status (call $file-future-read (global.get $file-future) (i32.const 128)))
      (if (i32.eq (local.get $status) (i32.const -1))
        (then
          (call $waitable-join (global.get $file-future) (global.get $set))
          (return (call $wait))))
      (call $file-done (local.get $status)))

    ;; The file's future holds its value: ok, completed, and the file is let go; on to stdout.
    (func $file-done (param $status i32) (result i32)
      (local $ends i64)
      (call $waitable-join (global.get $file-future) (i32.const 0))
      (call $file-future-drop-readable (global.get $file-future))
      (call $drop-descriptor (global.get $file))
      (if (i32.or (i32.and (local.get $status) (i32.const 15)) (i32.load8_u (i32.const 128)))
        (then (return (call $return (i32.const 0)))))
      (local.set $ends (call $stream-new))
      (global.set $writable (i32.wrap_i64 (i64.shr_u (local.get $ends) (i64.const 32))))
      (global.set $out-future (call $write-via-stream (i32.wrap_i64 (local.get $ends))))
      (call $waitable-join (global.get $writable) (global.get $set))
      (call $write-out))

    ;; Writes what is left of what was read to stdout, until a write blocks or all is written.
    (func $write-out (result i32)
      (local $copied i32)
      (loop $next
        (if (i32.lt_u (global.get $written) (global.get $read))
          (then
            (local.set $copied (call $stream-write (global.get $writable)
              (i32.add (global.get $buffer) (global.get $written))
              (i32.sub (global.get $read) (global.get $written))))
            (if (i32.eq (local.get $copied) (i32.const -1)) (then (return (call $wait))))
            (if (i32.eqz (call $was-written (local.get $copied))) (then (return (call $return (i32.const 0)))))
            (br $next))))
      (call $out-ended))

    ;; Counts a finished write; false when the host dropped stdout's readable end.
    (func $was-written (param $copied i32) (result i32)
      (global.set $written (i32.add (global.get $written) (i32.shr_u (local.get $copied) (i32.const 4))))
      (i32.eqz (i32.and (local.get $copied) (i32.const 15))))

    ;; Dropping the writable end ends stdout's stream; then its future tells how it went.
    (func $out-ended (result i32)
      (local $status i32)
      (call $waitable-join (global.get $writable) (i32.const 0))
      (call $stream-drop-writable (global.get $writable))
      (local.set $status (call $out-future-read (global.get $out-future) (i32.const 160)))
      (if (i32.eq (local.get $status) (i32.const -1))
        (then
          (call $waitable-join (global.get $out-future) (global.get $set))
          (return (call $wait))))
      (call $out-done (local.get $status)))

    (func $out-done (param $status i32) (result i32)
      (call $waitable-join (global.get $out-future) (i32.const 0))
      (call $out-future-drop-readable (global.get $out-future))
      (call $waitable-set-drop (global.get $set))
      ;; Completed, holding ok.
      (call $return (i32.and
        (i32.eqz (i32.and (local.get $status) (i32.const 15)))
        (i32.eqz (i32.load8_u (i32.const 160))))))

    ;; Events: 1 = the subtask's state changed (to the payload), 2 = a stream
    ;; read finished, 3 = a stream write finished, 4 = a future read finished;
    ;; for copies the payload is the copy's result.
    (func (export "callback") (param $event i32) (param $handle i32) (param $payload i32) (result i32)
      (if (i32.eq (local.get $event) (i32.const 1))
        (then
          (if (i32.ne (local.get $payload) (i32.const 2)) (then (return (call $wait))))
          (call $waitable-join (global.get $subtask) (i32.const 0))
          (call $subtask-drop (global.get $subtask))
          (return (call $opened))))
      (if (i32.eq (local.get $event) (i32.const 2))
        (then
          (if (call $was-read (local.get $payload)) (then (return (call $read-file))))
          (return (call $file-ended))))
      (if (i32.eq (local.get $event) (i32.const 3))
        (then
          (if (i32.eqz (call $was-written (local.get $payload))) (then (return (call $return (i32.const 0)))))
          (return (call $write-out))))
      (if (i32.eq (local.get $event) (i32.const 4))
        (then
          (if (i32.eq (local.get $handle) (global.get $file-future))
            (then (return (call $file-done (local.get $payload)))))
          (return (call $out-done (local.get $payload)))))
      (unreachable)))
  (core instance $main (instantiate $main
    (with "memory" (instance $memory))
    (with "wasi:filesystem/preopens@0.3.0" (instance (export "get-directories" (func $get-directories))))
    (with "wasi:filesystem/types@0.3.0" (instance
      (export "[async-lower][method]descriptor.open-at" (func $open-at))
      (export "[method]descriptor.read-via-stream" (func $read-via-stream))
      (export "[resource-drop]descriptor" (func $drop-descriptor))))
    (with "wasi:cli/stdout@0.3.0" (instance (export "write-via-stream" (func $write-via-stream))))
    (with "$root" (instance
      (export "stream-new" (func $stream-new))
      (export "stream-read" (func $stream-read))
      (export "stream-write" (func $stream-write))
      (export "stream-drop-readable" (func $stream-drop-readable))
      (export "stream-drop-writable" (func $stream-drop-writable))
      (export "file-future-read" (func $file-future-read))
      (export "file-future-drop-readable" (func $file-future-drop-readable))
      (export "out-future-read" (func $out-future-read))
      (export "out-future-drop-readable" (func $out-future-drop-readable))
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
