#!/bin/sh
# Writes wasi-p2-summary.txt: for every component of the wasi-testsuite-p2 conformance data, the number of
# top-level items of each kind and the top-level import/export names, as printed by `jco print` (wasmprinter).
# The decoder test compares its own AST against these reference counts.
# Usage: weft-component/src/test/resources/binary/wasi-p2-summary.sh [/work/shared/conformance/wasi-testsuite-p2]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../../.." && pwd)
jco="$root/fixtures/node_modules/.bin/jco"
suite=${1:-/work/shared/conformance/wasi-testsuite-p2}
out="$here/wasi-p2-summary.txt"
: > "$out"
for wasm in "$suite"/*/*.wasm; do
  rel=${wasm#"$suite"/}
  "$jco" print "$wasm" | awk -v name="$rel" '
    /^  \(/ {
      kind = $1
      if (kind == "(core") kind = kind " " $2
      gsub(/\(/, "", kind)
      count[kind]++
      if (kind == "import" || kind == "export") {
        match($0, /"[^"]*"/)
        names[kind] = names[kind] (names[kind] == "" ? "" : ",") substr($0, RSTART + 1, RLENGTH - 2)
      }
    }
    END {
      line = name
      n = split("core module|core instance|core type|core func|component|instance|alias|type|canon|func|start|import|export", kinds, "|")
      for (i = 1; i <= n; i++) line = line " " kinds[i] "=" (count[kinds[i]] + 0)
      print line " imports=" names["import"] " exports=" names["export"]
    }' >> "$out"
done
