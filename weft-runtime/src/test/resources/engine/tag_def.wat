;; Defines one exception tag (one per instance: tags are generative) and can throw it itself.
(module
  (tag $t (export "t") (param i32))
  (func (export "throw") (param i32)
    (throw $t (local.get 0))))
