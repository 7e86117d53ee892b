;; Defines a tag and a table, and catches its own tag around a call through the table (which another instance
;; fills with a function throwing that tag).
(module
  (type $ti (func (param i32)))
  (tag $t (export "t") (param i32))
  (table (export "tbl") 1 funcref)
  (func (export "run") (param i32) (result i32)
    (block $h (result i32)
      (try_table (catch $t $h)
        (call_indirect (type $ti) (local.get 0) (i32.const 0)))
      (return (i32.const 99)))))
