;; args_sizes_get/args_get: exactly 3 arguments, argv[1] == "alpha" and
;; argv[2] == "beta gamma" (one argument holding a space). argv[0] is the
;; runtime's business (a path, a name, anything) and is never checked.
;; Exit codes: 0 all hold; 1 args_sizes_get failed; 2 argc is not 3;
;; 3 memory.grow failed; 4 args_get failed; 5 argv[1] is not "alpha";
;; 6 argv[2] is not "beta gamma".
(module
  (import "wasi_snapshot_preview1" "args_sizes_get"
    (func $args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get"
    (func $args_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1)
  (export "memory" (memory 0))
  (export "_start" (func $start))
  ;; argc at 0, the size of the strings at 4; the expected strings with
  ;; their NUL, so that a longer argument does not match.
  (data (i32.const 16) "alpha\00")
  (data (i32.const 32) "beta gamma\00")

  ;; 1 when the n bytes at $s equal the n bytes at $lit. Stops at the first
  ;; difference, so it never reads past the NUL that ends $s.
  (func $starts_with (param $s i32) (param $lit i32) (param $n i32) (result i32)
    (block $differ
      (loop $byte
        (if (i32.eqz (local.get $n)) (then (return (i32.const 1))))
        (br_if $differ (i32.ne (i32.load8_u (local.get $s)) (i32.load8_u (local.get $lit))))
        (local.set $s (i32.add (local.get $s) (i32.const 1)))
        (local.set $lit (i32.add (local.get $lit) (i32.const 1)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $byte)))
    (i32.const 0))

  (func $start
    (local $argv i32)
    (if (call $args_sizes_get (i32.const 0) (i32.const 4))
      (then (call $exit (i32.const 1))))
    (if (i32.ne (i32.load (i32.const 0)) (i32.const 3))
      (then (call $exit (i32.const 2))))
    ;; argv[0] can be a long host path, so the 3 pointers and the strings go
    ;; into pages grown for them past the current end of memory: one page
    ;; more than (12 + the strings' size) / 65536, as wasi-environ does.
    (local.set $argv (i32.mul (memory.size) (i32.const 65536)))
    (if (i32.eq
          (memory.grow
            (i32.add
              (i32.div_u (i32.add (i32.load (i32.const 4)) (i32.const 12)) (i32.const 65536))
              (i32.const 1)))
          (i32.const -1))
      (then (call $exit (i32.const 3))))
    (if (call $args_get (local.get $argv) (i32.add (local.get $argv) (i32.const 12)))
      (then (call $exit (i32.const 4))))
    (if (i32.eqz (call $starts_with (i32.load offset=4 (local.get $argv)) (i32.const 16) (i32.const 6)))
      (then (call $exit (i32.const 5))))
    (if (i32.eqz (call $starts_with (i32.load offset=8 (local.get $argv)) (i32.const 32) (i32.const 11)))
      (then (call $exit (i32.const 6))))
    (call $exit (i32.const 0))
    (unreachable)))
