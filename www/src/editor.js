// The editor page: CodeMirror 6 with @codemirror/lint, checking in a Web Worker.
import { EditorState, Compartment } from "@codemirror/state";
import {
  EditorView,
  keymap,
  lineNumbers,
  highlightActiveLine,
  highlightActiveLineGutter,
  drawSelection,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { linter, lintGutter, forceLinting, lintKeymap, openLintPanel } from "@codemirror/lint";
import { createChecker } from "./checker.js";
import { el, FAMILY_LABELS, SEVERITY_LABELS } from "./dom.js";

const STORAGE = { text: "vanban:text", options: "vanban:options" };
const EXAMPLES = {
  "co-loi": "../examples/ke-hoach-co-loi.txt",
  dung: "../examples/ke-hoach-dung.txt",
};

const checker = createChecker(new URL("../worker.js", import.meta.url));
const $ = (id) => document.getElementById(id);

// ---------------------------------------------------------------- options
const saved = JSON.parse(localStorage.getItem(STORAGE.options) ?? "{}");
$("profile").value = saved.profile ?? "auto";
$("draft").checked = Boolean(saved.draft);
function options() {
  return { profile: $("profile").value, draft: $("draft").checked };
}
for (const id of ["profile", "draft"]) {
  $(id).addEventListener("change", () => {
    localStorage.setItem(STORAGE.options, JSON.stringify(options()));
    forceLinting(view);
  });
}

// ---------------------------------------------------------------- diagnostics
/** The tooltip body: message, severity, rule id linking to its documentation. */
function renderMessage(d) {
  return el(
    "div",
    { class: "vb-message" },
    el("div", {}, d.message),
    el(
      "div",
      { class: "vb-meta" },
      el("span", { class: `vb-sev vb-sev-${d.severity}` }, SEVERITY_LABELS[d.severity]),
      " · ",
      el("a", { href: `rules.html#${d.rule}`, target: "_blank", rel: "noopener" }, d.rule),
    ),
  );
}

/** Quick fixes: the rule's fix, then each suggestion. Ranges follow the user's later edits. */
function actions(d) {
  const out = [];
  const replace = (label, replacement, fromDelta, toDelta) => ({
    name: label,
    apply(view, from, to) {
      view.dispatch({
        changes: { from: from + fromDelta, to: to + toDelta, insert: replacement },
        userEvent: "input.fix",
      });
    },
  });
  if (d.fix) {
    const label = d.fix.replacement === "" ? "Xóa" : `Sửa thành “${d.fix.replacement.trim() || "␣"}”`;
    out.push(
      replace(
        d.fix.applicability === "safe" ? label : `${label} (xem lại)`,
        d.fix.replacement,
        d.fix.from - d.from,
        d.fix.to - d.to,
      ),
    );
  }
  for (const s of d.suggestions ?? []) {
    if (d.fix && s === d.fix.replacement) continue;
    out.push(replace(`→ ${s}`, s, 0, 0));
  }
  return out;
}

function toCodeMirror(d) {
  return {
    from: d.from,
    to: d.to,
    severity: d.severity,
    source: d.rule,
    message: d.message,
    renderMessage: () => renderMessage(d),
    actions: actions(d),
  };
}

let lastResult = null;
const vanbanLint = linter(
  async (view) => {
    const text = view.state.doc.toString();
    let result;
    try {
      result = await checker.check(text, options());
    } catch (e) {
      $("status").textContent = `Không kiểm tra được: ${e.message}`;
      return [];
    }
    // a result for another text (the user kept typing) is dropped by @codemirror/lint itself
    if (view.state.doc.toString() === text) {
      lastResult = result;
      renderPanel(result);
    }
    return result.diagnostics.map(toCodeMirror);
  },
  { delay: 150 },
);

// ---------------------------------------------------------------- editor
const initial = localStorage.getItem(STORAGE.text);
let saveTimer = 0;
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
      keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
      lintGutter(),
      vanbanLint,
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
        clearTimeout(saveTimer);
        saveTimer = setTimeout(() => localStorage.setItem(STORAGE.text, u.state.doc.toString()), 300);
      }),
    ],
  }),
});
window.vanbanEditor = view; // for tests and the console
// the draft is saved shortly after typing, and at once when the page is left
const save = () => localStorage.setItem(STORAGE.text, view.state.doc.toString());
window.addEventListener("pagehide", save);
document.addEventListener("visibilitychange", () => document.visibilityState === "hidden" && save());

