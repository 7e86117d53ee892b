;; Arithmetic exports and traps for CoreEngine tests.
(module
  (func $add (export "add") (param i32 i32) (result i32)
    local.get 0 local.get 1 i32.add)
  (func $mul64 (export "mul64") (param i64 i64) (result i64)
    local.get 0 local.get 1 i64.mul)
  (func $fdiv (export "fdiv") (param f64 f64) (result f64)
    local.get 0 local.get 1 f64.div)
  (func $fneg (export "fneg") (param f32) (result f32)
    local.get 0 f32.neg)
  (func $div_s (export "div_s") (param i32 i32) (result i32)
    local.get 0 local.get 1 i32.div_s)
  (func $boom (export "unreachable")
    unreachable)
  (func $outer (export "nested_unreachable")
    call $inner)
  (func $inner
    call $boom)
  (func $recurse (export "recurse") (param i32) (result i32)
    local.get 0 i32.const 1 i32.add call $recurse)
  (func $fac (export "fac") (param i64) (result i64)
    local.get 0 i64.eqz
    if (result i64)
      i64.const 1
    else
      local.get 0 local.get 0 i64.const 1 i64.sub call $fac i64.mul
    end)
  (func (export "pair") (param i32) (result i32 i64)
    local.get 0 local.get 0 i64.extend_i32_s i64.const 1000 i64.mul)
  (func (export "spin")
    (loop $forever br $forever)))
