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

  ;; a switch of 70 cases (a br_table of 64+ targets is a dispatch the splitter keeps with its cases' calls):
  ;; cases fall through, go round the loop with a new op, leave the loop or return
  (func (export "bigswitch") (param $op i32) (param $x i32) (result i32)
    (local $r i32) (local $n i32) (local $w i64)
    (loop $dispatch
      (local.set $n (i32.add (local.get $n) (i32.const 1)))
      (block $end
      (block $c69
      (block $c68
      (block $c67
      (block $c66
      (block $c65
      (block $c64
      (block $c63
      (block $c62
      (block $c61
      (block $c60
      (block $c59
      (block $c58
      (block $c57
      (block $c56
      (block $c55
      (block $c54
      (block $c53
      (block $c52
      (block $c51
      (block $c50
      (block $c49
      (block $c48
      (block $c47
      (block $c46
      (block $c45
      (block $c44
      (block $c43
      (block $c42
      (block $c41
      (block $c40
      (block $c39
      (block $c38
      (block $c37
      (block $c36
      (block $c35
      (block $c34
      (block $c33
      (block $c32
      (block $c31
      (block $c30
      (block $c29
      (block $c28
      (block $c27
      (block $c26
      (block $c25
      (block $c24
      (block $c23
      (block $c22
      (block $c21
      (block $c20
      (block $c19
      (block $c18
      (block $c17
      (block $c16
      (block $c15
      (block $c14
      (block $c13
      (block $c12
      (block $c11
      (block $c10
      (block $c9
      (block $c8
      (block $c7
      (block $c6
      (block $c5
      (block $c4
      (block $c3
      (block $c2
      (block $c1
      (block $c0
        (br_table $c0 $c1 $c2 $c3 $c4 $c5 $c6 $c7 $c8 $c9 $c10 $c11 $c12 $c13 $c14 $c15 $c16 $c17 $c18 $c19 $c20 $c21 $c22 $c23 $c24 $c25 $c26 $c27 $c28 $c29 $c30 $c31 $c32 $c33 $c34 $c35 $c36 $c37 $c38 $c39 $c40 $c41 $c42 $c43 $c44 $c45 $c46 $c47 $c48 $c49 $c50 $c51 $c52 $c53 $c54 $c55 $c56 $c57 $c58 $c59 $c60 $c61 $c62 $c63 $c64 $c65 $c66 $c67 $c68 $c69 $end (local.get $op)))
      ;; case 0
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 3))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      )
      ;; case 1
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 10))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.rem_u (i32.shr_u (local.get $r) (i32.const 3)) (i32.const 73)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 2
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 17))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (if (i32.eq (i32.and (local.get $r) (i32.const 15)) (i32.const 2))
        (then (return (i32.add (local.get $r) (i32.const 2)))))
      (local.set $op (i32.rem_u (local.get $r) (i32.const 70)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 3
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 24))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.add (local.get $op) (i32.const 5)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 4
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 31))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      )
      ;; case 5
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 38))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.rem_u (i32.shr_u (local.get $r) (i32.const 3)) (i32.const 73)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 6
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 45))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (if (i32.eq (i32.and (local.get $r) (i32.const 15)) (i32.const 6))
        (then (return (i32.add (local.get $r) (i32.const 6)))))
      (local.set $op (i32.rem_u (local.get $r) (i32.const 70)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 7
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 52))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.add (local.get $op) (i32.const 5)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 8
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 59))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      )
      ;; case 9
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 66))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.rem_u (i32.shr_u (local.get $r) (i32.const 3)) (i32.const 73)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 10
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 73))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (if (i32.eq (i32.and (local.get $r) (i32.const 15)) (i32.const 10))
        (then (return (i32.add (local.get $r) (i32.const 10)))))
      (local.set $op (i32.rem_u (local.get $r) (i32.const 70)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 11
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 80))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.add (local.get $op) (i32.const 5)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 12
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 87))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      )
      ;; case 13
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 94))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.rem_u (i32.shr_u (local.get $r) (i32.const 3)) (i32.const 73)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 14
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 101))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (if (i32.eq (i32.and (local.get $r) (i32.const 15)) (i32.const 14))
        (then (return (i32.add (local.get $r) (i32.const 14)))))
      (local.set $op (i32.rem_u (local.get $r) (i32.const 70)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 15
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 108))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.add (local.get $op) (i32.const 5)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 16
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 115))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      )
      ;; case 17
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 122))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.rem_u (i32.shr_u (local.get $r) (i32.const 3)) (i32.const 73)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 18
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 129))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (if (i32.eq (i32.and (local.get $r) (i32.const 15)) (i32.const 2))
        (then (return (i32.add (local.get $r) (i32.const 18)))))
      (local.set $op (i32.rem_u (local.get $r) (i32.const 70)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 19
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 136))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.add (local.get $op) (i32.const 5)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 20
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 143))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      )
      ;; case 21
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 150))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.rem_u (i32.shr_u (local.get $r) (i32.const 3)) (i32.const 73)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 22
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 157))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (if (i32.eq (i32.and (local.get $r) (i32.const 15)) (i32.const 6))
        (then (return (i32.add (local.get $r) (i32.const 22)))))
      (local.set $op (i32.rem_u (local.get $r) (i32.const 70)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 23
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 164))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.add (local.get $op) (i32.const 5)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 24
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 171))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      )
      ;; case 25
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 178))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.rem_u (i32.shr_u (local.get $r) (i32.const 3)) (i32.const 73)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 26
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 185))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (if (i32.eq (i32.and (local.get $r) (i32.const 15)) (i32.const 10))
        (then (return (i32.add (local.get $r) (i32.const 26)))))
      (local.set $op (i32.rem_u (local.get $r) (i32.const 70)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 27
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 192))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.add (local.get $op) (i32.const 5)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 28
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 199))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      )
      ;; case 29
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 206))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.rem_u (i32.shr_u (local.get $r) (i32.const 3)) (i32.const 73)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 30
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 213))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (if (i32.eq (i32.and (local.get $r) (i32.const 15)) (i32.const 14))
        (then (return (i32.add (local.get $r) (i32.const 30)))))
      (local.set $op (i32.rem_u (local.get $r) (i32.const 70)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 31
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 220))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.add (local.get $op) (i32.const 5)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 32
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 227))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      )
      ;; case 33
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 234))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.rem_u (i32.shr_u (local.get $r) (i32.const 3)) (i32.const 73)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 34
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 241))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (if (i32.eq (i32.and (local.get $r) (i32.const 15)) (i32.const 2))
        (then (return (i32.add (local.get $r) (i32.const 34)))))
      (local.set $op (i32.rem_u (local.get $r) (i32.const 70)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 35
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 248))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.add (local.get $op) (i32.const 5)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 36
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 255))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      )
      ;; case 37
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 262))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.rem_u (i32.shr_u (local.get $r) (i32.const 3)) (i32.const 73)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 38
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 269))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (if (i32.eq (i32.and (local.get $r) (i32.const 15)) (i32.const 6))
        (then (return (i32.add (local.get $r) (i32.const 38)))))
      (local.set $op (i32.rem_u (local.get $r) (i32.const 70)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 39
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 276))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.add (local.get $op) (i32.const 5)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 40
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 283))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      )
      ;; case 41
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 290))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.rem_u (i32.shr_u (local.get $r) (i32.const 3)) (i32.const 73)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 42
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 297))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (if (i32.eq (i32.and (local.get $r) (i32.const 15)) (i32.const 10))
        (then (return (i32.add (local.get $r) (i32.const 42)))))
      (local.set $op (i32.rem_u (local.get $r) (i32.const 70)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 43
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 304))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.add (local.get $op) (i32.const 5)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 44
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 311))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      )
      ;; case 45
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 318))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.rem_u (i32.shr_u (local.get $r) (i32.const 3)) (i32.const 73)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 46
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 325))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (if (i32.eq (i32.and (local.get $r) (i32.const 15)) (i32.const 14))
        (then (return (i32.add (local.get $r) (i32.const 46)))))
      (local.set $op (i32.rem_u (local.get $r) (i32.const 70)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 47
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 332))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.add (local.get $op) (i32.const 5)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 48
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 339))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      )
      ;; case 49
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 346))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.rem_u (i32.shr_u (local.get $r) (i32.const 3)) (i32.const 73)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 50
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 353))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (if (i32.eq (i32.and (local.get $r) (i32.const 15)) (i32.const 2))
        (then (return (i32.add (local.get $r) (i32.const 50)))))
      (local.set $op (i32.rem_u (local.get $r) (i32.const 70)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 51
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 360))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.add (local.get $op) (i32.const 5)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 52
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 367))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      )
      ;; case 53
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 374))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.rem_u (i32.shr_u (local.get $r) (i32.const 3)) (i32.const 73)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 54
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 381))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (if (i32.eq (i32.and (local.get $r) (i32.const 15)) (i32.const 6))
        (then (return (i32.add (local.get $r) (i32.const 54)))))
      (local.set $op (i32.rem_u (local.get $r) (i32.const 70)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 55
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 388))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.add (local.get $op) (i32.const 5)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 56
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 395))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      )
      ;; case 57
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 402))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.rem_u (i32.shr_u (local.get $r) (i32.const 3)) (i32.const 73)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 58
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 409))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (if (i32.eq (i32.and (local.get $r) (i32.const 15)) (i32.const 10))
        (then (return (i32.add (local.get $r) (i32.const 58)))))
      (local.set $op (i32.rem_u (local.get $r) (i32.const 70)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 59
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 416))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.add (local.get $op) (i32.const 5)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 60
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 423))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      )
      ;; case 61
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 430))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.rem_u (i32.shr_u (local.get $r) (i32.const 3)) (i32.const 73)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 62
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 437))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (if (i32.eq (i32.and (local.get $r) (i32.const 15)) (i32.const 14))
        (then (return (i32.add (local.get $r) (i32.const 62)))))
      (local.set $op (i32.rem_u (local.get $r) (i32.const 70)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 63
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 444))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.add (local.get $op) (i32.const 5)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 64
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 451))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      )
      ;; case 65
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 458))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.rem_u (i32.shr_u (local.get $r) (i32.const 3)) (i32.const 73)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 66
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 465))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (if (i32.eq (i32.and (local.get $r) (i32.const 15)) (i32.const 2))
        (then (return (i32.add (local.get $r) (i32.const 66)))))
      (local.set $op (i32.rem_u (local.get $r) (i32.const 70)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 67
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 472))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.add (local.get $op) (i32.const 5)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
      ;; case 68
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 479))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      )
      ;; case 69
      (local.set $r (i32.add (i32.mul (local.get $r) (i32.const 31)) (i32.xor (local.get $x) (i32.const 486))))
      (local.set $w (i64.add (local.get $w) (i64.extend_i32_u (local.get $r))))
      (local.set $op (i32.rem_u (i32.shr_u (local.get $r) (i32.const 3)) (i32.const 73)))
      (br_if $dispatch (i32.lt_u (local.get $n) (i32.const 40)))
      (br $end)
      )
    )
    (i32.add (local.get $r) (i32.wrap_i64 (local.get $w))))
)
