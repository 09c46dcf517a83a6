;; component-0.3-random: wasi:random/random@0.3.0. `get-random-bytes:
;; func(max-len: u64) -> list<u8>` may return fewer bytes than asked (at least
;; one), so run asks again until it holds 32 bytes, each answer no longer than
;; what it asked for; the 32 bytes are not all zero, and a second 32 differ
;; from the first. Two `get-random-u64` answers differ too. A host that hands
;; back a constant buffer or zeros fails. run returns ok through task.return
;; when all holds, err otherwise. Its world:
;;
;;   world root {
;;     import wasi:random/random@0.3.0;
;;     export wasi:cli/run@0.3.0;
;;   }
(component
  (type $random (instance
    (type $bytes (list u8))
    (type $get-random-bytes (func (param "max-len" u64) (result $bytes)))
    (export "get-random-bytes" (func (type $get-random-bytes)))
    (type $get-random-u64 (func (result u64)))
    (export "get-random-u64" (func (type $get-random-u64)))))
  (import "wasi:random/random@0.3.0" (instance $random (type $random)))

  ;; The memory the host lowers the lists into, and the allocator it calls:
  ;; a module of their own, since the lowered import needs them before the
  ;; main module is instantiated.
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

  ;; list<u8> is returned through a pointer: (bytes' address, count).
  (core func $get-random-bytes (canon lower (func $random "get-random-bytes")
    (memory $memory) (realloc $realloc)))
  (core func $get-random-u64 (canon lower (func $random "get-random-u64")))
  (type $run-result (result))
  ;; task.return takes the flattened result: one i32, 0 = ok, 1 = err.
  (core func $task-return (canon task.return (result $run-result)))

  (core module $main
    (import "memory" "memory" (memory 1))
    (import "wasi:random/random@0.3.0" "get-random-bytes" (func $get-random-bytes (param i64 i32)))
    (import "wasi:random/random@0.3.0" "get-random-u64" (func $get-random-u64 (result i64)))
    (import "[export]wasi:cli/run@0.3.0" "[task-return]run" (func $task-return (param i32)))
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
    ;; Fills 32 bytes at $into from get-random-bytes, asking at most 64 times;
    ;; false when an answer is empty or longer than asked.
    (func $fill (param $into i32) (result i32)
      (local $left i32)
      (local $count i32)
      (local $tries i32)
      (local.set $left (i32.const 32))
      (loop $again
        (if (i32.eqz (local.get $left)) (then (return (i32.const 1))))
        (if (i32.eq (local.get $tries) (i32.const 64)) (then (return (i32.const 0))))
        (local.set $tries (i32.add (local.get $tries) (i32.const 1)))
        (call $get-random-bytes (i64.extend_i32_u (local.get $left)) (i32.const 8))
        (local.set $count (i32.load (i32.const 12)))
        (if (i32.or (i32.eqz (local.get $count)) (i32.gt_u (local.get $count) (local.get $left)))
          (then (return (i32.const 0))))
        (memory.copy (local.get $into) (i32.load (i32.const 8)) (local.get $count))
        (local.set $into (i32.add (local.get $into) (local.get $count)))
        (local.set $left (i32.sub (local.get $left) (local.get $count)))
        (br $again))
      (unreachable))
    (func (export "run") (result i32)
      (block $err
        ;; Two draws of 32 bytes, at 64 and 96; the 32 zero bytes at 128 stay zero.
        (br_if $err (i32.eqz (call $fill (i32.const 64))))
        (br_if $err (i32.eqz (call $fill (i32.const 96))))
        (br_if $err (call $equal (i32.const 64) (i32.const 32) (i32.const 128) (i32.const 32)))
        (br_if $err (call $equal (i32.const 64) (i32.const 32) (i32.const 96) (i32.const 32)))
        (br_if $err (i64.eq (call $get-random-u64) (call $get-random-u64)))
        (call $task-return (i32.const 0)) ;; ok
        (return (i32.const 0))) ;; EXIT: the task is done
      (call $task-return (i32.const 1)) ;; err
      (i32.const 0))
    (func (export "callback") (param $event i32) (param $handle i32) (param $payload i32) (result i32)
      unreachable))
  (core instance $main (instantiate $main
    (with "memory" (instance $memory))
    (with "wasi:random/random@0.3.0" (instance
      (export "get-random-bytes" (func $get-random-bytes))
      (export "get-random-u64" (func $get-random-u64))))
    (with "[export]wasi:cli/run@0.3.0" (instance (export "[task-return]run" (func $task-return))))))

  (type $run-func (func async (result $run-result)))
  (func $run (type $run-func)
    (canon lift (core func $main "run") async (callback (core func $main "callback"))))
  (instance $run (export "run" (func $run)))
  (export "wasi:cli/run@0.3.0" (instance $run)))
