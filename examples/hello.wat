;; examples/hello.wat — the smallest useful component: `greet(name: string) -> string` returns "Hello, <name>!".
;; Core wasm does the work: a bump allocator exported as `cabi_realloc` (the host copies `name` in through it),
;; `greet` builds the answer in linear memory and returns a pointer to (ptr, len), and the post-return function
;; resets the allocator once the host has read the result.
;; Rebuild: examples/build.sh   (jco parse examples/hello.wat -o examples/hello.wasm)
(component
  (core module $greeter
    (memory (export "memory") 1)
    (global $heap_start i32 (i32.const 1024))
    (global $bump (mut i32) (i32.const 1024))
    (data (i32.const 16) "Hello, ")

    ;; cabi_realloc(old_ptr, old_size, align, new_size) -> ptr: bump allocation, growing memory when needed.
    (func $realloc (export "cabi_realloc")
      (param $old i32) (param $old_size i32) (param $align i32) (param $new_size i32) (result i32)
      (local $ptr i32) (local $end i32) (local $have i32)
      (local.set $ptr
        (i32.and (i32.add (global.get $bump) (i32.sub (local.get $align) (i32.const 1)))
                 (i32.sub (i32.const 0) (local.get $align))))
      (local.set $end (i32.add (local.get $ptr) (local.get $new_size)))
      (local.set $have (i32.shl (memory.size) (i32.const 16)))
      (if (i32.gt_u (local.get $end) (local.get $have))
        (then
          (if (i32.eq (i32.const -1)
                (memory.grow (i32.shr_u (i32.add (i32.sub (local.get $end) (local.get $have)) (i32.const 65535))
                                        (i32.const 16))))
            (then unreachable))))
      (global.set $bump (local.get $end))
      (if (local.get $old)
        (then (memory.copy (local.get $ptr) (local.get $old) (local.get $old_size))))
      (local.get $ptr))

    ;; greet(name_ptr, name_len) -> retptr, where retptr points at (string_ptr: i32, string_len: i32).
    (func (export "greet") (param $name i32) (param $len i32) (result i32)
      (local $out i32) (local $ret i32)
      (local.set $out (call $realloc (i32.const 0) (i32.const 0) (i32.const 1)
                                     (i32.add (local.get $len) (i32.const 8))))
      (memory.copy (local.get $out) (i32.const 16) (i32.const 7))
      (memory.copy (i32.add (local.get $out) (i32.const 7)) (local.get $name) (local.get $len))
      (i32.store8 (i32.add (i32.add (local.get $out) (i32.const 7)) (local.get $len)) (i32.const 33)) ;; '!'
      (local.set $ret (call $realloc (i32.const 0) (i32.const 0) (i32.const 4) (i32.const 8)))
      (i32.store (local.get $ret) (local.get $out))
      (i32.store offset=4 (local.get $ret) (i32.add (local.get $len) (i32.const 8)))
      (local.get $ret))

    ;; Called after the host has copied the result out: everything allocated for the call is free again.
    (func (export "greet-post-return") (param i32)
      (global.set $bump (global.get $heap_start))))

  (core instance $instance (instantiate $greeter))

  (func (export "greet") (param "name" string) (result string)
    (canon lift (core func $instance "greet")
      (memory (core memory $instance "memory"))
      (realloc (core func $instance "cabi_realloc"))
      (post-return (core func $instance "greet-post-return")))))
