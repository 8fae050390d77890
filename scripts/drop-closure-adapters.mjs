// Drops from the module's function table the closure adapters js-sys declares for its own
// callback-taking imports (`Array.prototype.forEach`, typed arrays, promises, JSPI wakers…).
//
// Why: every `#[wasm_bindgen]` import of js-sys exports a descriptor function, which the
// linker keeps (exports are roots) together with the adapter it names, in the function table.
// wasm-bindgen reads and removes the descriptors but leaves the table as it is, and wasm-opt
// cannot tell a table entry nobody calls from one a vtable calls. vanban passes no closure to
// JavaScript (the glue wasm-bindgen writes has no closure support), so these 48 entries are
// never called: pointed at a kept function of the table, wasm-opt removes their code
// (0.4 kB gzipped, 2026-12-08).
//
// Reads the name section to find them; wasm-opt strips the names afterwards. When the
// module's layout is not the one expected it says so and changes nothing (a build that
// cannot drop them is only 0.4 kB larger); a truncated module is an error.
//
// Usage: node scripts/drop-closure-adapters.mjs <module.wasm>
import { readFileSync, writeFileSync } from "node:fs";

// (the crate's hash in brackets as v0 mangling writes it, or none as the legacy scheme does)
const DROP = [/wasm_bindgen(\[[0-9a-f]+\])?::convert::closures::/, /js_sys(\[[0-9a-f]+\])?::futures::jspi::/];

const path = process.argv[2];
const bytes = readFileSync(path);

function leb(at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    if (b === undefined) throw new Error(`drop-closure-adapters: ${path} ends inside a number`);
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}

function encode(n) {
  const out = [];
  do {
    let b = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}

const sections = [];
for (let at = 8; at < bytes.length; ) {
  const id = bytes[at];
  const [size, body] = leb(at + 1);
  sections.push({ id, start: at, body, end: body + size });
  at = body + size;
}

// function index -> name, from the "name" custom section (subsection 1)
const names = new Map();
for (const s of sections.filter((s) => s.id === 0)) {
  const [len, at] = leb(s.body);
  if (bytes.toString("utf8", at, at + len) !== "name") continue;
  for (let p = at + len; p < s.end; ) {
    const sub = bytes[p];
    const [size, body] = leb(p + 1);
    if (sub === 1) {
      let [count, q] = leb(body);
      for (let i = 0; i < count; i++) {
        let index, n;
        [index, q] = leb(q);
        [n, q] = leb(q);
        names.set(index, bytes.toString("utf8", q, q + n));
        q += n;
      }
    }
    p = body + size;
  }
}

const elements = sections.filter((s) => s.id === 9);
if (names.size === 0 || elements.length !== 1) {
  console.error(`drop-closure-adapters: no names or not one element section in ${path}: left as it is`);
  process.exit(0);
}
const elem = elements[0];
let [segments, at] = leb(elem.body);
const [flags, afterFlags] = leb(at);
// one active segment of function indices in table 0: flags 0, an i32.const offset, `end`
if (segments !== 1 || flags !== 0 || bytes[afterFlags] !== 0x41) {
  console.error("drop-closure-adapters: an element section of another layout: left as it is");
  process.exit(0);
}
let [, offsetEnd] = leb(afterFlags + 1);
if (bytes[offsetEnd] !== 0x0b) {
  console.error("drop-closure-adapters: an element offset of another form: left as it is");
  process.exit(0);
}
const head = bytes.subarray(afterFlags, offsetEnd + 1);
let [count, p] = leb(offsetEnd + 1);
const entries = [];
for (let i = 0; i < count; i++) {
  let f;
  [f, p] = leb(p);
  entries.push(f);
}
if (p !== elem.end) {
  console.error("drop-closure-adapters: the element segment does not end the section: left as it is");
  process.exit(0);
}
const dropped = (f) => DROP.some((re) => re.test(names.get(f) ?? ""));
const keep = entries.find((f) => !dropped(f));
if (keep === undefined || !entries.some(dropped)) {
  console.error("drop-closure-adapters: no closure adapter (or nothing else) in the table: left as it is");
  process.exit(0);
}
const rewritten = entries.map((f) => (dropped(f) ? keep : f));
const n = entries.filter(dropped).length;
const body = [...encode(1), ...encode(0), ...head, ...encode(rewritten.length), ...rewritten.flatMap(encode)];
const section = Buffer.from([9, ...encode(body.length), ...body]);
writeFileSync(path, Buffer.concat([bytes.subarray(0, elem.start), section, bytes.subarray(elem.end)]));
console.log(`drop-closure-adapters: ${n} of ${entries.length} table entries pointed at a kept function`);
