// Compiled with tsc --strict by e2e/pkg.test.mjs in a project WITHOUT the DOM lib (a Node
// service, a CLI in TypeScript): the main entry point's declarations must need no DOM type.
import init, { initSync, lint, check, fixAll, validateForm, rules, createIgnoreList, withIgnored, type Options, type RuleId } from "vanban";

export async function service(text: string, bytes: Uint8Array): Promise<number> {
  initSync(bytes);
  await init(bytes);
  const options: Options = { profile: "nd30", rules: { "number/malformed": "warning", text: "off" }, maxFindings: 50 };
  const found = lint(text, options);
  const ids: RuleId[] = found.map((d) => d.rule);
  const fixed: string = fixAll(text).text;
  const { diagnostics, outline, omitted } = check(text, withIgnored(options, createIgnoreList()));
  const report = validateForm({ number: "09", signer: { name: "An" } });
  return ids.length + fixed.length + diagnostics.length + outline.parts.length + omitted.errors + rules().length + (report.valid ? 1 : 0);
}
