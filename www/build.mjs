// Bundles the editor page's script (CodeMirror 6 + the vanban adapter) into www/dist/.
// The Web Worker and the form page import pkg/vanban.js directly, unbundled.
import { build } from "esbuild";

await build({
  entryPoints: ["www/src/editor.js", "www/src/textarea-demo.js"],
  bundle: true,
  format: "esm",
  outdir: "www/dist",
  minify: true,
  sourcemap: true,
  target: "es2022",
  logLevel: "warning",
});
console.log("www/dist: bundled");
