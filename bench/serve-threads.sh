#!/usr/bin/env bash
# Where a server's CPU goes per request, by thread: starts `weft serve COMPONENT` (or, with MAIN=class, that class
# from weft-bench's jar with the port as its argument, e.g. MAIN=dev.weft.bench.JavaHelloServer), warms it with
# wrk, then runs `wrk -t2 -c10` for DUR seconds and prints user and system CPU µs per request for each thread group
# (weft-guest, weft-http, weft-flush-behind, weft-access-log, GC, C2 …) from /proc/PID/task/*/stat.
#   bench/serve-threads.sh [component.wasm]     (default fixtures/build/http-handler.wasm)
# Env: WARM (45 s), DUR (15 s), JAR (weft-cli/target/weft.jar or weft-bench/target/benchmarks.jar), JOPTS (JVM
# flags), EXTRA (more `weft serve` flags), JFR=file.jfr (a JFR profile with 1 ms execution sampling during the
# measured run), PERF=1 (perf record of syscalls and context switches for 5 s into /tmp/serve-threads.perf).
# The dispatch A/B: JOPTS=-Dweft.server.dispatch=inline runs guests on Jetty's threads (their CPU then shows under
# weft-http, there is no weft-guest group), =pool (the default) on the weft-guest pool.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/find-java.sh
wasm=${1:-fixtures/build/http-handler.wasm}; warm=${WARM:-45}; dur=${DUR:-15}
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
log=$(mktemp)
if [[ -n "${MAIN:-}" ]]; then
  # shellcheck disable=SC2086
  "$JAVA_HOME/bin/java" ${JOPTS:-} -cp "${JAR:-weft-bench/target/benchmarks.jar}" "$MAIN" "$port" >"$log" 2>&1 &
else
  # shellcheck disable=SC2086
  "$JAVA_HOME/bin/java" -XX:-DontCompileHugeMethods -XX:InlineSmallCode=1000 -XX:FreqInlineSize=100 ${JOPTS:-} -jar "${JAR:-weft-cli/target/weft.jar}" serve \
    --addr "127.0.0.1:$port" --deadline 120s ${EXTRA:-} "$wasm" >"$log" 2>&1 &
fi
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do curl -s -o /dev/null --max-time 5 "http://127.0.0.1:$port/" && break; sleep 0.3; done
threads() { # -> "group|utime|stime" per thread group (trailing numbers dropped; names may hold spaces, so the
  # fields are counted after the ")" that ends the name)
  for t in /proc/"$pid"/task/*; do
    printf '%s|%s\n' "$(sed -E 's/[#-]?[0-9]+$//; s/ +$//' "$t/comm" 2>/dev/null)" "$(sed 's/.*) //' "$t/stat" 2>/dev/null | awk '{print $12 "|" $13}')"
  done | awk -F'|' '{u[$1]+=$2; s[$1]+=$3} END {for (k in u) print k "|" u[k] "|" s[k]}' | sort
}
wrk -t2 -c10 -d"${warm}s" "http://127.0.0.1:$port/" >/dev/null
if [[ -n "${JFR:-}" ]]; then
  "$JAVA_HOME/bin/jcmd" "$pid" JFR.start settings=profile 'jdk.ExecutionSample#period=1ms' filename="$JFR" duration="${dur}s" >/dev/null
fi
if [[ -n "${PERF:-}" ]]; then
  (sleep 2; timeout 5 perf record -q -e raw_syscalls:sys_enter -e sched:sched_switch -p "$pid" -o /tmp/serve-threads.perf >/dev/null 2>&1) &
fi
t0=$(threads); c0=$(awk '{print $14+$15}' /proc/$pid/stat)
out=$(wrk -t2 -c10 -d"${dur}s" "http://127.0.0.1:$port/")
t1=$(threads); c1=$(awk '{print $14+$15}' /proc/$pid/stat)
n=$(awk '/requests in/ {print $1}' <<<"$out"); hz=$(getconf CLK_TCK)
echo "load $(cut -d' ' -f1-3 /proc/loadavg); $(awk '/Requests\/sec/ {print $2}' <<<"$out") req/s; server CPU $(awk -v a="$c0" -v b="$c1" -v n="$n" -v hz="$hz" 'BEGIN {printf "%.0f", (b - a) * 1e6 / hz / n}') µs/request"
join -t'|' <(echo "$t0") <(echo "$t1") | awk -F'|' -v n="$n" -v hz="$hz" \
  '{u = ($4 - $2) * 1e6 / hz / n; s = ($5 - $3) * 1e6 / hz / n; if (u + s >= 0.5) printf "%f|  %-22s user %6.1f  sys %6.1f µs/request\n", u + s, $1, u, s}' \
  | sort -t'|' -k1,1 -rn | cut -d'|' -f2-
sleep 1
