// Rich-text editors: vanban/highlight on Quill (a real editor from npm, the demo's rich-text
// page), and the README's Monaco recipe, run as written on monaco-editor from npm.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { launch, openPage, ARTIFACTS, ROOT, bundlePage, serveFolders } from "./helpers.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.browser.close();
  env?.server.close();
});

const MISTAKES = await readFile(new URL("../examples/ke-hoach-co-loi.txt", import.meta.url), "utf8");

async function openQuill() {
  const r = await openPage(env.browser, `${env.base}/www/richtext.html`);
  await r.page.waitForSelector("body[data-checked]", { timeout: 20000 });
  return r;
}
/** The text each highlight of the page covers. */
const highlighted = (page) =>
  page.evaluate(() => Object.fromEntries([...CSS.highlights].map(([name, h]) => [name, [...h].map((r) => r.toString())])));
const settled = async (page) => {
  const t = await page.evaluate(() => Number(document.body.dataset.checked));
  await page.waitForFunction((t) => Number(document.body.dataset.checked) > t, t, { timeout: 20000 }).catch(() => {});
  await page.waitForTimeout(200);
};

test("Quill: the findings are painted over Quill's own text nodes, and Quill's content is never touched", async () => {
  const { page, context, problems } = await openQuill();
  const h = await highlighted(page);
  assert.ok(h["vanban-error"].includes(" /KH-UBND") || h["vanban-error"].includes("7 /KH-UBND"), JSON.stringify(h["vanban-error"]));
  assert.ok(h["vanban-error"].includes("[bookmark: _GoBack]"));
  assert.ok(h["vanban-info"].includes("–"), "the motto's dashes");
  // the adapter adds nothing to the editor and changes nothing in it: no mutation while it checks
  const r = await page.evaluate(async () => {
    const root = window.quill.root;
    const seen = [];
    const observer = new MutationObserver((records) => seen.push(...records.map((x) => x.type)));
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    window.vanbanHighlight.recheck();
    await new Promise((ok) => setTimeout(ok, 500));
    observer.disconnect();
    return { seen, foreign: root.querySelectorAll("[class^=vb], [data-rule], mark").length, text: window.quill.getText() };
  });
  assert.deepEqual(r.seen, []);
  assert.equal(r.foreign, 0);
  assert.equal(r.text, MISTAKES.endsWith("\n") ? MISTAKES : MISTAKES + "\n");
  await page.screenshot({ path: new URL("richtext.png", ARTIFACTS).pathname });
  assert.deepEqual(problems(), []);
  await context.close();
});

test("Quill: typing before a finding keeps it highlighted on the same text at every frame", async () => {
  const { page, context } = await openQuill();
  await page.evaluate(() => {
    const q = window.quill;
    q.focus();
    q.setSelection(q.getText().indexOf("- Bảo đảm an toàn thông tin mạng"), 0);
    window.frames = { total: 0, wrong: 0 };
    const frame = () => {
      window.frames.total++;
      const h = CSS.highlights.get("vanban-error");
      if (!h || ![...h].some((r) => r.toString() === "[bookmark: _GoBack]")) window.frames.wrong++;
      window.frameId = requestAnimationFrame(frame);
    };
    frame();
  });
  await page.keyboard.type("Nhiệm vụ chung: ", { delay: 110 });
  await settled(page);
  const frames = await page.evaluate(() => (cancelAnimationFrame(window.frameId), window.frames));
  assert.ok(frames.total > 20);
  assert.equal(frames.wrong, 0, JSON.stringify(frames));
  assert.equal(await page.evaluate(() => window.vanbanHighlight.text), await page.evaluate(() => window.quill.getText()), "the text read is Quill's");
  await context.close();
});

