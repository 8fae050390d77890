// The consumer check: what a portal's developer does. `npm pack` the package, install the
// tarball into a fresh Vite + strict TypeScript application, type-check it (tsc --strict), build
// it with `vite build` and no configuration, and run the built page in Chromium: the checking
// API, the worker, the CodeMirror extension, the textarea and rich-text adapters and the form.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, writeFile, readdir, rm, mkdir, symlink, readFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import { launch, openPage, serveFolders, ROOT } from "./helpers.mjs";

let dir;
let env;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), "vanban-portal-"));
  env = await launch();
});
after(async () => {
  await env?.browser.close();
  env?.server.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const MAIN = `
import init, { lint, type Diagnostic, type RuleId } from "vanban";
import { createChecker } from "vanban/worker";
import { vanban, getResult } from "vanban/codemirror";
import { attachTextarea } from "vanban/textarea";
import { attachHighlight } from "vanban/highlight";
import { attachForm } from "vanban/form";
import docs from "vanban/rules.json";
import { EditorView } from "@codemirror/view";
import { EditorState } from "@codemirror/state";

const text: string = "ỦY BAN NHÂN DÂN\\nTỈNH THÁI NGUYÊN\\nSố: 7 /KH-UBND\\nKẾ HOẠCH\\nNội dung [bookmark: _GoBack] thử\\n";
const out = document.getElementById("out")!;
const put = (key: string, value: string | number) => (out.dataset[key] = String(value));

await init();
const found: Diagnostic[] = lint(text);
const rules: RuleId[] = found.map((d) => d.rule);
put("lint", rules.join(" "));
put("docs", docs.length);

const checker = createChecker();
const checked = await checker.check(text);
put("worker", checked.diagnostics.length);

const view = new EditorView({
  parent: document.getElementById("editor")!,
  state: EditorState.create({ doc: text, extensions: [vanban({ checker, onResult: (r) => put("codemirror", r.diagnostics.length) })] }),
});
void getResult(view);

attachTextarea(document.querySelector("textarea")!, { checker, onResult: (ds) => put("textarea", ds.length) });
attachHighlight(document.getElementById("rich")!, { checker, onResult: (ds) => put("highlight", ds.length) });

const form = document.querySelector("form")!;
form.addEventListener("vanban:report", (e) => put("form", e.detail.valid ? "valid" : "invalid"));
attachForm(form);
`;

test("npm pack → install into a fresh Vite + strict TypeScript app → tsc → vite build → it runs", async () => {
  // 1. the tarball, as it would be published
  const packed = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", dir], { cwd: join(ROOT, "pkg"), encoding: "utf8" }))[0];
  const files = packed.files.map((f) => f.path);
  for (const f of ["index.js", "index.d.ts", "types.d.ts", "vanban_bg.wasm", "worker.js", "worker-thread.js", "codemirror.js", "textarea.js", "highlight.js", "form.js", "internal/schedule.js", "rules.json", "rules.json.d.ts"]) {
    assert.ok(files.includes(f), `${f} is packed`);
  }
  assert.ok(!files.some((f) => f.startsWith("src/") || f.endsWith(".rs")));

  // 2. a fresh application that installs it (no network: the package has no dependencies)
  const app = join(dir, "portal");
  await mkdir(join(app, "src"), { recursive: true });
  await writeFile(join(app, "package.json"), JSON.stringify({ name: "portal", private: true, type: "module", dependencies: { vanban: `file:../${packed.filename}` } }, null, 2));
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], { cwd: app, stdio: "pipe" });
  // CodeMirror, which the application has of its own (the package's optional peers)
  await symlink(join(ROOT, "node_modules/@codemirror"), join(app, "node_modules/@codemirror"), "dir");
  await writeFile(
    join(app, "index.html"),
    `<!doctype html><html lang="vi"><meta charset="utf-8"><link rel="icon" href="data:,"><body>
     <pre id="out"></pre><div id="editor"></div><textarea rows="6" cols="60">Số: 7 /KH-UBND</textarea>
     <div id="rich" contenteditable="true"><p>Số: 7 /KH-UBND</p><p>Nội dung [bookmark: _GoBack]</p></div>
     <form><input name="number" value="9"><input name="symbol" value="KH-UBND"></form>
     <script type="module" src="/src/main.ts"></script></body></html>`,
  );
  await writeFile(join(app, "src/main.ts"), MAIN);
  await writeFile(
    join(app, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: "es2022", module: "esnext", moduleResolution: "bundler", lib: ["es2022", "dom", "dom.iterable"], types: [], resolveJsonModule: true, skipLibCheck: false, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true },
      include: ["src"],
    }),
  );

  // 3. strict TypeScript accepts it
  try {
    execFileSync(join(ROOT, "node_modules/.bin/tsc"), ["-p", join(app, "tsconfig.json")], { stdio: "pipe", encoding: "utf8" });
  } catch (e) {
    assert.fail(`tsc:\n${e.stdout}${e.stderr}`);
  }

  // 4. vite build, no configuration
  await build({ root: app, logLevel: "silent", configFile: false, build: { outDir: join(app, "dist") } });
  const assets = await readdir(join(app, "dist/assets"));
  assert.ok(assets.some((a) => a.endsWith(".wasm")), `a .wasm asset, not inlined: ${assets}`);
  assert.ok(assets.some((a) => a.startsWith("worker-thread")), `the worker is bundled: ${assets}`);

  // 5. the built application runs
  const served = await serveFolders({ "/": join(app, "dist") });
  try {
    const { page, context, problems } = await openPage(env.browser, `${served.base}/`);
    await page.waitForFunction(
      () => ["lint", "worker", "codemirror", "textarea", "highlight", "form"].every((k) => document.getElementById("out").dataset[k] !== undefined),
      null,
      { timeout: 30000 },
    );
    const out = await page.evaluate(() => ({ ...document.getElementById("out").dataset }));
    assert.match(out.lint, /number\/malformed/);
    assert.ok(Number(out.docs) > 50);
    for (const k of ["worker", "codemirror", "textarea", "highlight"]) assert.ok(Number(out[k]) >= 1, `${k}: ${out[k]}`);
    assert.equal(out.form, "invalid");
    assert.ok((await page.locator(".cm-lintRange").count()) >= 1);
    assert.deepEqual(problems(), []);
    await context.close();
  } finally {
    served.server.close();
  }
  // the installed copy is the tarball's, not a link to pkg/
  assert.equal(JSON.parse(await readFile(join(app, "node_modules/vanban/package.json"), "utf8")).name, "vanban");
});
