;; component-0.3-preopen-write: creates (or truncates) output.txt in the
;; directory preopened as /sandbox (wasi:filesystem/preopens@0.3.0
;; get-directories, then wasi:filesystem/types@0.3.0 descriptor.open-at with
;; create and truncate, an async function) and writes a known line to it
;; through descriptor.write-via-stream at offset 0: a stream<u8> it makes,
;; whose readable end it hands over, written in two writes ("written by " and
;; "wasi-probe\n", so a host that takes only the first write loses the rest),
;; then its writable end dropped; the future write-via-stream returned must
;; hold ok. Then it drops the descriptor (closing the file) and run returns ok
;; through task.return, err when a step fails. The harness reads the file on
;; the host afterwards. The call, the writes and the future's read are
;; asynchronous: when one is blocked, run or the callback returns WAIT on a
;; waitable set, and the callback goes on at its event. Its world:
;;
;;   world root {
;;     import wasi:filesystem/types@0.3.0;
;;     import wasi:filesystem/preopens@0.3.0;
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
    (export "[method]descriptor.write-via-stream"
      (func (param "self" (borrow $descriptor)) (param "data" $data) (param "offset" $filesize) (result $done)))))
  (import "wasi:filesystem/types@0.3.0" (instance $types (type $types)))
  (alias export $types "descriptor" (type $descriptor))
  (alias export $types "error-code" (type $fs-error-code))
  (type $preopens (instance
    (alias outer 1 $descriptor (type $outer-descriptor))
    (export "descriptor" (type $descriptor (eq $outer-descriptor)))
    (type $directories (list (tuple (own $descriptor) string)))
    (export "get-directories" (func (result $directories)))))
  (import "wasi:filesystem/preopens@0.3.0" (instance $preopens (type $preopens)))

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
  (core func $get-directories (canon lower (func $preopens "get-directories")
    (memory $memory) (realloc $realloc) string-encoding=utf8))
  ;; An async lower takes its six flat parameters through memory (more than
  ;; four) and writes its result there; it returns the subtask's state in the
  ;; low 4 bits (2 = returned) and, while it has not returned, its handle above
  ;; them.
  (core func $open-at (canon lower (func $types "[method]descriptor.open-at")
    (memory $memory) (realloc $realloc) string-encoding=utf8 async))
  (core func $write-via-stream (canon lower (func $types "[method]descriptor.write-via-stream")))
  (core func $drop-descriptor (canon resource.drop $descriptor))
  ;; stream.new returns both ends in one i64: readable low, writable high.
  (core func $stream-new (canon stream.new $bytes))
  ;; An async copy returns BLOCKED (-1), or (bytes copied << 4) | status,
  ;; status 0 = completed, 1 = the other end dropped.
  (core func $stream-write (canon stream.write $bytes (memory $memory) async))
  (core func $stream-drop-writable (canon stream.drop-writable $bytes))
  ;; The future's value in memory: byte 0 the case (0 = ok, 1 = err), the error after it.
  (core func $future-read (canon future.read $file-done (memory $memory) (realloc $realloc) async))
  (core func $future-drop-readable (canon future.drop-readable $file-done))
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
    (import "wasi:filesystem/types@0.3.0" "[method]descriptor.write-via-stream"
      (func $write-via-stream (param i32 i32 i64) (result i32)))
    (import "wasi:filesystem/types@0.3.0" "[resource-drop]descriptor" (func $drop-descriptor (param i32)))
    (import "$root" "stream-new" (func $stream-new (result i64)))
    (import "$root" "stream-write" (func $stream-write (param i32 i32 i32) (result i32)))
    (import "$root" "stream-drop-writable" (func $stream-drop-writable (param i32)))
    (import "$root" "future-read" (func $future-read (param i32 i32) (result i32)))
    (import "$root" "future-drop-readable" (func $future-drop-readable (param i32)))
    (import "$root" "subtask-drop" (func $subtask-drop (param i32)))
    (import "$root" "waitable-set-new" (func $waitable-set-new (result i32)))
    (import "$root" "waitable-set-drop" (func $waitable-set-drop (param i32)))
    (import "$root" "waitable-join" (func $waitable-join (param i32 i32)))
    (import "[export]wasi:cli/run@0.3.0" "[task-return]run" (func $task-return (param i32)))
    ;; 16..23: the preopens' list (pointer, length). 32..51: open-at's
    ;; parameters: the directory (borrow) at 32, path-flags at 36, the path
    ;; (pointer, length) at 40, open-flags at 48, descriptor-flags at 49.
    ;; 64: the file name. 96..115: open-at's result<own<descriptor>,
    ;; error-code>: the case at 96, the handle at 100. 120: the line's two
    ;; writes, (address, length) pairs. 128..147: the future's value. 160: the
    ;; line.
    (data (i32.const 64) "output.txt")
    (data (i32.const 120) "\a0\00\00\00\0b\00\00\00\ab\00\00\00\0b\00\00\00")
    (data (i32.const 160) "written by wasi-probe\n")
    (global $chunks i32 (i32.const 2))

    (global $set (mut i32) (i32.const 0))
    (global $subtask (mut i32) (i32.const 0))
    (global $file (mut i32) (i32.const 0))
    (global $writable (mut i32) (i32.const 0))
    (global $future (mut i32) (i32.const 0))
    (global $chunk (mut i32) (i32.const -1)) ;; the write under way
    (global $at (mut i32) (i32.const 0)) ;; its next byte
    (global $left (mut i32) (i32.const 0)) ;; its bytes not yet copied

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
      (i32.store (i32.const 44) (i32.const 10))
      (i32.store8 (i32.const 48) (i32.const 9)) ;; open-flags: create (1) | truncate (8)
      (i32.store8 (i32.const 49) (i32.const 2)) ;; descriptor-flags: write
      (local.set $state (call $open-at (i32.const 32) (i32.const 96)))
      (if (i32.eq (i32.and (local.get $state) (i32.const 15)) (i32.const 2))
        (then (return (call $opened))))
      (global.set $subtask (i32.shr_u (local.get $state) (i32.const 4)))
      (call $waitable-join (global.get $subtask) (global.get $set))
      (call $wait))

    ;; open-at has returned: for ok, a stream for the file, its readable end handed to write-via-stream.
    (func $opened (result i32)
      (local $ends i64)
      (if (i32.load8_u (i32.const 96)) (then (return (call $return (i32.const 0)))))
      (global.set $file (i32.load (i32.const 100)))
      (local.set $ends (call $stream-new))
      (global.set $writable (i32.wrap_i64 (i64.shr_u (local.get $ends) (i64.const 32))))
      (global.set $future (call $write-via-stream (global.get $file) (i32.wrap_i64 (local.get $ends)) (i64.const 0)))
      (call $waitable-join (global.get $writable) (global.get $set))
      (call $write))

    ;; Writes what is left, chunk after chunk, until a write blocks or all is written.
    (func $write (result i32)
      (local $copied i32)
      (loop $next
        (if (i32.eqz (global.get $left))
          (then
            (global.set $chunk (i32.add (global.get $chunk) (i32.const 1)))
            (if (i32.eq (global.get $chunk) (global.get $chunks))
              (then (return (call $end-stream))))
            (global.set $at (i32.load (i32.add (i32.const 120) (i32.shl (global.get $chunk) (i32.const 3)))))
            (global.set $left (i32.load offset=4 (i32.add (i32.const 120) (i32.shl (global.get $chunk) (i32.const 3)))))))
        (local.set $copied (call $stream-write (global.get $writable) (global.get $at) (global.get $left)))
        (if (i32.eq (local.get $copied) (i32.const -1)) (then (return (call $wait))))
        (if (i32.eqz (call $wrote (local.get $copied))) (then (return (call $return (i32.const 0)))))
        (br $next))
      (unreachable))

    ;; Counts a finished copy; false when the host dropped the readable end.
    (func $wrote (param $copied i32) (result i32)
      (local $count i32)
      (local.set $count (i32.shr_u (local.get $copied) (i32.const 4)))
      (global.set $at (i32.add (global.get $at) (local.get $count)))
      (global.set $left (i32.sub (global.get $left) (local.get $count)))
      (i32.eqz (i32.and (local.get $copied) (i32.const 15))))

    ;; Dropping the writable end ends the stream; then the future tells how the write went.
    (func $end-stream (result i32)
      (local $status i32)
      (call $waitable-join (global.get $writable) (i32.const 0))
      (call $stream-drop-writable (global.get $writable))
      (local.set $status (call $future-read (global.get $future) (i32.const 128)))
      (if (i32.eq (local.get $status) (i32.const -1))
        (then
          (call $waitable-join (global.get $future) (global.get $set))
          (return (call $wait))))
      (call $future-done (local.get $status)))

    ;; The future holds its value; the file is closed, and run returns ok when it held ok.
    (func $future-done (param $status i32) (result i32)
      (call $waitable-join (global.get $future) (i32.const 0))
      (call $future-drop-readable (global.get $future))
      (call $drop-descriptor (global.get $file))
      (call $waitable-set-drop (global.get $set))
      ;; Completed, holding ok.
      (call $return (i32.and
        (i32.eqz (i32.and (local.get $status) (i32.const 15)))
        (i32.eqz (i32.load8_u (i32.const 128))))))

    ;; Events: 1 = the subtask's state changed (to the payload), 3 = a stream
    ;; write finished, 4 = a future read finished; for copies the payload is
    ;; the copy's result.
    (func (export "callback") (param $event i32) (param $handle i32) (param $payload i32) (result i32)
      (if (i32.eq (local.get $event) (i32.const 1))
        (then
          (if (i32.ne (local.get $payload) (i32.const 2)) (then (return (call $wait))))
          (call $waitable-join (global.get $subtask) (i32.const 0))
          (call $subtask-drop (global.get $subtask))
          (return (call $opened))))
      (if (i32.eq (local.get $event) (i32.const 3))
        (then
          (if (i32.eqz (call $wrote (local.get $payload))) (then (return (call $return (i32.const 0)))))
          (return (call $write))))
      (if (i32.eq (local.get $event) (i32.const 4))
        (then (return (call $future-done (local.get $payload)))))
      (unreachable)))
  (core instance $main (instantiate $main
    (with "memory" (instance $memory))
    (with "wasi:filesystem/preopens@0.3.0" (instance (export "get-directories" (func $get-directories))))
    (with "wasi:filesystem/types@0.3.0" (instance
      (export "[async-lower][method]descriptor.open-at" (func $open-at))
      (export "[method]descriptor.write-via-stream" (func $write-via-stream))
      (export "[resource-drop]descriptor" (func $drop-descriptor))))
    (with "$root" (instance
      (export "stream-new" (func $stream-new))
      (export "stream-write" (func $stream-write))
      (export "stream-drop-writable" (func $stream-drop-writable))
      (export "future-read" (func $future-read))
      (export "future-drop-readable" (func $future-drop-readable))
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
