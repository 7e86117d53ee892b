;; As indirect_filler (same types, same slots), but its $ii adds 100: tells which filler's entry a call reached.
(module
  (type $v (func))
  (type $ii (func (param i32) (result i32)))
  (import "o" "tbl" (table 4 funcref))
  (func $add100 (type $ii) (i32.add (local.get 0) (i32.const 100)))
  (func $nop (type $v))
  (elem (i32.const 0) $add100 $nop))
