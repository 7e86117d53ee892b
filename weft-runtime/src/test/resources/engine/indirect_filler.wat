;; Stores its own functions in an imported table; its type 0 is $v and type 1 is $ii.
(module
  (type $v (func))
  (type $ii (func (param i32) (result i32)))
  (import "o" "tbl" (table 4 funcref))
  (func $inc (type $ii) (i32.add (local.get 0) (i32.const 1)))
  (func $nop (type $v))
  (elem (i32.const 0) $inc $nop))
