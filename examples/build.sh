#!/usr/bin/env bash
# Rebuilds the committed example components from their text sources (needs scripts/install-toolchains.sh first).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jco="$root/fixtures/node_modules/.bin/jco"
for wat in "$root"/examples/*.wat; do
  wasm="${wat%.wat}.wasm"
  if [[ ! -f "$wasm" || "$wat" -nt "$wasm" ]]; then
    "$jco" parse "$wat" -o "$wasm" >/dev/null
  fi
done
