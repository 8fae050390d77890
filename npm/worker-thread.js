// The checking worker (a module worker): `createChecker()` from vanban/worker starts it. It
// initialises the WebAssembly once, answers requests in order, and skips a check that a newer
// one on the same channel has replaced before it started (the page only wants the newest).
//
// Protocol (page → worker): {type: "init", id, wasmUrl?}, {type: "cancel", id},
//   {type: "check" | "lint" | "fixAll" | "outline" | "lintDocx" | "rules", id, channel?, text?, bytes?, options?}
// (worker → page): {id, result, ms} | {id, error: {name, message}} | {id, dropped: true}
import init, { check, lint, fixAll, outline, lintDocx, rules, version } from "./index.js";

let ready = null;
const queue = [];
let draining = false;

function start(wasmUrl) {
  // the first check builds the word lists (tens of ms): done now, not on the first keystroke
  ready ??= init(wasmUrl ? { module_or_path: wasmUrl } : undefined).then(() => {
    check("KẾ HOẠCH\nTriển khai thực hiện");
  });
  return ready;
}

const errorOf = (e) => ({ name: e?.name ?? "Error", message: String(e?.message ?? e) });

// The last results, by request: a text checked again (undo, redo, a deleted character typed
// back) is answered at once. Small, since the results of a long document are large.
const cache = [];
const CACHE = 4;
function cached(type, text, options, compute) {
  const key = `${type}\u0000${JSON.stringify(options ?? null)}`;
  const hit = cache.find((c) => c.key === key && c.text === text);
  if (hit) return hit.result;
  const result = compute();
  cache.unshift({ key, text, result });
  if (cache.length > CACHE) cache.pop();
  return result;
}

function run(request) {
  const { type, text, options } = request;
  switch (type) {
    case "check": return cached(type, text, options, () => check(text, options));
    case "lint": return lint(text, options);
    case "fixAll": return fixAll(text, options);
    case "outline": return outline(text, options);
    case "lintDocx": return lintDocx(request.bytes, options);
    case "rules": return rules();
    case "version": return version();
    default: throw new TypeError(`vanban worker: unknown request ${JSON.stringify(type)}`);
  }
}

// Each request waits for one turn of the event loop (a MessageChannel message), so that every
// message already queued — newer checks, cancellations — is seen before the work starts.
const hop = new MessageChannel();
hop.port1.onmessage = drain;
const next = () => hop.port2.postMessage(null);

async function drain() {
  const request = queue.shift();
  if (request) {
    try {
      await start();
      const t0 = performance.now();
      const result = run(request);
      self.postMessage({ id: request.id, result, ms: performance.now() - t0 });
      warm(request);
    } catch (e) {
      self.postMessage({ id: request.id, error: errorOf(e) });
    }
  }
  // the next request after one more turn: what arrived during this one is seen first
  draining = false;
  if (queue.length) schedule();
}

// A long document's first checks run in the engine's baseline code, two or three times slower
// than once its hot functions are optimised: after the first check of a long text, while the
// worker is idle (the user is reading what was just opened), it checks that text again a few
// times (results unused), so that the typing that follows is fast. Never in the way of a request.
let warmed = false;
function warm(request) {
  if (warmed || (request.type !== "check" && request.type !== "lint") || (request.text?.length ?? 0) < 20000) return;
  warmed = true;
  let left = 3;
  const again = () => {
    if (left-- <= 0 || queue.length > 0) return;
    try {
      check(request.text, request.options);
    } catch {
      return; // the real request already reported its error
    }
    setTimeout(again, 0);
  };
  setTimeout(again, 0);
}

function schedule() {
  if (!draining) {
    draining = true;
    next();
  }
}

self.onmessage = ({ data }) => {
  if (!data || typeof data !== "object") return;
  if (data.type === "init") {
    start(data.wasmUrl).then(
      () => self.postMessage({ id: data.id, result: version() }),
      (e) => self.postMessage({ id: data.id, error: errorOf(e) }),
    );
    return;
  }
  if (data.type === "cancel") {
    const at = queue.findIndex((r) => r.id === data.id);
    if (at >= 0) {
      queue.splice(at, 1);
      self.postMessage({ id: data.id, dropped: true });
    }
    return;
  }
  // a newer check on the same channel replaces a queued one
  if (data.channel !== undefined) {
    for (let i = queue.length - 1; i >= 0; i--) {
      if (queue[i].channel === data.channel) {
        self.postMessage({ id: queue[i].id, dropped: true });
        queue.splice(i, 1);
      }
    }
  }
  queue.push(data);
  schedule();
};
