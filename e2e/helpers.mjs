// Shared by the end-to-end tests: the demo server on a free port and Debian's Chromium driven
// by playwright-core (never a downloaded browser).
import { chromium } from "playwright-core";
import { mkdir } from "node:fs/promises";
import { startServer } from "../www/serve.mjs";

export const ARTIFACTS = new URL("./artifacts/", import.meta.url);

export async function launch() {
  const server = await startServer(0);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
  await mkdir(ARTIFACTS, { recursive: true });
  return { server, base, browser };
}

/** A page that records errors; `problems()` lists page errors, console errors and dialogs. */
export async function openPage(browser, url, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, locale: "vi-VN" });
  const page = await context.newPage();
  const seen = [];
  page.on("pageerror", (e) => seen.push(`pageerror: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && seen.push(`console: ${m.text()}`));
  page.on("dialog", async (d) => { seen.push(`dialog: ${d.message()}`); await d.dismiss(); });
  await page.goto(url);
  return { page, context, problems: () => seen };
}
