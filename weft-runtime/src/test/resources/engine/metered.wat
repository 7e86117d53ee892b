;; Every way a function can end, for the call-depth meter (each exit must give the depth back), plus loops for
;; the fuel meter. Built with --enable-tail-call (see rebuild.sh).
(module
  (global $g (mut i32) (i32.const 0))
  ;; several results and parameters: the depth wrapper needs a new [] -> [i32 i32] type
  (func $swap (export "swap") (param i32 i32) (result i32 i32)
    (return (local.get 1) (local.get 0)))
  ;; br_if to the function's own label, with a value
  (func $pick (export "pick") (param i32) (result i32)
    (i32.const 7)
    (br_if 0 (local.get 0))
    (drop)
    (i32.const 8))
  ;; br_table whose targets include the function's label
  (func $table (export "table") (param i32) (result i32)
    (block $a (result i32)
      (block $b (result i32)
        (i32.const 30)
        (br_table $a $b 2 (local.get 0)))
      (drop)
      (i32.const 20))
    (drop)
    (i32.const 10))
  ;; tail call
  (func $tail (export "tail") (param i32) (result i32)
    (return_call $pick (local.get 0)))
  ;; return from inside a loop
  (func $find (export "find") (param $n i32) (result i32) (local $i i32)
    (loop $l
      (if (i32.eq (local.get $i) (local.get $n))
        (then (return (local.get $i))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $l))
    (unreachable))
  ;; no result, ends by falling off
  (func $bump (export "bump")
    (global.set $g (i32.add (global.get $g) (i32.const 1))))
  (func (export "bumped") (result i32) (global.get $g))
  ;; the guest's own unreachable stays UNREACHABLE under metering
  (func (export "crash") (unreachable))
)
