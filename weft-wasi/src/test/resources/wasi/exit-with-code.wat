;; A wasi:cli/command that calls wasi:cli/exit.exit-with-code(42) from run.
;; Built with: jco parse exit-with-code.wat -o exit-with-code.wasm
(component
  (import "wasi:cli/exit@0.2.12" (instance $exit
    (export "exit-with-code" (func (param "status-code" u8)))))
  (alias export $exit "exit-with-code" (func $exit-with-code))
  (core func $exit-lowered (canon lower (func $exit-with-code)))
  (core module $m
    (import "host" "exit-with-code" (func $exit (param i32)))
    (func (export "run") (result i32)
      i32.const 42
      call $exit
      i32.const 0))
  (core instance $host (export "exit-with-code" (func $exit-lowered)))
  (core instance $i (instantiate $m (with "host" (instance $host))))
  (func $run (result (result)) (canon lift (core func $i "run")))
  (instance $run-instance (export "run" (func $run)))
  (export "wasi:cli/run@0.2.12" (instance $run-instance)))
