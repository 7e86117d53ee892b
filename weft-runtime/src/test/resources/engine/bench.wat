;; Memory-bound loop for EngineBenchmark: n rounds of load/add/store over the first 64 KiB.
(module
  (memory (export "memory") 1)
  (func (export "churn") (param $n i32) (result i32)
    (local $i i32) (local $addr i32) (local $acc i32)
    (loop $outer
      (local.set $addr (i32.const 0))
      (loop $inner
        (local.set $acc (i32.add (local.get $acc) (i32.load (local.get $addr))))
        (i32.store (local.get $addr) (i32.add (local.get $acc) (local.get $addr)))
        (local.set $addr (i32.add (local.get $addr) (i32.const 4)))
        (br_if $inner (i32.lt_u (local.get $addr) (i32.const 65536))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $outer (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $acc)))
