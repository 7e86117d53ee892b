#!/usr/bin/env bash
# Serves the same blocking "hello" handler on Netty 4.2, Jetty 12 and Helidon SE 4 (virtual threads) and loads
# each with wrk -t2 -c10 -d5s. Prints req/s, p50 and p99 per library, for an instant handler and for one that
# blocks 5 ms (a slow synchronous guest: with 10 connections the ideal is ~2000 req/s).
set -euo pipefail
cd "$(dirname "$0")"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
command -v wrk >/dev/null || { echo "needs wrk (apt-get install -y wrk)" >&2; exit 1; }
[ -f target/server-choice.jar ] || mvn -q -B package >/dev/null
DURATION=${DURATION:-5s}
PORT=${PORT:-18099}
printf '%-8s %-10s %10s %10s %10s\n' library handler req/s p50 p99
for sleep in 0 5; do
  for lib in netty jetty helidon; do
    "$JAVA_HOME/bin/java" -jar target/server-choice.jar "$lib" "$PORT" "$sleep" > /tmp/server-choice-$lib.log 2>&1 &
    pid=$!
    for _ in $(seq 100); do grep -q READY /tmp/server-choice-$lib.log 2>/dev/null && break; sleep 0.1; done
    wrk -t2 -c10 -d2s "http://127.0.0.1:$PORT/" >/dev/null   # warm-up (JIT)
    out=$(wrk -t2 -c10 -d"$DURATION" --latency "http://127.0.0.1:$PORT/")
    kill "$pid"; wait "$pid" 2>/dev/null || true
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1=="50%" {print $2}' <<<"$out")
    p99=$(awk '$1=="99%" {print $2}' <<<"$out")
    errs=$(grep -E 'Non-2xx|Socket errors' <<<"$out" | tr '\n' ' ' || true)
    printf '%-8s %-10s %10s %10s %10s %s\n' "$lib" "sleep${sleep}ms" "$rps" "$p50" "$p99" "$errs"
  done
done
