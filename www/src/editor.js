// The editor page: CodeMirror 6 with the package's own CodeMirror extension (vanban/codemirror),
// checking in the package's worker (vanban/worker) — exactly what a portal would write.
import { EditorState } from "@codemirror/state";
import {
  EditorView,
  keymap,
  lineNumbers,
  highlightActiveLine,
  highlightActiveLineGutter,
  drawSelection,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { openLintPanel } from "@codemirror/lint";
import { createIgnoreList } from "vanban";
import { createChecker } from "vanban/worker";
import { vanban, fixAll, recheck, checkStatus } from "vanban/codemirror";
import { el, FAMILY_LABELS, onIdle } from "./dom.js";

const STORAGE = { text: "vanban:text", options: "vanban:options" };
const EXAMPLES = {
  "co-loi": "dist/examples/ke-hoach-co-loi.txt",
  dung: "dist/examples/ke-hoach-dung.txt",
};
const $ = (id) => document.getElementById(id);

const checker = createChecker();
const ignore = createIgnoreList({ storage: localStorage });

// ---------------------------------------------------------------- options
const saved = JSON.parse(localStorage.getItem(STORAGE.options) ?? "{}");
$("profile").value = saved.profile ?? "auto";
$("draft").checked = Boolean(saved.draft);
const options = () => ({ profile: $("profile").value, draft: $("draft").checked });
for (const id of ["profile", "draft"]) {
  $(id).addEventListener("change", () => {
    localStorage.setItem(STORAGE.options, JSON.stringify(options()));
    recheck(view);
  });
}

// ---------------------------------------------------------------- the draft, saved when idle
let dirty = false;
let saveTimer = 0;
function save() {
  clearTimeout(saveTimer);
  if (!dirty) return;
  dirty = false;
  try {
    localStorage.setItem(STORAGE.text, view.state.doc.toString());
  } catch {
    $("status").textContent = "Không lưu được bản nháp (bộ nhớ trình duyệt đầy).";
  }
}
function saveSoon() {
  dirty = true;
  clearTimeout(saveTimer);
  // a second after the last keystroke, when the page has nothing else to do
  saveTimer = setTimeout(() => onIdle(save), 1000);
}
window.addEventListener("pagehide", save);
document.addEventListener("visibilitychange", () => document.visibilityState === "hidden" && save());

// ---------------------------------------------------------------- editor
const initial = localStorage.getItem(STORAGE.text);
const view = new EditorView({
  parent: $("editor"),
  state: EditorState.create({
    doc: initial ?? "",
    extensions: [
      lineNumbers(),
      highlightActiveLineGutter(),
      highlightActiveLine(),
      drawSelection(),
      history(),
      EditorView.lineWrapping,
      keymap.of([...defaultKeymap, ...historyKeymap]),
      vanban({
        checker,
        options,
        ignore,
        docsUrl: (rule) => `rules.html#${rule}`,
        onResult: (result, info) => panel.show(result, info),
        onError: (e) => ($("status").textContent = `Không kiểm tra được: ${e.message}`),
      }),
      // a file dropped on the editor is opened (text dragged inside it is CodeMirror's business)
      EditorView.domEventHandlers({
        drop(event) {
          const file = event.dataTransfer?.files?.[0];
          if (!file) return false;
          event.preventDefault();
          openFile(file);
          return true;
        },
      }),
      EditorView.contentAttributes.of({ "aria-label": "Nội dung văn bản", spellcheck: "false", lang: "vi" }),
      EditorView.updateListener.of((u) => {
        if (!u.docChanged) return;
        saveSoon();
        if (!u.transactions.some((tr) => tr.isUserEvent("input.fix"))) note = "";
      }),
    ],
  }),
});
window.vanbanEditor = view; // for tests and the console
window.vanbanStatus = () => checkStatus(view);

function setText(text) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  dirty = true;
  save();
}

async function loadExample(key) {
  const res = await fetch(EXAMPLES[key]);
  setText(await res.text());
}
if (initial === null) loadExample("co-loi");
for (const button of document.querySelectorAll("[data-example]")) {
  button.addEventListener("click", () => loadExample(button.dataset.example));
}

/** Loads a .txt/.md (as text) or a .docx (its paragraphs, read by the package) into the editor. */
async function openFile(file) {
  try {
    if (file.name.toLowerCase().endsWith(".docx")) {
      const { text } = await checker.lintDocx(new Uint8Array(await file.arrayBuffer()), options());
      setText(text);
    } else {
      setText(await file.text());
    }
  } catch (err) {
    $("status").textContent = `Không mở được ${file.name}: ${err.message}`;
  }
}
$("open").addEventListener("change", async (e) => {
  const file = e.target.files?.[0];
  if (file) await openFile(file);
  e.target.value = "";
});

// what "fix all" did stays in the status line until the next edit
let note = "";
const showStatus = (text) => ($("status").textContent = note ? `${note} ${text}` : text);
$("fix-all").addEventListener("click", async () => {
  const r = await fixAll(view);
  if (!r) return;
  note = r.fixed > 0 ? `Đã sửa ${r.fixed} lỗi (Ctrl+Z để hoàn tác).` : "Không có lỗi sửa tự động được.";
  showStatus("");
});
$("show-list").addEventListener("click", () => openLintPanel(view));
$("ignored").addEventListener("click", () => {
  ignore.clear();
  $("status").textContent = "Đã hiện lại các lỗi đã bỏ qua.";
});
const showIgnored = () => {
  $("ignored").hidden = ignore.size === 0;
  $("ignored").textContent = `Hiện lại ${ignore.size} lỗi đã bỏ qua`;
};
ignore.subscribe(showIgnored);
showIgnored();

