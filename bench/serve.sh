#!/usr/bin/env bash
# weft serve vs jco serve on the same wasi:http/proxy components, loaded by wrk from a separate process.
#   bench/serve.sh [component.wasm ...]      (default: fixtures/build/http-handler.wasm, js-http-hello.wasm)
# Env: DURATION (10s), CONNS (10), THREADS (2), WARMUP (30s: the JVM's JIT needs
# tens of seconds under load before weft reaches its steady rate), TIMEOUT (60s: wrk's per-request timeout),
# JCO_MODES ("shared instance": jco serve with one shared instance, and with --isolate-requests instance, a fresh
# instance per request as weft does), WEFT_SERVE_OPTS (extra `weft serve` flags), WEFT_JAVA_OPTS (JVM flags for
# `weft serve` and the Java-handler server alike, e.g. -XX:+UseParallelGC to compare collectors).
# HALF_RATE (1): after each max-rate wrk run, half the measured rate is sent for DURATION at a constant rate and
# p50/p99 at that rate are reported, with the server's CPU per request; HALF_RATE=0 skips it.
# HALF_TOOLS ("pace"): which generator sends it: "pace" (bench/pace.c, compiled with cc on first use: one epoll
# thread, evenly spaced sends on microsecond timers, latency counted from each request's slot, achieved rate,
# p90/p99.9 and late sends reported), "wrk" (wrk with bench/rate.lua: the same schedule but released on wrk's 1 ms
# timer ticks, so ~rate/1000 requests leave together), "hey" (apt-get install -y hey; -q per worker, closed loop
# per worker; hey costs far more CPU per request and competes with the server for the cores); "pace wrk hey" runs
# all three, one after the other. RATE_INTERVAL_MS (4): pace and wrk open enough connections (at least CONNS) that
# each sends at most every RATE_INTERVAL_MS, so a slow response rarely delays the schedule; RATE_CONNS overrides.
# Prints req/s, p50/p99 latency, the server's CPU time per request (weft and the Java handler: the figure load
# disturbs least) and the ratios weft/jco and weft/Java handler. Numbers on a shared machine are noisy: compare
# the ratio, measured in the same run.
# NICE (0): run in a session of its own whose scheduler autogroup gets this nice level (e.g. -19, as root): with
# sched_autogroup on, other sessions' builds then take little of the servers' and generators' CPU; state it.
set -euo pipefail
if [[ "${NICE:-0}" != 0 && -z "${SERVE_SESSION:-}" ]]; then exec env SERVE_SESSION=1 setsid --wait "$0" "$@"; fi
[[ "${NICE:-0}" != 0 ]] && echo "$NICE" >/proc/self/autogroup
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/find-java.sh
command -v wrk >/dev/null || { echo "bench/serve.sh needs wrk (apt-get install -y wrk)" >&2; exit 1; }
HALF_RATE=${HALF_RATE:-1}; HALF_TOOLS=${HALF_TOOLS:-pace}; RATE_INTERVAL_MS=${RATE_INTERVAL_MS:-4}
command -v cc >/dev/null || { [[ " $HALF_TOOLS " != *" pace "* ]] || { echo "bench/serve.sh: pace needs cc" >&2; exit 1; }; }
if [[ "$HALF_RATE" == 1 && " $HALF_TOOLS " == *" hey "* ]] && ! command -v hey >/dev/null; then
  echo "bench/serve.sh: no hey (apt-get install -y hey), dropping it from HALF_TOOLS" >&2
  HALF_TOOLS=${HALF_TOOLS//hey/}
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

half_cpu() { # T0 PID REQUESTS -> server CPU µs per request since T0
  local t1; t1=$(cpu_ticks "$2")
  awk -v a="$1" -v b="$t1" -v n="$3" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { if (n > 0) printf "%.0f", (b - a) * 1e6 / hz / n; else print "-" }'
}
pace_bin() { # compiles bench/pace.c on first use
  local b=bench/target/pace
  if [[ ! -x "$b" || bench/pace.c -nt "$b" ]]; then mkdir -p bench/target && cc -O2 -o "$b" bench/pace.c; fi
  echo "$b"
}
rate_conns() { # RATE -> connections so that each sends at most every RATE_INTERVAL_MS (at least CONNS)
  if [[ -n "${RATE_CONNS:-}" ]]; then echo "$RATE_CONNS"; return; fi
  awk -v r="$1" -v c="$CONNS" -v ms="$RATE_INTERVAL_MS" 'BEGIN { n = int(r * ms / 1000 + 0.999); print (n < c ? c : n) }'
}
half_pace() { # URL RATE [PID] -> "achieved-rps p50 p99 errors cpu p90 p99.9 late conns" (bench/pace.c)
  local conns; conns=$(rate_conns "$2")
  local hostport="${1#http://}"; hostport="${hostport%%/*}"
  local t0=0; [[ -n "${3:-}" ]] && t0=$(cpu_ticks "$3")
  local out; out="$("$(pace_bin)" "${hostport%:*}" "${hostport##*:}" / "$2" "$conns" "${DURATION%s}")"
  echo "$out" >>"$log/rate.txt"
  rate_fields "$out" "$t0" "${3:-}" "$conns"
}
rate_fields() { # OUTPUT T0 PID CONNS -> the fields of half_pace/half_wrk from a "RATE ..." line
  local line; line=$(grep '^RATE ' <<<"$1")
  val() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
  local n cpu=-; n=$(val requests)
  [[ -n "$3" ]] && cpu=$(half_cpu "$2" "$3" "$n")
  awk -v r="$(val achieved)" -v a="$(val p50_us)" -v b="$(val p99_us)" -v e="$(val errors)" -v c="$cpu" \
      -v p90="$(val p90_us)" -v p999="$(val p999_us)" -v late="$(val late)" -v conns="$4" \
    'BEGIN { printf "%.1f %.2fms %.2fms %d/- %s %.2fms %.2fms %d %d\n", r, a / 1e3, b / 1e3, e, c, p90 / 1e3, p999 / 1e3, late, conns }'
}
half_wrk() { # URL RATE [PID] -> as half_pace, from wrk with bench/rate.lua (sends on 1 ms ticks)
  local conns; conns=$(rate_conns "$2")
  local t0=0; [[ -n "${3:-}" ]] && t0=$(cpu_ticks "$3")
  local out; out="$(wrk -t"$THREADS" -c"$conns" -d"$DURATION" --timeout 10s -s bench/rate.lua "$1" -- "$2" "$THREADS")"
  echo "$out" >>"$log/rate.txt"
  rate_fields "$out" "$t0" "${3:-}" "$conns"
}
half_hey() { # URL RATE [PID] -> "achieved-rps p50 p99 errors cpu" (hey: -q is per worker)
  local q; q=$(awk -v r="$2" -v c="$CONNS" 'BEGIN { q = int(r / c); print (q < 1 ? 1 : q) }')
  local t0=0; [[ -n "${3:-}" ]] && t0=$(cpu_ticks "$3")
  local out; out="$(hey -z "$DURATION" -c "$CONNS" -q "$q" -t 60 "$1")"
  echo "$out" >>"$log/hey.txt"
  local rps p50 p99 errs n cpu=-
  rps=$(awk '/Requests\/sec/ {printf "%.2f", $2}' <<<"$out")
  p50=$(awk '$1=="50%" {printf "%.2fms", $3 * 1000}' <<<"$out")
  p99=$(awk '$1=="99%" {printf "%.2fms", $3 * 1000}' <<<"$out")
  errs=$(awk '/Status code distribution/ { s = 1; e = 0; next } /Error distribution/ { e = 1; s = 0; next }
    s && /^ +\[[0-9]+\]/ { if ($1 != "[200]") n += $2 }
    e && /^ +\[[0-9]+\]/ { gsub(/[][]/, "", $1); n += $1 } END { print n + 0 }' <<<"$out")
  n=$(awk '/Status code distribution/ { s = 1; next } s && /^ +\[[0-9]+\]/ { n += $2 } END { print n + 0 }' <<<"$out")
  [[ -n "${3:-}" ]] && cpu=$(half_cpu "$t0" "$3" "$n")
  echo "$rps $p50 $p99 $errs/- $cpu"
}
half_row() { # NAME SERVER URL MAX-RPS [PID]
  [[ "$HALF_RATE" == 1 ]] || return 0
  local rate; rate=$(awk -v r="$4" 'BEGIN { printf "%.0f", r / 2 }')
  local tool r p50 p99 errs cpu p90 p999 late conns
  for tool in $HALF_TOOLS; do
    case "$tool" in
      pace|wrk)
        read -r r p50 p99 errs cpu p90 p999 late conns < <("half_$tool" "$3" "$rate" "${5:-}")
        row "$1" "$2@half/$tool" "$r" "$p50" "$p99" "$errs" "$cpu"
        printf '%-20s   (%s -c%s, asked %s req/s: p90 %s, p99.9 %s, %s sends >1 ms late)\n' \
          "" "$tool" "$conns" "$rate" "$p90" "$p999" "$late" ;;
      hey)
        read -r r p50 p99 errs cpu < <(half_hey "$3" "$rate" "${5:-}")
        row "$1" "$2@half/hey" "$r" "$p50" "$p99" "$errs" "$cpu" ;;
      *) echo "HALF_TOOLS: unknown tool $tool (pace, wrk, hey)" >&2; exit 1 ;;
    esac
  done
}

