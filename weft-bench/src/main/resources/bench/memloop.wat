;; Guest loops for MemoryAccessCost (weft-bench): i32 loads, i32 stores, a byte-by-byte copy (what a guest's
;; memcpy/strlen-like loops do) and call_indirect through a funcref table. Rebuild: wat2wasm memloop.wat -o memloop.wasm
(module
  (type $unary (func (param i32) (result i32)))
  (memory (export "memory") 64)
  (table 2 funcref)
  (elem (i32.const 0) $inc $twice)
  (data (i32.const 0) "weft memory image: a data segment so the memory starts from a MemoryImage")
  (func $inc (type $unary) (i32.add (local.get 0) (i32.const 1)))
  (func $twice (type $unary) (i32.shl (local.get 0) (i32.const 1)))
  ;; n rounds of summing the i32s in [0, bytes)
  (func (export "loads") (param $n i32) (param $bytes i32) (result i32)
    (local $i i32) (local $addr i32) (local $acc i32)
    (loop $outer
      (local.set $addr (i32.const 0))
      (loop $inner
        (local.set $acc (i32.add (local.get $acc) (i32.load (local.get $addr))))
        (local.set $addr (i32.add (local.get $addr) (i32.const 4)))
        (br_if $inner (i32.lt_u (local.get $addr) (local.get $bytes))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $outer (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $acc))
  ;; n rounds of storing an i32 at every 4th byte of [0, bytes)
  (func (export "stores") (param $n i32) (param $bytes i32) (result i32)
    (local $i i32) (local $addr i32)
    (loop $outer
      (local.set $addr (i32.const 0))
      (loop $inner
        (i32.store (local.get $addr) (i32.add (local.get $addr) (local.get $i)))
        (local.set $addr (i32.add (local.get $addr) (i32.const 4)))
        (br_if $inner (i32.lt_u (local.get $addr) (local.get $bytes))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $outer (i32.lt_u (local.get $i) (local.get $n))))
    (i32.load (i32.const 4)))
  ;; n rounds of copying [0, bytes) to [bytes, 2 * bytes) one byte at a time
  (func (export "bytecopy") (param $n i32) (param $bytes i32) (result i32)
    (local $i i32) (local $addr i32)
    (loop $outer
      (local.set $addr (i32.const 0))
      (loop $inner
        (i32.store8 (i32.add (local.get $addr) (local.get $bytes)) (i32.load8_u (local.get $addr)))
        (local.set $addr (i32.add (local.get $addr) (i32.const 1)))
        (br_if $inner (i32.lt_u (local.get $addr) (local.get $bytes))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $outer (i32.lt_u (local.get $i) (local.get $n))))
    (i32.load8_u (local.get $bytes)))
  ;; n call_indirects alternating between the two table entries
  (func (export "indirect") (param $n i32) (result i32)
    (local $i i32) (local $acc i32)
    (loop $loop
      (local.set $acc (call_indirect (type $unary) (local.get $acc) (i32.and (local.get $i) (i32.const 1))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $loop (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $acc)))
