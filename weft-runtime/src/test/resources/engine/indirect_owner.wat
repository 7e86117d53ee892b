;; Owns a table other instances fill, and calls through it with its own type numbering: $ii is type 0, $v type 1
;; (indirect_filler numbers them the other way round).
(module
  (type $ii (func (param i32) (result i32)))
  (type $v (func))
  (table (export "tbl") 4 funcref)
  (func (export "call_ii") (param $slot i32) (param $x i32) (result i32)
    (call_indirect (type $ii) (local.get $x) (local.get $slot)))
  (func (export "call_v") (param $slot i32)
    (call_indirect (type $v) (local.get $slot))))
