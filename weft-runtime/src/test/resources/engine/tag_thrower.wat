;; Throws the tag it imports.
(module
  (import "tag" "t" (tag $t (param i32)))
  (export "t" (tag $t))
  (func (export "throw") (param i32)
    (throw $t (local.get 0))))
