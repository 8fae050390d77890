// The plain-textarea page: vanban/textarea on a <textarea>, checking in vanban/worker.
import { createIgnoreList } from "vanban";
import { createChecker } from "vanban/worker";
import { attachTextarea } from "vanban/textarea";
import { el } from "./dom.js";

const textarea = document.getElementById("draft-text");
const list = document.getElementById("ta-findings");
const res = await fetch("dist/examples/ke-hoach-co-loi.txt");
textarea.value = await res.text();

const handle = attachTextarea(textarea, {
  checker: createChecker(),
  ignore: createIgnoreList({ storage: localStorage, key: "vanban:ignore:textarea" }),
  docsUrl: (rule) => `rules.html#${rule}`,
  onResult(diagnostics) {
    list.replaceChildren(
      ...diagnostics.map((d) =>
        el("li", { class: `vb-finding vb-sev-${d.severity}`, "data-rule": d.rule },
          el("button", { type: "button", onclick: () => { textarea.focus(); textarea.setSelectionRange(d.from, d.to); } },
            el("span", { class: "vb-pos" }, `${d.line}:${d.column}`), " ", d.message)),
      ),
    );
    document.body.dataset.checked = String(Date.now());
  },
});
window.vanbanTextarea = handle; // for tests and the console
