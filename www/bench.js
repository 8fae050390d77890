// Browser budgets, measured in the page (driven by e2e/bench.mjs through Playwright).
import init, { lint } from "../pkg/vanban.js";

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
function time(fn, runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) { const t = performance.now(); fn(); samples.push(performance.now() - t); }
  return { median: median(samples), min: Math.min(...samples), runs };
}

// fetched first (network is not the module's cost), then compiled and instantiated
const bytes = await (await fetch("../pkg/vanban_bg.wasm")).arrayBuffer();
const t0 = performance.now();
const module = await WebAssembly.compile(bytes);
const compileMs = performance.now() - t0;
await init({ module_or_path: module });
const instantiateMs = performance.now() - t0;

const seedRes = await fetch("/seeds/000_a8b468fae2d3fd1d.txt");
const seed = seedRes.ok ? await seedRes.text() : await (await fetch("../examples/ke-hoach-co-loi.txt")).text();
const t1 = performance.now();
const firstFindings = lint(seed).length;
const firstLintMs = performance.now() - t1;

const seedTiming = time(() => lint(seed), 100);
let big = "";
while (new TextEncoder().encode(big).length < 1_000_000) big += seed + "\n";
const bigBytes = new TextEncoder().encode(big).length;
const bigTiming = time(() => lint(big), 7);
const seedBytes = new TextEncoder().encode(seed).length;

const results = {
  userAgent: navigator.userAgent,
  compileMs,
  instantiateMs,
  firstLintMs,
  firstFindings,
  seed: { name: seedRes.ok ? "seed 000" : "examples/ke-hoach-co-loi.txt", bytes: seedBytes, ...seedTiming, mbPerS: seedBytes / 1e6 / (seedTiming.median / 1000) },
  big: { bytes: bigBytes, ...bigTiming, mbPerS: bigBytes / 1e6 / (bigTiming.median / 1000) },
};
window.benchResults = results;
document.getElementById("out").textContent = JSON.stringify(results, null, 2);
