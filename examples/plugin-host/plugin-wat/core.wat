;; A text plugin written by hand in WebAssembly text (the core module of a component built with
;; `jco embed` + `jco new` against ../wit/plugin.wit, world text-plugin). process(store, input):
;;   ""          -> err("empty input")
;;   "!..."      -> traps (unreachable): the host must survive a crashing plugin
;;   "loop"      -> loops forever (for hosts that set a deadline)
;;   "grow"      -> grows its memory by 1 MiB at a time until memory.grow fails, then traps (for hosts that cap memory)
;;   otherwise   -> logs the input through the host, stores it under "wat-last" in the host's kv, and returns it
;;                  in ASCII upper case: ok(INPUT)
;; Import/export names follow wit-component's core-module naming ("cm32p2|…", as `jco embed --dummy` shows).
(module
  (import "cm32p2|weft:plugin-host/host@0.1" "[method]kv.set" (func $kv-set (param i32 i32 i32 i32 i32)))
  (import "cm32p2|weft:plugin-host/host@0.1" "log" (func $log (param i32 i32)))
  ;; drops a handle; a borrowed handle must be dropped before the call that received it returns
  (import "cm32p2|weft:plugin-host/host@0.1" "kv_drop" (func $kv-drop (param i32)))

  (memory (export "cm32p2_memory") 1)
  ;; 16: "upper"  32: "wat"  48: "wat-last"  64: "empty input"
  ;; 128..144: describe's return area (name ptr, len, language ptr, len); 160..172: process's (tag, ptr, len)
  (data (i32.const 16) "upper")
  (data (i32.const 32) "wat")
  (data (i32.const 48) "wat-last")
  (data (i32.const 64) "empty input")
  (data (i32.const 128) "\10\00\00\00\05\00\00\00\20\00\00\00\03\00\00\00")
  (global $bump (mut i32) (i32.const 1024))

  (func $realloc (export "cm32p2_realloc")
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

  (func (export "cm32p2_initialize"))

  ;; after the host has read process's result, its strings and the input are garbage: start the heap afresh
  (func (export "cm32p2|weft:plugin-host/plugin@0.1|process_post") (param i32)
    (global.set $bump (i32.const 1024)))

  (func (export "cm32p2|weft:plugin-host/plugin@0.1|describe") (result i32)
    (i32.const 128))

  (func (export "cm32p2|weft:plugin-host/plugin@0.1|process")
    (param $store i32) (param $ptr i32) (param $len i32) (result i32)
    (local $out i32) (local $i i32) (local $c i32)
    (if (i32.eqz (local.get $len))
      (then
        (call $kv-drop (local.get $store))
        (i32.store8 (i32.const 160) (i32.const 1))
        (i32.store (i32.const 164) (i32.const 64))
        (i32.store (i32.const 168) (i32.const 11))
        (return (i32.const 160))))
    (if (i32.eq (i32.load8_u (local.get $ptr)) (i32.const 33))   ;; '!'
      (then unreachable))
    (if (i32.and (i32.eq (local.get $len) (i32.const 4))
                 (i32.eq (i32.load (local.get $ptr)) (i32.const 0x706f6f6c)))   ;; "loop"
      (then (loop $forever (br $forever))))
    (if (i32.and (i32.eq (local.get $len) (i32.const 4))
                 (i32.eq (i32.load (local.get $ptr)) (i32.const 0x776f7267)))   ;; "grow"
      (then
        (loop $more
          (br_if $more (i32.ne (memory.grow (i32.const 16)) (i32.const -1))))
        unreachable))
    (call $log (local.get $ptr) (local.get $len))
    (call $kv-set (local.get $store) (i32.const 48) (i32.const 8) (local.get $ptr) (local.get $len))
    (local.set $out (call $realloc (i32.const 0) (i32.const 0) (i32.const 1) (local.get $len)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (local.set $c (i32.load8_u (i32.add (local.get $ptr) (local.get $i))))
        (if (i32.and (i32.ge_u (local.get $c) (i32.const 97)) (i32.le_u (local.get $c) (i32.const 122)))
          (then (local.set $c (i32.sub (local.get $c) (i32.const 32)))))
        (i32.store8 (i32.add (local.get $out) (local.get $i)) (local.get $c))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (call $kv-drop (local.get $store))
    (i32.store8 (i32.const 160) (i32.const 0))
    (i32.store (i32.const 164) (local.get $out))
    (i32.store (i32.const 168) (local.get $len))
    (i32.const 160)))
