// Compiled with tsc --strict by e2e/pkg.test.mjs: the declarations generated from the Rust
// types must type an ordinary integration, and reject wrong options.
import init, {
  lint, validateForm, attachForm, rules, outline, fixAll, lintDocx,
  type Diagnostic, type Options, type DocumentForm, type FormReport, type RuleInfo, type Outline,
} from "../../pkg/vanban.js";

export async function demo(form: HTMLFormElement): Promise<number> {
  await init();
  const options: Options = { profile: "mttq", draft: true, lang: "vi", rules: { "text/spacing": "off" } };
  const found: Diagnostic[] = lint("Số: 09 /KH-UBND", options);
  const first = found[0];
  const slice: string = "Số: 09 /KH-UBND".slice(first.from, first.to);
  const fix: string | undefined = first.fix?.replacement;
  const data: DocumentForm = { number: "09", symbol: "KH-MTTQ-BTT", signer: { title: "PHÓ CHỦ TỊCH" }, recipients: ["Lưu: VT"] };
  const report: FormReport = validateForm(data);
  const dateFindings: Diagnostic[] | undefined = report.fields["issueDate"];
  const detach: () => void = attachForm(form, options);
  detach();
  const all: RuleInfo[] = rules();
  const shape: Outline = outline("KẾ HOẠCH");
  const fixed: string = fixAll("Số: 09 /KH-UBND").text;
  const docx = lintDocx(new Uint8Array(0));
  // @ts-expect-error: "state" is not a profile
  lint("x", { profile: "state" });
  return slice.length + (fix?.length ?? 0) + (dateFindings?.length ?? 0) + all.length + shape.parts.length + fixed.length + docx.diagnostics.length;
}