test("Quill: hovering a finding shows its popover; the fix goes through Quill (its undo takes it back); Bỏ qua", async () => {
  const { page, context, problems } = await openQuill();
  const box = await page.evaluate(() => {
    const h = [...CSS.highlights.get("vanban-error")].find((r) => r.toString().includes("/KH-UBND"));
    return [...h.getClientRects()].at(-1).toJSON();
  });
  await page.mouse.move(box.x + box.width - 4, box.y + box.height / 2);
  const popover = page.locator(".vb-popover:not([hidden])");
  await popover.waitFor();
  assert.match(await popover.textContent(), /dấu cách bên trong/);
  await popover.locator(".vb-action-fix", { hasText: "7/KH-UBND" }).click();
  await page.waitForFunction(() => window.quill.getText().includes("Số: 7/KH-UBND"));
  // Quill took it as an edit of its own: its history undoes it
  await page.evaluate(() => window.quill.history.undo());
  assert.match(await page.evaluate(() => window.quill.getText()), /Số: 7 \/KH-UBND/);
  await settled(page);
  // dismiss the conversion residue
  const residue = await page.evaluate(() => {
    const h = [...CSS.highlights.get("vanban-error")].find((r) => r.toString() === "[bookmark: _GoBack]");
    h.startContainer.parentElement.scrollIntoView({ block: "center" });
    return h.getClientRects()[0].toJSON(); // (it may wrap: its first line)
  });
  await page.mouse.move(residue.x + 5, residue.y + residue.height / 2);
  await page.locator(".vb-popover:not([hidden])", { hasText: "bookmark" }).locator(".vb-action-ignore").click();
  assert.ok(!(await highlighted(page))["vanban-error"].includes("[bookmark: _GoBack]"));
  assert.deepEqual(problems(), []);
  await context.close();
});

test("Quill: IME composition is not checked until committed; detach() removes every highlight", async () => {
  const { page, context } = await openQuill();
  await page.evaluate(() => {
    window.quill.focus();
    window.quill.setSelection(0, 0);
  });
  await settled(page);
  const cdp = await context.newCDPSession(page);
  const checked = await page.evaluate(() => Number(document.body.dataset.checked));
  for (const step of ["k", "kê", "kế"]) {
    await cdp.send("Input.imeSetComposition", { text: step, selectionStart: step.length, selectionEnd: step.length });
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => Number(document.body.dataset.checked)), checked, "no check during the composition");
  await cdp.send("Input.insertText", { text: "kế " });
  await page.waitForFunction((c) => Number(document.body.dataset.checked) > c, checked);
  assert.ok((await page.evaluate(() => window.quill.getText())).startsWith("kế "));
  await page.evaluate(() => window.vanbanHighlight.detach());
  assert.deepEqual([...(await page.evaluate(() => [...CSS.highlights.keys()]))], []);
  await context.close();
});

