// The editor page end to end: CodeMirror 6 + @codemirror/lint, checking in a Web Worker.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, ARTIFACTS } from "./helpers.mjs";

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
