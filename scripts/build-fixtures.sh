#!/usr/bin/env bash
# Builds Weft's test components from the sources under fixtures/ into fixtures/build/ (git-ignored), and records
# jco's reference results. Incremental: an output newer than its sources is kept; componentize-js outputs
# (12–15 MB, slow to build) are cached under .cache/fixtures/ keyed by a hash of their sources and tool versions.
#
#   fixtures/build/NAME.wasm   NAME.wit (jco wit)          for every fixture:
#     wat fixtures (fixtures/wat/NAME.wat)                 NAME            e.g. basics, resources
#     C commands (fixtures/c/NAME.c)                       c-NAME          + c-NAME.core.wasm (the core module)
#     JS components (fixtures/js/NAME/)                    js-NAME
#     examples (examples/NAME.wat, committed .wasm)        example-NAME
#     examples/plugin-host plugins (WAT core + WIT, JS)     plugin-host-wat, plugin-host-js
#   fixtures/build/NAME.reference.json                     jco's results (WAVE) for calls into js-all-types,
#                                                          example-hello, basics, nested, host-import, resources
#
# Checks against jco (run when an input changed): C run cases (fixtures/c/*.json vs .expected/.exit), the JS
# command's stdout, the JS and WAT http handlers through `jco serve` + curl on 127.0.0.1.
# BLESS=1 re-records the C cases' expected files instead of checking them.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
src="$root/fixtures"
out="$src/build"
cache="$root/.cache/fixtures"
tools="$src/tools"
mkdir -p "$out" "$cache"

jco_js="$src/node_modules/@bytecodealliance/jco/dist/jco.js"
jco() { node "$jco_js" "$@"; }
say() { echo "build-fixtures: $*" >&2; }
# stale TARGET SOURCE...: true when TARGET is missing or older than any source
stale() {
  local target="$1"; shift
  [[ -f "$target" ]] || return 0
  local s
  for s in "$@"; do [[ "$s" -nt "$target" ]] && return 0; done
  return 1
}
wit_of() { # NAME: the WIT of fixtures/build/NAME.wasm
  if stale "$out/$1.wit" "$out/$1.wasm"; then jco wit "$out/$1.wasm" -o "$out/$1.wit" >/dev/null; fi
}
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

