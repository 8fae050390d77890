// Small DOM helpers. User text only ever goes through textContent, never innerHTML.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (k === "class") node.className = v;
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

export const FAMILY_LABELS = {
  header: "Phần đầu văn bản",
  number: "Số, ký hiệu",
  date: "Ngày tháng",
  structure: "Bố cục",
  recipients: "Nơi nhận",
  signature: "Chữ ký",
  citation: "Viện dẫn",
  text: "Chính tả, trình bày",
};

export const SEVERITY_LABELS = { error: "Lỗi", warning: "Cảnh báo", info: "Gợi ý" };

/** Runs `fn` when the page is idle (at the latest after `timeout` ms). */
export function onIdle(fn, timeout = 2000) {
  if (typeof requestIdleCallback === "function") requestIdleCallback(() => fn(), { timeout });
  else setTimeout(fn, 1);
}
