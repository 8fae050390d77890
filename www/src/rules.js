// Every rule's documentation, Vietnamese first: the package's rules.json (generated from the
// rules' doc comments; `docVi` is the "## Tiếng Việt" section when a rule has one). A rule
// without a Vietnamese text shows its Vietnamese summary, its examples and its legal basis
// (which quote the Vietnamese texts), then the English description.
import docs from "vanban/rules.json" with { type: "json" };
import { el, SEVERITY_LABELS, FAMILY_LABELS } from "./dom.js";

const FIX_LABELS = { safe: "sửa tự động được", unsafe: "có gợi ý sửa (cần xem lại)", none: "" };
const HEADINGS_VI = {
  "What it does": "Quy tắc kiểm tra gì",
  Why: "Vì sao",
  Example: "Ví dụ sai",
  Correct: "Viết đúng",
  Basis: "Căn cứ",
};

/** Markdown → {heading: body} by its "## " sections (in order). */
function sections(md) {
  const out = new Map();
  let name = "";
  for (const line of md.split("\n")) {
    const h = /^## (.+)$/.exec(line);
    if (h) {
      name = h[1].trim();
      out.set(name, []);
    } else if (name) out.get(name).push(line);
  }
  return new Map([...out].map(([k, v]) => [k, v.join("\n").trim()]));
}

/** A small Markdown subset (paragraphs, ``` blocks, `code`), built as text nodes only. */
function render(md) {
  const out = [];
  let code = null;
  let para = [];
  const inline = (text) => text.split(/(`[^`]+`)/).map((part) => (part.startsWith("`") && part.endsWith("`") && part.length > 1 ? el("code", {}, part.slice(1, -1)) : part));
  const flush = () => {
    if (para.length) out.push(el("p", {}, inline(para.join(" "))));
    para = [];
  };
  for (const line of md.split("\n")) {
    if (line.startsWith("```")) {
      if (code === null) {
        flush();
        code = [];
      } else {
        out.push(el("pre", {}, code.join("\n")));
        code = null;
      }
    } else if (code !== null) code.push(line);
    else if (/^#{2,3} /.test(line)) {
      flush();
      out.push(el("h3", {}, line.replace(/^#+ /, "")));
    } else if (line.trim() === "") flush();
    else para.push(line.trim());
  }
  flush();
  return out;
}

function part(title, body) {
  return body ? [el("h3", {}, title), ...render(body)] : [];
}

const main = document.getElementById("rules");
const families = new Map();
for (const r of docs) {
  if (!families.has(r.family)) families.set(r.family, []);
  families.get(r.family).push(r);
}
main.append(
  el("p", {}, `${docs.length} quy tắc. Mức mặc định: lỗi, cảnh báo, gợi ý; mỗi mức đổi được trong cấu hình (vanban.toml hoặc tùy chọn rules).`),
  el("nav", { class: "rule-index", "aria-label": "Nhóm quy tắc" }, [...families.keys()].map((f) => el("a", { href: `#family-${f}` }, FAMILY_LABELS[f] ?? f))),
);
for (const [family, list] of families) {
  main.append(el("h2", { id: `family-${family}`, class: "rule-family" }, FAMILY_LABELS[family] ?? family));
  for (const r of list) {
    const en = sections(r.doc);
    const meta = [SEVERITY_LABELS[r.severity], FIX_LABELS[r.fix]].filter(Boolean).join(" · ");
    const vi = r.docVi
      ? render(r.docVi)
      : [el("p", { class: "rule-note" }, "Mô tả chi tiết bằng tiếng Việt đang được biên soạn; bản tiếng Anh ở cuối mục.")];
    const section = el(
      "section",
      { class: "rule-doc", id: r.id, lang: "vi" },
      el("h3", { class: "rule-title" }, r.summary),
      el("p", { class: "rule-meta" }, el("code", {}, r.id), ` — ${meta}`),
      ...vi,
      ...part(HEADINGS_VI.Example, en.get("Example")),
      ...part(HEADINGS_VI.Correct, en.get("Correct")),
      ...(r.docVi ? [] : part(HEADINGS_VI.Basis, en.get("Basis"))),
      el(
        "details",
        { class: "rule-en", lang: "en" },
        el("summary", {}, "English"),
        el("p", {}, el("strong", {}, r.summaryEn)),
        ...part("What it does", en.get("What it does")),
        ...part("Why", en.get("Why")),
        ...part("Basis", en.get("Basis")),
      ),
    );
    main.append(section);
  }
}
if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
document.body.dataset.ready = "true";
