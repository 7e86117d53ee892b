#!/usr/bin/env bash
# Checks an image tarball made by build-image.sh without a container engine: unpacks its layers in order into a
# folder and runs the image's entrypoint there under chroot (needs root): `--version`, then examples/hello.wasm
# with --invoke, so the base (runtime + C library) and the application layers are proven to work together.
set -euo pipefail
image="${1:?usage: check-image.sh weft-image.tar}"
work="$(mktemp -d)"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
trap 'umount "$work/rootfs/proc" 2>/dev/null || true; rm -rf "$work"' EXIT
tar -xf "$image" -C "$work"
mkdir -p "$work/rootfs"
# docker-archive layout: manifest.json lists the layer tarballs bottom-up
python3 - "$work" <<'PY'
import json, sys, tarfile, os
work = sys.argv[1]
manifest = json.load(open(os.path.join(work, "manifest.json")))[0]
for layer in manifest["Layers"]:
    with tarfile.open(os.path.join(work, layer)) as t:
        t.extractall(os.path.join(work, "rootfs"), filter="tar")
config = json.load(open(os.path.join(work, manifest["Config"])))["config"]
json.dump(config, open(os.path.join(work, "config.json"), "w"))
PY
mapfile -t entrypoint < <(python3 -c 'import json,sys; c=json.load(open(sys.argv[1])); print("\n".join(c["Entrypoint"]))' "$work/config.json")
mapfile -t environment < <(python3 -c 'import json,sys; c=json.load(open(sys.argv[1])); print("\n".join(c.get("Env",[])))' "$work/config.json")
echo "check-image: entrypoint ${entrypoint[*]}"
# the JVM's launcher finds its libraries through /proc/self/exe, as in any container
mkdir -p "$work/rootfs/proc" && mount -t proc proc "$work/rootfs/proc"
cp "$repo/examples/hello.wasm" "$work/rootfs/app/work/hello.wasm"
in_image() { (cd "$work/rootfs" && env -i "${environment[@]}" "$(command -v chroot)" "$work/rootfs" "${entrypoint[@]}" "$@" 2>&1); }
out="$(in_image --version)"
echo "$out"
grep -q '^weft ' <<<"$out" || { echo "check-image: FAILED: the image did not print the Weft version" >&2; exit 1; }
out="$(in_image run --invoke 'greet("image")' /app/work/hello.wasm)"
echo "$out"
grep -q 'image' <<<"$out" || { echo "check-image: FAILED: weft run in the image did not return the greeting" >&2; exit 1; }
echo "check-image: OK"
