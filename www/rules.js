// Every rule's documentation (What it does / Why / Example / Correct / Basis): rules() for the list,
// pkg/rules.json for the documentation (kept out of the .wasm).
import init, { rules } from "../pkg/vanban.js";

await init();
const main = document.getElementById("rules");
const text = (tag, content, cls) => {
  const n = document.createElement(tag);
  n.textContent = content;
  if (cls) n.className = cls;
  return n;
};

/** A small Markdown subset (## headings, ``` blocks, paragraphs), built as text nodes. */
function renderDoc(md) {
  const out = [];
  let code = null;
  let para = [];
  const flush = () => {
    if (para.length) out.push(text("p", para.join(" ")));
    para = [];
  };
  for (const line of md.split("\n")) {
    if (line.startsWith("```")) {
      if (code === null) { flush(); code = []; } else { out.push(text("pre", code.join("\n"))); code = null; }
    } else if (code !== null) code.push(line);
    else if (line.startsWith("## ")) { flush(); out.push(text("h3", line.slice(3))); }
    else if (line.trim() === "") flush();
    else para.push(line.trim());
  }
  flush();
  return out;
}

// the documentation ships next to the module as rules.json (it is not in the .wasm)
const docs = new Map((await (await fetch("../pkg/rules.json")).json()).map((r) => [r.id, r.doc]));
const list = rules();
main.append(text("p", `${list.length} quy tắc. Mức mặc định: lỗi (error), cảnh báo (warning), gợi ý (info).`));
for (const r of list) {
  const section = document.createElement("section");
  section.className = "rule-doc";
  section.id = r.id;
  section.append(text("h2", r.id), text("p", `${r.summary} — ${r.severity}${r.fix !== "none" ? `, sửa tự động: ${r.fix}` : ""}`), ...renderDoc(docs.get(r.id) ?? ""));
  main.append(section);
}
if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
