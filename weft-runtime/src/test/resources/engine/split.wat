;; Functions for the splitter (ModuleSplitterTest): every kind of region exit, values carried across, locals of
;; every type, nesting, traps and recursion. The test splits them with tiny limits and compares with the original.
(module
  (type $two (func (result i32 i64)))
  (memory 1)
  (table 2 funcref)
  (global $calls (mut i32) (i32.const 0))

  ;; br / br_if / br_table out of nested blocks to several outer labels, with values
  (func (export "exits") (param $x i32) (result i32)
    (local $acc i32)
    (block $out (result i32)
      (block $a (result i32)
        (block $b
          (block $c
            (local.set $acc (i32.mul (local.get $x) (i32.const 3)))
            (br_if $b (i32.eq (local.get $x) (i32.const 1)))
            (br_if $a (i32.const 5) (i32.eq (local.get $x) (i32.const 6)))
            (br_if $out (i32.const 6) (i32.eq (local.get $x) (i32.const 7)))
            (block $d
              (br_table $c $d $b $d (i32.sub (local.get $x) (i32.const 2))))
            (local.set $acc (i32.add (local.get $acc) (i32.const 100)))
            (br $out (local.get $acc)))
          (local.set $acc (i32.add (local.get $acc) (i32.const 1000)))
          (br $a (local.get $acc)))
        (i32.const 7)
        (br $out))
      (i32.add (i32.const 10000)))
    (i32.add (local.get $acc)))

  ;; return with a value from deep inside, and falling through
  (func (export "ret") (param $x i32) (result i32)
    (block
      (block
        (if (i32.gt_s (local.get $x) (i32.const 10))
          (then
            (block
              (if (i32.gt_s (local.get $x) (i32.const 20))
                (then (return (i32.mul (local.get $x) (i32.const 2)))))
              (local.set $x (i32.add (local.get $x) (i32.const 5)))))
          (else (local.set $x (i32.sub (local.get $x) (i32.const 1)))))))
    (local.get $x))

  ;; return without a value
  (func (export "retvoid") (param $x i32)
    (block
      (loop $l
        (global.set $calls (i32.add (global.get $calls) (i32.const 1)))
        (if (i32.ge_s (global.get $calls) (local.get $x)) (then (return)))
        (br $l))))

  (func (export "calls") (result i32) (global.get $calls))
  (func (export "reset") (global.set $calls (i32.const 0)))

  ;; loops with continue/break from inner regions, locals written inside
  (func (export "collatz") (param $n i64) (result i64)
    (local $steps i64)
    (block $done
      (loop $next
        (br_if $done (i64.le_u (local.get $n) (i64.const 1)))
        (local.set $steps (i64.add (local.get $steps) (i64.const 1)))
        (if (i64.eqz (i64.rem_u (local.get $n) (i64.const 2)))
          (then
            (local.set $n (i64.div_u (local.get $n) (i64.const 2)))
            (br $next))
          (else
            (block $odd
              (local.set $n (i64.add (i64.mul (local.get $n) (i64.const 3)) (i64.const 1))))))
        (br $next)))
    (local.get $steps))

  ;; if/else with results; block params and multi-value results
  (func (export "multi") (param $x i32) (result i64)
    (local $a i32) (local $b i64)
    (i32.const 5)
    (local.get $x)
    (block (param i32 i32) (result i32 i64)
      (i32.add)
      (if (result i32 i64) (i32.and (local.get $x) (i32.const 1))
        (then (i32.const 1) (i64.const 11))
        (else (i32.const 2) (i64.const 22)))
      (local.set $b)
      (i32.add)
      (local.get $b))
    (local.set $b)
    (local.set $a)
    (i64.add (i64.extend_i32_s (local.get $a)) (i64.mul (local.get $b) (i64.const 1000))))

  ;; a block that branches out with two values to a multi-value label
  (func (export "pair") (param $x i32) (result i32 i64)
    (block $o (type $two)
      (block $i
        (br_if $i (i32.lt_s (local.get $x) (i32.const 0)))
        (local.get $x)
        (i64.const 99)
        (br $o))
      (i32.const -1)
      (i64.const -99)))

  ;; locals of every type Endive compiles (not v128) cross the call and come back written
  (func (export "types") (param $i i32) (param $l i64) (param $f f32) (param $d f64) (result f64)
    (local $v i32) (local $r funcref) (local $e externref) (local $j i32) (local $m i64) (local $g f32)
    (local.set $v (i32.const 4))
    (block
      (block
        (local.set $j (i32.add (local.get $i) (i32.const 1)))
        (local.set $m (i64.mul (local.get $l) (i64.const 2)))
        (local.set $g (f32.mul (local.get $f) (f32.const 0.5)))
        (local.set $d (f64.add (local.get $d) (f64.const 0.25)))
        (local.set $v (i32.add (local.get $v) (local.get $i)))
        (local.set $r (ref.null func))
        (local.set $e (ref.null extern))
        (br_if 1 (ref.is_null (local.get $e)))
        (unreachable))
      (unreachable))
    (f64.add
      (f64.add (f64.convert_i32_s (local.get $j)) (f64.convert_i64_s (local.get $m)))
      (f64.add (f64.promote_f32 (local.get $g))
        (f64.add (local.get $d)
          (f64.convert_i32_s (i32.add (local.get $v)
                                      (ref.is_null (local.get $r))))))))

  ;; a switch: br_table over a chain of blocks, each case its own tail region
  (func (export "switch") (param $op i32) (param $x i32) (result i32)
    (local $r i32)
    (loop $dispatch
      (block $end
        (block $c3
          (block $c2
            (block $c1
              (block $c0
                (br_table $c0 $c1 $c2 $c3 $end (local.get $op)))
              ;; case 0: add, then go round with op 3
              (local.set $r (i32.add (local.get $r) (local.get $x)))
              (local.set $op (i32.const 3))
              (br $dispatch))
            ;; case 1: multiply and stop
            (local.set $r (i32.mul (i32.add (local.get $r) (i32.const 1)) (local.get $x)))
            (br $end))
          ;; case 2: return early
          (return (i32.const -2)))
        ;; case 3: count down x, go round with op 0 while x > 0
        (local.set $x (i32.sub (local.get $x) (i32.const 1)))
        (local.set $op (select (i32.const 0) (i32.const 4) (i32.gt_s (local.get $x) (i32.const 0))))
        (br $dispatch)))
    (local.get $r))

;; liveness: locals written on one path only (the old value must go in), written before every read (need not go
  ;; in), dead after a region (need not come back), carried round a loop, and live only through an else arm
  (func (export "live") (param $x i32) (result i32)
    (local $a i32) (local $t i32) (local $acc i32) (local $i i32) (local $e i32)
    (local.set $a (i32.const 7))
    (local.set $e (i32.const 100))
    (block
      (if (i32.gt_s (local.get $x) (i32.const 4))
        (then (local.set $a (i32.const 1)))))
    (block
      (local.set $t (i32.mul (local.get $x) (i32.const 2)))
      (local.set $acc (i32.add (local.get $t) (local.get $a))))
    (block $done
      (loop $l
        (br_if $done (i32.ge_s (local.get $i) (local.get $x)))
        (block
          (local.set $t (i32.add (local.get $i) (i32.const 3)))
          (local.set $acc (i32.add (local.get $acc) (local.get $t))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
    (block
      (if (i32.and (local.get $x) (i32.const 1))
        (then (local.set $e (i32.const 5)))
        (else (local.set $acc (i32.add (local.get $acc) (local.get $e))))))
    (i32.add (i32.mul (local.get $acc) (i32.const 1000)) (i32.add (local.get $a) (local.get $e))))

  ;; traps inside outlined code
  (func (export "trap") (param $x i32) (result i32)
    (block
      (block
        (if (i32.eq (local.get $x) (i32.const 0)) (then (unreachable)))
        (if (i32.eq (local.get $x) (i32.const 1))
          (then (drop (i32.div_u (i32.const 1) (i32.const 0)))))
        (if (i32.eq (local.get $x) (i32.const 2))
          (then (drop (i32.load (i32.const 70000)))))))
    (local.get $x))

  ;; recursion through an outlined region: the region calls the function again
  (func $fib (export "fib") (param $n i32) (result i32)
    (local $a i32)
    (block $base
      (br_if $base (i32.lt_s (local.get $n) (i32.const 2)))
      (block
        (local.set $a (call $fib (i32.sub (local.get $n) (i32.const 1))))
        (local.set $a (i32.add (local.get $a) (call $fib (i32.sub (local.get $n) (i32.const 2))))))
      (return (local.get $a)))
    (local.get $n))

  ;; memory traffic in a loop (the state lives in memory, not only in locals)
  (func (export "sum") (param $n i32) (result i64)
    (local $i i32) (local $s i64)
    (block $b
      (loop $l
        (br_if $b (i32.ge_u (local.get $i) (local.get $n)))
        (i64.store (i32.mul (local.get $i) (i32.const 8)) (i64.extend_i32_u (i32.mul (local.get $i) (local.get $i))))
        (local.set $s (i64.add (local.get $s) (i64.load (i32.mul (local.get $i) (i32.const 8)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
    (local.get $s))
)
