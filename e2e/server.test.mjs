// The demo server serves the pages and their bundle, and nothing else of the repository.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer } from "../www/serve.mjs";

let server;
let base;
before(async () => {
  server = await startServer(0);
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => server?.close());

const get = (path) => fetch(base + path, { redirect: "manual" });

test("/ and /www redirect to /www/; the pages and the bundle are served with their types", async () => {
  for (const path of ["/", "/www", "/www?x=1"]) {
    const r = await get(path);
    assert.equal(r.status, 301, path);
    assert.match(r.headers.get("location"), /^\/www\/(\?x=1)?$/);
  }
  const index = await get("/www/");
  assert.equal(index.status, 200);
  assert.match(await index.text(), /vanban/);
  assert.equal((await get("/www/dist")).status, 301, "a folder without its slash");
  const wasm = await get("/www/dist/vanban_bg.wasm");
  assert.equal(wasm.status, 200);
  assert.equal(wasm.headers.get("content-type"), "application/wasm");
  assert.equal((await get("/www/dist/editor.js")).headers.get("content-type"), "text/javascript; charset=utf-8");
  for (const page of ["form.html", "textarea.html", "richtext.html", "rules.html", "bench.html", "style.css"]) {
    assert.equal((await get(`/www/${page}`)).status, 200, page);
  }
});

test("nothing outside the pages: no .git, no sources, no package internals, no traversal", async () => {
  for (const path of [
    "/.git/HEAD", "/.git/config", "/www/../.git/HEAD", "/www/%2e%2e/.git/HEAD", "/www/..%2f.git/HEAD", "/www/%2e%2e%2fCargo.toml",
    "/Cargo.toml", "/src/lib.rs", "/README.md", "/pkg/index.js", "/node_modules/vanban/index.js", "/examples/ke-hoach-co-loi.txt",
    "/www/serve.mjs", "/www/build.mjs", "/www/src/editor.js", "/www/.hidden", "/www/dist/../serve.mjs", "/www/%00", "/www/%E0%A4%A",
  ]) {
    const r = await get(path);
    assert.ok(r.status === 404 || r.status === 400, `${path}: ${r.status}`);
  }
  const post = await fetch(`${base}/www/`, { method: "POST" });
  assert.equal(post.status, 405);
});
