// The plain-textarea page: vanban/textarea on a real <textarea>.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { launch, openPage, ARTIFACTS, longPlan } from "./helpers.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.browser.close();
  env?.server.close();
});

const MISTAKES = await readFile(new URL("../examples/ke-hoach-co-loi.txt", import.meta.url), "utf8");

async function open() {
  const r = await openPage(env.browser, `${env.base}/www/textarea.html`);
  await r.page.waitForSelector("body[data-checked]", { timeout: 20000 });
  return r;
}
/** The mirror's text: its line blocks joined; it must always equal the textarea's value. */
const mirror = (page) => page.evaluate(() => [...document.querySelectorAll(".vb-ta-line")].map((l) => l.textContent).join("\n"));
const value = (page) => page.evaluate(() => document.getElementById("draft-text").value);
/** Waits until the findings drawn are those of the current text. */
async function settled(page) {
  const t = await page.evaluate(() => Number(document.body.dataset.checked));
  await page.waitForFunction((t) => Number(document.body.dataset.checked) > t, t, { timeout: 20000 }).catch(() => {});
  await page.waitForTimeout(300);
}

test("underlines are drawn under exactly the flagged text; overlapping findings are all drawn", async () => {
  const { page, context, problems } = await open();
  assert.equal(await mirror(page), await value(page));
  // "Số: 7 /KH-UBND": number/leading-zero on "7" inside number/malformed on "7 /KH-UBND"
  const shared = page.locator("mark.vb-multi", { hasText: "7" }).first();
  const rules = (await shared.getAttribute("data-rule")).split(" ");
  assert.ok(rules.includes("number/leading-zero") && rules.includes("number/malformed"), rules.join(","));
  assert.equal(await page.locator('mark[data-rule="number/malformed"]').first().textContent(), " /KH-UBND");
  assert.equal(await page.locator('mark[data-rule="text/conversion-residue"]').first().textContent(), "[bookmark: _GoBack]");
  // the mark is where the text is: the mirror block has the textarea's metrics
  const geometry = await page.evaluate(() => {
    const ta = document.getElementById("draft-text");
    const b = document.querySelector(".vb-ta-backdrop");
    return { ta: ta.getBoundingClientRect().toJSON(), b: b.getBoundingClientRect().toJSON(), font: getComputedStyle(b).font === getComputedStyle(ta).font };
  });
  assert.ok(Math.abs(geometry.ta.left - geometry.b.left) < 1 && Math.abs(geometry.ta.width - geometry.b.width) < 1, JSON.stringify(geometry));
  assert.ok(geometry.font);
  await page.screenshot({ path: new URL("textarea.png", ARTIFACTS).pathname });
  assert.deepEqual(problems(), []);
  await context.close();
});

test("a missing part gets a marker where it belongs", async () => {
  const { page, context } = await open();
  const unsigned = MISTAKES.trimEnd().split("\n").slice(0, -4).join("\n") + "\n";
  await page.evaluate((t) => {
    const ta = document.getElementById("draft-text");
    ta.focus();
    ta.select();
    document.execCommand("insertText", false, t);
  }, unsigned);
  await page.locator('.vb-missing[data-rule="signature/missing"]').waitFor({ state: "attached", timeout: 20000 });
  // drawn: a wedge of the severity's colour under the place
  const wedge = await page.locator('.vb-missing[data-rule="signature/missing"]').evaluate((m) => getComputedStyle(m, "::after").borderBottomColor);
  assert.equal(wedge, "rgb(192, 57, 43)");
  assert.equal(await mirror(page), await value(page));
  await context.close();
});

test("typing keeps the underlines under their text until the new result (no flicker), and the mirror exact", async () => {
  const { page, context } = await open();
  await page.evaluate(() => {
    const ta = document.getElementById("draft-text");
    ta.focus();
    const at = ta.value.indexOf("- Bảo đảm an toàn thông tin mạng");
    ta.setSelectionRange(at, at);
    window.frames = { total: 0, missing: 0, wrong: 0 };
    const frame = () => {
      window.frames.total++;
      const m = document.querySelector('mark[data-rule="text/conversion-residue"]');
      if (!m) window.frames.missing++;
      else if (m.textContent !== "[bookmark: _GoBack]") window.frames.wrong++;
      window.frameId = requestAnimationFrame(frame);
    };
    frame();
  });
  await page.keyboard.type("Nhiệm vụ chung: ", { delay: 110 });
  await page.keyboard.press("Backspace", { delay: 110 });
  await page.keyboard.press("Enter", { delay: 110 });
  await settled(page);
  const frames = await page.evaluate(() => (cancelAnimationFrame(window.frameId), window.frames));
  assert.ok(frames.total > 20);
  assert.deepEqual({ missing: frames.missing, wrong: frames.wrong }, { missing: 0, wrong: 0 }, JSON.stringify(frames));
  assert.equal(await mirror(page), await value(page));
  await context.close();
});

