#!/bin/bash
# Regenerates the expected `jco wit` outputs and the small test components used by
# weft-component's dev.weft.wit.ComponentWitDecoderTest.
#  - wasi-testsuite-p2/<lang>/<name>.wit : `jco wit` of /work/shared/conformance/wasi-testsuite-p2/<lang>/<name>.wasm
#  - <name>/world.wit (+ builtin WASI deps) -> `jco embed --dummy` + `jco new` -> <name>.wasm, `jco wit` -> <name>.jco.wit
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$ROOT/weft-component/src/test/resources/wit-decode
JCO=$ROOT/fixtures/node_modules/.bin/jco
JCOJS=$(readlink -f "$JCO")
BUILTIN=$ROOT/fixtures/node_modules/@bytecodealliance/jco/lib/wit/builtin
SHIM=$(readlink -f "$ROOT/fixtures/node_modules/@bytecodealliance/preview2-shim")
TMP=$(mktemp -d)
# jco paths that read WIT from disk need the filesystem preopened (known jco fault, see BRIEF.md)
echo "import { _setPreopens } from '$SHIM/dist/nodejs/filesystem.js'; _setPreopens({ '/': '/' });" > "$TMP/preopen.mjs"
NODE="node --import $TMP/preopen.mjs"

if [ "${1:-}" != "--components-only" ]; then
  for f in /work/shared/conformance/wasi-testsuite-p2/*/*.wasm; do
    lang=$(basename "$(dirname "$f")"); name=$(basename "$f" .wasm)
    mkdir -p "$OUT/wasi-testsuite-p2/$lang"
    "$JCO" wit "$f" > "$OUT/wasi-testsuite-p2/$lang/$name.wit"
  done
fi

for dir in "$OUT"/components/*/; do
  name=$(basename "$dir"); version=$(cat "$dir/wasi-version" 2>/dev/null || true)
  work=$TMP/$name; mkdir -p "$work/deps"; cp "$dir"/*.wit "$work/"
  if [ -n "$version" ]; then cp -r "$BUILTIN/$version"/* "$work/deps/"; fi
  world=$(cat "$dir/world-name")
  $NODE "$JCOJS" embed --dummy --wit "$work" -n "$world" -o "$work/core.wasm"
  cp "$work/core.wasm" "$OUT/components/$name.core.wasm"
  $NODE "$JCOJS" new "$work/core.wasm" -o "$OUT/components/$name.wasm"
  "$JCO" wit "$OUT/components/$name.wasm" > "$OUT/components/$name.jco.wit"
done
rm -rf "$TMP"
