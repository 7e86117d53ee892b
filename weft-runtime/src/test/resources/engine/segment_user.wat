;; Imports segment_owner's memory, has an active segment and a passive one of its own.
(module
  (import "o" "mem" (memory 1))
  (data (i32.const 100) "USER!")
  (data $p "user-passive")
  (func (export "init_user") (param i32)
    local.get 0 i32.const 0 i32.const 12 memory.init $p)
  (func (export "drop_user")
    data.drop $p))
