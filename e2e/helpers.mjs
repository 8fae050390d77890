// Shared by the end-to-end tests: the demo server on a free port, Debian's Chromium driven by
// playwright-core (never a downloaded browser), and test pages bundled with esbuild from the
// package as an application imports it.
import { chromium } from "playwright-core";
import { mkdir, mkdtemp, writeFile, copyFile, readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join, extname, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../www/serve.mjs";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
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
  page.on("dialog", async (d) => {
    seen.push(`dialog: ${d.message()}`);
    await d.dismiss();
  });
  await page.goto(url);
  return { page, context, problems: () => seen };
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".map": "application/json",
  ".ttf": "font/ttf",
};

/** A static server for a test's own folders: `mounts` maps a URL prefix to a folder. */
export async function serveFolders(mounts) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!path.startsWith(prefix)) continue;
      const base = resolve(dir);
      let file = resolve(base, "." + sep + path.slice(prefix.length));
      if (file !== base && !file.startsWith(base + sep)) break;
      try {
        if ((await stat(file)).isDirectory()) file = join(file, "index.html");
        const body = await readFile(file);
        res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
        return res.end(body);
      } catch {
        break;
      }
    }
    res.writeHead(404).end();
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

/**
 * A test page bundled with esbuild into a temporary folder: `script` imports the package by its
 * name ("vanban", "vanban/worker" …); the worker and the .wasm go beside the bundle, as
 * vanban/worker expects by default. Returns the folder (index.html loads main.js).
 */
export async function bundlePage(script, { html = "" } = {}) {
  const { build } = await import("esbuild");
  const dir = await mkdtemp(join(tmpdir(), "vanban-page-"));
  await writeFile(join(dir, "entry.js"), script);
  await build({
    entryPoints: { main: join(dir, "entry.js"), "worker-thread": "vanban/worker-thread" },
    absWorkingDir: ROOT,
    nodePaths: [join(ROOT, "node_modules")],
    bundle: true,
    splitting: true,
    format: "esm",
    outdir: dir,
    target: "es2022",
    logLevel: "error",
  });
  await copyFile(join(ROOT, "pkg/vanban_bg.wasm"), join(dir, "vanban_bg.wasm"));
  await writeFile(join(dir, "index.html"), `<!doctype html><html lang="vi"><meta charset="utf-8"><link rel="icon" href="data:,"><body>${html}<script type="module" src="main.js"></script></body></html>`);
  return dir;
}

/** The ~100-page plan of the benchmark: the example's body 40 times. */
export async function longPlan() {
  const plan = await readFile(join(ROOT, "examples/ke-hoach-co-loi.txt"), "utf8");
  const head = plan.slice(0, plan.indexOf("\nI. ") + 1);
  const body = plan.slice(plan.indexOf("\nI. ") + 1, plan.indexOf("Nơi nhận"));
  return head + body.repeat(40) + plan.slice(plan.indexOf("Nơi nhận"));
}
