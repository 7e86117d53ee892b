;; A memory for the pooled-flat-memory tests: data at chunk and page edges (4 KiB chunks, 64 KiB pages), a zero
;; gap, a passive segment, a counter that returns its old value, stores of every width, fill/copy/init and grow.
(module
  (memory (export "memory") 3 8)
  (data (i32.const 0) "\07\00\00\00")                 ;; the counter at 0 starts at 7
  (data (i32.const 4090) "edge-of-chunk-0|")           ;; across the edge of chunks 0 and 1
  (data (i32.const 65530) "across-a-page")             ;; across pages 0 and 1
  (data (i32.const 131072) "page-2")                   ;; chunk 32, page 2; chunks 2..15 and 17..31 stay zero
  (data $passive "passive-segment-bytes")
  (func (export "count") (result i32)
    (local $old i32)
    (local.set $old (i32.load (i32.const 0)))
    (i32.store (i32.const 0) (i32.add (local.get $old) (i32.const 1)))
    (local.get $old))
  (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
  (func (export "store8") (param i32 i32) (i32.store8 (local.get 0) (local.get 1)))
  (func (export "store16") (param i32 i32) (i32.store16 (local.get 0) (local.get 1)))
  (func (export "store32") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
  (func (export "store64") (param i32 i64) (i64.store (local.get 0) (local.get 1)))
  (func (export "storef32") (param i32 f32) (f32.store (local.get 0) (local.get 1)))
  (func (export "storef64") (param i32 f64) (f64.store (local.get 0) (local.get 1)))
  (func (export "fill") (param i32 i32 i32) (memory.fill (local.get 0) (local.get 1) (local.get 2)))
  (func (export "copy") (param i32 i32 i32) (memory.copy (local.get 0) (local.get 1) (local.get 2)))
  (func (export "init") (param i32 i32 i32) (memory.init $passive (local.get 0) (local.get 1) (local.get 2)))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "size") (result i32) (memory.size))
  (func (export "trap") (i32.store (i32.const 0) (i32.const 99)) unreachable))
