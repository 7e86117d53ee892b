#!/usr/bin/env bash
# Builds the Weft container image as an OCI tarball, without a Docker daemon or a registry:
#   1. jlink a small Java runtime and copy in the glibc files it loads (the base, instead of a pulled image);
#   2. Jib (weft-cli's `image` profile) layers the application on top and writes weft-cli/target/weft-image.tar.
# Load it with `docker load -i …`, `podman load`, `ctr image import`, `kind load image-archive` or `skopeo copy`.
# Usage: deploy/image/build-image.sh [--check]   (--check: unpack the image and run `weft --version` in a chroot)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
source "$root/scripts/find-java.sh"
cd "$root"

rootfs="$root/weft-cli/target/image-root"
modules="java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.sql,jdk.net,jdk.unsupported,jdk.crypto.ec,jdk.zipfs"

echo "build-image: building weft-cli and its modules"
[[ "${WEFT_SKIP_BUILD:-}" == 1 ]] || mvn -q -B install -DskipTests -pl weft-cli -am

# the image carries examples/app, whose counter component is built, not committed
[[ -f "$root/examples/app/counter.wasm" ]] || "$root/examples/app/build.sh"

echo "build-image: jlink runtime ($modules)"
rm -rf "$rootfs"
mkdir -p "$rootfs/opt" "$rootfs/tmp" "$rootfs/app/work" "$rootfs/etc"
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=zip-6 \
      --output "$rootfs/opt/java"
# A scratch base has no C library: copy the shared objects the runtime loads, at the paths the loader expects.
{ ldd "$rootfs/opt/java/bin/java"; find "$rootfs/opt/java/lib" -name '*.so' -exec ldd {} \; ; } 2>/dev/null \
  | grep -o '/[^ ]*\.so[^ ]*' | sort -u | while read -r lib; do
      [[ "$lib" == "$rootfs"* ]] && continue
      mkdir -p "$rootfs$(dirname "$lib")"
      cp -L "$lib" "$rootfs$lib"
    done
for extra in /etc/ssl/certs/ca-certificates.crt; do
  [[ -f "$extra" ]] && { mkdir -p "$rootfs$(dirname "$extra")"; cp -L "$extra" "$rootfs$extra"; }
done
printf 'root:x:0:0:root:/root:/sbin/nologin\nweft:x:65532:65532:weft:/app/work:/sbin/nologin\n' > "$rootfs/etc/passwd"
printf 'root:x:0:\nweft:x:65532:\n' > "$rootfs/etc/group"
printf 'hosts: files dns\n' > "$rootfs/etc/nsswitch.conf"

echo "build-image: Jib → weft-cli/target/weft-image.tar"
mvn -q -B -pl weft-cli -Pimage jib:buildTar -Dweft.image.root="$rootfs"
ls -la "$root/weft-cli/target/weft-image.tar"

if [[ "${1:-}" == "--check" ]]; then
  "$root/deploy/image/check-image.sh" "$root/weft-cli/target/weft-image.tar"
fi
