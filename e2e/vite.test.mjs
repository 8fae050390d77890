// The npm package through Vite, as an application would use it: `import init, { lint } from
// "vanban"`, `vite build`, then the built page runs in Chromium and lints.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, writeFile, readdir, rm, cp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { launch } from "./helpers.mjs";

const PKG = fileURLToPath(new URL("../pkg/", import.meta.url));
let dir;
let env;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), "vanban-vite-"));
  env = await launch();
});
after(async () => {
  await env?.browser.close();
  env?.server.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test("vite build bundles the package and its .wasm, and the page lints", async () => {
  // the package installed as a dependency of the app
  await cp(PKG, join(dir, "node_modules/vanban"), { recursive: true });
  await writeFile(join(dir, "index.html"), '<!doctype html><meta charset="utf-8"><pre id="out"></pre><script type="module" src="/main.js"></script>');
  await writeFile(
    join(dir, "main.js"),
    `import init, { lint } from "vanban";
     await init();
     const found = lint("Số: 09 /KH-UBND\\n");
     document.getElementById("out").textContent = JSON.stringify(found.map((d) => d.rule));`,
  );
  await build({ root: dir, logLevel: "silent", build: { outDir: join(dir, "dist"), target: "es2022" } });
  const assets = await readdir(join(dir, "dist/assets"));
  assert.ok(assets.some((a) => a.endsWith(".wasm")), `a .wasm asset, not inlined: ${assets}`);

  // serve dist/ and open it
  const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm" };
  const server = createServer(async (req, res) => {
    const path = req.url === "/" ? "/index.html" : req.url;
    try {
      const body = await readFile(join(dir, "dist", path));
      res.writeHead(200, { "content-type": types[path.slice(path.lastIndexOf("."))] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const page = await env.browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => document.getElementById("out").textContent.length > 0);
  const rules = JSON.parse(await page.locator("#out").textContent());
  assert.ok(rules.includes("number/malformed"), rules.join(", "));
  assert.deepEqual(errors, []);
  await page.close();
  server.close();
});
