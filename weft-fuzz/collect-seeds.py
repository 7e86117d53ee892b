#!/usr/bin/env python3
"""Builds the saved seed corpora of the fuzz targets (src/test/resources/dev/weft/fuzz/*Inputs/<method>/).

Sources: fixtures/build/*.wasm and examples/hello.wasm (run scripts/build-fixtures.sh first), the WIT of WASI 0.2
and 0.3 shipped with jco (fixtures/node_modules), the fixtures' WIT, the hand-written seeds in weft-fuzz/seeds/,
and a bounded sample of the conformance binaries that ./run-conformance caches in .cache/conformance/ (converted
from ../shared/conformance/*.wast by jco). The sample is chosen by hash order, so reruns pick the same files.
Findings that Jazzer writes next to these seeds (crash-*, timeout-*) are regression cases: keep them.

    python3 weft-fuzz/collect-seeds.py [--conformance-cache DIR]
"""
import argparse
import hashlib
import pathlib
import re
import shutil

ROOT = pathlib.Path(__file__).resolve().parent.parent
RES = ROOT / "weft-fuzz/src/test/resources/dev/weft/fuzz"
JCO_WIT = ROOT / "fixtures/node_modules/@bytecodealliance/jco/lib/wit/builtin"
SMALL_FIXTURES = ["basics", "host-import", "nested", "resources", "example-hello", "http-handler"]
# Conformance binaries (by hash prefix) that instantiate with the WASI host plus trapping stubs and export
# functions: found by running decode -> prepare -> instantiate over the whole cache, then every 6th in hash order.
INSTANTIATE_SEEDS = [
    "007347f1ce460c4e",
    "11ed8560b1fe73b4",
    "1e746a5f6b62de85",
    "2d90d28edbef27ec",
    "3dec59afa42bf190",
    "42c59d9c447fa2ca",
    "4fba7a820620b389",
    "58e3bc93ab720e0e",
    "5f430f9f6e077435",
    "67fb27ac64d35ee5",
    "6e759d6d1b79190a",
    "7598c6563ed028de",
    "7fe2ea62da89d9ff",
    "875041f7874a64dd",
    "8e61af6159daeed1",
    "951c8c70ab23dd6c",
    "9e8e0711782ba193",
    "a87f0e5f47b11ae8",
    "b12f2340e33cee0d",
    "bb14f50adc471b2b",
    "c006979bf8ba3369",
    "c52326d5699e1bb7",
    "cc43c43bf8ddea2c",
    "d187370541431d17",
]
WASI_SETS = {
    "cli": ["wasi-io", "wasi-clocks", "wasi-random", "wasi-filesystem", "wasi-sockets", "wasi-cli"],
    "http": ["wasi-io", "wasi-clocks", "wasi-random", "wasi-cli", "wasi-http"],
}


def target(cls, method):
    d = RES / f"{cls}Inputs" / method
    d.mkdir(parents=True, exist_ok=True)
    return d


def put(d, name, data):
    if name.startswith("conformance-") and any(name[len("conformance-"):] in f.name for f in d.iterdir()):
        return  # already there, renamed as a regression case
    (d / name).write_bytes(data if isinstance(data, bytes) else data.encode())


def conformance_sample(cache, limit, max_size):
    files = sorted(p for p in cache.glob("*.wasm") if p.stat().st_size <= max_size)
    return files[:limit]


def nested(pkg_text):
    """`package x;` + items  ->  `package x { items }` (a dependency inside one file)."""
    m = re.match(r"\s*package\s+([^;]+);", pkg_text)
    return f"package {m.group(1)} {{\n{pkg_text[m.end():]}\n}}\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--conformance-cache", default=str(ROOT / ".cache/conformance"))
    args = ap.parse_args()
    cache = pathlib.Path(args.conformance_cache)
    build = ROOT / "fixtures/build"

    # (a) decoder + validator
    d = target("ComponentDecodeFuzzTest", "decodeAndValidate")
    for name in SMALL_FIXTURES + ["c-hello", "c-exit-code"]:
        put(d, f"fixture-{name}.wasm", (build / f"{name}.wasm").read_bytes())
    put(d, "fixture-c-hello.core.wasm", (build / "c-hello.core.wasm").read_bytes())
    for f in conformance_sample(cache, 220, 4096):
        put(d, f"conformance-{f.stem[:16]}.wasm", f.read_bytes())

    # (d) instantiate and call
    d = target("InstantiateFuzzTest", "instantiateAndCall")
    for name in SMALL_FIXTURES + ["c-exit-code"]:
        put(d, f"fixture-{name}.wasm", (build / f"{name}.wasm").read_bytes())
    for prefix in INSTANTIATE_SEEDS:
        for f in cache.glob(prefix + "*.wasm"):
            put(d, f"conformance-{f.stem[:16]}.wasm", f.read_bytes())

    # (b) WIT
    d = target("WitFuzzTest", "parseAndResolve")
    for version in ["0.2.12", "0.3.0"]:
        vdir = JCO_WIT / version
        for pkg in sorted(vdir.iterdir()):
            put(d, f"wasi-{version}-{pkg.name}.wit", (pkg / "package.wit").read_text())
        for set_name, pkgs in WASI_SETS.items():
            present = [p for p in pkgs if (vdir / p).exists()]
            put(d, f"wasi-{version}-{set_name}-nested.wit",
                "\n".join(nested((vdir / p / "package.wit").read_text()) for p in present))
    for wit in sorted(build.glob("*.wit")):
        if not wit.name.startswith("js-") or wit.name == "js-all-types.wit":
            put(d, f"fixture-{wit.name}", wit.read_text())
    for wit in ["fixtures/js/all-types/world.wit", "fixtures/wat/http-handler/world.wit"]:
        put(d, "source-" + wit.replace("/", "-"), (ROOT / wit).read_text())
    for seed in sorted((ROOT / "weft-fuzz/seeds/wit").glob("*.wit")):
        shutil.copy(seed, d / f"hand-{seed.name}")

    # (c) WAVE: hand-written typed seeds
    d = target("WaveFuzzTest", "parseTyped")
    for seed in sorted((ROOT / "weft-fuzz/seeds/wave").glob("*.txt")):
        shutil.copy(seed, d / f"hand-{seed.name}")

    for t in sorted(RES.glob("*Inputs/*")):
        files = list(t.iterdir())
        print(f"{t.relative_to(RES)}: {len(files)} files, {sum(f.stat().st_size for f in files)} bytes")


if __name__ == "__main__":
    main()
