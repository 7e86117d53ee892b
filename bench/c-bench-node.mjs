// The Node side of the C compute benchmark: runs fixtures/build/c-bench.core.wasm (SHA-256 + fannkuch, a
// clang/wasi-libc command) on node:wasi, several rounds on fresh instances; the guest prints its own timings.
//   node bench/c-bench-node.mjs CORE.wasm ROUNDS ARGS...
import { readFile } from 'node:fs/promises';
import { WASI } from 'node:wasi';

const [wasmPath, rounds, ...args] = process.argv.slice(2);
let t = performance.now();
const module = await WebAssembly.compile(await readFile(wasmPath));
console.log(`node: compile ${(performance.now() - t).toFixed(0)} ms`);
for (let round = 1; round <= Number(rounds); round++) {
  const wasi = new WASI({ version: 'preview1', args: ['bench', ...args], returnOnExit: true });
  t = performance.now();
  const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
  const code = wasi.start(instance);
  console.log(`node round ${round}: exit ${code} (wall ${(performance.now() - t).toFixed(0)} ms; timings on stderr)`);
}
