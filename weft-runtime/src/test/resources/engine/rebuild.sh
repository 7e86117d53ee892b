#!/bin/sh
# Rebuilds the .wasm test modules from their .wat sources (needs wabt's wat2wasm).
# invalid*.wat are deliberately invalid and are built without validation.
set -e
cd "$(dirname "$0")"
for f in *.wat; do
  case "$f" in
    invalid*) wat2wasm --no-check --debug-names "$f" -o "${f%.wat}.wasm" ;;
    metered.wat) wat2wasm --enable-tail-call --debug-names "$f" -o "${f%.wat}.wasm" ;;
    *) wat2wasm --debug-names "$f" -o "${f%.wat}.wasm" ;;
  esac
done
