// Builds src/index.js into dist/<name>.wasm (a wasi:http component) with componentize-js:  npm run build
import { componentize } from '@bytecodealliance/componentize-js';
import { _setPreopens } from '@bytecodealliance/preview2-shim/filesystem';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// preview2-shim 0.26 no longer preopens '/', and componentize-js reads the WIT folder through it
_setPreopens({ '/': '/' });
const here = dirname(fileURLToPath(import.meta.url));
const { name } = JSON.parse(await readFile(join(here, 'package.json'), 'utf8'));
const started = Date.now();
const { component } = await componentize({
  sourcePath: join(here, 'src', 'index.js'),
  witPath: resolve(here, 'wit'),
  worldName: 'http-handler',
});
const out = join(here, 'dist', `${name}.wasm`);
await mkdir(dirname(out), { recursive: true });
// write to a temporary name first, so `weft up --watch` never sees a half-written file
await writeFile(`${out}.tmp`, component);
await rename(`${out}.tmp`, out);
console.error(`built ${out} (${(component.length / 1048576).toFixed(1)} MiB, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
