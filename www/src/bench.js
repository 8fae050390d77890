// Browser measurements, run in the page by e2e/bench.mjs (through Playwright): the module's
// instantiation, checks on the main thread, and checks of a long plan in the package's worker.
import init, { lint } from "vanban";
import { createChecker } from "vanban/worker";

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const quantile = (xs, q) => {
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const stats = (xs) => ({ runs: xs.length, median: quantile(xs, 0.5), p95: quantile(xs, 0.95), p99: quantile(xs, 0.99), max: Math.max(...xs), min: Math.min(...xs) });
function time(fn, runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

/** Instantiation and main-thread checks of `seed` and of a 1 MB document made of it. */
window.runBench = async (seed) => {
  // fetched first (network is not the module's cost), then compiled and instantiated
  const bytes = await (await fetch("dist/vanban_bg.wasm")).arrayBuffer();
  const t0 = performance.now();
  const module = await WebAssembly.compile(bytes);
  const compileMs = performance.now() - t0;
  await init(module);
  const instantiateMs = performance.now() - t0;
  const t1 = performance.now();
  const firstFindings = lint(seed).length;
  const firstLintMs = performance.now() - t1;
  const seedTiming = time(() => lint(seed), 100);
  let big = "";
  while (new TextEncoder().encode(big).length < 1_000_000) big += seed + "\n";
  const bigTiming = time(() => lint(big), 7);
  const size = (s) => new TextEncoder().encode(s).length;
  return { userAgent: navigator.userAgent, compileMs, instantiateMs, firstLintMs, firstFindings, seed: { bytes: size(seed), ...seedTiming }, big: { bytes: size(big), ...bigTiming } };
};

/**
 * `runs` checks of `plan` in the worker, each after a one-character edit in the middle (as
 * while typing): the time the check took in the worker, and the round trip seen by the page.
 */
window.runWorkerBench = async (plan, runs) => {
  const checker = createChecker();
  await checker.ready;
  let text = plan;
  const worker = [];
  const roundTrip = [];
  for (let i = 0; i < runs + 5; i++) {
    const at = (text.length >> 1) + i;
    text = text.slice(0, at) + (i % 2 ? " " : "a") + text.slice(at);
    const t = performance.now();
    const r = await checker.check(text);
    if (i >= 5) {
      worker.push(r.ms);
      roundTrip.push(performance.now() - t);
    }
  }
  const last = await checker.check(text);
  checker.terminate();
  return { worker: stats(worker), roundTrip: stats(roundTrip), findings: last.diagnostics.length, bytes: new TextEncoder().encode(text).length };
};
document.getElementById("out").textContent = "ready";
document.body.dataset.ready = "true";