# --- examples (committed .wasm next to the .wat) -----------------------------------------------------------------
"$root/examples/build.sh"
for wat in "$root"/examples/*.wat; do
  name="example-$(basename "$wat" .wat)"
  if stale "$out/$name.wasm" "${wat%.wat}.wasm"; then cp "${wat%.wat}.wasm" "$out/$name.wasm"; fi
  wit_of "$name"
done

# --- component text (fixtures/wat) --------------------------------------------------------------------------------
for wat in "$src"/wat/*.wat; do
  name="$(basename "$wat" .wat)"
  if stale "$out/$name.wasm" "$wat"; then
    say "wat: $name"
    jco parse "$wat" -o "$out/$name.wasm" >/dev/null
  fi
  wit_of "$name"
done
# core modules + WIT that become components through jco embed + jco new (fixtures/wat/NAME/: core.wat, world.wit,
# world-name); the WIT's dependencies are jco's bundled WASI 0.2.12 packages. An optional wasi-versions file
# (e.g. "0.2.0 0.2.3") also builds NAME-wasi-VERSION.wasm with every WASI package relabelled to that version, so
# the component imports and exports wasi:…@VERSION (the core module's names are version-free: "…@0.2").
embed_wat() { # DIR NAME WASI-VERSION
  local dir="$1" name="$2" version="$3" witdir pkg
  witdir="$(mktemp -d)"
  sed "s/@0\.2\.12\b/@$version/g" "$dir/world.wit" > "$witdir/world.wit"
  for pkg in "$src"/node_modules/@bytecodealliance/jco/lib/wit/builtin/0.2.12/*/; do
    mkdir -p "$witdir/deps/$(basename "$pkg")"
    sed "s/@0\.2\.12\b/@$version/g" "$pkg/package.wit" > "$witdir/deps/$(basename "$pkg")/package.wit"
  done
  jco parse "$dir/core.wat" -o "$out/$name.core.wasm" >/dev/null
  node --import "$tools/preopen.mjs" "$jco_js" embed --wit "$witdir" --world-name "$(cat "$dir/world-name")" \
    "$out/$name.core.wasm" -o "$out/$name.embedded.wasm" >/dev/null
  jco new "$out/$name.embedded.wasm" -o "$out/$name.wasm" >/dev/null
  rm -rf "$out/$name.embedded.wasm" "$witdir"
}
for dir in "$src"/wat/*/; do
  [[ -d "$dir" ]] || continue
  name="$(basename "$dir")"
  if stale "$out/$name.wasm" "$dir/core.wat" "$dir/world.wit" "$dir/world-name"; then
    say "wat+wit: $name"
    embed_wat "$dir" "$name" 0.2.12
  fi
  wit_of "$name"
  if [[ -f "$dir/wasi-versions" ]]; then
    for version in $(cat "$dir/wasi-versions"); do
      if stale "$out/$name-wasi-$version.wasm" "$dir/core.wat" "$dir/world.wit" "$dir/world-name" "$dir/wasi-versions"; then
        say "wat+wit: $name-wasi-$version"
        embed_wat "$dir" "$name-wasi-$version" "$version"
      fi
      wit_of "$name-wasi-$version"
    done
  fi
done

# examples/plugin-host/plugin-wat: a core module + the example's WIT -> plugin-host-wat.wasm
plugin_wat="$root/examples/plugin-host/plugin-wat"
plugin_wit="$root/examples/plugin-host/wit/plugin.wit"
if stale "$out/plugin-host-wat.wasm" "$plugin_wat/core.wat" "$plugin_wat/world-name" "$plugin_wit"; then
  say "wat+wit: plugin-host-wat"
  jco parse "$plugin_wat/core.wat" -o "$out/plugin-host-wat.core.wasm" >/dev/null
  node --import "$tools/preopen.mjs" "$jco_js" embed --wit "$plugin_wit" --world-name "$(cat "$plugin_wat/world-name")" \
    "$out/plugin-host-wat.core.wasm" -o "$out/plugin-host-wat.embedded.wasm" >/dev/null
  jco new "$out/plugin-host-wat.embedded.wasm" -o "$out/plugin-host-wat.wasm" >/dev/null
  rm -f "$out/plugin-host-wat.embedded.wasm"
fi
wit_of plugin-host-wat

# jco's results for the hand-written components (NAME.reference.json, same format as js-all-types')
wat_refs=(example-hello basics nested host-import resources)
ref_inputs=("$tools/wat-references.mjs" "$tools/wave.mjs" "$tools/load-component.mjs")
for name in "${wat_refs[@]}"; do ref_inputs+=("$out/$name.wasm"); done
for name in "${wat_refs[@]}"; do
  if stale "$out/$name.reference.json" "${ref_inputs[@]}"; then
    say "wat: reference results under jco (${wat_refs[*]})"
    node "$tools/wat-references.mjs" "$out"
    break
  fi
done

# --- C programs -> wasi:cli/command components (fixtures/c) ------------------------------------------------------
c_built=0
for c in "$src"/c/*.c; do
  name="$(basename "$c" .c)"
  [[ "$name" == cabi_realloc ]] && continue
  comp="$out/c-$name.wasm"
  wit="$src/c/$name.wit"   # optional: the WIT of imports the program calls directly (no wit-bindgen here)
  if stale "$comp" "$c" "$src/c/cabi_realloc.c" "${BASH_SOURCE[0]}" $([[ -f "$wit" ]] && echo "$wit"); then
    say "c: $name"
    clang --target=wasm32-wasi -O2 -Wall -Werror -Wl,--strip-debug -o "$out/c-$name.raw.wasm" "$c" "$src/c/cabi_realloc.c"
    # wasm-ld wraps each export of a command in NAME.command_export, which runs the C destructors (stdio
    # flush/close) on return: point the cabi_realloc export at the plain function (see fixtures/c/cabi_realloc.c).
    wasm2wat "$out/c-$name.raw.wasm" -o "$out/c-$name.raw.wat"
    grep -q '(export "cabi_realloc" (func $cabi_realloc.command_export))' "$out/c-$name.raw.wat" \
      || { say "c: $name: no cabi_realloc.command_export to re-point"; exit 1; }
    sed -i 's/(export "cabi_realloc" (func $cabi_realloc.command_export))/(export "cabi_realloc" (func $cabi_realloc))/' \
      "$out/c-$name.raw.wat"
    wat2wasm "$out/c-$name.raw.wat" -o "$out/c-$name.core.wasm"
    rm -f "$out/c-$name.raw.wasm" "$out/c-$name.raw.wat"
    if [[ -f "$wit" ]]; then
      witdir="$(mktemp -d)"
      cp "$wit" "$witdir/world.wit"
      for pkg in "$src"/node_modules/@bytecodealliance/jco/lib/wit/builtin/0.2.12/*/; do
        mkdir -p "$witdir/deps/$(basename "$pkg")" && cp "$pkg/package.wit" "$witdir/deps/$(basename "$pkg")/"
      done
      node --import "$tools/preopen.mjs" "$jco_js" embed --wit "$witdir" --world-name "$name" \
        "$out/c-$name.core.wasm" -o "$out/c-$name.embedded.wasm" >/dev/null
      mv "$out/c-$name.embedded.wasm" "$out/c-$name.core.wasm"
      rm -rf "$witdir"
    fi
    jco new "$out/c-$name.core.wasm" --wasi-command -o "$comp" >/dev/null
    c_built=1
  fi
  wit_of "c-$name"
