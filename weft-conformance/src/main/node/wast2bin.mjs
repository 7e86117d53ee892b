// Converts many WebAssembly text forms (components or core modules) to binaries in ONE node process, using
// jco's JS API (`parse`, which is wasm-tools' text parser compiled to wasm).
//
// usage: node wast2bin.mjs <node_modules dir> <cache dir>   (request JSON on stdin)
// stdin:  {"forms": [{"key": "<sha256 hex of text>", "text": "(component …)"}, …]}
// effect: for each form writes <cache dir>/<key>.wasm, or <key>.rejected holding the parser's message
// stdout: {"jco": "<version>", "converted": N, "rejected": N}
import { readFileSync, writeFileSync, renameSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [nodeModules, cacheDir] = process.argv.slice(2);
if (!nodeModules || !cacheDir) {
  console.error('usage: node wast2bin.mjs <node_modules dir> <cache dir> < request.json');
  process.exit(2);
}
const jcoDir = join(nodeModules, '@bytecodealliance', 'jco');
const jco = await import(pathToFileURL(join(jcoDir, 'dist', 'api.js')).href);
const version = JSON.parse(readFileSync(join(jcoDir, 'package.json'), 'utf8')).version;

// stdin may be a non-blocking pipe: read it as a stream, not with readFileSync(0).
const chunks = [];
for await (const chunk of process.stdin) {
  chunks.push(chunk);
}
const request = JSON.parse(Buffer.concat(chunks).toString('utf8'));
mkdirSync(cacheDir, { recursive: true });

// Writes via a temporary name and a rename, so a concurrent reader never sees half a file.
function writeAtomically(name, data) {
  const tmp = join(cacheDir, `${name}.${process.pid}.tmp`);
  writeFileSync(tmp, data);
  renameSync(tmp, join(cacheDir, name));
}

// wasm-tools reports errors as Rust Debug text; keep the message and position, drop the wrapping.
function describe(error) {
  const text = String(error?.payload ?? error?.message ?? error);
  const custom = /kind: Custom\("((?:[^"\\]|\\.)*)"\)/.exec(text);
  const lex = /kind: Lex\((.*)\) \} \}\) \}$/.exec(text);
  const where = /line: (\d+), col: (\d+)/.exec(text);
  const message = custom ? custom[1].replace(/\\"/g, '"').replace(/\\\\/g, '\\')
    : lex ? `lexing error: ${lex[1]}` : null;
  if (message === null) {
    return text;
  }
  return where ? `${message} (line ${Number(where[1]) + 1}, column ${Number(where[2]) + 1} of the form)` : message;
}

let converted = 0;
let rejected = 0;
for (const { key, text } of request.forms) {
  try {
    const bytes = await jco.parse(text);
    writeAtomically(`${key}.wasm`, bytes);
    converted++;
  } catch (error) {
    writeAtomically(`${key}.rejected`, describe(error));
    rejected++;
  }
}
process.stdout.write(JSON.stringify({ jco: version, converted, rejected }) + '\n');
