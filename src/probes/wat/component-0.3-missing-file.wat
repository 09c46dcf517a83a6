;; component-0.3-missing-file: wasi:filesystem/types@0.3.0 `open-at` of a
;; file that is not there, in the directory preopened as /sandbox
;; (wasi:filesystem/preopens@0.3.0 get-directories), returns err(no-entry):
;; not a descriptor, not another error. open-at is an async function, lowered
;; async as the suite's 0.3 components lower it: when the call does not return
;; at once, run returns WAIT on a waitable set holding the subtask and the
;; callback goes on once the subtask has returned. run returns ok through
;; task.return when open-at said no-entry, err otherwise. Its world:
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
        (result (result (own $descriptor) (error $error-code)))))))
  (import "wasi:filesystem/types@0.3.0" (instance $types (type $types)))
  (alias export $types "descriptor" (type $descriptor))
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

  (core func $get-directories (canon lower (func $preopens "get-directories")
    (memory $memory) (realloc $realloc) string-encoding=utf8))
  ;; An async lower takes its six flat parameters through memory (more than
  ;; four) and writes its result there; it returns the subtask's state in the
  ;; low 4 bits (2 = returned) and, while it has not returned, its handle above
  ;; them.
  (core func $open-at (canon lower (func $types "[method]descriptor.open-at")
    (memory $memory) (realloc $realloc) string-encoding=utf8 async))
  (core func $drop-descriptor (canon resource.drop $descriptor))
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
    (import "wasi:filesystem/types@0.3.0" "[resource-drop]descriptor" (func $drop-descriptor (param i32)))
    (import "$root" "subtask-drop" (func $subtask-drop (param i32)))
    (import "$root" "waitable-set-new" (func $waitable-set-new (result i32)))
    (import "$root" "waitable-set-drop" (func $waitable-set-drop (param i32)))
    (import "$root" "waitable-join" (func $waitable-join (param i32 i32)))
    (import "[export]wasi:cli/run@0.3.0" "[task-return]run" (func $task-return (param i32)))
    ;; 16..23: the preopens' list (pointer, length). 32..51: open-at's
    ;; parameters: the directory (borrow) at 32, path-flags at 36, the path
    ;; (pointer, length) at 40, open-flags at 48, descriptor-flags at 49.
    ;; 64: the file name. 96..115: open-at's result<own<descriptor>,
    ;; error-code>: the case at 96, the handle or the error-code's case at 100.
    (data (i32.const 64) "missing.txt")
    (global $set (mut i32) (i32.const 0))
    (global $subtask (mut i32) (i32.const 0))

    (func $return (param $ok i32) (result i32)
      (call $task-return (i32.eqz (local.get $ok)))
      (i32.const 0)) ;; EXIT: the task is done

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
      (i32.store (i32.const 32) (local.get $dir))
      (i32.store8 (i32.const 36) (i32.const 1)) ;; path-flags: symlink-follow
      (i32.store (i32.const 40) (i32.const 64))
      (i32.store (i32.const 44) (i32.const 11))
      (i32.store8 (i32.const 48) (i32.const 0)) ;; open-flags: none
      (i32.store8 (i32.const 49) (i32.const 1)) ;; descriptor-flags: read
      (local.set $state (call $open-at (i32.const 32) (i32.const 96)))
      (if (i32.eq (i32.and (local.get $state) (i32.const 15)) (i32.const 2))
        (then (return (call $opened))))
      (global.set $subtask (i32.shr_u (local.get $state) (i32.const 4)))
      (global.set $set (call $waitable-set-new))
      (call $waitable-join (global.get $subtask) (global.get $set))
      (i32.or (i32.const 2) (i32.shl (global.get $set) (i32.const 4)))) ;; WAIT on the set

    ;; open-at has returned: ok only for err(no-entry), case 19 of error-code.
    (func $opened (result i32)
      (if (i32.eqz (i32.load8_u (i32.const 96)))
        (then
          (call $drop-descriptor (i32.load (i32.const 100)))
          (return (call $return (i32.const 0)))))
      (call $return (i32.eq (i32.load8_u (i32.const 100)) (i32.const 19))))

    ;; Event 1: the subtask's state changed, to the state in the payload.
    (func (export "callback") (param $event i32) (param $handle i32) (param $payload i32) (result i32)
      (if (i32.ne (local.get $event) (i32.const 1)) (then unreachable))
      (if (i32.ne (local.get $payload) (i32.const 2))
        (then (return (i32.or (i32.const 2) (i32.shl (global.get $set) (i32.const 4))))))
      (call $waitable-join (global.get $subtask) (i32.const 0))
      (call $subtask-drop (global.get $subtask))
      (call $waitable-set-drop (global.get $set))
      (call $opened)))
  (core instance $main (instantiate $main
    (with "memory" (instance $memory))
    (with "wasi:filesystem/preopens@0.3.0" (instance (export "get-directories" (func $get-directories))))
    (with "wasi:filesystem/types@0.3.0" (instance
      (export "[async-lower][method]descriptor.open-at" (func $open-at))
      (export "[resource-drop]descriptor" (func $drop-descriptor))))
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
