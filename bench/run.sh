#!/usr/bin/env bash
# Weft vs jco (Node) on the componentize-js all-types component: load times, warm instantiation, per-call cost.
#   bench/run.sh            builds fixtures + weft-bench, runs LoadTimes, the JMH benchmarks and node-bench.mjs,
#                           prints a table with the ratio Weft / jco (lower is better for Weft); then the C
#                           compute benchmark's core module on Weft's CoreEngine and on node:wasi
# JMH_OPTS overrides the JMH options (default: the annotations' warm-up/measurement, 1 fork).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/find-java.sh
scripts/build-fixtures.sh >&2
export WEFT_BENCH_COMPONENT="$root/fixtures/build/js-all-types.wasm"
(mvn -q -B -o package -DskipTests -pl weft-bench -am >/dev/null 2>&1 || mvn -q -B package -DskipTests -pl weft-bench -am >&2)
jar="$root/weft-bench/target/benchmarks.jar"
out="$(mktemp -d)"

echo "== Weft: load times (LoadTimes)" >&2
"$JAVA_HOME/bin/java" -Xss512m -cp "$jar" dev.weft.bench.LoadTimes 3 | tee "$out/load.txt"

echo "== Weft: JMH" >&2
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" -jar "$jar" ${JMH_OPTS:-} -rf json -rff "$out/jmh.json" 'dev.weft.bench.*' >&2

echo "== jco on Node $(node --version)" >&2
node bench/node-bench.mjs "$WEFT_BENCH_COMPONENT" | tee "$out/node.jsonl" >&2

node - "$out/jmh.json" "$out/node.jsonl" <<'JS'
const fs = require('fs');
const [jmhFile, nodeFile] = process.argv.slice(2);
const scale = { 'ns/op': 1e-3, 'us/op': 1, 'ms/op': 1e3, 's/op': 1e6 };
const weft = Object.fromEntries(JSON.parse(fs.readFileSync(jmhFile, 'utf8')).map((r) => [
  r.benchmark.split('.').pop(), r.primaryMetric.score * scale[r.primaryMetric.scoreUnit]]));
const jco = Object.fromEntries(fs.readFileSync(nodeFile, 'utf8').trim().split('\n').map(JSON.parse).map((r) => [r.name, r.us]));
console.log(`${'benchmark'.padEnd(20)} ${'Weft us/op'.padStart(12)} ${'jco us/op'.padStart(12)} ${'Weft/jco'.padStart(9)}`);
for (const name of Object.keys(jco)) {
  if (!(name in weft)) continue;
  console.log(`${name.padEnd(20)} ${weft[name].toFixed(2).padStart(12)} ${jco[name].toFixed(2).padStart(12)} ${(weft[name] / jco[name]).toFixed(2).padStart(9)}`);
}
JS
rm -rf "$out"

echo "== C compute benchmark core module (fixtures/build/c-bench.core.wasm: SHA-256 16 MiB + fannkuch 10)"
core="$root/fixtures/build/c-bench.core.wasm"
"$JAVA_HOME/bin/java" -cp "$jar" dev.weft.bench.CoreCommandBench "$core" 3 16 10
# one node process per round: node 20's node:wasi has crashed (SIGSEGV) on a third instance in one process
for _ in 1 2 3; do node --no-warnings bench/c-bench-node.mjs "$core" 1 16 10 2>&1 || echo "node exited with $?"; done

echo "== Fuel / call-depth meter overhead (FuelOverhead: interleaved rounds, ratio to unmetered)"
"$JAVA_HOME/bin/java" -Dweft.repo.root="$root" -cp "$jar" dev.weft.bench.FuelOverhead 15
