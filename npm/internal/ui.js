// What the adapters show for a finding, in Vietnamese by default: the message, the severity,
// a "?" link to the rule's documentation (the rule id is in the link and a data attribute, not
// in the text), the fixes, and "Bỏ qua". Built from text nodes only: user text never becomes
// HTML.

export const LABELS = {
  severity: { error: "Lỗi", warning: "Cảnh báo", info: "Gợi ý" },
  fix: (replacement) => (replacement === "" ? "Xóa" : `Sửa thành “${replacement.trim() || "␣"}”`),
  review: " (xem lại)",
  suggestion: (s) => `→ ${s}`,
  ignore: "Bỏ qua",
  ignoreTitle: "Không báo lỗi này nữa (ở mọi chỗ có đúng đoạn chữ này)",
  ignoreRule: "Tắt quy tắc này",
  docs: "?",
  docsTitle: "Giải thích quy tắc",
  missing: "Thiếu ở đây",
};

export function el(doc, tag, attrs = {}, ...children) {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (k === "class") node.className = v;
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(typeof c === "string" ? doc.createTextNode(c) : c);
  }
  return node;
}

/** The actions a finding offers: its fix, its suggestions, then dismissing it. */
export function actionsOf(d, labels = LABELS) {
  const out = [];
  if (d.fix) {
    out.push({
      kind: "fix",
      label: labels.fix(d.fix.replacement) + (d.fix.applicability === "safe" ? "" : labels.review),
      from: d.fix.from,
      to: d.fix.to,
      replacement: d.fix.replacement,
    });
  }
  for (const s of d.suggestions ?? []) {
    if (d.fix && s === d.fix.replacement) continue;
    out.push({ kind: "suggestion", label: labels.suggestion(s), from: d.from, to: d.to, replacement: s });
  }
  return out;
}

/**
 * The body of a tooltip: message, severity and "?" link; with `onAction`, buttons for the fixes
 * and for dismissing (`onAction(action)`, action.kind "fix" | "suggestion" | "ignore" | "ignoreRule").
 */
export function renderFinding(doc, d, { docsUrl, labels = LABELS, onAction, ignore = true } = {}) {
  const href = docsUrl?.(d.rule);
  const meta = el(
    doc,
    "div",
    { class: "vb-meta" },
    el(doc, "span", { class: `vb-sev vb-sev-${d.severity}` }, labels.severity[d.severity] ?? d.severity),
    href
      ? el(doc, "a", { class: "vb-docs", href, target: "_blank", rel: "noopener", title: labels.docsTitle, "aria-label": `${labels.docsTitle} ${d.rule}`, "data-rule": d.rule }, labels.docs)
      : null,
  );
  const body = el(doc, "div", { class: "vb-message", "data-rule": d.rule }, el(doc, "div", { class: "vb-text" }, d.message || labels.missing), meta);
  if (onAction) {
    const buttons = actionsOf(d, labels).map((a) =>
      el(doc, "button", { type: "button", class: `vb-action vb-action-${a.kind}`, onclick: () => onAction(a) }, a.label),
    );
    if (ignore) {
      buttons.push(
        el(doc, "button", { type: "button", class: "vb-action vb-action-ignore", title: labels.ignoreTitle, onclick: () => onAction({ kind: "ignore" }) }, labels.ignore),
        el(doc, "button", { type: "button", class: "vb-action vb-action-ignore-rule", onclick: () => onAction({ kind: "ignoreRule" }) }, labels.ignoreRule),
      );
    }
    if (buttons.length) body.append(el(doc, "div", { class: "vb-actions" }, buttons));
  }
  return body;
}

const rank = { error: 3, warning: 2, info: 1 };
/** The most severe of some findings. */
export function worst(list) {
  let best = "info";
  for (const d of list) if (rank[d.severity] > rank[best]) best = d.severity;
  return best;
}

/** The key a finding keeps while the text around it changes (for diffing results). */
export const keyOf = (d) => `${d.rule}\u0000${d.fingerprint}\u0000${d.message}`;
