// The rich-text page: Quill (from npm) with vanban/highlight. The adapter reads Quill's DOM and
// paints the findings with the CSS Custom Highlight API; Quill's content is never touched.
import Quill from "quill";
import "quill/dist/quill.snow.css";
import { createChecker } from "vanban/worker";
import { attachHighlight } from "vanban/highlight";

const quill = new Quill("#richtext", { theme: "snow", modules: { toolbar: [["bold", "italic", "underline"], [{ list: "ordered" }, { list: "bullet" }], ["clean"]] } });
const res = await fetch("dist/examples/ke-hoach-co-loi.txt");
quill.setText(await res.text());
quill.history.clear(); // the loaded document is where undo stops

const handle = attachHighlight(quill.root, {
  checker: createChecker(),
  docsUrl: (rule) => `rules.html#${rule}`,
  onResult(diagnostics, { result }) {
    document.getElementById("status").textContent = `${diagnostics.length} phát hiện · kiểm tra trong ${result.ms.toFixed(1)} ms`;
    document.body.dataset.checked = String(Date.now());
  },
});
window.quill = quill; // for tests and the console
window.vanbanHighlight = handle;