function setText(text) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  localStorage.setItem(STORAGE.text, text);
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
      const { text } = await checker.readDocx(new Uint8Array(await file.arrayBuffer()), options());
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

$("fix-all").addEventListener("click", async () => {
  const text = view.state.doc.toString();
  const { text: fixed, fixed: count } = await checker.fixAll(text, options());
  if (view.state.doc.toString() !== text) return; // the user typed meanwhile
  if (count > 0) {
    view.dispatch({ changes: { from: 0, to: text.length, insert: fixed }, userEvent: "input.fix" });
  }
  $("status").textContent = count > 0 ? `Đã sửa ${count} lỗi.` : "Không có lỗi sửa tự động được.";
});
$("show-list").addEventListener("click", () => openLintPanel(view));

// ---------------------------------------------------------------- side panel
function jump(from, to = from) {
  const len = view.state.doc.length;
  view.dispatch({
    selection: { anchor: Math.min(from, len), head: Math.min(to, len) },
    scrollIntoView: true,
  });
  view.focus();
}

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

function renderPanel(result) {
  const { diagnostics, outline, ms } = result;
  const o = $("outline");
  o.replaceChildren(
    el("li", { class: "vb-outline-title" }, `Hệ thống: ${outline.profile}${outline.docType ? ` · ${outline.docType}` : ""}`),
    ...outline.header.map(outlineItem),
    el("li", { class: "vb-outline-title" }, `Căn cứ: ${outline.bases} · Phần: ${outline.parts.length}`),
    ...outline.parts.map((p) =>
      el("li", { class: "vb-outline-part" }, el("button", { type: "button", onclick: () => jump(p.from, p.to) }, `${p.numeral}. ${p.heading}`)),
    ),
    outlineItem({ ...outline.recipients, text: outline.recipients.present ? `${outline.recipientCount} dòng` : undefined }),
    outlineItem(outline.signature),
  );

  const counts = { error: 0, warning: 0, info: 0 };
  const families = new Map();
  for (const d of diagnostics) {
    counts[d.severity]++;
    const family = d.rule.split("/")[0];
    if (!families.has(family)) families.set(family, []);
    families.get(family).push(d);
  }
  $("counts").textContent = `${counts.error} lỗi · ${counts.warning} cảnh báo · ${counts.info} gợi ý`;
  $("findings").replaceChildren(
    ...[...families].map(([family, list]) =>
      el(
        "details",
        { open: true, "data-family": family },
        el("summary", {}, `${FAMILY_LABELS[family] ?? family} (${list.length})`),
        el(
          "ul",
          {},
          list.map((d) =>
            el(
              "li",
              { class: `vb-finding vb-sev-${d.severity}`, "data-rule": d.rule },
              el(
                "button",
                { type: "button", onclick: () => jump(d.from, d.to), title: d.rule },
                el("span", { class: "vb-pos" }, `${d.line}:${d.column}`),
                " ",
                d.message,
              ),
            ),
          ),
        ),
      ),
    ),
  );
  if (diagnostics.length === 0) $("findings").append(el("p", { class: "vb-clean" }, "Không phát hiện vấn đề nào."));
  $("status").textContent = `Kiểm tra trong ${ms.toFixed(1)} ms.`;
  document.body.dataset.checked = String(Date.now());
}

export { view, lastResult };
