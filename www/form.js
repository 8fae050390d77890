// The metadata form of a document being registered, validated live by attachForm.
import init, { attachForm } from "../pkg/vanban.js";

await init();
const form = document.getElementById("meta");
const profile = document.getElementById("profile");
const draft = document.getElementById("draft");
let detach = () => {};

function attach() {
  detach();
  form.dataset.vanbanProfile = profile.value === "auto" ? "" : profile.value;
  detach = attachForm(form, { draft: draft.checked });
}
profile.addEventListener("change", attach);
draft.addEventListener("change", attach);

// the live preview of the formatted header and closing lines (text only, never HTML)
form.addEventListener("vanban:report", (e) => {
  // the text the form stands for, as it was checked; the body is not part of a form
  const text = e.detail.preview.text.replace("\nNội dung văn bản./.\n", "\n(nội dung văn bản)\n");
  document.getElementById("preview").textContent = text;
});

form.addEventListener("submit", (e) => {
  e.preventDefault();
  const ok = form.checkValidity();
  if (!ok) form.reportValidity();
  document.getElementById("result").textContent = ok ? "Hợp lệ, có thể đăng ký." : "Còn lỗi, xem các ô được đánh dấu.";
});

attach();
document.body.dataset.ready = "true";