// ---------------------------------------------------------------- side panel
function jump(from, to = from) {
  const len = view.state.doc.length;
  view.dispatch({ selection: { anchor: Math.min(from, len), head: Math.min(to, len) }, scrollIntoView: true });
  view.focus();
}

/**
 * The panel beside the editor: the outline and the findings by family. It costs the main thread
 * little: a result equal to the last one (the usual case while typing) changes only the status;
 * otherwise it is drawn when the page is idle, and a family's list only when it is open, at most
 * PAGE items at a time.
 */
const PAGE = 100;
const panel = (() => {
  let lastKey = "";
  let lastOutline = "";
  let pending = null;
  let byFamily = new Map();
  const open = new Set(Object.keys(FAMILY_LABELS));
  const shown = new Map(); // family → how many items are drawn

  function outlineItem(item) {
    const mark = item.present ? "✓" : item.required ? "✗" : "–";
    const state = item.present ? "present" : item.required ? "missing" : "absent";
    const label = el("span", { class: "vb-label" }, item.label);
    const detail = item.text ? el("span", { class: "vb-detail" }, item.text) : null;
    const body = item.present
      ? el("button", { type: "button", onclick: () => jump(item.from, item.to) }, label, detail)
      : el("span", {}, label, item.required ? el("span", { class: "vb-detail" }, "thiếu") : null);
    return el("li", { class: `vb-outline-${state}`, "data-key": item.key }, el("span", { class: "vb-mark", "aria-hidden": "true" }, mark), " ", body);
  }

  function drawOutline(outline) {
    const key = JSON.stringify(outline);
    if (key === lastOutline) return;
    lastOutline = key;
    $("outline").replaceChildren(
      el("li", { class: "vb-outline-title" }, `Hệ thống: ${outline.profile}${outline.docType ? ` · ${outline.docType}` : ""}`),
      ...outline.header.map(outlineItem),
      el("li", { class: "vb-outline-title" }, `Căn cứ: ${outline.bases} · Phần: ${outline.parts.length}`),
      ...outline.parts.map((p) => el("li", { class: "vb-outline-part" }, el("button", { type: "button", onclick: () => jump(p.from, p.to) }, `${p.numeral}. ${p.heading}`))),
      outlineItem({ ...outline.recipients, text: outline.recipients.present ? `${outline.recipientCount} dòng` : undefined }),
      outlineItem(outline.signature),
    );
  }

  function item(d) {
    return el(
      "li",
      { class: `vb-finding vb-sev-${d.severity}`, "data-rule": d.rule },
      el("button", { type: "button", onclick: () => jump(d.from, d.to), title: d.rule }, el("span", { class: "vb-pos" }, `${d.line}:${d.column}`), " ", d.message),
    );
  }

  function drawFamily(details, family) {
    const list = byFamily.get(family) ?? [];
    const n = Math.min(list.length, shown.get(family) ?? PAGE);
    const ul = el("ul", {}, list.slice(0, n).map(item));
    const more = n < list.length
      ? el("button", { type: "button", class: "vb-more", onclick: () => { shown.set(family, n + PAGE); drawFamily(details, family); } }, `Xem thêm (${list.length - n})`)
      : null;
    details.querySelector("ul")?.remove();
    details.querySelector(".vb-more")?.remove();
    if (details.open) details.append(ul, ...(more ? [more] : []));
  }

  function drawFindings(diagnostics) {
    byFamily = new Map();
    const counts = { error: 0, warning: 0, info: 0 };
    for (const d of diagnostics) {
      counts[d.severity]++;
      const family = d.rule.split("/")[0];
      if (!byFamily.has(family)) byFamily.set(family, []);
      byFamily.get(family).push(d);
    }
    $("counts").textContent = `${counts.error} lỗi · ${counts.warning} cảnh báo · ${counts.info} gợi ý`;
    const sections = [...byFamily].map(([family, list]) => {
      const details = el("details", { "data-family": family, ...(open.has(family) ? { open: true } : {}) }, el("summary", {}, `${FAMILY_LABELS[family] ?? family} (${list.length})`));
      details.addEventListener("toggle", () => {
        if (details.open) open.add(family);
        else open.delete(family);
        drawFamily(details, family);
      });
      drawFamily(details, family);
      return details;
    });
    $("findings").replaceChildren(...sections);
    if (diagnostics.length === 0) $("findings").append(el("p", { class: "vb-clean" }, "Không phát hiện vấn đề nào."));
  }

  function draw() {
    const { result } = pending;
    pending = null;
    const t0 = performance.now();
    drawOutline(result.outline);
    // positions move while typing; the list is redrawn only when the findings themselves change
    const key = result.diagnostics.map((d) => `${d.fingerprint}:${d.line}`).join(",");
    if (key !== lastKey) {
      lastKey = key;
      drawFindings(result.diagnostics);
    }
    try {
      performance.measure("vanban:panel", { start: t0 });
    } catch {
      // User Timing is optional
    }
    document.body.dataset.checked = String(Date.now());
  }

  return {
    show(result, info) {
      const omitted = result.omitted.errors + result.omitted.warnings + result.omitted.infos;
      showStatus(`Kiểm tra trong ${result.ms.toFixed(1)} ms${omitted ? ` · ${omitted} phát hiện khác không hiện` : ""}.`);
      document.body.dataset.applyMs = info.applyMs.toFixed(2);
      const first = pending === null;
      pending = { result };
      if (first) onIdle(draw, 200);
    },
  };
})();

export { view };
