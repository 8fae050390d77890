// The main thread's side of the checking worker: requests are numbered, and a result that a
// newer request has superseded is never used — callers get the newest result instead.
export function createChecker(workerUrl) {
  const worker = new Worker(workerUrl, { type: "module" });
  let nextId = 1;
  const pending = new Map();
  worker.onmessage = ({ data }) => {
    const waiting = pending.get(data.id);
    if (!waiting) return;
    pending.delete(data.id);
    if (data.error) waiting.reject(new Error(data.error));
    else waiting.resolve(data);
  };
  worker.onerror = (e) => {
    for (const w of pending.values()) w.reject(new Error(e.message || "worker failed"));
    pending.clear();
  };
  const request = (message) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...message, id });
    });

  let latest = null;
  /** Lints `text`; resolves with the newest result ({diagnostics, outline, ms}). */
  async function check(text, options) {
    const mine = request({ kind: "lint", text, options });
    latest = mine;
    const result = await mine;
    if (latest !== mine || result.stale) return latest;
    return result;
  }
  return {
    check,
    fixAll: (text, options) => request({ kind: "fixAll", text, options }),
    readDocx: (bytes, options) => request({ kind: "docx", bytes, options }),
    rules: () => request({ kind: "rules" }).then((r) => r.rules),
  };
}
