#!/usr/bin/env bash
# Tail latency of `weft serve` (or the empty Java handler) under JVM-flag variants, at one fixed request rate.
#   bench/tail.sh [component.wasm]             (default: fixtures/build/http-handler.wasm)
# Env:
#   VARIANTS  variants separated by ';', each "name=JVM flags" or "name=JVM flags|weft serve flags" (default:
#             "default=" — the launcher's flags alone); JVM flags are appended after the launcher's own
#             (WEFT_JAVA_OPTS), so they override them; "name:=JVM flags" replaces the launcher's server flags
#             instead (WEFT_SERVE_JAVA_OPTS: "g1-ergonomic:=" runs without them)
#   SERVER    weft (default) or java: the empty Java handler (dev.weft.bench.JavaHelloServer, no launcher flags)
#   SERVE_OPTS extra `weft serve` flags
#   GEN (pace): the constant-rate generator, bench/pace.c (compiled on first use) or wrk (bench/rate.lua);
#   RATE (6500) req/s asked of it; CONNS (26) its connections; THREADS (2); DURATION (10s);
#   WARMUP (20s of wrk -c10 at full speed first); MAX (1): also measure the max rate (wrk -c10, DURATION) first;
#   ROUNDS (2): the variants run in turn, ROUNDS times, so load changes hit them alike;
#   HICCUP (5): seconds of bench/hiccup.c before each round: how late a lone thread of this session wakes up;
#   NICE (0): run the whole script in its own session whose scheduler autogroup gets this nice level (e.g. -19,
#   as root), so the server and wrk keep their CPU share against other sessions on a shared machine (with
#   sched_autogroup on, a process's own nice level only ranks it within its session); state it with the numbers
# Per run: max req/s, then at RATE: achieved rate, p50/p90/p99/p99.9/max latency, sends >1 ms late, server CPU
# per request, and from the server's own -Xlog:gc / -Xlog:safepoint the GC pauses and safepoints during the
# rate run (count, total and longest), and "slow@sp": of the requests slower than 1 ms, the share whose time
# in flight overlaps a safepoint (a GC pause or any other stop of all Java threads). Load average is printed with each line: compare rows of one run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/find-java.sh
wasm="${1:-fixtures/build/http-handler.wasm}"
VARIANTS=${VARIANTS:-default=}; SERVER=${SERVER:-weft}
RATE=${RATE:-6500}; CONNS=${CONNS:-26}; THREADS=${THREADS:-2}; DURATION=${DURATION:-10s}; WARMUP=${WARMUP:-20s}
MAX=${MAX:-1}; ROUNDS=${ROUNDS:-2}; NICE=${NICE:-0}; GEN=${GEN:-pace}
pace=bench/target/pace
if [[ ! -x "$pace" || bench/pace.c -nt "$pace" ]]; then mkdir -p bench/target && cc -O2 -o "$pace" bench/pace.c; fi
if [[ "$NICE" != 0 ]]; then
  if [[ -z "${TAIL_SESSION:-}" ]]; then
    exec env TAIL_SESSION=1 setsid --wait "$0" "$@"
  fi
  echo "$NICE" >/proc/self/autogroup
  echo "autogroup: $(cat /proc/self/autogroup)"
fi
if [[ "$SERVER" == weft ]]; then
  ./weft --version >/dev/null
else
  [[ -f weft-bench/target/benchmarks.jar ]] || mvn -q -B -o package -DskipTests -pl weft-bench -am >/dev/null
