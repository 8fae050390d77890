// The page's side of the checking worker: `createChecker()` starts vanban/worker-thread in a
// module worker (once), and every call returns a promise. A check on a channel replaces the
// pending check on the same channel: the replaced promise rejects with an AbortError, so a
// result for a text the page no longer has is never delivered. Any call can be cancelled with
// an AbortSignal; `terminate()` stops the worker.

const abortError = (message) => {
  const e = new Error(message);
  e.name = "AbortError";
  return e;
};

const rebuild = ({ name, message }) => {
  const Type = { TypeError, RangeError }[name] ?? Error;
  const e = new Type(message);
  if (!(name in { TypeError: 1, RangeError: 1, Error: 1 })) e.name = name;
  return e;
};

const merge = (defaults, options) => (defaults && options ? { ...defaults, ...options } : (options ?? defaults));

/** Whether `e` is the rejection of a replaced or cancelled request (not a failure). */
export function isAbortError(e) {
  return e instanceof Error && e.name === "AbortError";
}

export function createChecker({ worker, wasmUrl, options: defaults } = {}) {
  // written out in full so that bundlers (Vite, webpack 5, Parcel) bundle the worker with the
  // package and its .wasm
  const w = worker ?? new Worker(new URL("./worker-thread.js", import.meta.url), { type: "module", name: "vanban" });
  let seq = 0;
  let closed = null;
  const pending = new Map();
  const latest = new Map();

  const settle = (id) => {
    const entry = pending.get(id);
    if (!entry) return null;
    pending.delete(id);
    entry.cleanup?.();
    if (entry.channel !== undefined && latest.get(entry.channel) === id) latest.delete(entry.channel);
    return entry;
  };

  w.addEventListener("message", ({ data }) => {
    const entry = settle(data?.id);
    if (!entry) return; // replaced or cancelled: dropped here too
    if (data.error) entry.reject(rebuild(data.error));
    else if (data.dropped) entry.reject(abortError("vanban: the request was dropped"));
    else entry.resolve(entry.wrap ? entry.wrap(data) : data.result);
  });
  const fail = (why) => {
    closed ??= why;
    for (const id of [...pending.keys()]) settle(id)?.reject(why);
  };
  w.addEventListener("error", (e) => {
    e.preventDefault?.();
    fail(new Error(`vanban: the checking worker failed${e.message ? `: ${e.message}` : ""}`));
  });
  w.addEventListener("messageerror", () => fail(new Error("vanban: a message from the worker could not be read")));

  function request(type, payload, { signal, channel, wrap } = {}) {
    return new Promise((resolve, reject) => {
      if (closed) return reject(closed);
      if (signal?.aborted) return reject(abortError("vanban: aborted"));
      const id = ++seq;
      const entry = { resolve, reject, channel, wrap };
      if (signal) {
        const onAbort = () => cancel(id, "vanban: aborted");
        signal.addEventListener("abort", onAbort, { once: true });
        entry.cleanup = () => signal.removeEventListener("abort", onAbort);
      }
      if (channel !== undefined) {
        const previous = latest.get(channel);
        if (previous !== undefined) cancel(previous, "vanban: replaced by a newer check");
        latest.set(channel, id);
      }
      pending.set(id, entry);
      w.postMessage({ id, type, channel, ...payload });
    });
  }

  function cancel(id, why) {
    const entry = settle(id);
    if (!entry) return;
    entry.reject(abortError(why));
    w.postMessage({ type: "cancel", id });
  }

  const initId = seq + 1;
  const ready = request("init", { wasmUrl: wasmUrl === undefined ? undefined : String(wasmUrl) });
  ready.catch(() => {}); // reported by every call that follows

  const textCall = (type, wrap) => (text, options, how = {}) => {
    if (typeof text !== "string") {
      return Promise.reject(new TypeError(`vanban: ${type}(text): text must be a string, not ${text === null ? "null" : typeof text}`));
    }
    return request(type, { text, options: merge(defaults, options) }, { ...how, wrap });
  };

  return {
    ready: ready.then(() => undefined),
    /** Findings and outline; resolves with `ms`, the time the check took in the worker. */
    check: textCall("check", (data) => ({ ...data.result, ms: data.ms })),
    lint: textCall("lint"),
    fixAll: textCall("fixAll"),
    outline: textCall("outline"),
    lintDocx(bytes, options, how = {}) {
      if (!(bytes instanceof Uint8Array) && !(bytes instanceof ArrayBuffer)) {
        return Promise.reject(new TypeError("vanban: lintDocx(bytes): bytes must be a Uint8Array or an ArrayBuffer"));
      }
      return request("lintDocx", { bytes, options: merge(defaults, options) }, how);
    },
    rules: (how = {}) => request("rules", {}, how),
    /** Rejects every pending request with an AbortError (the worker skips those not started). */
    cancel() {
      for (const id of [...pending.keys()]) if (id !== initId) cancel(id, "vanban: cancelled");
    },
    /** Stops the worker; every pending and later call rejects. */
    terminate() {
      fail(abortError("vanban: the checker was terminated"));
      w.terminate();
    },
  };
}
