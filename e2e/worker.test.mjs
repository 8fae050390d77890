// vanban/worker in Chromium, on a page bundled from the package as an application would bundle
// it: superseded checks, cancellation, errors from the worker, termination; and the main entry
// point's "call init() first" in a page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile, rm } from "node:fs/promises";
import { launch, openPage, bundlePage, serveFolders } from "./helpers.mjs";

let env;
let page;
let context;
let problems;
let served;
let dir;
before(async () => {
  env = await launch();
  dir = await bundlePage(`
    import init, { lint } from "vanban";
    import { createChecker, isAbortError } from "vanban/worker";
    window.vanban = { init, lint, createChecker, isAbortError };
    document.body.dataset.ready = "true";
  `);
  served = await serveFolders({ "/": dir });
  ({ page, context, problems } = await openPage(env.browser, `${served.base}/index.html`));
  await page.waitForSelector("body[data-ready]", { state: "attached" });
});
after(async () => {
  await context?.close();
  await env?.browser.close();
  env?.server.close();
  served?.server.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const MISTAKES = await readFile(new URL("../examples/ke-hoach-co-loi.txt", import.meta.url), "utf8");

test("before init() the main entry point throws 'vanban: call init() first', and works after", async () => {
  const r = await page.evaluate(async () => {
    let before;
    try {
      window.vanban.lint("x");
    } catch (e) {
      before = e.message;
    }
    await window.vanban.init();
    return { before, after: window.vanban.lint("Số: 09 /KH-UBND\n").map((d) => d.rule) };
  });
  assert.equal(r.before, "vanban: call init() first");
  assert.ok(r.after.includes("number/malformed"));
});

test("a newer check on a channel replaces the pending one: never a stale result", async () => {
  const r = await page.evaluate(async (text) => {
    const { createChecker, isAbortError } = window.vanban;
    const checker = createChecker();
    await checker.ready;
    const outcome = (p) => p.then((x) => ({ ok: x.diagnostics.length }), (e) => ({ aborted: isAbortError(e), name: e.name }));
    // three versions typed in a row on one channel: only the last resolves
    const calls = [checker.check(text + "a", undefined, { channel: "c" }), checker.check(text + "b", undefined, { channel: "c" }), checker.check(text, undefined, { channel: "c" })];
    const other = checker.check("Số: 09 /KH-UBND\n", undefined, { channel: "d" });
    const results = await Promise.all([...calls.map(outcome), outcome(other)]);
    checker.terminate();
    return results;
  }, MISTAKES);
  assert.deepEqual(r[0], { aborted: true, name: "AbortError" });
  assert.deepEqual(r[1], { aborted: true, name: "AbortError" });
  assert.ok(r[2].ok >= 13, JSON.stringify(r));
  assert.ok(r[3].ok >= 1, "another channel is not affected");
});

test("calls can be cancelled; errors keep their type; the worker keeps working; terminate() ends it", async () => {
  const r = await page.evaluate(async (text) => {
    const { createChecker, isAbortError } = window.vanban;
    const checker = createChecker({ options: { profile: "nd30" } });
    const out = {};
    const controller = new AbortController();
    const p = checker.check(text, undefined, { signal: controller.signal });
    controller.abort();
    out.aborted = await p.then(() => false, (e) => isAbortError(e));
    out.typeError = await checker.lint(123).then(() => null, (e) => `${e.name}: ${e.message}`);
    out.inWorker = await checker.check("x", { draft: "yes" }).then(() => null, (e) => `${e.name}: ${e.message}`);
    out.value = await checker.check("x", { profile: "state" }).then(() => null, (e) => `${e.name}: ${e.message}`);
    out.docx = await checker.lintDocx(new Uint8Array(3 * 1024), { maxSize: 1024 }).then(() => null, (e) => e.name);
    out.still = (await checker.lint("Số: 09 /KH-UBND\n")).map((d) => d.rule);
    out.fixed = (await checker.fixAll(text)).fixed;
    out.rules = (await checker.rules()).length;
    out.outline = (await checker.outline(text)).parts.length;
    const pending = checker.check(text);
    checker.terminate();
    out.pending = await pending.then(() => "resolved", (e) => e.name);
    out.after = await checker.check(text).then(() => "resolved", (e) => e.name);
    return out;
  }, MISTAKES);
  assert.equal(r.aborted, true);
  assert.match(r.typeError, /^TypeError: vanban: lint\(text\)/);
  assert.match(r.inWorker, /^TypeError: vanban: options\.draft/, "a TypeError thrown in the worker arrives as a TypeError");
  assert.match(r.value, /^Error: vanban: options\.profile/);
  assert.equal(r.docx, "RangeError");
  assert.ok(r.still.includes("number/malformed"));
  assert.ok(r.fixed > 5);
  assert.ok(r.rules > 50);
  assert.ok(r.outline >= 3);
  assert.equal(r.pending, "AbortError");
  assert.equal(r.after, "AbortError");
  assert.deepEqual(problems(), []);
});

test("the worker's WebAssembly can be served from elsewhere (wasmUrl); a wrong one fails every call clearly", async () => {
  const r = await page.evaluate(async () => {
    const { createChecker } = window.vanban;
    const good = createChecker({ wasmUrl: new URL("vanban_bg.wasm", location.href) });
    const ok = (await good.lint("Số: 09 /KH-UBND\n")).length;
    good.terminate();
    const bad = createChecker({ wasmUrl: new URL("missing.wasm", location.href) });
    const ready = await bad.ready.then(() => "ready", (e) => e.message);
    const call = await bad.lint("x").then(() => "ok", (e) => e.message);
    bad.terminate();
    return { ok, ready, call };
  });
  assert.ok(r.ok >= 1);
  assert.notEqual(r.ready, "ready");
  assert.notEqual(r.call, "ok");
});
