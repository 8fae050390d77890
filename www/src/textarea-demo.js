import { attachTextarea } from "./textarea.js";
import { createChecker } from "./checker.js";
import { el } from "./dom.js";

const checker = createChecker(new URL("../worker.js", import.meta.url));
const textarea = document.getElementById("draft-text");
const list = document.getElementById("ta-findings");
const res = await fetch("../examples/ke-hoach-co-loi.txt");
textarea.value = await res.text();
attachTextarea(textarea, async (text) => (await checker.check(text, {})).diagnostics, {
  onResult(diagnostics) {
    list.replaceChildren(
      ...diagnostics.map((d) =>
        el("li", { class: `vb-finding vb-sev-${d.severity}` },
          el("button", { type: "button", onclick: () => { textarea.focus(); textarea.setSelectionRange(d.from, d.to); } },
            el("span", { class: "vb-pos" }, `${d.line}:${d.column}`), " ", d.message, " (", d.rule, ")")),
      ),
    );
    document.body.dataset.checked = String(Date.now());
  },
});
