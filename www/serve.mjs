// Static server for the demo: serves www/ (the pages and dist/, the bundle built by
// www/build.mjs with the package's files) under /www/, on localhost. Nothing else of the
// repository is reachable: no .git, no sources, no node_modules; hidden files never.
// `/` and `/www` redirect to `/www/`.
// Usage: node www/serve.mjs [port]   (port 0 = any free port; default 8080)
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const WWW = resolve(fileURLToPath(new URL(".", import.meta.url)));
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".ttf": "font/ttf",
  ".woff2": "font/woff2",
};
// what www/ holds that is not for the browser
const PRIVATE = new Set(["serve.mjs", "build.mjs", "src"]);

/** The file a URL path names under /www/, or null: never outside www/, never hidden. */
export function fileFor(pathname) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (!path.startsWith("/www/") || path.includes("\0")) return null;
  const parts = path.slice(5).split("/").filter(Boolean);
  if (parts.some((p) => p.startsWith(".") || p.includes("\\")) || (parts.length && PRIVATE.has(parts[0]))) return null;
  const file = resolve(WWW, ...parts);
  return file === WWW || file.startsWith(WWW + sep) ? file : null;
}

export function startServer(port = 8080, host = "127.0.0.1") {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://localhost");
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...headers });
      res.end(body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "method not allowed", { allow: "GET, HEAD" });
    if (url.pathname === "/" || url.pathname === "/www") return send(301, "", { location: `/www/${url.search}` });
    const file = fileFor(url.pathname);
    if (!file) return send(404, "not found");
    try {
      const info = await stat(file);
      if (info.isDirectory()) {
        if (!url.pathname.endsWith("/")) return send(301, "", { location: `${url.pathname}/${url.search}` });
        const body = await readFile(join(file, "index.html"));
        res.writeHead(200, { "content-type": TYPES[".html"], "cache-control": "no-cache" });
        return res.end(req.method === "HEAD" ? undefined : body);
      }
      const body = await readFile(file);
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-cache",
        "x-content-type-options": "nosniff",
      });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      send(404, "not found");
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8080);
  const server = await startServer(port);
  const { port: actual } = server.address();
  console.log(`vanban demo: http://localhost:${actual}/www/  (form: /www/form.html, textarea: /www/textarea.html, rich text: /www/richtext.html)`);
  console.log("Ctrl+C to stop.");
}
