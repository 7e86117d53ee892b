#!/bin/sh
# Regenerates the .wasm fixtures of this folder from their .wat sources with jco (wasm-tools' text parser)
# and prints each binary back with `jco print` for a visual check.
# Usage (from anywhere): weft-component/src/test/resources/binary/rebuild.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../../.." && pwd)
jco="$root/fixtures/node_modules/.bin/jco"
for wat in "$here"/*.wat; do
  wasm="${wat%.wat}.wasm"
  "$jco" parse "$wat" -o "$wasm"
  echo "== $(basename "$wasm")"
  "$jco" print "$wasm"
done
