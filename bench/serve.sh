#!/usr/bin/env bash
# weft serve vs jco serve on the same wasi:http/proxy components, loaded by wrk from a separate process.
#   bench/serve.sh [component.wasm ...]      (default: fixtures/build/http-handler.wasm, js-http-hello.wasm)
# Env: DURATION (10s), CONNS (10), THREADS (2), WARMUP (30s: the JVM's JIT needs
# tens of seconds under load before weft reaches its steady rate), TIMEOUT (60s: wrk's per-request timeout),
# JCO_MODES ("shared instance": jco serve with one shared instance, and with --isolate-requests instance, a fresh
# instance per request as weft does), WEFT_SERVE_OPTS (extra `weft serve` flags), WEFT_JAVA_OPTS (JVM flags for
# `weft serve` and the Java-handler server alike, e.g. -XX:+UseParallelGC to compare collectors).
# HALF_RATE (1): after each max-rate wrk run, `hey` (apt-get install -y hey) sends half the measured rate
# (-q per worker) for DURATION and reports p50/p99 at that rate; HALF_RATE=0 skips it.
# Prints req/s, p50/p99 latency, the server's CPU time per request (weft and the Java handler: the figure load
# disturbs least) and the ratios weft/jco and weft/Java handler. Numbers on a shared machine are noisy: compare
# the ratio, measured in the same run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/find-java.sh
command -v wrk >/dev/null || { echo "bench/serve.sh needs wrk (apt-get install -y wrk)" >&2; exit 1; }
HALF_RATE=${HALF_RATE:-1}
if [[ "$HALF_RATE" == 1 ]] && ! command -v hey >/dev/null; then
  echo "bench/serve.sh: no hey (apt-get install -y hey), skipping the half-rate runs" >&2; HALF_RATE=0
