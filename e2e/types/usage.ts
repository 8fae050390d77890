// Compiled with tsc --strict by e2e/pkg.test.mjs: every entry point's declarations type an
// ordinary integration, and reject what is wrong (an unknown rule id, a wrong field name).
import init, {
  lint, validateForm, rules, outline, fixAll, lintDocx, check, createIgnoreList,
  type Diagnostic, type Options, type DocumentForm, type FormReport, type RuleInfo, type Outline, type RuleId, type FormField,
} from "vanban";
import { attachForm } from "vanban/form";
import { createChecker, isAbortError } from "vanban/worker";
import { vanban, fixAll as fixAllInEditor, getResult, checkStatus } from "vanban/codemirror";
import { attachTextarea } from "vanban/textarea";
import { attachHighlight } from "vanban/highlight";
import docs from "vanban/rules.json";
import { EditorView } from "@codemirror/view";

export async function demo(form: HTMLFormElement, textarea: HTMLTextAreaElement, rich: HTMLElement): Promise<number> {
  await init();
  await init(new URL("https://example.org/vanban_bg.wasm"));
  await init(fetch("vanban_bg.wasm"));
  await init({ module_or_path: await WebAssembly.compile(new Uint8Array()) });
  const options: Options = { profile: "mttq", draft: true, lang: "vi", rules: { "text/spacing": "off", citation: "warning" }, ignore: { findings: ["0123456789abcdef"] } };
  const found: Diagnostic[] = lint("Số: 09 /KH-UBND", options);
  const first = found[0];
  const rule: RuleId = first.rule;
  const slice: string = "Số: 09 /KH-UBND".slice(first.from, first.to);
  const line: number = first.endLine + first.endColumn;
  const fix: string | undefined = first.fix?.replacement;
  const data: DocumentForm = { number: "09", symbol: "KH-MTTQ-BTT", signer: { title: "PHÓ CHỦ TỊCH" }, recipients: ["Lưu: VT"] };
  const report: FormReport = validateForm(data);
  const dateFindings = report.fields.issueDate;
  const field: FormField = "signer.title";
  // @ts-expect-error: "date" is not a field of the form
  void report.fields.date;
  // @ts-expect-error: "text/nope" is not a rule
  lint("x", { rules: { "text/nope": "off" } });
  // @ts-expect-error: "state" is not a profile
  lint("x", { profile: "state" });
  const handle = attachForm(form, options, { docsUrl: (r) => `rules.html#${r}` });
  form.addEventListener("vanban:report", (e) => console.log(e.detail.valid, e.detail.preview.number));
  handle.recheck({ show: true });
  handle();
  const all: RuleInfo[] = rules();
  const shape: Outline = outline("KẾ HOẠCH");
  const fixed: string = fixAll("Số: 09 /KH-UBND").text;
  const docx = lintDocx(new Uint8Array(0));
  const checked = check("x");
  const summaryVi: string | undefined = docs.find((d) => d.id === rule)?.docVi;

  const checker = createChecker({ options: { profile: "auto" } });
  const r = await checker.check("KẾ HOẠCH", undefined, { channel: "x", signal: new AbortController().signal }).catch((e) => (isAbortError(e) ? null : Promise.reject(e)));
  const ignore = createIgnoreList({ storage: localStorage });
  const view = new EditorView({ extensions: [vanban({ checker, ignore, options: () => ({ draft: true }), docsUrl: (id) => `rules.html#${id}`, onResult: (res, info) => console.log(res.outline.profile, info.applyMs) })] });
  const done = await fixAllInEditor(view);
  const status = checkStatus(view);
  const ta = attachTextarea(textarea, { checker, onResult: (ds) => console.log(ds.length) });
  const hl = attachHighlight(rich, { checker, applyFix: ({ range, replacement }) => console.log(range.toString(), replacement) });
  ta.detach();
  hl.detach();
  return slice.length + line + (fix?.length ?? 0) + (dateFindings?.length ?? 0) + field.length + all.length + shape.parts.length + fixed.length + docx.diagnostics.length
    + checked.omitted.infos + (summaryVi?.length ?? 0) + (r?.ms ?? 0) + (done?.fixed ?? 0) + (status?.delay ?? 0) + (getResult(view)?.diagnostics.length ?? 0);
}
