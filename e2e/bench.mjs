// The WebAssembly benchmark: opens www/bench.html in Debian's Chromium and prints the
// measured budgets (instantiate ≤ 50 ms, seed 000 ≤ 2 ms median, 1 MB ≤ 100 ms) and the
// .wasm size (≤ 250 KB gzipped). A benchmark, not a test: it reports, it does not fail.
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { launch, openPage } from "./helpers.mjs";

const wasm = await readFile(new URL("../pkg/vanban_bg.wasm", import.meta.url));
const env = await launch();
const { page, context } = await openPage(env.browser, `${env.base}/www/bench.html`);
await page.waitForFunction(() => window.benchResults, null, { timeout: 120000 });
const r = await page.evaluate(() => window.benchResults);
await context.close();

// typing in the editor on a ~100-page plan: checking runs in a worker, so the main thread
// must stay free (long tasks are those over 50 ms, as the browser counts them)
const plan = await readFile(new URL("../examples/ke-hoach-co-loi.txt", import.meta.url), "utf8");
const head = plan.slice(0, plan.indexOf("\nI. ") + 1);
const body = plan.slice(plan.indexOf("\nI. ") + 1, plan.indexOf("Nơi nhận"));
const longPlan = head + body.repeat(40) + plan.slice(plan.indexOf("Nơi nhận"));
const editor = await openPage(env.browser, `${env.base}/www/index.html`);
await editor.page.waitForSelector("body[data-checked]", { timeout: 60000 });
await editor.page.evaluate((text) => {
  const v = window.vanbanEditor;
  v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: text } });
}, longPlan);
await editor.page.waitForFunction(() => window.vanbanEditor.state.doc.length > 100000);
await editor.page.waitForTimeout(1500);
await editor.page.evaluate(() => {
  window.longTasks = [];
  new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: "longtask" });
  const v = window.vanbanEditor;
  v.focus();
  v.dispatch({ selection: { anchor: v.state.doc.length / 2 } });
});
const typedAt = Date.now();
await editor.page.keyboard.type("Triển khai thực hiện kế hoạch năm 2026 ", { delay: 40 });
const typingMs = Date.now() - typedAt;
await editor.page.waitForTimeout(1500);
const typing = await editor.page.evaluate(() => ({ longTasks: window.longTasks, status: document.getElementById("status").textContent }));
await editor.context.close();
await env.browser.close();
env.server.close();

const row = (what, value, budget) => console.log(`${what.padEnd(44)} ${value.padStart(14)}   ${budget}`);
console.log(`WebAssembly benchmark (${r.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? "Chromium"})`);
row(".wasm size", `${(wasm.length / 1024).toFixed(0)} KB`, "");
row(".wasm gzipped (-9)", `${(gzipSync(wasm, { level: 9 }).length / 1024).toFixed(0)} KB`, "budget ≤ 250 KB");
row("compile + instantiate (of which compile)", `${r.instantiateMs.toFixed(1)} ms (${r.compileMs.toFixed(1)})`, "budget ≤ 50 ms");
row("first lint (loads the word lists)", `${r.firstLintMs.toFixed(1)} ms`, "");
row(`lint ${r.seed.name} (${(r.seed.bytes / 1024).toFixed(0)} KB), median of ${r.seed.runs}`, `${r.seed.median.toFixed(2)} ms`, `budget ≤ 2 ms (${r.seed.mbPerS.toFixed(1)} MB/s)`);
row(`lint 1 MB document, median of ${r.big.runs}`, `${r.big.median.toFixed(1)} ms`, `budget ≤ 100 ms (${r.big.mbPerS.toFixed(1)} MB/s)`);
row(`typing 40 chars into a ${(longPlan.length / 1024).toFixed(0)} KB plan (${typingMs} ms)`, `${typing.longTasks.length} long tasks`, `longest ${Math.max(0, ...typing.longTasks).toFixed(0)} ms; worker: ${typing.status}`);
