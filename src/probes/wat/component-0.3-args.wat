;; component-0.3-args: wasi:cli/environment@0.3.0 `get-arguments` returns
;; exactly ["<program name>", "alpha", "beta gamma"]: the probe's two arguments
;; after the program's name, the second with its space kept inside one
;; argument. run returns ok through task.return when they are, err otherwise.
;; Its world:
;;
;;   world root {
;;     import wasi:cli/environment@0.3.0;
;;     export wasi:cli/run@0.3.0;
;;   }
(component
  (type $environment (instance
    (type $arguments (list string))
    (type $get-arguments (func (result $arguments)))
    (export "get-arguments" (func (type $get-arguments)))))
  (import "wasi:cli/environment@0.3.0" (instance $environment (type $environment)))

  ;; The memory the host lowers the list into, and the allocator it calls:
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

  ;; list<string> is returned through a pointer: (list address, count), each
  ;; element a (string address, byte length) pair of i32s.
  (core func $get-arguments (canon lower (func $environment "get-arguments")
    (memory $memory) (realloc $realloc) string-encoding=utf8))
  (type $run-result (result))
  ;; task.return takes the flattened result: one i32, 0 = ok, 1 = err.
  (core func $task-return (canon task.return (result $run-result)))

  (core module $main
    (import "memory" "memory" (memory 1))
    (import "wasi:cli/environment@0.3.0" "get-arguments" (func $get-arguments (param i32)))
    (import "[export]wasi:cli/run@0.3.0" "[task-return]run" (func $task-return (param i32)))
    (data (i32.const 64) "alpha")
    (data (i32.const 80) "beta gamma")
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
      (local $list i32)
      (call $get-arguments (i32.const 8))
      (local.set $list (i32.load (i32.const 8)))
      (block $err
        (br_if $err (i32.ne (i32.load (i32.const 12)) (i32.const 3)))
        ;; arguments[1] == "alpha", arguments[2] == "beta gamma"
        (br_if $err (i32.eqz (call $equal (i32.load offset=8 (local.get $list))
          (i32.load offset=12 (local.get $list)) (i32.const 64) (i32.const 5))))
        (br_if $err (i32.eqz (call $equal (i32.load offset=16 (local.get $list))
          (i32.load offset=20 (local.get $list)) (i32.const 80) (i32.const 10))))
        (call $task-return (i32.const 0)) ;; ok
        (return (i32.const 0))) ;; EXIT: the task is done
      (call $task-return (i32.const 1)) ;; err
      (i32.const 0))
    (func (export "callback") (param $event i32) (param $handle i32) (param $payload i32) (result i32)
      unreachable))
  (core instance $main (instantiate $main
    (with "memory" (instance $memory))
    (with "wasi:cli/environment@0.3.0" (instance (export "get-arguments" (func $get-arguments))))
    (with "[export]wasi:cli/run@0.3.0" (instance (export "[task-return]run" (func $task-return))))))

  (type $run-func (func async (result $run-result)))
  (func $run (type $run-func)
    (canon lift (core func $main "run") async (callback (core func $main "callback"))))
  (instance $run (export "run" (func $run)))
  (export "wasi:cli/run@0.3.0" (instance $run)))
