;; A global initialised from an imported global (not a plain constant: Endive's own initialisation runs).
(module
  (import "env" "base" (global $base i32))
  (global $derived i32 (global.get $base))
  (func (export "derived") (result i32) (global.get $derived)))
