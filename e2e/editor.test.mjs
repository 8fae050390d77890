// The editor page end to end: CodeMirror 6 with vanban/codemirror, checking in vanban/worker.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { launch, openPage, ARTIFACTS, longPlan } from "./helpers.mjs";
import * as vanban from "vanban";

vanban.initSync(await readFile(fileURLToPath(import.meta.resolve("vanban/vanban_bg.wasm"))));

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.browser.close(); env?.server.close(); });

/** Waits until the panel shows a check newer than `since`. */
async function checkedAfter(page, since) {
  await page.waitForFunction((t) => Number(document.body.dataset.checked ?? 0) > t, since, { timeout: 20000 });
}
const stamp = (page) => page.evaluate(() => Number(document.body.dataset.checked ?? 0));

async function loadCorrectExample(page) {
  const t = await stamp(page);
  await page.click("[data-example=dung]");
  await checkedAfter(page, t);
  await page.waitForSelector(".vb-clean");
}

test("typing a malformed number underlines exactly it; hover explains; the quick fix removes it", async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.base}/www/index.html`);
  await page.waitForSelector("body[data-checked]", { timeout: 20000 });
  await loadCorrectExample(page);
  assert.equal(await page.locator(".cm-lintRange").count(), 0);

  // select "07/KH-UBND" on line 3 and type the mistake with the keyboard
  const at = await page.evaluate(() => window.vanbanEditor.state.doc.toString().indexOf("07/KH-UBND"));
  assert.ok(at > 0);
  await page.evaluate((from) => {
    const v = window.vanbanEditor;
    v.focus();
    v.dispatch({ selection: { anchor: from, head: from + "07/KH-UBND".length } });
  }, at);
  const t = await stamp(page);
  await page.keyboard.type("07 /KH-UBND");
  await checkedAfter(page, t);
  const range = page.locator(".cm-lintRange-error", { hasText: "07 /KH-UBND" });
  await range.first().waitFor();
  assert.equal((await range.first().textContent()), "07 /KH-UBND", "the underline covers exactly the number");
  // and it is drawn where the text is
  const box = await range.first().boundingBox();
  const coords = await page.evaluate((from) => window.vanbanEditor.coordsAtPos(from), at);
  assert.ok(Math.abs(box.x - coords.left) < 2 && Math.abs(box.y - coords.top) < 4, JSON.stringify({ box, coords }));

  await range.first().hover();
  const tooltip = page.locator(".cm-tooltip-lint");
  await tooltip.waitFor();
  assert.match(await tooltip.textContent(), /dấu cách/);
  assert.equal(await tooltip.locator("a[href='rules.html#number/malformed']").count(), 1);
  await page.screenshot({ path: new URL("editor-hover.png", ARTIFACTS).pathname });

  const t2 = await stamp(page);
  await tooltip.locator(".cm-diagnosticAction").first().click();
  await checkedAfter(page, t2);
  const text = await page.evaluate(() => window.vanbanEditor.state.doc.toString());
  assert.ok(text.includes("Số: 07/KH-UBND\n"), "fix applied");
  await page.waitForSelector(".vb-clean");
  assert.equal(await page.locator(".cm-lintRange").count(), 0, "the underline is gone");

  // the draft survives a reload
  await page.reload();
  await page.waitForSelector("body[data-checked]", { timeout: 20000 });
  assert.equal(await page.evaluate(() => window.vanbanEditor.state.doc.toString()), text);
  assert.deepEqual(problems(), []);
  await context.close();
});

test("the outline shows a missing signature; an opened file is checked", async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.base}/www/index.html`);
  await page.waitForSelector("body[data-checked]", { timeout: 20000 });
  await loadCorrectExample(page);
  assert.equal(await page.locator("#outline [data-key=signature].vb-outline-present").count(), 1);
  const full = await page.evaluate(() => window.vanbanEditor.state.doc.toString());
  // the same plan without its signature block (the last four lines)
  const unsigned = full.trimEnd().split("\n").slice(0, -4).join("\n") + "\n";
  const t = await stamp(page);
  await page.setInputFiles("#open", { name: "khong-chu-ky.txt", mimeType: "text/plain", buffer: Buffer.from(unsigned) });
  await checkedAfter(page, t);
  await page.waitForSelector("#outline [data-key=signature].vb-outline-missing");
  assert.ok(await page.locator(".vb-finding[data-rule='signature/missing']").count() >= 1);
  await page.screenshot({ path: new URL("editor.png", ARTIFACTS).pathname });
  assert.deepEqual(problems(), []);
  await context.close();
});

