// Static server for the demo pages: serves the repository root (www/, pkg/, examples/) on
// localhost, and ../shared/seeds as /seeds/ when present (for the benchmark page).
// Usage: node www/serve.mjs [port]   (port 0 = any free port; default 8080)
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const SEEDS = resolve(ROOT, "../shared/seeds");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".ts": "text/plain; charset=utf-8",
};

/** The file a URL path names, never outside the served folders. */
function fileFor(pathname) {
  const path = decodeURIComponent(pathname);
  const [base, rest] = path.startsWith("/seeds/") ? [SEEDS, path.slice(7)] : [ROOT, path];
  const file = resolve(base, "." + sep + normalize(rest));
  return file === base || file.startsWith(base + sep) ? file : null;
}

export function startServer(port = 8080, host = "127.0.0.1") {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, "http://localhost");
      let file = fileFor(url.pathname);
      if (!file) throw Object.assign(new Error("forbidden"), { code: "EACCES" });
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-cache",
      });
      res.end(body);
    } catch (e) {
      res.writeHead(e.code === "EACCES" ? 403 : 404, { "content-type": "text/plain" });
      res.end(e.code === "EACCES" ? "forbidden" : "not found");
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8080);
  const server = await startServer(port);
  const { port: actual } = server.address();
  console.log(`vanban demo: http://localhost:${actual}/www/  (form: http://localhost:${actual}/www/form.html)`);
  console.log("Ctrl+C to stop.");
}
