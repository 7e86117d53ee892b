(component
  (type $m (map string u32))
  (type $fl (list u8 4))
  (import "v" (value $v u32))
  (import "f" (func $f (param "a" u32) (result string)))
  (start $f (value $v) (result (value $r)))
  (export "r" (value $r))
  (import "store" (implements "wasi:keyvalue/store@0.2.0") (instance))
)
