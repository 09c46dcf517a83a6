;; environ_sizes_get/environ_get: exactly one WASI_PROBE_VAR= entry, whose
;; value is "value with spaces=and equals" (the value holds a space and an
;; "=": only the first "=" ends the name). Other variables may exist: some
;; runtimes add their own.
;; Exit codes: 0 all hold; 1 environ_sizes_get failed; 2 memory.grow failed;
;; 3 environ_get failed; 4 no WASI_PROBE_VAR entry; 5 more than one;
;; 6 the value differs.
(module
  (import "wasi_snapshot_preview1" "environ_sizes_get"
    (func $environ_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_get"
    (func $environ_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1)
  (export "memory" (memory 0))
  (export "_start" (func $start))
  ;; The count at 0, the size of the strings at 4. The value is compared
  ;; with its NUL, so that a longer value does not match.
  (data (i32.const 16) "WASI_PROBE_VAR=")
  (data (i32.const 32) "value with spaces=and equals\00")

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
    (local $environ i32) (local $count i32) (local $i i32) (local $entry i32)
    (local $found i32) (local $matches i32)
    (if (call $environ_sizes_get (i32.const 0) (i32.const 4))
      (then (call $exit (i32.const 1))))
    (local.set $count (i32.load (i32.const 0)))
    ;; An empty environment cannot hold the variable; and node's environ_get
    ;; fails (EINVAL) when there is nothing to copy, which would hide that.
    (if (i32.eqz (local.get $count)) (then (call $exit (i32.const 4))))
    ;; A runtime may pass on a large host environment: the pointers and the
    ;; strings go into pages grown for them past the current end of memory,
    ;; one page more than (their size) / 65536.
    (local.set $environ (i32.mul (memory.size) (i32.const 65536)))
    (if (i32.eq
          (memory.grow
            (i32.add
              (i32.div_u
                (i32.add (i32.mul (local.get $count) (i32.const 4)) (i32.load (i32.const 4)))
                (i32.const 65536))
              (i32.const 1)))
          (i32.const -1))
      (then (call $exit (i32.const 2))))
    (if (call $environ_get
          (local.get $environ)
          (i32.add (local.get $environ) (i32.mul (local.get $count) (i32.const 4))))
      (then (call $exit (i32.const 3))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $count)))
        (local.set $entry
          (i32.load (i32.add (local.get $environ) (i32.mul (local.get $i) (i32.const 4)))))
        (if (call $starts_with (local.get $entry) (i32.const 16) (i32.const 15))
          (then
            (local.set $found (local.get $entry))
            (local.set $matches (i32.add (local.get $matches) (i32.const 1)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (if (i32.eqz (local.get $matches)) (then (call $exit (i32.const 4))))
    (if (i32.gt_u (local.get $matches) (i32.const 1)) (then (call $exit (i32.const 5))))
    (if (i32.eqz
          (call $starts_with (i32.add (local.get $found) (i32.const 15)) (i32.const 32) (i32.const 29)))
      (then (call $exit (i32.const 6))))
    (call $exit (i32.const 0))
    (unreachable)))
