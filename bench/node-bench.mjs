// The jco side of bench/run.sh: transpiles fixtures/build/js-all-types.wasm with jco (as the reference does), then
// times warm instantiation and the same calls with the same inputs as weft-bench's CallBenchmark.
//   node bench/node-bench.mjs [component.wasm]   -> one JSON object per line: {"name", "us"} (microseconds/op)
import { prepareComponent } from '../fixtures/tools/load-component.mjs';

const wasm = process.argv[2] ?? 'fixtures/build/js-all-types.wasm';
const imports = { 'test:all-types/host': { log: () => {}, transform: (x) => (x * 3) >>> 0 } };
const prepared = await prepareComponent(wasm);
try {
  const time = async (name, fn, minMillis = 4000) => {
    for (const end = performance.now() + minMillis / 2; performance.now() < end;) await fn(); // warm-up
    let n = 0;
    const start = performance.now();
    while (performance.now() - start < minMillis) { await fn(); n++; }
    console.log(JSON.stringify({ name, us: ((performance.now() - start) * 1000) / n, ops: n }));
  };
  await time('instantiate', () => prepared.instantiate(imports), 6000);
  await time('instantiateAndCall', async () => (await prepared.instantiate(imports)).api.negate(true), 6000);
  const { api } = await prepared.instantiate(imports);
  const text = 'hello, wörld €';
  const points = Array.from({ length: 10 }, (_, i) => ({ x: i, y: 2 * i }));
  // synchronous bodies: time them without awaiting a promise per call
  const timeSync = (name, fn, minMillis = 4000) => {
    for (const end = performance.now() + minMillis / 2; performance.now() < end;) fn();
    let n = 0;
    const start = performance.now();
    while (performance.now() - start < minMillis) { fn(); n++; }
    console.log(JSON.stringify({ name, us: ((performance.now() - start) * 1000) / n, ops: n }));
  };
  timeSync('emptyishCall', () => api.negate(true));
  timeSync('stringRoundTrip', () => api.reverseString(text));
  timeSync('recordRoundTrip', () => api.scalePoint({ x: 3, y: -4 }, 7));
  timeSync('listOfRecords', () => api.centroid(points));
} finally {
  await prepared.dispose();
}
