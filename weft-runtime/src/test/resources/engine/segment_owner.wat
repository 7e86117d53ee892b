;; Defines a memory and a passive data segment that memory.init copies in.
(module
  (memory (export "mem") 1)
  (data $d "OWNER")
  (func (export "init") (param i32)
    local.get 0 i32.const 0 i32.const 5 memory.init $d))
