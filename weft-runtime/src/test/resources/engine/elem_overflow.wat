;; Fills an imported 4-entry table (indirect_owner's): slot 0, then a segment at 3 with two entries, which runs off
;; the end, so instantiation fails after the first segment was written (core spec: segments apply in order).
(module
  (type $ii (func (param i32) (result i32)))
  (import "o" "tbl" (table 4 funcref))
  (func $double (type $ii) (i32.mul (local.get 0) (i32.const 2)))
  (elem (i32.const 0) $double)
  (elem (i32.const 3) $double $double))
