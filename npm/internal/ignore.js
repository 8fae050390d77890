// The user's dismissals, persisted (see createIgnoreList in index.js).
export function createIgnoreList({ storage, key = "vanban:ignore" } = {}) {
  let saved = {};
  try {
    saved = JSON.parse(storage?.getItem(key) ?? "{}") ?? {};
  } catch {
    saved = {};
  }
  const strings = (list) => (Array.isArray(list) ? list.filter((x) => typeof x === "string") : []);
  const rules = new Set(strings(saved.rules));
  const findings = new Set(strings(saved.findings));
  const listeners = new Set();
  const changed = () => {
    try {
      storage?.setItem(key, JSON.stringify({ rules: [...rules], findings: [...findings] }));
    } catch {
      // a full or forbidden storage: the list still works for this page
    }
    for (const f of listeners) f();
  };
  return {
    get options() {
      return { rules: [...rules], findings: [...findings] };
    },
    has: (d) => findings.has(d.fingerprint) || rules.has(d.rule) || rules.has(d.rule.split("/")[0]),
    add(d) {
      if (!findings.has(d.fingerprint)) {
        findings.add(d.fingerprint);
        changed();
      }
    },
    addRule(rule) {
      if (!rules.has(rule)) {
        rules.add(rule);
        changed();
      }
    },
    remove(fingerprint) {
      if (findings.delete(fingerprint)) changed();
    },
    removeRule(rule) {
      if (rules.delete(rule)) changed();
    },
    clear() {
      if (rules.size || findings.size) {
        rules.clear();
        findings.clear();
        changed();
      }
    },
    get size() {
      return rules.size + findings.size;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** `options` with the list's dismissals added to its `ignore`. */
export function withIgnored(options, ignore) {
  if (!ignore || ignore.size === 0) return options;
  const own = options?.ignore ?? {};
  const list = ignore.options;
  return {
    ...options,
    ignore: {
      rules: [...new Set([...(own.rules ?? []), ...list.rules])],
      findings: [...new Set([...(own.findings ?? []), ...list.findings])],
    },
  };
}