done
c_cases=("$src"/c/*.json)
if [[ -n "${BLESS:-}" ]]; then
  say "c: recording run cases with jco (BLESS)"
  node "$tools/run-cases.mjs" --bless "$out" "${c_cases[@]}"
  touch "$out/c-cases.verified"
elif stale "$out/c-cases.verified" "$out"/c-*.wasm "$src"/c/*.json "$src"/c/*.expected "$src"/c/*.exit "$tools/run-cases.mjs"; then
  say "c: checking ${#c_cases[@]} run cases against jco run"
  node "$tools/run-cases.mjs" "$out" "${c_cases[@]}"
  touch "$out/c-cases.verified"
fi

# --- JS components (fixtures/js/NAME) via componentize-js, cached by content hash ---------------------------------
versions="$(cd "$src" && node -p 'const l=require("./package-lock.json").packages; ["@bytecodealliance/componentize-js","@bytecodealliance/jco","@bytecodealliance/preview2-shim"].map(p=>p+"@"+l["node_modules/"+p].version).join(" ")') node-$(node --version)"
# examples/plugin-host/plugin-js (its WIT is the example's, outside the folder) becomes plugin-host-js
for dir in "$src"/js/*/ "$root/examples/plugin-host/plugin-js/"; do
  case "$dir" in
    "$root"/examples/plugin-host/*) name="plugin-host-js" ;;
    *) name="js-$(basename "$dir")" ;;
  esac
  wit_rel="$(node -p "require('${dir}build.json').wit")"
  outside_wit=""
  if [[ "$wit_rel" == ../* ]]; then outside_wit="$(sha256sum < "$dir$wit_rel")"; fi
  hash="$( { echo "$versions"; cat "$tools/componentize.mjs"; [[ -z "$outside_wit" ]] || echo "$outside_wit"; \
             find "$dir" -type f ! -name "expected.*" -print0 | sort -z | xargs -0 sha256sum | sed "s|$dir||"; } | sha256sum | cut -c1-16)"
  cached="$cache/$name-$hash.wasm"
  if [[ ! -f "$cached" ]]; then
    say "js: $name (componentize-js, cache miss $hash)"
    node --import "$tools/preopen.mjs" "$tools/componentize.mjs" "$dir" "$cached.tmp"
    mv "$cached.tmp" "$cached"
    find "$cache" -name "$name-*.wasm" ! -name "$(basename "$cached")" -delete   # keep one build per fixture
  fi
  if [[ ! -f "$out/$name.wasm" ]] || ! cmp -s "$cached" "$out/$name.wasm"; then cp "$cached" "$out/$name.wasm"; fi
  wit_of "$name"
done

# examples/app (home/api from WAT; counter.wasm is the js-http-app component just built)
"$root/examples/app/build.sh"

# `weft new --template http-js`'s project (weft-cli's template resources, app name "hello"), built by its own
# build.mjs -> js-new-http-js (NewCommandTest serves it)
tmpl="$root/weft-cli/src/main/resources/dev/weft/cli/templates/http-js"
hash="$( { echo "$versions"; find "$tmpl" -type f -print0 | sort -z | xargs -0 sha256sum | sed "s|$tmpl||"; } \
         | sha256sum | cut -c1-16)"
cached="$cache/js-new-http-js-$hash.wasm"
if [[ ! -f "$cached" ]]; then
  say "js: js-new-http-js (weft new template, componentize-js, cache miss $hash)"
  project="$(mktemp -d)/hello"
  cp -r "$tmpl" "$project"
  for f in weft.toml package.json README.md src/index.js; do sed -i 's/__NAME__/hello/g' "$project/$f"; done
  ln -s "$src/node_modules" "$project/node_modules"
  (cd "$project" && node build.mjs)
  mv "$project/dist/hello.wasm" "$cached"
  rm -rf "$(dirname "$project")"
  find "$cache" -name "js-new-http-js-*.wasm" ! -name "$(basename "$cached")" -delete
fi
if [[ ! -f "$out/js-new-http-js.wasm" ]] || ! cmp -s "$cached" "$out/js-new-http-js.wasm"; then
  cp "$cached" "$out/js-new-http-js.wasm"
fi
wit_of js-new-http-js

# all-types: jco's results for every export, cached with the component
ref_hash="$(cat "$out/js-all-types.wasm" "$tools/all-types-reference.mjs" "$tools/wave.mjs" "$tools/load-component.mjs" | sha256sum | cut -c1-16)"
ref_cached="$cache/js-all-types.reference-$ref_hash.json"
if [[ ! -f "$ref_cached" ]]; then
  say "js: all-types reference results (jco transpile)"
  node "$tools/all-types-reference.mjs" "$out/js-all-types.wasm" "$ref_cached.tmp"
  mv "$ref_cached.tmp" "$ref_cached"
  find "$cache" -name 'js-all-types.reference-*.json' ! -name "$(basename "$ref_cached")" -delete
fi
cp "$ref_cached" "$out/js-all-types.reference.json"

# cli-hello: its stdout under jco run
if stale "$out/js-cli-hello.verified" "$out/js-cli-hello.wasm" "$src/js/cli-hello/expected.stdout"; then
  say "js: checking cli-hello under jco run"
  got="$(jco run "$out/js-cli-hello.wasm")"
  [[ "$got" == "$(cat "$src/js/cli-hello/expected.stdout")" ]] \
    || { say "js-cli-hello printed under jco run:"; echo "$got" >&2; exit 1; }
  touch "$out/js-cli-hello.verified"
fi

# http handlers: serve each with jco on loopback, check one response (body and the x-weft-fixture header), stop it
check_http() { # NAME EXPECTED-BODY-FILE HEADER-VALUE
  local name="$1" expected="$2" header="$3" port pid body status=0
  port="$(free_port)"
  node "$jco_js" serve --host 127.0.0.1 --port "$port" "$out/$name.wasm" >"$out/$name.serve.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 240); do
    curl -s -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  body="$(curl -s -S --max-time 30 -D "$out/$name.headers" "http://127.0.0.1:$port/fixture/check?x=1")" || status=$?
  # jco serve runs the server in a child node process: stop both
  pkill -TERM -P "$pid" 2>/dev/null || true
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if ((status != 0)) || [[ "$body" != "$(cat "$expected")" ]] \
     || ! grep -qi "^x-weft-fixture: $header" "$out/$name.headers"; then
    say "$name under jco serve: curl status $status, body:"; echo "$body" >&2
    cat "$out/$name.headers" "$out/$name.serve.log" >&2 2>/dev/null
    exit 1
  fi
}
http_checks=("js-http-hello:$src/js/http-hello/expected.body:http-hello"
             "http-handler:$src/wat/http-handler/expected.body:http-handler")
# the http-handler builds against older WASI (fixtures/wat/http-handler/wasi-versions) answer as the 0.2.12 one
for version in $(cat "$src/wat/http-handler/wasi-versions"); do
  http_checks+=("http-handler-wasi-$version:$src/wat/http-handler/expected.body:http-handler")
done
# js-http-proxy: POST /echo streams the body back; checked with curl against jco serve like the handlers above
check_http_echo() { # NAME
  local name="$1" port pid body status=0 sent="$out/$1.echo-request"
  head -c 20000 /dev/urandom | base64 -w 100 >"$sent"
  port="$(free_port)"
  node "$jco_js" serve --host 127.0.0.1 --port "$port" "$out/$name.wasm" >"$out/$name.serve.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 240); do
    curl -s -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  curl -s -S --max-time 30 -D "$out/$name.headers" -o "$out/$name.echo-response" -H 'content-type: text/x-echo' \
    --data-binary @"$sent" "http://127.0.0.1:$port/echo" || status=$?
  pkill -TERM -P "$pid" 2>/dev/null || true
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if ((status != 0)) || ! cmp -s "$sent" "$out/$name.echo-response" \
     || ! grep -qi "^x-echo-method: POST" "$out/$name.headers" || ! grep -qi "^content-type: text/x-echo" "$out/$name.headers"; then
    say "$name under jco serve: curl status $status; headers and log:"
    cat "$out/$name.headers" "$out/$name.serve.log" >&2 2>/dev/null
    exit 1
  fi
  rm -f "$sent" "$out/$name.echo-response"
}
if stale "$out/js-http-proxy.verified" "$out/js-http-proxy.wasm"; then
  say "checking js-http-proxy's echo under jco serve"
  check_http_echo js-http-proxy
  touch "$out/js-http-proxy.verified"
fi
for check in "${http_checks[@]}"; do
  IFS=: read -r name expected header <<<"$check"
  if stale "$out/$name.verified" "$out/$name.wasm" "$expected"; then
    say "checking $name under jco serve"
    check_http "$name" "$expected" "$header"
    touch "$out/$name.verified"
  fi
done
say "fixtures ready in fixtures/build ($(find "$out" -name '*.wasm' | wc -l) components)"