test("the caret on a finding opens its popover: the fix applies, Ctrl+Z takes it back, Bỏ qua dismisses", async () => {
  const { page, context, problems } = await open();
  const at = (await value(page)).indexOf("7 /KH-UBND");
  await page.evaluate((at) => {
    const ta = document.getElementById("draft-text");
    ta.focus();
    ta.setSelectionRange(at + 3, at + 3);
  }, at);
  await page.keyboard.press("ArrowRight");
  const popover = page.locator(".vb-popover:not([hidden])");
  await popover.waitFor();
  assert.match(await popover.textContent(), /dấu cách bên trong/);
  assert.equal(await popover.locator('a[href="rules.html#number/malformed"]').count(), 1);
  const original = await value(page);
  await popover.locator(".vb-action-fix", { hasText: "7/KH-UBND" }).click();
  assert.match(await value(page), /Số: 7\/KH-UBND\n/);
  assert.equal(await mirror(page), await value(page));
  await page.keyboard.press("Control+z");
  assert.equal(await value(page), original, "undone by the textarea's own undo");
  await settled(page);
  // dismiss the residue finding
  const residue = (await value(page)).indexOf("[bookmark: _GoBack]");
  await page.evaluate((at) => document.getElementById("draft-text").setSelectionRange(at + 2, at + 2), residue);
  await page.keyboard.press("ArrowRight");
  await page.locator(".vb-popover:not([hidden]) .vb-action-ignore").click();
  assert.equal(await page.locator('mark[data-rule="text/conversion-residue"]').count(), 0);
  await settled(page);
  assert.equal(await page.locator('mark[data-rule="text/conversion-residue"]').count(), 0, "still dismissed after the recheck");
  assert.deepEqual(problems(), []);
  await context.close();
});

test("IME composition: the mirror follows, nothing is checked until the word is committed", async () => {
  const { page, context } = await open();
  await page.evaluate(() => {
    const ta = document.getElementById("draft-text");
    ta.focus();
    ta.setSelectionRange(0, 0);
  });
  await settled(page);
  const cdp = await context.newCDPSession(page);
  const checked = await page.evaluate(() => Number(document.body.dataset.checked));
  for (const step of ["k", "kê", "kế", "kế "]) {
    await cdp.send("Input.imeSetComposition", { text: step, selectionStart: step.length, selectionEnd: step.length });
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => Number(document.body.dataset.checked)), checked, "no check during the composition");
  assert.equal(await mirror(page), await value(page), "the mirror follows the composed text");
  await cdp.send("Input.insertText", { text: "kế " });
  await page.waitForFunction((c) => Number(document.body.dataset.checked) > c, checked);
  assert.ok((await value(page)).startsWith("kế "));
  assert.equal(await mirror(page), await value(page));
  await context.close();
});

test("pasting a 100-page plan: drawn, exact, and typing in it redraws only the lines it touches", async () => {
  const plan = await longPlan();
  const { page, context, problems } = await open();
  await page.evaluate((t) => {
    const ta = document.getElementById("draft-text");
    ta.focus();
    ta.select();
    const data = new DataTransfer();
    data.setData("text/plain", t);
    // what a paste does to a textarea: the browser inserts the text and fires input
    document.execCommand("insertText", false, t);
  }, plan);
  await page.waitForFunction((n) => document.querySelectorAll("mark").length > n, 100, { timeout: 30000 });
  assert.equal(await mirror(page), plan);
  const replaced = await page.evaluate(() => {
    const ta = document.getElementById("draft-text");
    const lines = [...document.querySelectorAll(".vb-ta-line")];
    window.kept = new Set(lines);
    ta.setSelectionRange(5000, 5000);
    document.execCommand("insertText", false, "x");
    return [...document.querySelectorAll(".vb-ta-line")].filter((l) => !window.kept.has(l)).length;
  });
  assert.equal(replaced, 1, "one line redrawn for one keystroke");
  assert.deepEqual(problems(), []);
  await context.close();
});

test("detach() puts the textarea back as it was", async () => {
  const { page, context } = await open();
  const r = await page.evaluate(() => {
    const ta = document.getElementById("draft-text");
    window.vanbanTextarea.detach();
    return { parent: ta.parentElement.tagName, wraps: document.querySelectorAll(".vb-ta-wrap, .vb-ta-backdrop, .vb-popover").length, bg: ta.style.background };
  });
  assert.deepEqual(r, { parent: "MAIN", wraps: 0, bg: "" });
  await context.close();
});
