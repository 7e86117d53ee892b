;; Calls host imports: a pure function, a logger that reads guest memory, and a counter.
(module
  (import "env" "add3" (func $add3 (param i32 i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32)))
  (import "env" "fail" (func $fail))
  (memory (export "memory") 1)
  (data (i32.const 0) "from guest")
  (global $calls (export "calls") (mut i32) (i32.const 0))
  (func (export "sum") (param i32) (result i32)
    global.get $calls i32.const 1 i32.add global.set $calls
    local.get 0 i32.const 10 i32.const 100 call $add3)
  (func (export "say")
    i32.const 0 i32.const 10 call $log)
  (func (export "call_fail")
    call $fail)
  (export "add3_again" (func $add3)))
