// The registration form page: vanban/form (attachForm) on the real DOM, live.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, ARTIFACTS } from "./helpers.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.browser.close();
  env?.server.close();
});

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
const LABELS = {
  number: "Số", symbol: "Ký hiệu", issuer: "Cơ quan ban hành", place: "Địa danh", issueDate: "Ngày ban hành",
  summary: "Trích yếu", "signer.title": "Chức vụ người ký", "signer.name": "Họ tên người ký",
};

async function open(url = "/www/form.html") {
  const r = await openPage(env.browser, `${env.base}${url}`);
  await r.page.waitForSelector("body[data-ready]");
  return r;
}
async function fillCorrect(page) {
  await page.selectOption("[name=docType]", "Kế hoạch");
  for (const [name, value] of Object.entries(CORRECT)) await page.fill(`[name="${name}"]`, value);
  await page.locator("[name=recipients]").blur();
}
const valid = (page) => page.evaluate(() => document.getElementById("meta").checkValidity());
const message = (page, field) => page.locator(`[data-vanban-for="${field}"]`).textContent();
/** Types into a field, then leaves it (Tab), as a person does. */
async function enter(page, field, value) {
  await page.fill(`[name="${field}"]`, value);
  await page.press(`[name="${field}"]`, "Tab");
}

test("a correct form is valid, its status line and preview follow it live", async () => {
  const { page, context, problems } = await open();
  assert.equal(await valid(page), false, "an empty form is invalid");
  assert.match(await page.locator("#result").textContent(), /Còn \d+ lỗi/);
  await fillCorrect(page);
  assert.equal(await valid(page), true);
  assert.equal(await page.locator("[aria-invalid=true]").count(), 0);
  assert.match(await page.locator("#result").textContent(), /Hợp lệ/, "the status follows the form without a submit");
  const preview = await page.locator("#preview").textContent();
  assert.match(preview, /Số: 09\/KH-MTTQ-BTT/);
  assert.match(preview, /Trà Vinh, ngày 21 tháng 02 năm 2022/);
  assert.match(preview, /TM\. BAN THƯỜNG TRỰC\nKT\. CHỦ TỊCH\nPHÓ CHỦ TỊCH/);
  await enter(page, "number", "9");
  assert.match(await page.locator("#result").textContent(), /Còn 1 lỗi/);
  await page.screenshot({ path: new URL("form.png", ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(problems(), []);
  await context.close();
});

test("messages sit outside the label, are referenced by aria-describedby and carry no rule id", async () => {
  const { page, context, problems } = await open();
  await fillCorrect(page);
  await enter(page, "issueDate", "30/02/2022");
  await enter(page, "number", "9");
  await enter(page, "summary", "");
  for (const [field, label] of Object.entries(LABELS)) {
    // the accessible name of each field is its label, with or without a message
    assert.equal(await page.getByRole("textbox", { name: label, exact: true }).count(), 1, `${field}: name "${label}"`);
  }
  for (const field of ["issueDate", "number", "summary"]) {
    const box = page.locator(`[data-vanban-for="${field}"]`);
    assert.equal(await box.evaluate((b) => b.closest("label")), null, `${field}: not inside a label`);
    const text = await box.textContent();
    assert.ok(text.length > 3, field);
    assert.doesNotMatch(text, /[a-z]+\/[a-z-]+|--[a-z]/, `${field}: no rule id, no CLI flag: ${text}`);
    const described = await page.locator(`[name="${field}"]`).getAttribute("aria-describedby");
    const ids = described.split(" ");
    const spoken = await page.evaluate((ids) => ids.map((id) => document.getElementById(id)?.textContent).join(" "), ids);
    assert.match(spoken, /\S/, `${field}: described`);
    assert.doesNotMatch(spoken, /\?/, "the description is the message, not the link");
  }
  // the rule id is in a data attribute and the "?" link
  const row = page.locator('[data-vanban-for="issueDate"] .vanban-line');
  assert.equal(await row.getAttribute("data-rule"), "date/impossible");
  assert.equal(await row.locator("a.vanban-docs").getAttribute("href"), "rules.html#date/impossible");
  assert.match(await message(page, "issueDate"), /30\/02\/2022 không có thật.*28 ngày/);
  assert.match(await message(page, "summary"), /Chưa nhập trích yếu/);
  assert.deepEqual(problems(), []);
  await context.close();
});

test("a bad number or symbol is reported on its own field with the correct form, never on the issuing body", async () => {
  const { page, context } = await open();
  await fillCorrect(page);
  const cases = [
    ["number", "09", "symbol", "/KH-MTTQ-BTT", /Số: 09\/KH-MTTQ-BTT/],
    ["number", "09/", "symbol", "KH-MTTQ-BTT", /chỉ ghi số văn bản \(“09”\)/],
    ["number", "09", "symbol", "KH--MTTQ-BTT", /phần để trống.*“KH-MTTQ-BTT”/],
    ["number", "09", "symbol", "KH - MTTQ-BTT", /không có dấu cách.*“KH-MTTQ-BTT”/],
    ["number", "09", "symbol", "KHH-MTTQ-BTT", /“KHH” không phải chữ viết tắt.*“KH”/],
    ["number", "9", "symbol", "KH-MTTQ-BTT", /“09”/],
  ];
  for (const [, number, , symbol, expected] of cases) {
    await enter(page, "number", number);
    await enter(page, "symbol", symbol);
    const onNumber = await message(page, "number");
    const onSymbol = await message(page, "symbol");
    assert.match(onNumber + onSymbol, expected, `${number} ${symbol}`);
    assert.equal(await message(page, "issuer"), "", `${number} ${symbol}: nothing on the issuing body`);
    assert.equal(await valid(page), false, `${number} ${symbol}`);
  }
  await enter(page, "number", "09");
  await enter(page, "symbol", "KH-MTTQ-BTT");
  assert.equal(await valid(page), true);
  await context.close();
});

test("a cross-field finding is in the form's summary once and marks both fields", async () => {
  const { page, context } = await open();
  await fillCorrect(page);
  await page.selectOption("[name=docType]", "Hướng dẫn");
  const summary = page.locator("[data-vanban-form]");
  assert.match(await summary.textContent(), /Ký hiệu ghi “KH”/);
  assert.equal(await summary.locator(".vanban-line").count(), 1);
  const all = await page.locator("#meta").textContent();
  assert.equal(all.split("Ký hiệu ghi “KH”").length - 1, 1, "said once");
  assert.equal(await page.locator("[name=symbol]").getAttribute("aria-invalid"), "true");
  assert.equal(await page.locator("[name=docType]").getAttribute("aria-invalid"), "true");
  assert.equal(await valid(page), false);
  await context.close();
});

test("a date is checked without a place; a partly typed date waits for the field to be left", async () => {
  const { page, context } = await open();
  await page.click("[name=issueDate]");
  await page.keyboard.type("30/0");
  assert.equal(await message(page, "issueDate"), "", "nothing while typing");
  await page.keyboard.type("2/2022");
  assert.match(await message(page, "issueDate"), /không có thật/, "a complete date is checked at once");
  assert.equal(await page.locator("[name=issueDate]").getAttribute("aria-invalid"), "true");
  await page.fill("[name=issueDate]", "21/02");
  assert.equal(await message(page, "issueDate"), "", "partial: not while focused");
  await page.press("[name=issueDate]", "Tab");
  assert.match(await message(page, "issueDate"), /ngày\/tháng\/năm/, "on blur");
  assert.equal(await message(page, "place"), "", "the empty place is not flagged before it is visited");
  await context.close();
});

test("reset, a value set by script and recheck() re-validate; detach() removes everything", async () => {
  const { page, context, problems } = await open();
  await fillCorrect(page);
  await enter(page, "issueDate", "31/04/2022");
  assert.match(await message(page, "issueDate"), /không có thật/);
  // a script sets a value: no event, validated anyway
  await page.evaluate(() => (document.querySelector("[name=issueDate]").value = "30/04/2022"));
  await page.waitForFunction(() => document.querySelector('[data-vanban-for="issueDate"]').textContent === "");
  assert.equal(await valid(page), true);
  await page.evaluate(() => (document.querySelector("[name=number]").value = "9"));
  await page.waitForFunction(() => !document.getElementById("meta").checkValidity());
  // reset: stale messages go, the empty form is invalid but quiet until visited
  await page.click("button[type=reset]");
  await page.waitForFunction(() => document.querySelector("[name=number]").value === "");
  await page.waitForTimeout(50);
  assert.equal(await page.locator(".vanban-line").count(), 0, "no stale message after reset");
  assert.equal(await page.locator("[aria-invalid=true]").count(), 0);
  assert.equal(await valid(page), false);
  assert.match(await page.locator("#result").textContent(), /Còn/);
  // recheck({show}) reveals every message
  await page.evaluate(() => window.vanbanForm.recheck({ show: true }));
  assert.ok((await page.locator(".vanban-line").count()) >= 8);
  // detach: listeners, messages and attributes gone
  const before = await page.evaluate(() => document.querySelectorAll("[aria-describedby]").length);
  assert.ok(before > 0);
  await page.evaluate(() => window.vanbanForm.detach());
  assert.equal(await page.locator(".vanban-message, .vanban-line, [aria-invalid], [aria-describedby]").count(), 0);
  assert.equal(await valid(page), true, "no custom validity left");
  await page.fill("[name=number]", "9");
  assert.equal(await page.locator(".vanban-line").count(), 0, "no listener left");
  assert.equal(await page.evaluate(() => Object.getOwnPropertyNames(document.querySelector("[name=number]")).includes("value")), false);
  assert.deepEqual(problems(), []);
  await context.close();
});

test("required fields are errors when empty, even in draft mode, except the number and the date", async () => {
  const { page, context } = await open();
  await page.check("#draft");
  await page.evaluate(() => window.vanbanForm.recheck({ show: true }));
  for (const field of ["summary", "signer.title", "signer.name", "docType"]) {
    const row = page.locator(`[data-vanban-for="${field}"] .vanban-line`).first();
    assert.equal(await row.getAttribute("data-severity"), "error", field);
  }
  assert.equal(await message(page, "number"), "", "draft: the number may be blank");
  assert.equal(await message(page, "issueDate"), "", "draft: the date may be blank");
  await page.uncheck("#draft");
  assert.match(await message(page, "number"), /Chưa nhập số/);
  await context.close();
});

test("trying to submit reveals every message and focuses the first invalid field", async () => {
  const { page, context } = await open();
  await page.click("button[type=submit]");
  assert.ok((await page.locator(".vanban-line").count()) >= 8);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("aria-invalid")), "true");
  await page.screenshot({ path: new URL("form-invalid.png", ARTIFACTS).pathname, fullPage: true });
  await context.close();
});

test("HTML typed into a field is shown as text", async () => {
  const { page, context, problems } = await open();
  await fillCorrect(page);
  await enter(page, "summary", "<img src=x onerror=alert(1)> “kế hoạch");
  await enter(page, "issuer", "<img src=x onerror=alert(2)>");
  assert.equal(await page.locator("img").count(), 0);
  assert.match(await page.locator("#preview").textContent(), /<img src=x onerror=alert\(1\)>/);
  assert.deepEqual(problems(), []);
  await context.close();
});

test("the form works at phone width", async () => {
  const { page, context } = await openPage(env.browser, `${env.base}/www/form.html`, { width: 390, height: 844 });
  await page.waitForSelector("body[data-ready]");
  await page.click("button[type=submit]");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `no horizontal scroll (overflow ${overflow}px)`);
  await context.close();
});
