;; Core module for EngineAbiTest: a bump cabi_realloc, a string -> string export with post-return, and an
;; export that calls a host import taking a string and returning a string through an out-pointer.
;; Rebuild: wat2wasm guest.wat -o guest.wasm
(module
  (import "host" "greet" (func $greet (param i32 i32 i32)))
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 1024))
  (global $posts (export "posts") (mut i32) (i32.const 0))
  (func $realloc (export "cabi_realloc") (param $old i32) (param $oldsize i32) (param $align i32) (param $new i32)
        (result i32)
    (local $ptr i32) (local $n i32)
    global.get $heap local.get $align i32.add i32.const 1 i32.sub
    i32.const 0 local.get $align i32.sub i32.and local.set $ptr
    local.get $ptr local.get $new i32.add global.set $heap
    local.get $oldsize local.get $new local.get $oldsize local.get $new i32.lt_u select local.set $n
    local.get $ptr local.get $old local.get $n memory.copy
    local.get $ptr)
  ;; upper(s: string) -> string: ASCII upper-casing copy; result (ptr, len) at 16
  (func (export "upper") (param $p i32) (param $len i32) (result i32)
    (local $dst i32) (local $i i32) (local $c i32)
    i32.const 0 i32.const 0 i32.const 1 local.get $len call $realloc local.set $dst
    block $done
      loop $l
        local.get $i local.get $len i32.ge_u br_if $done
        local.get $p local.get $i i32.add i32.load8_u local.set $c
        local.get $dst local.get $i i32.add
        local.get $c i32.const 32 i32.sub local.get $c
        local.get $c i32.const 97 i32.ge_u local.get $c i32.const 122 i32.le_u i32.and select
        i32.store8
        local.get $i i32.const 1 i32.add local.set $i
        br $l
      end
    end
    i32.const 16 local.get $dst i32.store
    i32.const 20 local.get $len i32.store
    i32.const 16)
  (func (export "cabi_post_upper") (param i32)
    global.get $posts i32.const 1 i32.add global.set $posts)
  ;; call-greet(s: string) -> string: forwards to the host import, result through out-pointer 32
  (func (export "call-greet") (param i32 i32) (result i32)
    local.get 0 local.get 1 i32.const 32 call $greet
    i32.const 32))
