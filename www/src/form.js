// The registration form of an outgoing document, validated live by vanban/form.
import init from "vanban";
import { attachForm } from "vanban/form";

await init();
const form = document.getElementById("meta");
const profile = document.getElementById("profile");
const draft = document.getElementById("draft");
const status = document.getElementById("result");

const options = () => ({ draft: draft.checked });
const setProfile = () => (form.dataset.vanbanProfile = profile.value === "auto" ? "" : profile.value);
setProfile();

// the status line and the preview follow the form live (text only, never HTML)
form.addEventListener("vanban:report", (e) => {
  const report = e.detail;
  const errors = Object.values(report.fields).flat().concat(report.form).filter((d) => d.severity === "error").length;
  status.textContent = report.valid ? "Hợp lệ, có thể đăng ký." : `Còn ${errors} lỗi, xem các ô được đánh dấu.`;
  status.dataset.valid = String(report.valid);
  // the text the form stands for, as it was checked; the body is not part of a form
  document.getElementById("preview").textContent = report.preview.text.replace("\nNội dung văn bản./.\n", "\n(nội dung văn bản)\n");
});

const handle = attachForm(form, options(), { docsUrl: (rule) => `rules.html#${rule}` });
profile.addEventListener("change", () => {
  setProfile();
  handle.recheck();
});
draft.addEventListener("change", () => handle.setOptions(options()));

form.addEventListener("submit", (e) => {
  e.preventDefault();
  if (!form.checkValidity()) {
    form.reportValidity();
    form.querySelector("[aria-invalid=true]")?.focus();
  } else {
    status.textContent = "Đã đăng ký (bản thử: không gửi đi đâu).";
  }
});

window.vanbanForm = handle; // for tests and the console
document.body.dataset.ready = "true";
