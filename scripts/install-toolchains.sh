#!/usr/bin/env bash
# Installs what Weft's test fixtures need; idempotent and quiet when everything is already there.
#  - the npm toolchain in fixtures/ (jco, componentize-js, preview2-shim at the exact versions of package-lock.json)
#  - Debian's clang + lld + wasi-libc (C -> wasm32-wasi), wabt (wasm2wat/wat2wasm) and curl, when missing
#  - Debian's redis-server (the Redis key-value tests of weft-app start their own on a free loopback port)
# Runs unattended (CI=true, no stdin) as root on a fresh Debian machine.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fixtures="$root/fixtures"
say() { echo "install-toolchains: $*" >&2; }

# --- Debian packages ------------------------------------------------------------------------------------------
apt_packages=(clang lld wasi-libc libclang-rt-dev-wasm32 wabt curl redis-server)
missing=()
for pkg in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if ((${#missing[@]})); then
  say "installing ${missing[*]} (apt)"
  sudo_cmd=()
  [[ "$(id -u)" -ne 0 ]] && sudo_cmd=(sudo -n)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq >/dev/null
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- Node + the npm toolchain ----------------------------------------------------------------------------------
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  say "node/npm missing: installing nodejs npm (apt)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq nodejs npm >/dev/null
fi
node_major="$(node -p 'process.versions.node.split(".")[0]')"
if ((node_major < 18)); then say "node $node_major is too old (jco needs 18+)"; exit 1; fi

# node_modules is current when npm's own record of the installed tree matches the lock file and every pinned
# package is there at its pinned version.
npm_current() {
  [[ -d "$fixtures/node_modules/@bytecodealliance/jco" ]] || return 1
  [[ -f "$fixtures/node_modules/.package-lock.json" ]] || return 1
  (cd "$fixtures" && node -e '
    const fs = require("fs");
    const want = JSON.parse(fs.readFileSync("package.json")).dependencies;
    for (const [name, version] of Object.entries(want)) {
      const got = JSON.parse(fs.readFileSync(`node_modules/${name}/package.json`)).version;
      if (got !== version) process.exit(1);
    }') 2>/dev/null
}
if [[ -L "$fixtures/node_modules" ]]; then
  # A developer worktree may link node_modules to a shared install; accept it when it holds the pinned versions.
  npm_current || { say "fixtures/node_modules is a link to an out-of-date install"; exit 1; }
elif ! npm_current || [[ "$fixtures/package-lock.json" -nt "$fixtures/node_modules/.package-lock.json" ]]; then
  say "npm ci in fixtures/ (jco, componentize-js, preview2-shim)"
  (cd "$fixtures" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

# --- sanity: the tools answer ----------------------------------------------------------------------------------
"$fixtures/node_modules/.bin/jco" --version >/dev/null
clang --version >/dev/null
