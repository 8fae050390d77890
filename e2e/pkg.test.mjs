// The npm package as a Node 20 user loads it (by its name, through node_modules/vanban), and
// parity with the native CLI: the same findings, and `fixAll` = `vanban check --fix`, on every
// seed, example and clean fixture.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir, access, mkdtemp, writeFile, rm } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ROOT } from "./helpers.mjs";

const SEEDS = new URL("../../shared/seeds/", import.meta.url);
const vanban = await import("vanban");
vanban.initSync(await readFile(fileURLToPath(import.meta.resolve("vanban/vanban_bg.wasm"))));

async function nativeBinary() {
  const dirs = [process.env.CARGO_TARGET_DIR, join(ROOT, "target")].filter(Boolean);
  for (const dir of dirs) {
    for (const profile of ["release", "debug"]) {
      const p = join(dir, profile, "vanban");
      try {
        await access(p);
        return p;
      } catch {}
    }
  }
  throw new Error("build the CLI first (cargo build --release)");
}

async function documents() {
  const files = [];
  for (const dir of [SEEDS, new URL("../examples/", import.meta.url), new URL("../tests/fixtures/clean/", import.meta.url)]) {
    let names = [];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    for (const n of names.filter((n) => n.endsWith(".txt")).sort()) files.push(fileURLToPath(new URL(n, dir)));
  }
  return files;
}

test("the same findings natively and in WebAssembly, on every seed and example", async () => {
  const bin = await nativeBinary();
  const files = await documents();
  // the seeds are beside the repository in the project's workspace (../shared); a clone elsewhere
  // has the examples and the clean fixtures
  if (!files.some((f) => f.includes("shared/seeds"))) console.log("# pkg.test: ../shared/seeds not found; examples and fixtures only");
  assert.ok(files.length >= 20, `documents to compare: ${files.length}`);
  for (const file of files) {
    const text = await readFile(file, "utf8");
    let out;
    try {
      out = execFileSync(bin, ["check", "--format", "json", "--fail-on", "never", "--config", "/dev/null", file], { encoding: "utf8" });
    } catch (e) {
      out = e.stdout;
    }
    const native = JSON.parse(out).files[0].diagnostics;
    const wasm = vanban.lint(text);
    const key = (d) => `${d.rule} ${d.severity} ${d.start}-${d.end} ${d.line} ${d.message.replace(/ \(--[a-z-]+\)/g, "")} ${d.fix?.replacement ?? ""}`;
    assert.deepEqual(wasm.map(key), native.map(key), file);
    // and the UTF-16 offsets slice exactly the bytes the CLI reports
    const bytes = Buffer.from(text, "utf8");
    for (const d of wasm) {
      assert.equal(text.slice(d.from, d.to), bytes.subarray(d.start, d.end).toString("utf8"), `${file} ${d.rule}`);
    }
  }
});