fi
log="$(mktemp -d)"
pid=
cleanup() { [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
# "count total-ms max-ms" of the pauses logged after line $2 of gc log $1
gc_pauses() {
  tail -n +"$(($2 + 1))" "$1" | grep -E '\] GC\([0-9]+\) ([YOyo]: )?Pause' | sed -E 's/.* ([0-9.]+)ms$/\1/' |
    awk '{ n++; t += $1; if ($1 > m) m = $1 } END { printf "%d %.1f %.2f", n, t, m }'
}
safepoints() { # "count total-ms max-ms" of safepoints (reaching one + cleanup + at it) after line $2 of log $1
  tail -n +"$(($2 + 1))" "$1" | grep 'Safepoint "' |
    sed -E 's/.*Total: ([0-9]+) ns.*/\1/' |
    awk '{ n++; d = $1 / 1e6; t += d; if (d > m) m = d } END { printf "%d %.1f %.2f", n, t, m }'
}

slow_at_safepoints() { # SLOW-LOG SAFEPOINT-LOG -> % of the slow requests that overlap a safepoint
  [[ -f "$1" ]] || { echo -; return; }
  python3 - "$1" "$2" <<'PY'
import re, sys
sp = []
for line in open(sys.argv[2]):
    m = re.search(r'\[(\d+)ns\].*Total: (\d+) ns', line)
    if m:
        end = int(m.group(1)); sp.append((end - int(m.group(2)), end))
slow = [tuple(map(int, l.split())) for l in open(sys.argv[1]) if l.strip()]
hit = sum(1 for slot, us in slow if any(a <= slot + us * 1000 and slot <= b for a, b in sp))
print(f"{100 * hit / len(slow):.0f}%" if slow else "-")
PY
}
printf '%-14s %5s %9s %9s %7s %7s %7s %7s %7s %6s %6s %-13s %-13s %7s %s\n' variant round max-rps rate-rps p50 p90 \
  p99 p99.9 max late cpu-us "gc n/ms/max" "sp n/ms/max" slow@sp load
IFS=';' read -r -a variants <<<"$VARIANTS"
hiccup=bench/target/hiccup
if [[ ! -x "$hiccup" || bench/hiccup.c -nt "$hiccup" ]]; then mkdir -p bench/target && cc -O2 -o "$hiccup" bench/hiccup.c; fi
for round in $(seq 1 "$ROUNDS"); do
  echo "round $round, machine: $("$hiccup" "${HICCUP:-5}"), load $(cut -d' ' -f1 /proc/loadavg)"
  for v in "${variants[@]}"; do
    name="${v%%=*}"; flags="${v#*=}"; vserve=; replace=
    if [[ "$name" == *: ]]; then name="${name%:}"; replace=1; fi
    if [[ "$flags" == *"|"* ]]; then vserve="${flags#*|}"; flags="${flags%%|*}"; fi
    port="$(free_port)"; gclog="$log/$name-$round-gc.log"; splog="$log/$name-$round-sp.log"
    xlog="-Xlog:gc,gc+phases:file=$gclog -Xlog:safepoint:file=$splog:uptime,timenanos"
    if [[ "$SERVER" == weft ]]; then
      # shellcheck disable=SC2086
      if [[ -n "$replace" ]]; then export WEFT_SERVE_JAVA_OPTS="$flags"; flags=; else unset WEFT_SERVE_JAVA_OPTS; fi
      WEFT_JAVA_OPTS="${WEFT_JAVA_OPTS:-} $xlog $flags" ./weft serve --addr "127.0.0.1:$port" --deadline 120s \
        ${SERVE_OPTS:-} $vserve "$wasm" >"$log/$name-$round.log" 2>&1 &
    else
      # shellcheck disable=SC2086
      "$JAVA_HOME/bin/java" $xlog $flags -cp weft-bench/target/benchmarks.jar dev.weft.bench.JavaHelloServer \
        "$port" >"$log/$name-$round.log" 2>&1 &
    fi
    pid=$!
    for _ in $(seq 1 600); do curl -s -o /dev/null --max-time 30 "http://127.0.0.1:$port/" && break; sleep 0.5; done
    url="http://127.0.0.1:$port/"
    wrk -t"$THREADS" -c10 -d"$WARMUP" "$url" >/dev/null
    maxrps=-
    if [[ "$MAX" == 1 ]]; then
      maxrps=$(wrk -t"$THREADS" -c10 -d"$DURATION" "$url" | awk '/Requests\/sec/ {printf "%.0f", $2}')
    fi
    g0=$(wc -l <"$gclog"); s0=$(wc -l <"$splog"); t0=$(cpu_ticks "$pid")
    if [[ "$GEN" == pace ]]; then
      out="$(PACE_SLOW_LOG="$log/$name-$round-slow.txt" "$pace" 127.0.0.1 "$port" / "$RATE" "$CONNS" "${DURATION%s}")"
    else
      out="$(wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --timeout 10s -s bench/rate.lua "$url" -- "$RATE" "$THREADS")"
    fi
    t1=$(cpu_ticks "$pid")
    echo "$out" >>"$log/$name-$round-rate.txt"
    line=$(grep '^RATE ' <<<"$out")
    val() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
    n=$(val requests)
    cpu=$(awk -v a="$t0" -v b="$t1" -v n="$n" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.0f", (b - a) * 1e6 / hz / n }')
    ms() { awk -v u="$1" 'BEGIN { printf "%.2f", u / 1000 }'; }
    printf '%-14s %5s %9s %9s %7s %7s %7s %7s %7s %6s %6s %-13s %-13s %7s %s\n' "$name" "$round" "$maxrps" \
      "$(val achieved)" "$(ms "$(val p50_us)")" "$(ms "$(val p90_us)")" "$(ms "$(val p99_us)")" \
      "$(ms "$(val p999_us)")" "$(ms "$(val max_us)")" "$(val late)" "$cpu" \
      "$(gc_pauses "$gclog" "$g0" | tr ' ' /)" "$(safepoints "$splog" "$s0" | tr ' ' /)" \
      "$(slow_at_safepoints "$log/$name-$round-slow.txt" "$splog")" \
      "$(cut -d' ' -f1 /proc/loadavg)"
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  done
done
echo "logs: $log"