test("a document containing HTML is shown as text", async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.base}/www/index.html`);
  await page.waitForSelector("body[data-checked]", { timeout: 20000 });
  const evil = 'KẾ HOẠCH\n<img src=x onerror=alert(1)> “chưa đóng ngoặc\n<script>alert(2)</script>\n';
  const t = await stamp(page);
  await page.setInputFiles("#open", { name: "xss.txt", mimeType: "text/plain", buffer: Buffer.from(evil) });
  await checkedAfter(page, t);
  // (CodeMirror's own cursor-positioning <img class="cm-widgetBuffer"> has no src)
  assert.equal(await page.locator("img[src]").count(), 0);
  assert.match(await page.locator(".cm-content").textContent(), /<img src=x onerror=alert\(1\)>/);
  // findings quoting the text are text too
  await page.waitForSelector(".vb-finding");
  assert.equal(await page.locator("#findings img, #findings script").count(), 0);
  assert.deepEqual(problems(), []);
  await context.close();
});

test("the editor works at phone width", async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.base}/www/index.html`, { width: 390, height: 844 });
  await page.waitForSelector("body[data-checked]", { timeout: 20000 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `no horizontal scroll (overflow ${overflow}px)`);
  await page.screenshot({ path: new URL("editor-phone.png", ARTIFACTS).pathname });
  assert.deepEqual(problems(), []);
  await context.close();
});

test("the hover's link opens the rule's documentation (from rules.json)", async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.base}/www/rules.html#number/malformed`);
  const section = page.locator("section[id='number/malformed']");
  await section.locator("h3").first().waitFor({ timeout: 20000 });
  assert.match(await section.textContent(), /Basis/);
  assert.deepEqual(problems(), []);
  await context.close();
});