test("fixAll writes what `vanban check --fix` writes, in one call, on every document", async () => {
  const bin = await nativeBinary();
  const dir = await mkdtemp(join(tmpdir(), "vanban-fix-"));
  try {
    for (const file of await documents()) {
      const text = await readFile(file, "utf8");
      const copy = join(dir, "doc.txt");
      await writeFile(copy, text);
      try {
        execFileSync(bin, ["check", "--fix", "--fail-on", "never", "--config", "/dev/null", copy], { stdio: "pipe" });
      } catch {}
      const cli = await readFile(copy, "utf8");
      const r = vanban.fixAll(text);
      assert.equal(r.text, cli, file);
      assert.equal(r.converged, true, file);
      assert.equal(r.applied.length, r.fixed);
      // the fixed point: nothing left to fix
      assert.equal(vanban.fixAll(r.text).fixed, 0, file);
      assert.ok(r.diagnostics.every((d) => d.fix?.applicability !== "safe"), file);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("plain camelCase objects, typed options, errors as exceptions", async () => {
  const text = "Số: 09 /KH-UBND\n";
  const found = vanban.lint(text, { profile: "nd30", rules: { "text/spacing": "off" } });
  assert.ok(Array.isArray(found));
  const d = found.find((d) => d.rule === "number/malformed");
  assert.equal(Object.getPrototypeOf(d), Object.prototype);
  assert.equal(text.slice(d.from, d.to), "09 /KH-UBND");
  assert.deepEqual(Object.keys(d).filter((k) => k.includes("_")), [], "one naming convention");
  assert.throws(() => vanban.lint(text, { profile: "state" }), /options\.profile/);
  assert.throws(() => vanban.lint(text, { draftt: true }), /draftt/);
  assert.ok(vanban.rules().length > 50);
  assert.equal(vanban.applyFix(text, d.fix), "Số: 09/KH-UBND\n");
  // the documentation ships beside the module, one entry per rule, camelCase
  const docs = JSON.parse(await readFile(fileURLToPath(import.meta.resolve("vanban/rules.json")), "utf8"));
  assert.deepEqual(docs.map((r) => r.id), vanban.rules().map((r) => r.id));
  // rules() gives each rule the summaries the documentation has (the module leaves them out)
  assert.deepEqual(
    vanban.rules().map((r) => [r.summary, r.summaryEn]),
    docs.map((r) => [r.summary, r.summaryEn]),
  );
  assert.ok(vanban.rules().every((r) => r.summary && r.summaryEn));
  assert.ok(docs.every((r) => r.doc.includes("## Basis") && typeof r.summaryEn === "string" && !("summary_en" in r)));
  assert.match(vanban.version(), /^\d+\.\d+\.\d+/);
  // check() is lint() and outline() of one parse
  const c = vanban.check(text);
  assert.deepEqual(c.diagnostics, vanban.lint(text));
  assert.deepEqual(c.outline, vanban.outline(text));
});

test("a fingerprint is FNV-1a of rule, NUL, flagged text; ignore takes fingerprints and rules", async () => {
  const fnv = (s) => {
    let h = 0xcbf29ce484222325n;
    for (const b of Buffer.from(s, "utf8")) h = BigInt.asUintN(64, (h ^ BigInt(b)) * 0x100000001b3n);
    return h.toString(16).padStart(16, "0");
  };
  const text = await readFile(join(ROOT, "examples/ke-hoach-co-loi.txt"), "utf8");
  const all = vanban.lint(text);
  for (const d of all) assert.equal(d.fingerprint, fnv(`${d.rule}\0${text.slice(d.from, d.to)}`), d.rule);
  const list = vanban.createIgnoreList();
  list.add(all[0]);
  list.addRule("text");
  const rest = vanban.lint(text, vanban.withIgnored({ profile: "auto" }, list));
  assert.ok(!rest.some((d) => d.fingerprint === all[0].fingerprint || d.rule.startsWith("text/")));
  assert.equal(rest.length, all.filter((d) => !list.has(d)).length);
  // persisted through any storage
  const store = new Map();
  const storage = { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => store.set(k, v) };
  const a = vanban.createIgnoreList({ storage });
  a.add(all[1]);
  assert.deepEqual(vanban.createIgnoreList({ storage }).options.findings, [all[1].fingerprint]);
});

test("lintDocx reads a real .docx, rejects a damaged one with the reason and a large one before reading it", async () => {
  const { zipSync } = await import("./zip.mjs");
  const paragraphs = ["ỦY BAN NHÂN DÂN", "Số: 09 /KH-UBND", "KẾ HOẠCH"].map((l) => `<w:p><w:r><w:t>${l}</w:t></w:r></w:p>`).join("");
  const docx = zipSync({
    "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    "word/document.xml": `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`,
  });
  const r = vanban.lintDocx(docx);
  assert.match(r.text, /Số: 09 \/KH-UBND/);
  const d = r.diagnostics.find((d) => d.rule === "number/malformed");
  assert.equal(r.text.slice(d.from, d.to), "09 /KH-UBND");
  assert.throws(() => vanban.lintDocx(new Uint8Array([80, 75, 3, 4, 1, 2, 3])), /\.docx/);
  // {length: 1e9} is not bytes: a TypeError at once (it used to be copied byte by byte for 73 s)
  const t0 = Date.now();
  assert.throws(() => vanban.lintDocx({ length: 1e9 }), TypeError);
  assert.throws(() => vanban.lintDocx(new Uint8Array(11 * 1024 * 1024)), (e) => e instanceof RangeError && /options\.maxSize/.test(e.message));
  assert.throws(() => vanban.lintDocx(docx, { maxSize: 100 }), RangeError);
  assert.ok(Date.now() - t0 < 2000);
});

test("before init() every function throws; a wrong argument is a TypeError naming it", () => {
  const script = `
    import * as v from "vanban";
    const out = [];
    for (const [name, call] of Object.entries({ lint: () => v.lint("x"), check: () => v.check("x"), fixAll: () => v.fixAll("x"),
      outline: () => v.outline("x"), lintDocx: () => v.lintDocx(new Uint8Array()), validateForm: () => v.validateForm({}),
      rules: () => v.rules(), version: () => v.version() })) {
      try { call(); out.push(name + ": no error"); } catch (e) { out.push(name + ": " + e.message); }
    }
    console.log(JSON.stringify(out));`;
  const out = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" }));
  for (const line of out) assert.match(line, /: vanban: call init\(\) first$/, line);

  const wrong = [
    [() => vanban.lint(123), /lint\(text\)/],
    [() => vanban.lint({}), /lint\(text\)/],
    [() => vanban.check(null), /check\(text\)/],
    [() => vanban.fixAll(undefined), /fixAll\(text\)/],
    [() => vanban.outline([]), /outline\(text\)/],
    [() => vanban.lint("x", 5), /options/],
    [() => vanban.lint("x", { draft: "yes" }), /options\.draft/],
    [() => vanban.validateForm("x"), /form/],
    [() => vanban.lintDocx("PK"), /lintDocx\(bytes\)/],
  ];
  for (const [call, named] of wrong) {
    assert.throws(call, (e) => e instanceof TypeError && named.test(e.message) && e.message.startsWith("vanban: "));
  }
  // a throwing getter is the caller's exception, not an absent option
  const options = { get profile() { throw new RangeError("from the getter"); } };
  assert.throws(() => vanban.lint("x", options), (e) => e instanceof RangeError && e.message === "from the getter");
  // and the module keeps working
  assert.ok(vanban.lint("Số: 09 /KH-UBND\n").some((d) => d.rule === "number/malformed"));
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
  assert.ok(vanban.lint("Số: 09 /KH-UBND\n").some((d) => d.rule === "number/malformed"));
});

test("the declarations type real usages: every entry point with the DOM (tsc --strict), and the main one in a Node-only project without it", () => {
  const tsc = join(ROOT, "node_modules/.bin/tsc");
  for (const project of ["tsconfig.json", "tsconfig.node.json"]) {
    try {
      execFileSync(tsc, ["-p", join(ROOT, "e2e/types", project)], { stdio: "pipe", encoding: "utf8" });
    } catch (e) {
      assert.fail(`${project}:\n${e.stdout}${e.stderr}`);
    }
  }
});

test("the package lists every file its entry points import, and each one exists", async () => {
  const pkg = JSON.parse(await readFile(join(ROOT, "pkg/package.json"), "utf8"));
  for (const [entry, target] of Object.entries(pkg.exports)) {
    const files = typeof target === "string" ? [target] : Object.values(target);
    for (const f of files) {
      await access(join(ROOT, "pkg", f));
      const top = f.replace(/^\.\//, "").split("/")[0];
      if (top === "package.json") continue; // always packed
      assert.ok(pkg.files.some((x) => x === top || x === `${top}/`), `${entry}: ${f} in "files"`);
    }
  }
  // every relative import of the shipped modules is shipped
  for (const f of pkg.files.filter((f) => f.endsWith(".js"))) {
    const code = await readFile(join(ROOT, "pkg", f), "utf8");
    for (const [, spec] of code.matchAll(/from "(\.[^"]+)"/g)) {
      const top = spec.replace(/^\.\//, "").split("/")[0];
      assert.ok(pkg.files.some((x) => x === top || x === `${top}/`), `${f} imports ${spec}`);
    }
  }
});
