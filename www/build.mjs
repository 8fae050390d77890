// Bundles the demo pages' scripts into www/dist/ with esbuild, importing the package by its
// name ("vanban", "vanban/worker", "vanban/codemirror" …, resolved through node_modules/vanban,
// which scripts/build-pkg.sh links to pkg/) as an application does. The checking worker is its
// own entry (dist/worker-thread.js, where vanban/worker looks for it beside the bundle), and the
// .wasm is copied beside it, as any bundler setup without a worker plugin needs.
import { build } from "esbuild";
import { copyFile, mkdir, rm } from "node:fs/promises";

await rm("www/dist", { recursive: true, force: true });
await build({
  entryPoints: {
    editor: "www/src/editor.js",
    "textarea-demo": "www/src/textarea-demo.js",
    "richtext-demo": "www/src/richtext-demo.js",
    form: "www/src/form.js",
    rules: "www/src/rules.js",
    bench: "www/src/bench.js",
    "worker-thread": "vanban/worker-thread",
  },
  bundle: true,
  splitting: true,
  format: "esm",
  outdir: "www/dist",
  minify: true,
  sourcemap: true,
  target: "es2022",
  loader: { ".css": "css" },
  logLevel: "warning",
});
await copyFile("node_modules/vanban/vanban_bg.wasm", "www/dist/vanban_bg.wasm");
await mkdir("www/dist/examples", { recursive: true });
for (const name of ["ke-hoach-co-loi.txt", "ke-hoach-dung.txt"]) {
  await copyFile(`examples/${name}`, `www/dist/examples/${name}`);
}
console.log("www/dist: bundled");
