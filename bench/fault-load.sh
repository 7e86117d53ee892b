#!/usr/bin/env bash
# Faults under load against WeftServer (issue 7 §2): runs FaultLoadTest longer than the default test run and prints
# its report (requests sent, faults per kind, healthy successes, host errors, healthy p50/p99 with and without
# faults, heap/threads/fds before and after).
#   bench/fault-load.sh [SECONDS] [HEALTHY_WORKERS] [FAULT_WORKERS]      defaults: 60 4 3
# Needs fixtures/build (scripts/build-fixtures.sh). Builds weft-server and what it needs in the reactor (-am), so
# other snapshots in ~/.m2 do not matter. Phases: 40% healthy only, 60% healthy + faults.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-60}" healthy="${2:-4}" faulty="${3:-3}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
cd "$root"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
mvn -q -o -B test -pl weft-server -am -Dtest=FaultLoadTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dweft.faultload.seconds="$seconds" -Dweft.faultload.healthy="$healthy" -Dweft.faultload.faulty="$faulty" \
  >"$log" 2>&1 || status=$?
awk '/^fault-load report/ {on=1} on && /^\[ERROR\]/ {exit} on {print}' "$log"
if ((status != 0)); then grep -m 5 -E 'ERROR|AssertionFailed' "$log" >&2 || true; fi
exit "$status"
