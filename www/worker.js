// Checking runs here, off the main thread, so typing never waits for the linter.
// Protocol: {id, kind: "lint", text, options} -> {id, diagnostics, outline, ms}
//           {id, kind: "fixAll", text, options} -> {id, text, fixed}
//           {id, kind: "docx", bytes, options}  -> {id, text}
//           any failure -> {id, error}
import init, { lint, outline, fixAll, lintDocx, rules } from "../pkg/vanban.js";

// warm up while the page loads: the first check builds the word lists (tens of ms)
const ready = init().then(() => lint("Kế hoạch"));
let latest = 0;

self.onmessage = async ({ data }) => {
  await ready;
  const { id, kind, options } = data;
  // a newer lint request already arrived: this one is stale, skip the work
  if (kind === "lint") {
    latest = Math.max(latest, id);
    await Promise.resolve();
    if (id < latest) return self.postMessage({ id, stale: true });
  }
  try {
    if (kind === "lint") {
      const t0 = performance.now();
      const diagnostics = lint(data.text, options);
      const shape = outline(data.text, options);
      self.postMessage({ id, diagnostics, outline: shape, ms: performance.now() - t0 });
    } else if (kind === "fixAll") {
      self.postMessage({ id, ...fixAll(data.text, options) });
    } else if (kind === "docx") {
      self.postMessage({ id, text: lintDocx(data.bytes, options).text });
    } else if (kind === "rules") {
      self.postMessage({ id, rules: rules() });
    }
  } catch (e) {
    self.postMessage({ id, error: String(e?.message ?? e) });
  }
};
