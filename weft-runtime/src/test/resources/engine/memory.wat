;; A memory with data, grow and load/store exports.
(module
  (memory (export "memory") 1 4)
  (data (i32.const 16) "hello")
  (func (export "load") (param i32) (result i32)
    local.get 0 i32.load)
  (func (export "store") (param i32 i32)
    local.get 0 local.get 1 i32.store)
  (func (export "load8") (param i32) (result i32)
    local.get 0 i32.load8_u)
  (func (export "grow") (param i32) (result i32)
    local.get 0 memory.grow)
  (func (export "size") (result i32)
    memory.size))
