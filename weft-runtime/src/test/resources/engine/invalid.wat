;; Well-formed but invalid: the body leaves an i64 where the type promises an i32 (built with --no-check).
(module
  (func (export "bad") (result i32)
    i64.const 1))
