// The npm package as a Node 20 user loads it, and parity with the native CLI: the same
// document gives the same findings in WebAssembly and natively, on every seed document.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir, access } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SEEDS = new URL("../../shared/seeds/", import.meta.url);
const vanban = await import("../pkg/vanban.js");
vanban.initSync({ module: await readFile(new URL("../pkg/vanban_bg.wasm", import.meta.url)) });

async function nativeBinary() {
  for (const p of ["target/release/vanban", "target/debug/vanban"]) {
    try {
      await access(ROOT + p);
      return ROOT + p;
    } catch {}
  }
  throw new Error("build the CLI first (cargo build --release)");
}

async function documents() {
  const files = [];
  for (const dir of [SEEDS, new URL("../examples/", import.meta.url), new URL("../tests/fixtures/clean/", import.meta.url)]) {
    let names = [];
    try { names = await readdir(dir); } catch { continue; }
    for (const n of names.filter((n) => n.endsWith(".txt")).sort()) files.push(fileURLToPath(new URL(n, dir)));
  }
  return files;
}

test("the same findings natively and in WebAssembly, on every seed and example", async () => {
  const bin = await nativeBinary();
  const files = await documents();
  assert.ok(files.filter((f) => f.includes("shared/seeds")).length >= 5, "the seeds are beside the repository");
  for (const file of files) {
    const text = await readFile(file, "utf8");
    let out;
    try {
      out = execFileSync(bin, ["check", "--format", "json", "--fail-on", "never", "--config", "/dev/null", file], { encoding: "utf8" });
    } catch (e) { out = e.stdout; }
    const native = JSON.parse(out).files[0].diagnostics;
    const wasm = vanban.lint(text);
    const key = (d) => `${d.rule} ${d.severity} ${d.start}-${d.end} ${d.line} ${d.message} ${d.fix?.replacement ?? ""}`;
    assert.deepEqual(wasm.map(key), native.map(key), file);
    // and the UTF-16 offsets slice exactly the bytes the CLI reports
    const bytes = Buffer.from(text, "utf8");
    for (const d of wasm) {
      assert.equal(text.slice(d.from, d.to), bytes.subarray(d.start, d.end).toString("utf8"), `${file} ${d.rule}`);
    }
  }
});

test("plain objects, typed options, errors as exceptions", async () => {
  const text = "Số: 09 /KH-UBND\n";
  const found = vanban.lint(text, { profile: "nd30", rules: { "text/spacing": "off" } });
  assert.ok(Array.isArray(found));
  const d = found.find((d) => d.rule === "number/malformed");
  assert.equal(Object.getPrototypeOf(d), Object.prototype);
  assert.equal(text.slice(d.from, d.to), "09 /KH-UBND");
  assert.throws(() => vanban.lint(text, { profile: "state" }), /options\.profile/);
  assert.throws(() => vanban.lint(text, { draftt: true }), /draftt/);
  assert.ok(vanban.rules().length > 50);
  // the documentation ships beside the module, one entry per rule
  const docs = JSON.parse(await readFile(new URL("../pkg/rules.json", import.meta.url), "utf8"));
  assert.deepEqual(docs.map((r) => r.id), vanban.rules().map((r) => r.id));
  assert.ok(docs.every((r) => r.doc.includes("## Basis")), "every rule documents its basis");
  assert.match(vanban.version(), /^\d+\.\d+\.\d+/);
});

test("lintDocx reads a real .docx and rejects a damaged one with the reason", async () => {
  // the same minimal Word document the Rust tests build: one paragraph per line
  const { zipSync } = await import("./zip.mjs");
  const paragraphs = ["ỦY BAN NHÂN DÂN", "Số: 09 /KH-UBND", "KẾ HOẠCH"]
    .map((l) => `<w:p><w:r><w:t>${l}</w:t></w:r></w:p>`).join("");
  const docx = zipSync({
    "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    "word/document.xml": `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`,
  });
  const r = vanban.lintDocx(docx);
  assert.match(r.text, /Số: 09 \/KH-UBND/);
  const d = r.diagnostics.find((d) => d.rule === "number/malformed");
  assert.equal(r.text.slice(d.from, d.to), "09 /KH-UBND");
  assert.throws(() => vanban.lintDocx(new Uint8Array([80, 75, 3, 4, 1, 2, 3])), /\.docx/);
});

test("the TypeScript declarations type a real usage (tsc --strict)", () => {
  execFileSync(`${ROOT}node_modules/.bin/tsc`, ["-p", `${ROOT}e2e/types/tsconfig.json`], { stdio: "pipe" });
});

test("bad input throws an Error and the instance keeps working", async () => {
  const { zipSync } = await import("./zip.mjs");
  const deep = "<a>".repeat(100_000);
  const bad = [
    new Uint8Array(0),
    new Uint8Array([0xff, 0xfe, 0x00]),
    new Uint8Array(64 * 1024).map((_, i) => (i * 7919) % 251), // noise
    zipSync({ "word/other.xml": "<x/>" }), // no document.xml
    zipSync({ "word/document.xml": deep }), // nesting beyond the limit
    zipSync({ "word/document.xml": "<w:document><w:body><w:p>" }), // truncated XML
    zipSync({ "word/document.xml": "<w:document/>" }).slice(0, 40), // truncated zip
  ];
  for (const bytes of bad) {
    assert.throws(() => vanban.lintDocx(bytes), (e) => e instanceof Error && /\.docx/.test(e.message));
  }
  for (const text of ["", "\u0000", "\uFFFD".repeat(1000), "a\u0301".repeat(5000), "🎌\r\n\r".repeat(1000)]) {
    assert.ok(Array.isArray(vanban.lint(text)));
  }
  // still alive: the same findings as before the bad input
  assert.ok(vanban.lint("Số: 09 /KH-UBND\n").some((d) => d.rule === "number/malformed"));
});