test("a .docx dropped on the editor is read and checked", async () => {
  const { zipSync } = await import("./zip.mjs");
  const lines = ["ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", "Số: 07 /KH-UBND", "KẾ HOẠCH", "Nội dung thử"];
  const body = lines.map((l) => `<w:p><w:r><w:t>${l}</w:t></w:r></w:p>`).join("");
  const docx = zipSync({
    "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    "word/document.xml": `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  });
  const { page, context, problems } = await openPage(env.browser, `${env.base}/www/index.html`);
  await page.waitForSelector("body[data-checked]", { timeout: 20000 });
  const t = await stamp(page);
  await page.evaluate((bytes) => {
    const file = new File([new Uint8Array(bytes)], "ke-hoach.docx", {
      type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    });
    const data = new DataTransfer();
    data.items.add(file);
    document.querySelector(".cm-content").dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, [...docx]);
  await checkedAfter(page, t);
  await page.waitForFunction(() => window.vanbanEditor.state.doc.toString().includes("Số: 07 /KH-UBND"));
  assert.equal(await page.evaluate(() => window.vanbanEditor.state.doc.toString()), lines.join("\n") + "\n");
  await page.locator(".cm-lintRange-error", { hasText: "07 /KH-UBND" }).first().waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

/** Waits until the findings shown were computed on the current text. */
async function upToDate(page) {
  await page.waitForFunction(() => {
    const s = window.vanbanStatus();
    return s.version === s.checkedVersion && !s.busy;
  }, null, { timeout: 30000 });
}
const docText = (page) => page.evaluate(() => window.vanbanEditor.state.doc.toString());
async function openEditor(text) {
  const r = await openPage(env.browser, `${env.base}/www/index.html`);
  await r.page.waitForSelector("body[data-checked]", { timeout: 20000 });
  if (text !== undefined) {
    await r.page.evaluate((t) => {
      const v = window.vanbanEditor;
      v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: t } });
    }, text);
    await upToDate(r.page);
  }
  return r;
}
const MISTAKES = await readFile(new URL("../examples/ke-hoach-co-loi.txt", import.meta.url), "utf8");

test("fix all reaches the CLI's fixed point in one click, is one undo step, and redo applies it again", async () => {
  const { page, context, problems } = await openEditor(MISTAKES);
  const before = await docText(page);
  await page.click("#fix-all");
  await page.waitForFunction((b) => window.vanbanEditor.state.doc.toString() !== b, before);
  const fixed = await docText(page);
  assert.equal(fixed, vanban.fixAll(before).text, "the same text as vanban check --fix");
  assert.match(await page.locator("#status").textContent(), /Đã sửa \d+ lỗi/);
  await upToDate(page);
  // nothing is left to fix: a second click changes nothing
  await page.click("#fix-all");
  await page.waitForFunction(() => /Không có lỗi sửa tự động/.test(document.getElementById("status").textContent));
  assert.equal(await docText(page), fixed);
  // one undo step takes it all back, one redo applies it again
  await page.locator(".cm-content").focus();
  await page.keyboard.press("Control+z");
  assert.equal(await docText(page), before);
  await page.keyboard.press("Control+y");
  assert.equal(await docText(page), fixed);
  await page.keyboard.press("Control+z");
  await upToDate(page);
  assert.ok((await page.locator(".cm-lintRange").count()) > 5, "the findings are back with the text");
  assert.deepEqual(problems(), []);
  await context.close();
});

test("a finding dismissed from its tooltip stays dismissed after a reload, until the user brings it back", async () => {
  const { page, context, problems } = await openEditor(MISTAKES);
  const range = page.locator(".cm-lintRange-error", { hasText: "22 tháng 12 năm 2026" }).first();
  await range.hover();
  const tooltip = page.locator(".cm-tooltip-lint");
  await tooltip.waitFor();
  await tooltip.locator(".cm-diagnosticAction", { hasText: "Bỏ qua" }).click();
  await page.waitForFunction(() => ![...document.querySelectorAll(".cm-lintRange-error")].some((e) => e.textContent.includes("22 tháng 12")));
  await upToDate(page);
  assert.equal(await page.locator(".cm-lintRange-error", { hasText: "22 tháng 12 năm 2026" }).count(), 0);
  assert.ok(await page.locator("#ignored").isVisible());
  await page.reload();
  await page.waitForSelector("body[data-checked]");
  await upToDate(page);
  assert.equal(await page.locator(".cm-lintRange-error", { hasText: "22 tháng 12 năm 2026" }).count(), 0, "persisted");
  await page.click("#ignored");
  await page.locator(".cm-lintRange-error", { hasText: "22 tháng 12 năm 2026" }).first().waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

test("typing at human speed before an underline never makes it flicker, and it follows its text", async () => {
  const { page, context } = await openEditor(MISTAKES);
  const at = MISTAKES.indexOf("- Bảo đảm an toàn thông tin mạng");
  const has = () => [...document.querySelectorAll(".cm-lintRange-error")].some((e) => e.textContent.includes("[bookmark: _GoBack]"));
  await page.evaluate(({ from, has }) => {
    const v = window.vanbanEditor;
    v.focus();
    v.dispatch({ selection: { anchor: from }, scrollIntoView: true });
    // every frame: is the underline of the residue on that line drawn?
    const test = new Function(`return (${has})()`);
    window.frames = { total: 0, missing: 0 };
    const frame = () => {
      window.frames.total++;
      if (!test()) window.frames.missing++;
      window.frameId = requestAnimationFrame(frame);
    };
    frame();
  }, { from: at, has: has.toString() });
  await page.keyboard.type("Nhiệm vụ ", { delay: 120 });
  await page.keyboard.press("Backspace", { delay: 120 });
  await page.keyboard.type(" chung: ", { delay: 150 });
  await upToDate(page);
  const frames = await page.evaluate(() => (cancelAnimationFrame(window.frameId), window.frames));
  assert.ok(frames.total > 20, JSON.stringify(frames));
  assert.equal(frames.missing, 0, "the underline was there at every frame");
  const range = page.locator(".cm-lintRange-error", { hasText: "[bookmark: _GoBack]" }).first();
  assert.equal(await range.textContent(), "[bookmark: _GoBack]");
  await context.close();
});

test("nothing is checked during an IME composition; the composed word is checked once committed", async () => {
  const { page, context } = await openEditor(MISTAKES);
  await page.evaluate(() => {
    const v = window.vanbanEditor;
    v.focus();
    v.dispatch({ selection: { anchor: v.state.doc.line(9).to } });
  });
  await upToDate(page);
  const cdp = await context.newCDPSession(page);
  const checked = await page.evaluate(() => window.vanbanStatus().checkedVersion);
  for (const step of ["t", "ti", "tiê", "tiến"]) {
    await cdp.send("Input.imeSetComposition", { text: step, selectionStart: step.length, selectionEnd: step.length });
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(400);
  assert.equal(await page.evaluate(() => window.vanbanStatus().checkedVersion), checked, "no check while composing");
  await cdp.send("Input.insertText", { text: "tiến" });
  await upToDate(page);
  assert.ok((await page.evaluate(() => window.vanbanStatus().checkedVersion)) > checked);
  assert.match(await docText(page), /tiến/);
  await context.close();
});

test("F8 and Shift-F8 move between findings; Ctrl+Alt+F fixes all; undo brings a finding back", async () => {
  const { page, context } = await openEditor(MISTAKES);
  await page.evaluate(() => {
    const v = window.vanbanEditor;
    v.focus();
    v.dispatch({ selection: { anchor: 0 } });
  });
  await page.keyboard.press("F8");
  const first = await page.evaluate(() => window.vanbanEditor.state.selection.main.from);
  await page.keyboard.press("F8");
  const second = await page.evaluate(() => window.vanbanEditor.state.selection.main.from);
  assert.ok(second > first, `${first} → ${second}`);
  await page.keyboard.press("Shift+F8");
  assert.equal(await page.evaluate(() => window.vanbanEditor.state.selection.main.from), first);
  // type a new mistake, see it, undo it, see it go
  const at = (await docText(page)).indexOf("Chuyển đổi số, phát triển") + "Chuyển đổi số,".length;
  await page.evaluate((a) => window.vanbanEditor.dispatch({ selection: { anchor: a } }), at);
  await page.keyboard.type(" ");
  await upToDate(page);
  const spacing = () => page.evaluate((a) => {
    let n = 0;
    for (const e of document.querySelectorAll(".cm-lintRange-info")) {
      const pos = window.vanbanEditor.posAtDOM(e);
      if (pos >= a && pos <= a + 1) n++;
    }
    return n;
  }, at);
  assert.equal(await spacing(), 1, "the double space is underlined");
  await page.keyboard.press("Control+z");
  await upToDate(page);
  assert.equal(await spacing(), 0, "undone, and rechecked");
  await page.keyboard.press("Control+Alt+f");
  await page.waitForFunction(() => /Đã sửa|Không có lỗi/.test(document.getElementById("status").textContent) || window.vanbanEditor.state.doc.toString().includes("Số: 07/KH-UBND"));
  await context.close();
});

test("pasting a 100-page plan: underlines, gutter markers and the outline follow", async () => {
  const plan = await longPlan();
  const { page, context, problems } = await openEditor("");
  await page.locator(".cm-content").focus();
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData("text/plain", t);
    window.vanbanEditor.contentDOM.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, plan);
  await upToDate(page);
  assert.equal((await docText(page)).length, plan.length);
  assert.ok((await page.locator(".cm-lintRange").count()) > 3);
  assert.ok((await page.locator(".cm-lint-marker").count()) > 3);
  await page.waitForFunction(() => document.querySelectorAll("#outline .vb-outline-part").length > 40);
  assert.deepEqual(problems(), []);
  await context.close();
});
