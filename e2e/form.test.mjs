// The registration form page: attachForm on the real DOM, live.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, ARTIFACTS } from "./helpers.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.browser.close(); env?.server.close(); });

const CORRECT = {
  number: "09",
  symbol: "KH-MTTQ-BTT",
  parentIssuer: "ỦY BAN MTTQ VIỆT NAM TỈNH TRÀ VINH",
  issuer: "BAN THƯỜNG TRỰC",
  place: "Trà Vinh",
  issueDate: "21/02/2022",
  summary: "Tổ chức các hoạt động kỷ niệm năm 2022",
  "signer.authority": "TM. BAN THƯỜNG TRỰC\nKT. CHỦ TỊCH",
  "signer.title": "PHÓ CHỦ TỊCH",
  "signer.name": "Nguyễn Văn An",
  recipients: "Ban Thường trực Tỉnh ủy\nCác tổ chức thành viên\nLưu: VT",
};

async function fillCorrect(page) {
  await page.selectOption("[name=docType]", "Kế hoạch");
  for (const [name, value] of Object.entries(CORRECT)) await page.fill(`[name="${name}"]`, value);
}
const valid = (page) => page.evaluate(() => document.getElementById("meta").checkValidity());

test("a correct form is valid and previews the formatted header", async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.base}/www/form.html`);
  await page.waitForSelector("body[data-ready]");
  assert.equal(await valid(page), false, "an empty form is invalid");
  await fillCorrect(page);
  assert.equal(await valid(page), true);
  assert.equal(await page.locator("[aria-invalid=true]").count(), 0);
  const preview = await page.locator("#preview").textContent();
  assert.match(preview, /Số: 09\/KH-MTTQ-BTT/);
  assert.match(preview, /Trà Vinh, ngày 21 tháng 02 năm 2022/);
  assert.match(preview, /TM\. BAN THƯỜNG TRỰC\nKT\. CHỦ TỊCH\nPHÓ CHỦ TỊCH/);
  await page.click("button[type=submit]");
  assert.match(await page.locator("#result").textContent(), /Hợp lệ/);
  await page.screenshot({ path: new URL("form.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems(), []);
  await context.close();
});

test("an impossible date marks the date field and the browser reports the form invalid", async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.base}/www/form.html`);
  await page.waitForSelector("body[data-ready]");
  await fillCorrect(page);
  await page.fill("[name=issueDate]", "30/02/2022");
  const date = page.locator("[name=issueDate]");
  assert.equal(await date.getAttribute("aria-invalid"), "true");
  assert.match(await page.locator("[data-vanban-for=issueDate]").textContent(), /date\/impossible/);
  assert.notEqual(await date.evaluate((e) => e.validationMessage), "");
  assert.equal(await valid(page), false);
  await page.click("button[type=submit]");
  assert.match(await page.locator("#result").textContent(), /Còn lỗi/);
  // other fields stay clean
  assert.equal(await page.locator("[aria-invalid=true]").count(), 1);
  await page.screenshot({ path: new URL("form-invalid.png", ARTIFACTS).pathname, fullPage: true });

  await page.fill("[name=issueDate]", "28/02/2022");
  assert.equal(await date.getAttribute("aria-invalid"), null);
  assert.equal(await valid(page), true);
  assert.deepEqual(problems(), []);
  await context.close();
});

test("a malformed number and a type code that contradicts the type are reported", async () => {
  const { page, context } = await openPage(env.browser, `${env.base}/www/form.html`);
  await page.waitForSelector("body[data-ready]");
  await fillCorrect(page);
  await page.fill("[name=number]", "9");
  assert.match(await page.locator("[data-vanban-for=number]").textContent(), /number\/leading-zero/);
  await page.fill("[name=number]", "09");
  await page.selectOption("[name=docType]", "Hướng dẫn");
  assert.match(await page.locator("[data-vanban-form]").textContent(), /number\/type-mismatch/);
  assert.equal(await valid(page), false);
  await context.close();
});

test("HTML typed into a field is shown as text", async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.base}/www/form.html`);
  await page.waitForSelector("body[data-ready]");
  await fillCorrect(page);
  await page.fill("[name=summary]", "<img src=x onerror=alert(1)> “kế hoạch");
  await page.fill("[name=issuer]", "<img src=x onerror=alert(2)>");
  assert.equal(await page.locator("img").count(), 0);
  assert.match(await page.locator("#preview").textContent(), /<img src=x onerror=alert\(1\)>/);
  assert.deepEqual(problems(), []);
  await context.close();
});

test("the form works at phone width", async () => {
  const { page, context } = await openPage(env.browser, `${env.base}/www/form.html`, { width: 390, height: 844 });
  await page.waitForSelector("body[data-ready]");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `no horizontal scroll (overflow ${overflow}px)`);
  await context.close();
});
