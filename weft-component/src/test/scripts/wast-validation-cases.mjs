// Test-only helper: extracts the validation cases of component .wast scripts and converts them to binaries.
// For each script: every top-level (component ...) is a case that must validate; every
// (assert_invalid (component ...) "msg") is a case that must be rejected; (assert_unlinkable (component ...))
// must validate too. Binaries go to OUT/<script-id>/NNN.wasm and a manifest OUT/<script-id>/cases.json.
// Usage: node wast-validation-cases.mjs JCO_API_JS OUT_DIR FILE.wast...
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

const [jcoApi, outDir, ...files] = process.argv.slice(2);
const { parse } = await import(pathToFileURL(jcoApi).href);

function topLevelForms(src) {
  const forms = [];
  let depth = 0, start = -1, i = 0, line = 1, startLine = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '\n') { line++; i++; continue; }
    if (c === ';' && src[i + 1] === ';') { while (i < src.length && src[i] !== '\n') i++; continue; }
    if (c === '(' && src[i + 1] === ';') {
      let nest = 1; i += 2;
      while (i < src.length && nest > 0) {
        if (src[i] === '\n') line++;
        if (src[i] === '(' && src[i + 1] === ';') { nest++; i += 2; continue; }
        if (src[i] === ';' && src[i + 1] === ')') { nest--; i += 2; continue; }
        i++;
      }
      continue;
    }
    if (c === '"') {
      i++;
      while (i < src.length && src[i] !== '"') { if (src[i] === '\\') i++; if (src[i] === '\n') line++; i++; }
      i++; continue;
    }
    if (c === '(') { if (depth === 0) { start = i; startLine = line; } depth++; }
    else if (c === ')') { depth--; if (depth === 0) forms.push({ text: src.slice(start, i + 1), line: startLine }); }
    i++;
  }
  return forms;
}

function head(form) { return form.slice(1).match(/^[^\s()]+/)?.[0]; }

// Splits the inside of a form into its direct children (strings, atoms and lists).
function children(form) {
  const inner = form.slice(1, -1);
  const out = []; let i = 0;
  while (i < inner.length) {
    const c = inner[i];
    if (/\s/.test(c)) { i++; continue; }
    if (c === ';' && inner[i + 1] === ';') { while (i < inner.length && inner[i] !== '\n') i++; continue; }
    if (c === '(' && inner[i + 1] === ';') {
      let nest = 1; i += 2;
      while (i < inner.length && nest > 0) {
        if (inner[i] === '(' && inner[i + 1] === ';') { nest++; i += 2; continue; }
        if (inner[i] === ';' && inner[i + 1] === ')') { nest--; i += 2; continue; }
        i++;
      }
      continue;
    }
    const s = i;
    if (c === '"') { i++; while (i < inner.length && inner[i] !== '"') { if (inner[i] === '\\') i++; i++; } i++; }
    else if (c === '(') {
      let d = 0;
      while (i < inner.length) {
        const ch = inner[i];
        if (ch === '"') { i++; while (i < inner.length && inner[i] !== '"') { if (inner[i] === '\\') i++; i++; } i++; continue; }
        if (ch === ';' && inner[i + 1] === ';') { while (i < inner.length && inner[i] !== '\n') i++; continue; }
        if (ch === '(') d++;
        if (ch === ')') { d--; if (d === 0) { i++; break; } }
        i++;
      }
    } else { while (i < inner.length && !/[\s()]/.test(inner[i])) i++; }
    out.push(inner.slice(s, i));
  }
  return out;
}

function componentText(form) {
  // (component definition $x ...) is written as (component $x ...)
  return form.replace(/^\(component(\s+\$[^\s()]+)?\s+definition\b/, '(component$1');
}

for (const file of files) {
  const src = readFileSync(file, 'utf8');
  const features = [...src.matchAll(/^;;!\s*([\w-]+)\s*=\s*true/gm)].map(m => m[1]);
  const id = basename(dirname(file)) + '__' + basename(file, '.wast');
  const dir = `${outDir}/${id}`;
  mkdirSync(dir, { recursive: true });
  const cases = [];
  let n = 0;
  for (const f of topLevelForms(src)) {
    const h = head(f.text);
    let text, expect, message = null;
    if (h === 'component') {
      if (/^\(component\s+instance\b/.test(f.text)) continue;
      text = componentText(f.text); expect = 'valid';
    } else if (h === 'assert_invalid' || h === 'assert_unlinkable') {
      const kids = children(f.text);
      if (head(kids[1]) !== 'component') continue;
      text = componentText(kids[1]);
      expect = h === 'assert_invalid' ? 'invalid' : 'valid';
      message = kids[2] ? JSON.parse(kids[2]) : null;
    } else continue;
    const name = String(n++).padStart(3, '0') + '.wasm';
    const c = { file: name, line: f.line, expect, message };
    try {
      writeFileSync(`${dir}/${name}`, await parse(text));
    } catch (e) {
      c.convertError = String(e?.message ?? e).split('\n')[0];
    }
    cases.push(c);
  }
  writeFileSync(`${dir}/cases.json`, JSON.stringify({ source: file, features, cases }, null, 1));
  console.log(`${id}: ${cases.length} cases`);
}
