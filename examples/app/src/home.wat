;; Core module of the home component of examples/app (a copy of fixtures/wat/http-handler/core.wat
;; with its own greeting). Answers every request with status 200, headers
;; `content-type: text/plain` and `x-weft-fixture: weft-app-web`, and the body
;; "Home component of hello-app: <METHOD> <path-with-query>\n".
;; Import/export names follow wit-component's current core-module naming ("cm32p2|…"); the flat signatures are
;; the canonical ABI's for the WIT functions named (see `jco embed --dummy`).
(module
  (import "cm32p2|wasi:http/types@0.2" "[static]fields.from-list" (func $fields-from-list (param i32 i32 i32)))
  (import "cm32p2|wasi:http/types@0.2" "[method]incoming-request.method" (func $request-method (param i32 i32)))
  (import "cm32p2|wasi:http/types@0.2" "[method]incoming-request.path-with-query"
    (func $request-path (param i32 i32)))
  (import "cm32p2|wasi:http/types@0.2" "[constructor]outgoing-response" (func $response-new (param i32) (result i32)))
  (import "cm32p2|wasi:http/types@0.2" "[method]outgoing-response.set-status-code"
    (func $set-status (param i32 i32) (result i32)))
  (import "cm32p2|wasi:http/types@0.2" "[method]outgoing-response.body" (func $response-body (param i32 i32)))
  (import "cm32p2|wasi:http/types@0.2" "[static]response-outparam.set"
    (func $outparam-set (param i32 i32 i32 i32 i64 i32 i32 i32 i32)))
  (import "cm32p2|wasi:http/types@0.2" "[method]outgoing-body.write" (func $body-write (param i32 i32)))
  (import "cm32p2|wasi:http/types@0.2" "[static]outgoing-body.finish" (func $body-finish (param i32 i32 i32 i32)))
  (import "cm32p2|wasi:http/types@0.2" "incoming-request_drop" (func $request-drop (param i32)))
  (import "cm32p2|wasi:io/streams@0.2" "[method]output-stream.blocking-write-and-flush"
    (func $write-and-flush (param i32 i32 i32 i32)))
  (import "cm32p2|wasi:io/streams@0.2" "output-stream_drop" (func $stream-drop (param i32)))

  (memory (export "cm32p2_memory") 1)
  (global $heap-start i32 (i32.const 4096))
  (global $bump (mut i32) (i32.const 4096))

  ;; 16..32: return area for imports; 64..: constant strings; 256..: method names (ptr, len); 512..: header list
  (data (i32.const 64) "content-type")            ;; 64, 12
  (data (i32.const 80) "text/plain")              ;; 80, 10
  (data (i32.const 96) "x-weft-fixture")          ;; 96, 14
  (data (i32.const 112) "weft-app-web")           ;; 112, 12
  (data (i32.const 128) "Home component of hello-app: ")  ;; 128, 29
  (data (i32.const 160) "GETHEADPOSTPUTDELETECONNECTOPTIONSTRACEPATCH")
  (data (i32.const 256)
    "\a0\00\00\00\03\00\00\00" "\a3\00\00\00\04\00\00\00" "\a7\00\00\00\04\00\00\00"
    "\ab\00\00\00\03\00\00\00" "\ae\00\00\00\06\00\00\00" "\b4\00\00\00\07\00\00\00"
    "\bb\00\00\00\07\00\00\00" "\c2\00\00\00\05\00\00\00" "\c7\00\00\00\05\00\00\00")
  ;; list<tuple<string, list<u8>>>: (name ptr, name len, value ptr, value len) × 2
  (data (i32.const 512)
    "\40\00\00\00\0c\00\00\00\50\00\00\00\0a\00\00\00"
    "\60\00\00\00\0e\00\00\00\70\00\00\00\0c\00\00\00")

  (func $realloc (export "cm32p2_realloc")
    (param $old i32) (param $old_size i32) (param $align i32) (param $new_size i32) (result i32)
    (local $ptr i32) (local $end i32) (local $have i32)
    (local.set $ptr
      (i32.and (i32.add (global.get $bump) (i32.sub (local.get $align) (i32.const 1)))
               (i32.sub (i32.const 0) (local.get $align))))
    (local.set $end (i32.add (local.get $ptr) (local.get $new_size)))
    (local.set $have (i32.shl (memory.size) (i32.const 16)))
    (if (i32.gt_u (local.get $end) (local.get $have))
      (then
        (if (i32.eq (i32.const -1)
              (memory.grow (i32.shr_u (i32.add (i32.sub (local.get $end) (local.get $have)) (i32.const 65535))
                                      (i32.const 16))))
          (then unreachable))))
    (global.set $bump (local.get $end))
    (if (local.get $old)
      (then (memory.copy (local.get $ptr) (local.get $old) (local.get $old_size))))
    (local.get $ptr))

  ;; appends len bytes from src at dst, returns the new end
  (func $append (param $dst i32) (param $src i32) (param $len i32) (result i32)
    (memory.copy (local.get $dst) (local.get $src) (local.get $len))
    (i32.add (local.get $dst) (local.get $len)))

  ;; the result<own<T>, E> at the return area must be ok: returns the handle
  (func $expect-ok (result i32)
    (if (i32.load8_u (i32.const 16)) (then unreachable))
    (i32.load (i32.const 20)))

  (func (export "cm32p2|wasi:http/incoming-handler@0.2|handle") (param $request i32) (param $outparam i32)
    (local $text i32) (local $end i32) (local $method i32)
    (local $headers i32) (local $response i32) (local $body i32) (local $stream i32)
    (global.set $bump (global.get $heap-start))
    (local.set $text (call $realloc (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 256)))
    (local.set $end (call $append (local.get $text) (i32.const 128) (i32.const 29)))

    ;; method: variant { get, head, …, patch, other(string) }
    (call $request-method (local.get $request) (i32.const 16))
    (local.set $method (i32.load8_u (i32.const 16)))
    (if (i32.lt_u (local.get $method) (i32.const 9))
      (then
        (local.set $end (call $append (local.get $end)
          (i32.load (i32.add (i32.const 256) (i32.shl (local.get $method) (i32.const 3))))
          (i32.load offset=4 (i32.add (i32.const 256) (i32.shl (local.get $method) (i32.const 3)))))))
      (else
        (local.set $end (call $append (local.get $end) (i32.load (i32.const 20)) (i32.load (i32.const 24))))))
    (i32.store8 (local.get $end) (i32.const 32))
    (local.set $end (i32.add (local.get $end) (i32.const 1)))

    ;; path-with-query: option<string>
    (call $request-path (local.get $request) (i32.const 16))
    (if (i32.load8_u (i32.const 16))
      (then
        (if (i32.gt_u (i32.load (i32.const 24)) (i32.const 200)) (then unreachable))
        (local.set $end (call $append (local.get $end) (i32.load (i32.const 20)) (i32.load (i32.const 24)))))
      (else
        (i32.store8 (local.get $end) (i32.const 47))
        (local.set $end (i32.add (local.get $end) (i32.const 1)))))
    (i32.store8 (local.get $end) (i32.const 10))
    (local.set $end (i32.add (local.get $end) (i32.const 1)))
    (call $request-drop (local.get $request))

    (call $fields-from-list (i32.const 512) (i32.const 2) (i32.const 16))
    (local.set $headers (call $expect-ok))
    (local.set $response (call $response-new (local.get $headers)))
    (if (call $set-status (local.get $response) (i32.const 200)) (then unreachable))
    (call $response-body (local.get $response) (i32.const 16))
    (local.set $body (call $expect-ok))
    ;; response-outparam.set(outparam, ok(response))
    (call $outparam-set (local.get $outparam) (i32.const 0) (local.get $response)
      (i32.const 0) (i64.const 0) (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0))

    (call $body-write (local.get $body) (i32.const 16))
    (local.set $stream (call $expect-ok))
    (call $write-and-flush (local.get $stream) (local.get $text) (i32.sub (local.get $end) (local.get $text))
      (i32.const 16))
    (if (i32.load8_u (i32.const 16)) (then unreachable))
    (call $stream-drop (local.get $stream))
    ;; outgoing-body.finish(body, none)
    (call $body-finish (local.get $body) (i32.const 0) (i32.const 0) (i32.const 16))
    (if (i32.load8_u (i32.const 16)) (then unreachable))))
