// Converts every X.wat of a folder to X.wasm with jco's bundled wasm-tools (text parser) and writes
// X.print.wat (`jco print` of the result, wasmprinter) beside it; a failed parse writes X.err instead.
// Usage: node wat-to-wasm.mjs <jco-transpile wasm-tools.js> <folder>
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [toolsPath, dir] = process.argv.slice(2);
const { parse, print } = await import(pathToFileURL(toolsPath).href);
let ok = 0, failed = 0;
for (const f of readdirSync(dir).filter(f => f.endsWith('.wat') && !f.endsWith('.print.wat')).sort()) {
  const base = `${dir}/${f.slice(0, -4)}`;
  try {
    const bytes = await parse(readFileSync(`${dir}/${f}`, 'utf8'));
    writeFileSync(`${base}.wasm`, bytes);
    writeFileSync(`${base}.print.wat`, await print(bytes));
    ok++;
  } catch (e) {
    failed++;
    writeFileSync(`${base}.err`, String(e));
  }
}
console.log(`converted=${ok} failed=${failed}`);