test("the README's Monaco recipe, as written, puts markers on the flagged text and offers the fixes", async () => {
  const readme = await readFile(join(ROOT, "README.md"), "utf8");
  const recipe = /```js\n(\/\/ vanban \+ Monaco[\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(recipe, "the recipe is in the README");
  const dir = await bundlePage(`${recipe}\nwindow.vanbanMonaco = vanbanMonaco;\n`);
  await writeFile(
    join(dir, "index.html"),
    `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><div id="editor" style="width:900px;height:600px"></div>
     <script src="/monaco/vs/loader.js"></script>
     <script type="module" src="main.js"></script>
     <script>
       require.config({ paths: { vs: "/monaco/vs" } });
       require(["vs/editor/editor.main"], () => { window.monacoReady = true; });
     </script>`,
  );
  const { server, base } = await serveFolders({ "/monaco/": join(ROOT, "node_modules/monaco-editor/min"), "/": dir });
  try {
    const { page, context, problems } = await openPage(env.browser, `${base}/index.html`);
    await page.waitForFunction(() => window.monacoReady && window.vanbanMonaco, null, { timeout: 30000 });
    await page.evaluate((text) => {
      const editor = monaco.editor.create(document.getElementById("editor"), { value: text, language: "plaintext" });
      window.editor = editor;
      window.vanbanMonacoActions = window.vanbanMonaco(monaco, editor, { options: { profile: "auto" } }).actionsAt;
    }, MISTAKES);
    await page.waitForFunction(() => monaco.editor.getModelMarkers({ owner: "vanban" }).length > 5, null, { timeout: 20000 });
    const marker = await page.evaluate(() => {
      const m = monaco.editor.getModelMarkers({ owner: "vanban" }).find((m) => m.code?.value === "number/malformed");
      return { ...m, code: { value: m.code.value, target: m.code.target.toString(true) }, text: window.editor.getModel().getValueInRange(m) };
    });
    assert.equal(marker.text, "7 /KH-UBND");
    assert.equal(marker.startLineNumber, 3);
    assert.equal(marker.severity, 8, "MarkerSeverity.Error");
    assert.match(marker.code.target, /rules\.html#number\/malformed$/);
    // the quick fix: the preferred fix at the cursor, applied by Monaco's own command
    await page.evaluate(() => {
      window.editor.setPosition({ lineNumber: 3, column: 9 });
      window.editor.focus();
    });
    const fixes = await page.evaluate(async () => {
      const model = window.editor.getModel();
      const range = new monaco.Range(3, 9, 3, 9);
      return window.vanbanMonacoActions(model, range).map((a) => a.title);
    });
    assert.ok(fixes.some((t) => t.includes("7/KH-UBND")), fixes.join(" | "));
    // Monaco's "Auto Fix" (the preferred quick fix). Monaco asks its code-action providers
    // asynchronously; on a loaded 2-core machine the first press can come before they answer
    // (one CI run in many), so the key is pressed again until the line changes, five times at most.
    const fixed = () => page.evaluate(() => window.editor.getModel().getLineContent(3) === "Số: 7/KH-UBND");
    for (let attempt = 0; attempt < 5 && !(await fixed()); attempt++) {
      await page.evaluate(() => window.editor.focus());
      await page.keyboard.press("Alt+Shift+Period");
      await page
        .waitForFunction(() => window.editor.getModel().getLineContent(3) === "Số: 7/KH-UBND", null, { timeout: 4000 })
        .catch(() => {});
    }
    assert.ok(await fixed(), "Auto Fix applied the preferred fix");
    await page.evaluate(() => window.editor.trigger("test", "undo"));
    assert.equal(await page.evaluate(() => window.editor.getModel().getLineContent(3)), "Số: 7 /KH-UBND");
    await page.screenshot({ path: new URL("monaco.png", ARTIFACTS).pathname });
    assert.deepEqual(problems().filter((p) => !/worker|Worker/.test(p)), []);
    await context.close();
  } finally {
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test("an editor whose editable body is in an iframe (TinyMCE's classic mode): highlights in the frame, the popover outside the content", async () => {
  const dir = await bundlePage(`
    import { createChecker } from "vanban/worker";
    import { attachHighlight } from "vanban/highlight";
    const frame = document.querySelector("iframe");
    const start = () => {
      const body = frame.contentDocument.body;
      window.before = body.innerHTML;
      window.handle = attachHighlight(body, { checker: createChecker(), onResult: (ds) => (document.body.dataset.found = String(ds.length)) });
    };
    if (frame.contentDocument?.readyState === "complete" && frame.contentDocument.body) start();
    else frame.addEventListener("load", start);
  `, { html: `<iframe style="width:700px;height:300px;border:2px solid #888" srcdoc="<!doctype html><meta charset=utf-8><body contenteditable=true><p>ỦY BAN NHÂN DÂN</p><p>Số: 7 /KH-UBND</p><p>Nội dung [bookmark: _GoBack] còn sót.</p></body>"></iframe>` });
  const { server, base } = await serveFolders({ "/": dir });
  try {
    const { page, context, problems } = await openPage(env.browser, `${base}/index.html`);
    await page.waitForFunction(() => Number(document.body.dataset.found) > 0, null, { timeout: 20000 });
    const r = await page.evaluate(() => {
      const w = document.querySelector("iframe").contentWindow;
      const h = w.CSS.highlights.get("vanban-error");
      return { texts: h ? [...h].map((x) => x.toString()) : [], same: w.document.body.innerHTML === window.before };
    });
    assert.ok(r.texts.includes("[bookmark: _GoBack]"), JSON.stringify(r.texts));
    assert.equal(r.same, true, "the editor's body is untouched");
    const box = await page.evaluate(() => {
      const frame = document.querySelector("iframe");
      const h = [...frame.contentWindow.CSS.highlights.get("vanban-error")].find((x) => x.toString() === "[bookmark: _GoBack]");
      const r = h.getBoundingClientRect();
      const f = frame.getBoundingClientRect();
      return { x: f.left + frame.clientLeft + r.left + 5, y: f.top + frame.clientTop + r.top + r.height / 2, bottom: f.top + frame.clientTop + r.bottom };
    });
    await page.mouse.move(box.x, box.y);
    const popover = page.locator("body > .vb-popover:not([hidden])");
    await popover.waitFor();
    assert.match(await popover.textContent(), /bookmark/);
    const top = await popover.evaluate((p) => p.getBoundingClientRect().top);
    assert.ok(Math.abs(top - box.bottom - 4) < 3, `below the text: ${top} vs ${box.bottom}`);
    assert.equal(await page.evaluate(() => document.querySelector("iframe").contentDocument.querySelectorAll(".vb-popover").length), 0);
    await page.evaluate(() => window.handle.detach());
    assert.equal(await page.locator(".vb-popover").count(), 0);
    assert.deepEqual(problems(), []);
    await context.close();
  } finally {
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
});
