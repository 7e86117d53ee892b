;; Puts a function throwing the imported tag into the imported table.
(module
  (import "c" "t" (tag $t (param i32)))
  (import "c" "tbl" (table 1 funcref))
  (func $throw (param i32) (throw $t (local.get 0)))
  (elem (i32.const 0) $throw))
