#!/usr/bin/env bash
# Checks the Kubernetes example without a cluster: every manifest parses and has the objects the README names,
# and the ConfigMap's weft.toml runs as two `weft up` replicas sharing one Redis (beside a copy of examples/app, as
# in the image's /app/example; the Redis service mapped to a local redis-server), each answering routes and probes,
# and the second replica sees the visit the first one counted.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

python3 - "$here" "$work" <<'PY'
import sys, yaml, pathlib
here, work = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
kinds = {}
for f in sorted(here.glob("*.yaml")):
    for doc in yaml.safe_load_all(f.read_text()):
        kinds.setdefault(doc["kind"], []).append(doc["metadata"]["name"])
need = {"ConfigMap": "weft-app", "Deployment": "weft-app", "Service": "weft-app", "HorizontalPodAutoscaler": "weft-app"}
for kind, name in need.items():
    assert name in kinds.get(kind, []), f"missing {kind} {name}: {kinds}"
cm = next(d for f in here.glob("configmap.yaml") for d in yaml.safe_load_all(f.read_text()))
(work / "app").mkdir()
(work / "app" / "weft.toml").write_text(cm["data"]["weft.toml"])
print("check: manifests:", ", ".join(f"{k} {'/'.join(v)}" for k, v in sorted(kinds.items())))
PY

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
redis_port="$(free_port)"
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize no >"$work/redis.log" 2>&1 &
pids+=($!)
[[ -f "$root/examples/app/counter.wasm" ]] || "$root/examples/app/build.sh"
cp -r "$root/examples/app/home.wasm" "$root/examples/app/api.wasm" "$root/examples/app/counter.wasm" \
      "$root/examples/app/src" "$work/app/"
sed -i "s#redis://weft-redis:6379#redis://127.0.0.1:$redis_port#" "$work/app/weft.toml"

for replica in 1 2; do
  port="$(free_port)"
  "$root/weft" up -f "$work/app/weft.toml" --listen "127.0.0.1:$port" >"$work/replica$replica.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 240); do
    curl -fsS "http://127.0.0.1:$port/.well-known/weft/ready" >/dev/null 2>&1 && break
    sleep 0.5
  done
  curl -fsS "http://127.0.0.1:$port/.well-known/weft/health" >/dev/null \
    || { echo "check: replica $replica not healthy"; cat "$work/replica$replica.log"; exit 1; }
  home="$(curl -fsS "http://127.0.0.1:$port/hello")"
  api="$(curl -fsS "http://127.0.0.1:$port/api/items")"
  grep -q "API component" <<<"$api" || { echo "check: replica $replica: /api/items answered '$api'"; exit 1; }
  grep -qv "API component" <<<"$home" || { echo "check: replica $replica: /hello went to the api"; exit 1; }
  visits="$(curl -fsS "http://127.0.0.1:$port/counter/shared" | head -1)"
  [[ "$visits" == "greeting=hello from the counter visits=$replica" ]] \
    || { echo "check: replica $replica: /counter/shared answered '$visits', expected visits=$replica"; exit 1; }
  echo "check: replica $replica on :$port ready; /hello -> home, /api/items -> api; $visits (state in Redis)"
done
echo "check: OK"