echo "wrk -t$THREADS -c$CONNS -d$DURATION (after ${WARMUP} warm-up); load average: $(cut -d' ' -f1-3 /proc/loadavg)${SERVE_SESSION:+; autogroup nice $NICE}${WEFT_JAVA_OPTS:+; JVM flags: $WEFT_JAVA_OPTS}"
printf '%-20s %-22s %10s %10s %10s %16s %11s\n' component server req/s p50 p99 non-2xx/timeouts cpu-us/req
row() { printf '%-20s %-22s %10s %10s %10s %16s %11s\n' "$@"; }

# baseline: weft-server with a Java handler (no guest), the server's own ceiling on this machine
(mvn -q -B -o package -DskipTests -pl weft-bench -am >/dev/null 2>&1 || mvn -q -B package -DskipTests -pl weft-bench -am >&2)
port="$(free_port)"
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" ${WEFT_JAVA_OPTS:-} -cp weft-bench/target/benchmarks.jar dev.weft.bench.JavaHelloServer "$port" >"$log/java-hello.log" 2>&1 &
pids+=($!); hpid=$!
wait_up "http://127.0.0.1:$port/" "$hpid" java-hello
read -r hrps hp50 hp99 herr hcpu < <(measure "http://127.0.0.1:$port/" "$hpid")
row "(Java handler)" weft-server "$hrps" "$hp50" "$hp99" "$herr" "$hcpu"
half_row "(Java handler)" weft-server "http://127.0.0.1:$port/" "$hrps" "$hpid"
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
  half_row "$name" weft "http://127.0.0.1:$port/" "$wrps" "$wpid"
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
echo "raw wrk output: $log/wrk.txt, half-rate output: $log/rate.txt (pace, wrk) and $log/hey.txt (hey); server logs: $log/"
