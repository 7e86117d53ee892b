(component
  (type (instance
    (type (record (field "x" u32)))
    (export "point" (type (eq 0)))
    (type (func (param "p" 1)))
    (export "f" (func (type 2)))))
  (import "local:demo/host@1.0.0" (instance $h (type 0)))
  (export "local:demo/host@1.0.0" (instance $h))
)