fi
jco="$root/fixtures/node_modules/.bin/jco"
[[ -x "$jco" ]] || { echo "bench/serve.sh needs jco: (cd fixtures && npm ci)" >&2; exit 1; }
DURATION=${DURATION:-10s}; CONNS=${CONNS:-10}; THREADS=${THREADS:-2}; WARMUP=${WARMUP:-30s}; TIMEOUT=${TIMEOUT:-60s}
components=("$@")
if ((${#components[@]} == 0)); then
  [[ -f fixtures/build/js-http-hello.wasm && -f fixtures/build/http-handler.wasm ]] || scripts/build-fixtures.sh
  components=(fixtures/build/http-handler.wasm fixtures/build/js-http-hello.wasm)
fi
./weft --version >/dev/null   # builds the CLI jar if needed, outside the measurement
log="$(mktemp -d)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do pkill -TERM -P "$p" 2>/dev/null || true; kill "$p" 2>/dev/null || true; done
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_up() { # URL PID NAME
  for _ in $(seq 1 600); do
    curl -s -o /dev/null --max-time 60 "$1" 2>/dev/null && return 0
    kill -0 "$2" 2>/dev/null || { echo "$3 exited; its log:" >&2; cat "$log/$3.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "$3 did not come up" >&2; exit 1
}
cpu_ticks() { # PID -> user+system clock ticks of that process (and its reaped children)
  awk '{print $14 + $15 + $16 + $17}' "/proc/$1/stat" 2>/dev/null || echo 0
}
measure() { # URL [PID] -> "rps p50 p99 errors cpu-us-per-request" (the last is - without a PID)
  wrk -t"$THREADS" -c"$CONNS" -d"$WARMUP" --timeout "$TIMEOUT" "$1" >/dev/null 2>&1 || true
  local t0=0; [[ -n "${2:-}" ]] && t0=$(cpu_ticks "$2")
  local out; out="$(wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --timeout "$TIMEOUT" --latency "$1")"
  local cpu=-
  if [[ -n "${2:-}" ]]; then
    local t1 n; t1=$(cpu_ticks "$2"); n=$(awk '/requests in/ {print $1}' <<<"$out")
    cpu=$(awk -v a="$t0" -v b="$t1" -v n="$n" -v hz="$(getconf CLK_TCK)" \
      'BEGIN { if (n > 0) printf "%.0f", (b - a) * 1e6 / hz / n; else print "-" }')
  fi
  echo "$out" >>"$log/wrk.txt"
  local rps p50 p99 errs
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errs=$(awk '/Non-2xx/ {n+=$NF} END {print n+0}' <<<"$out")
  local timeouts; timeouts=$(grep -o 'timeout [0-9]*' <<<"$out" | awk '{print $2}' || true); timeouts=${timeouts:-0}
  echo "$rps $p50 $p99 $errs/$timeouts $cpu"
}

half_rate() { # URL RPS -> "achieved-rps p50 p99 errors" at RPS/2 (hey: -q is per worker)
  local q; q=$(awk -v r="$2" -v c="$CONNS" 'BEGIN { q = int(r / 2 / c); print (q < 1 ? 1 : q) }')
  local out; out="$(hey -z "$DURATION" -c "$CONNS" -q "$q" -t 60 "$1")"
  echo "$out" >>"$log/hey.txt"
  local rps p50 p99 errs
  rps=$(awk '/Requests\/sec/ {printf "%.2f", $2}' <<<"$out")
  p50=$(awk '$1=="50%" {printf "%.2fms", $3 * 1000}' <<<"$out")
  p99=$(awk '$1=="99%" {printf "%.2fms", $3 * 1000}' <<<"$out")
  errs=$(awk '/Status code distribution/ { s = 1; e = 0; next } /Error distribution/ { e = 1; s = 0; next }
    s && /^ +\[[0-9]+\]/ { if ($1 != "[200]") n += $2 }
    e && /^ +\[[0-9]+\]/ { gsub(/[][]/, "", $1); n += $1 } END { print n + 0 }' <<<"$out")
  echo "$rps $p50 $p99 $errs/-"
}
half_row() { # NAME SERVER URL MAX-RPS
  [[ "$HALF_RATE" == 1 ]] || return 0
  local r; read -r r p50 p99 errs < <(half_rate "$3" "$4")
  row "$1" "$2@half" "$r" "$p50" "$p99" "$errs" -
}

echo "wrk -t$THREADS -c$CONNS -d$DURATION (after ${WARMUP} warm-up); load average: $(cut -d' ' -f1-3 /proc/loadavg)${WEFT_JAVA_OPTS:+; JVM flags: $WEFT_JAVA_OPTS}"
printf '%-20s %-17s %10s %10s %10s %16s %11s\n' component server req/s p50 p99 non-2xx/timeouts cpu-us/req
row() { printf '%-20s %-17s %10s %10s %10s %16s %11s\n' "$@"; }

# baseline: weft-server with a Java handler (no guest), the server's own ceiling on this machine
(mvn -q -B -o package -DskipTests -pl weft-bench -am >/dev/null 2>&1 || mvn -q -B package -DskipTests -pl weft-bench -am >&2)
port="$(free_port)"
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" ${WEFT_JAVA_OPTS:-} -cp weft-bench/target/benchmarks.jar dev.weft.bench.JavaHelloServer "$port" >"$log/java-hello.log" 2>&1 &
pids+=($!); hpid=$!
wait_up "http://127.0.0.1:$port/" "$hpid" java-hello
read -r hrps hp50 hp99 herr hcpu < <(measure "http://127.0.0.1:$port/" "$hpid")
row "(Java handler)" weft-server "$hrps" "$hp50" "$hp99" "$herr" "$hcpu"
half_row "(Java handler)" weft-server "http://127.0.0.1:$port/" "$hrps"
kill "$hpid"; wait "$hpid" 2>/dev/null || true

for wasm in "${components[@]}"; do
  name="$(basename "$wasm" .wasm)"
  port="$(free_port)"
  # shellcheck disable=SC2086
  ./weft serve --addr "127.0.0.1:$port" --deadline 120s ${WEFT_SERVE_OPTS:-} "$wasm" >"$log/weft-$name.log" 2>&1 &
  pids+=($!); wpid=$!
  wait_up "http://127.0.0.1:$port/" "$wpid" "weft-$name"
  read -r wrps wp50 wp99 werr wcpu < <(measure "http://127.0.0.1:$port/" "$wpid")
  row "$name" weft "$wrps" "$wp50" "$wp99" "$werr" "$wcpu"
  awk -v w="$wrps" -v j="$hrps" -v n="$name" \
    'BEGIN { if (j > 0) printf "%-20s weft / Java handler req/s = %.3f\n", n, w / j }'
  half_row "$name" weft "http://127.0.0.1:$port/" "$wrps"
  kill "$wpid"; wait "$wpid" 2>/dev/null || true

  for mode in ${JCO_MODES:-shared instance}; do
    port="$(free_port)"
    iso=(); [[ "$mode" != shared ]] && iso=(--isolate-requests "$mode")
    node "$jco" serve --host 127.0.0.1 --port "$port" "${iso[@]}" "$wasm" >"$log/jco-$mode-$name.log" 2>&1 &
    pids+=($!); jpid=$!
    wait_up "http://127.0.0.1:$port/" "$jpid" "jco-$mode-$name"
    read -r jrps jp50 jp99 jerr _ < <(measure "http://127.0.0.1:$port/")
    row "$name" "jco/$mode" "$jrps" "$jp50" "$jp99" "$jerr" -
    half_row "$name" "jco/$mode" "http://127.0.0.1:$port/" "$jrps"
    pkill -TERM -P "$jpid" 2>/dev/null || true; kill "$jpid" 2>/dev/null || true; wait "$jpid" 2>/dev/null || true
    awk -v w="$wrps" -v j="$jrps" -v n="$name" -v m="$mode" \
      'BEGIN { if (j > 0) printf "%-20s weft / jco %s req/s = %.3f\n", n, m, w / j }'
  done
done
echo "raw wrk output: $log/wrk.txt, hey output: $log/hey.txt; server logs: $log/"
