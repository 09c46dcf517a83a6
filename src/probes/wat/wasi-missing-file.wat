;; Opens does-not-exist.txt (without O_CREAT) in the preopened directory:
;; path_open must fail with errno 44 (ENOENT), not trap and not succeed.
;; Exit codes: 0 ENOENT; 1 path_open succeeded; 2 any other errno;
;; 3 no preopened directory.
(module
  (import "wasi_snapshot_preview1" "fd_prestat_get"
    (func $fd_prestat_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_prestat_dir_name"
    (func $fd_prestat_dir_name (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_open"
    (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1)
  (export "memory" (memory 0))
  (export "_start" (func $start))
  ;; 0..15 scratch for $find_dir; the opened fd at 16; the path at 32
  ;; ("does-not-exist.txt" is its last 18 bytes, from 40).
  (data (i32.const 32) "sandbox/does-not-exist.txt")
  ;; ---- Finding the preopened directory: the same text in every module
  ;; that needs it (wasi-preopen-read, wasi-preopen-write, wasi-missing-file).
  ;; Uses memory 0..15 as scratch: the prestat at 0 (u8 tag at 0, u32 name
  ;; length at 4), a directory's name at 8.
  ;;
  ;; Runtimes differ in what they preopen: most only what they are given,
  ;; under the guest name given; wasmer adds a virtual "/" of its own; wasmi
  ;; names a preopen by its host path. So: fd_prestat_get on fds 3, 4, ...
  ;; until it fails (EBADF past the last one), and the pick is the last
  ;; directory whose name is not "/". When "/" is the only one, it is the
  ;; pick and $under_root is set: the harness's directory, /sandbox, is then
  ;; "sandbox/" under it. Returns -1 when nothing is preopened.
  (global $under_root (mut i32) (i32.const 0))
  (func $find_dir (result i32)
    (local $fd i32) (local $pick i32) (local $root i32)
    (local.set $fd (i32.const 3))
    (local.set $pick (i32.const -1))
    (local.set $root (i32.const -1))
    (block $done
      (loop $next
        ;; The cap keeps a runtime that never says EBADF from looping forever.
        (br_if $done (i32.ge_u (local.get $fd) (i32.const 64)))
        (br_if $done (call $fd_prestat_get (local.get $fd) (i32.const 0)))
        ;; Tag 0: a directory (the only kind preview1 defines).
        (if (i32.eqz (i32.load8_u (i32.const 0)))
          (then
            (if (call $is_root (local.get $fd) (i32.load (i32.const 4)))
              (then (local.set $root (local.get $fd)))
              (else (local.set $pick (local.get $fd))))))
        (local.set $fd (i32.add (local.get $fd) (i32.const 1)))
        (br $next)))
    (if (i32.ge_s (local.get $pick) (i32.const 0)) (then (return (local.get $pick))))
    (global.set $under_root (i32.ge_s (local.get $root) (i32.const 0)))
    (local.get $root))
  ;; 1 when the preopen $fd, whose name is $len bytes long, is named "/".
  ;; "/\00" counts too: some runtimes count a trailing NUL in the length.
  ;; Longer names cannot be "/" and are never fetched.
  (func $is_root (param $fd i32) (param $len i32) (result i32)
    (if (i32.or (i32.eqz (local.get $len)) (i32.gt_u (local.get $len) (i32.const 2)))
      (then (return (i32.const 0))))
    (i32.store16 (i32.const 8) (i32.const 0))
    (if (call $fd_prestat_dir_name (local.get $fd) (i32.const 8) (local.get $len))
      (then (return (i32.const 0))))
    ;; Little-endian: "/" then 0 is 0x002f.
    (i32.eq (i32.load16_u (i32.const 8)) (i32.const 0x2f)))
  ;; ---- End of the preopen search.

  (func $start
    (local $dir i32) (local $errno i32)
    (local.set $dir (call $find_dir))
    (if (i32.lt_s (local.get $dir) (i32.const 0)) (then (call $exit (i32.const 3))))
    ;; As wasi-preopen-read opens its file: follow symlinks, no oflags,
    ;; rights fd_read | fd_seek | fd_tell | fd_filestat_get.
    (local.set $errno
      (call $path_open
        (local.get $dir)
        (i32.const 1)
        (select (i32.const 32) (i32.const 40) (global.get $under_root))
        (select (i32.const 26) (i32.const 18) (global.get $under_root))
        (i32.const 0)
        (i64.const 0x200026)
        (i64.const 0)
        (i32.const 0)
        (i32.const 16)))
    (if (i32.eqz (local.get $errno)) (then (call $exit (i32.const 1))))
    (if (i32.ne (local.get $errno) (i32.const 44)) (then (call $exit (i32.const 2))))
    (call $exit (i32.const 0))
    (unreachable)))
