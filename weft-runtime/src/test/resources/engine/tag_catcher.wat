;; Catches the tag it imports around calls to two throwers: the payload if the tag matches, 77 from catch_all,
;; 99 if nothing was thrown.
(module
  (import "tag" "t" (tag $t (param i32)))
  (import "a" "throw" (func $throw-a (param i32)))
  (import "b" "throw" (func $throw-b (param i32)))
  (func (export "run-a") (param i32) (result i32)
    (block $all
      (block $h (result i32)
        (try_table (catch $t $h) (catch_all $all)
          (call $throw-a (local.get 0)))
        (return (i32.const 99)))
      (return))
    (i32.const 77))
  (func (export "run-b") (param i32) (result i32)
    (block $all
      (block $h (result i32)
        (try_table (catch $t $h) (catch_all $all)
          (call $throw-b (local.get 0)))
        (return (i32.const 99)))
      (return))
    (i32.const 77)))
