#!/usr/bin/env bash
# Rebuilds examples/app/{home,api}.wasm (committed) from src/NAME.wat + src/world.wit with jco (parse, embed, new),
# and counter.wasm (a JS component, built, not committed),
# when a source is newer. Needs scripts/install-toolchains.sh first.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jco_js="$root/fixtures/node_modules/@bytecodealliance/jco/dist/jco.js"
for name in home api; do
  wasm="$here/$name.wasm"
  if [[ -f "$wasm" && "$wasm" -nt "$here/src/$name.wat" && "$wasm" -nt "$here/src/world.wit" ]]; then continue; fi
  tmp="$(mktemp -d)"
  cp "$here/src/world.wit" "$tmp/world.wit"
  for pkg in "$root"/fixtures/node_modules/@bytecodealliance/jco/lib/wit/builtin/0.2.12/*/; do
    mkdir -p "$tmp/deps/$(basename "$pkg")" && cp "$pkg/package.wit" "$tmp/deps/$(basename "$pkg")/"
  done
  node "$jco_js" parse "$here/src/$name.wat" -o "$tmp/core.wasm" >/dev/null
  node --import "$root/fixtures/tools/preopen.mjs" "$jco_js" embed --wit "$tmp" --world-name handler \
    "$tmp/core.wasm" -o "$tmp/embedded.wasm" >/dev/null
  node "$jco_js" new "$tmp/embedded.wasm" -o "$wasm" >/dev/null
  rm -rf "$tmp"
done

# counter.wasm (not committed: componentize-js output is 12 MB): fixtures/js/http-app, a JavaScript handler that
# counts visits in the key-value store "default" and reads the config value "greeting".
counter="$here/counter.wasm"
src_dir="$root/fixtures/js/http-app"
built="$root/fixtures/build/js-http-app.wasm"   # the same component, if scripts/build-fixtures.sh made it
if [[ -f "$built" ]] && [[ -z "$(find "$src_dir" -newer "$built" -print -quit)" ]]; then
  cmp -s "$built" "$counter" || cp "$built" "$counter"
elif [[ ! -f "$counter" ]] || [[ -n "$(find "$src_dir" -newer "$counter" -print -quit)" ]]; then
  node --import "$root/fixtures/tools/preopen.mjs" "$root/fixtures/tools/componentize.mjs" "$src_dir/" "$counter.tmp"
  mv "$counter.tmp" "$counter"
fi
