#!/bin/sh
# Rebuilds the .wasm test modules from their .wat sources (needs wabt's wat2wasm).
# invalid*.wat are deliberately invalid and are built without validation. tag_*.wat use the exception-handling
# proposal's try_table, which wabt 1.0.32 cannot read: they are built with jco (wasm-tools) from fixtures/.
set -e
cd "$(dirname "$0")"
for f in *.wat; do
  case "$f" in
    invalid*) wat2wasm --no-check --debug-names "$f" -o "${f%.wat}.wasm" ;;
    tag_*) ../../../../../fixtures/node_modules/.bin/jco parse "$f" -o "${f%.wat}.wasm" ;;
    metered.wat) wat2wasm --enable-tail-call --debug-names "$f" -o "${f%.wat}.wasm" ;;
    *) wat2wasm --debug-names "$f" -o "${f%.wat}.wasm" ;;
  esac
done
