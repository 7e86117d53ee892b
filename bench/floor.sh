#!/usr/bin/env bash
# The machine's latency floor at a fixed rate: nginx (a native event-loop server answering a fixed body, the best a
# server can do here) against `weft serve` of a component, on the same pace schedule, alternating round by round,
# with bench/hiccup.c before each round: how late a lone thread wakes from a 1 ms sleep, and the gaps in which a
# spinning thread was off the CPU (with nothing else running: the host took the vCPU).
#   bench/floor.sh [component.wasm]        (default fixtures/build/http-handler.wasm)
# Env: RATE (10000: half the small handler's 20,000 req/s goal), ROUNDS (3), DURATION (10s per pace run),
# WARMUP (60s of wrk -t2 -c10 against weft first: half-rate numbers need the JIT settled), RATE_INTERVAL_MS (4: as
# bench/serve.sh, connections = RATE * 4 ms), WEFT_SERVE_OPTS, WEFT_JAVA_OPTS.
# Needs nginx (apt-get install -y nginx-light), wrk and cc. If nginx's p99 at RATE is over a goal, no server on this
# machine meets that goal; weft's distance from nginx is what the runtime adds.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
command -v nginx >/dev/null || { echo "bench/floor.sh needs nginx (apt-get install -y nginx-light)" >&2; exit 1; }
command -v wrk >/dev/null || { echo "bench/floor.sh needs wrk (apt-get install -y wrk)" >&2; exit 1; }
RATE=${RATE:-10000}; ROUNDS=${ROUNDS:-3}; DURATION=${DURATION:-10s}; WARMUP=${WARMUP:-60s}
RATE_INTERVAL_MS=${RATE_INTERVAL_MS:-4}
wasm="${1:-fixtures/build/http-handler.wasm}"
[[ -f "$wasm" ]] || scripts/build-fixtures.sh
mkdir -p bench/target
for tool in pace hiccup; do
  if [[ ! -x bench/target/$tool || bench/$tool.c -nt bench/target/$tool ]]; then cc -O2 -o bench/target/$tool bench/$tool.c; fi
done
./weft --version >/dev/null
conns=$(awk -v r="$RATE" -v ms="$RATE_INTERVAL_MS" 'BEGIN { n = int(r * ms / 1000 + 0.999); print (n < 10 ? 10 : n) }')
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
work="$(mktemp -d)"
pids=()
cleanup() {
  [[ -f "$work/nginx.pid" ]] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
}
trap cleanup EXIT

nport="$(free_port)"
mkdir -p "$work/logs"
cat >"$work/nginx.conf" <<EOF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/logs/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  keepalive_requests 100000000;
  keepalive_timeout 600s;
  server {
    listen 127.0.0.1:$nport;
    location / { return 200 "Hello, world!\n"; }
  }
}
EOF
nginx -c "$work/nginx.conf" -p "$work"

wport="$(free_port)"
# shellcheck disable=SC2086
./weft serve --addr "127.0.0.1:$wport" ${WEFT_SERVE_OPTS:-} "$wasm" >"$work/weft.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 600); do curl -s -o /dev/null "http://127.0.0.1:$wport/" && break; sleep 0.5; done
wrk -t2 -c10 -d"$WARMUP" "http://127.0.0.1:$wport/" >/dev/null
wrk -t2 -c10 -d5s "http://127.0.0.1:$nport/" >/dev/null

echo "pace at $RATE req/s over $conns connections for $DURATION per run; $(basename "$wasm"); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-6s %-7s %10s %9s %9s %9s %9s %8s   %s\n' round server achieved p50 p90 p99 p99.9 late 'just before: hiccup (wake-up lateness of an idle thread); spin (gaps in which a spinning thread did not run)'
run() { # ROUND NAME PORT
  local h; h="$(bench/target/hiccup 2 | sed 's/.*sleeps)://');$(bench/target/hiccup 2 spin | sed 's/.*: gaps/ gaps/; s/; time in gaps over 0.1 ms/, lost/')"
  local line; line=$(bench/target/pace 127.0.0.1 "$3" / "$RATE" "$conns" "${DURATION%s}" | grep '^RATE ')
  val() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
  awk -v r="$1" -v n="$2" -v a="$(val achieved)" -v p50="$(val p50_us)" -v p90="$(val p90_us)" \
      -v p99="$(val p99_us)" -v p999="$(val p999_us)" -v late="$(val late)" -v h="$h" \
    'BEGIN { printf "%-6s %-7s %10.1f %7.2fms %7.2fms %7.2fms %7.2fms %8d  %s\n", r, n, a, p50/1e3, p90/1e3, p99/1e3, p999/1e3, late, h }'
}
for i in $(seq 1 "$ROUNDS"); do
  run "$i" nginx "$nport"
  run "$i" weft "$wport"
done
