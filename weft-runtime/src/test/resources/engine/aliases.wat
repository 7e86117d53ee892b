;; One function, table, global and memory each exported under two names (EndiveInstanceExportsTest).
(module
  (memory (export "mem") (export "mem2") 1)
  (table (export "tbl") (export "tbl2") 2 funcref)
  (global (export "g") (export "g2") (mut i32) (i32.const 5))
  (func $f (export "f") (export "f2") (param i32) (result i32)
    local.get 0 i32.const 1 i32.add))
