;; linking-host.wat: imports that a host satisfies in ways other than functions (LinkerHostItemsTest).
;; linking-host.wasm is this file through `jco parse linking-host.wat -o linking-host.wasm` (jco 1.35.0).
;;   "empty", "nested-empty": instances that need nothing, so the host need not define them (as in Wasmtime);
;;   "t": a type import with an eq bound (only a name for u64), which needs no definition either;
;;   "host#m": a core module the host offers (LinkerInstance.module), exporting f: () -> i32 and a global g.
;; Exports run: func() -> s32 = m.f() + m.g.
(component
  (import "empty" (instance))
  (import "nested-empty" (instance (export "x" (instance))))
  (type $u u64)
  (import "t" (type (eq $u)))
  (import "host" (instance $host
    (export "m" (core module
      (export "f" (func (result i32)))
      (export "g" (global i32))))))
  (core instance $m (instantiate (module $host "m")))
  (core module $main
    (import "m" "f" (func $f (result i32)))
    (import "m" "g" (global $g i32))
    (func (export "run") (result i32) (i32.add (call $f) (global.get $g))))
  (core instance $main (instantiate $main (with "m" (instance $m))))
  (func (export "run") (result s32) (canon lift (core func $main "run")))
)
