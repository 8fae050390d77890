// vanban: the linter for Vietnamese administrative documents, compiled to WebAssembly.
// This entry point is the whole checking API, with no DOM in it (it runs in a page, a Web
// Worker or Node). The editor adapters are vanban/worker, vanban/codemirror, vanban/textarea,
// vanban/highlight; the registration form is vanban/form.
import initWasm, * as wasm from "./vanban.js";
import SUMMARIES from "./internal/summaries.js";

let ready = false;

const isPlain = (v) => v !== null && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype;

/**
 * Loads the WebAssembly module. In a browser or a bundler the default fetches `vanban_bg.wasm`
 * beside this file; pass its URL, a `Response`, its bytes or a compiled `WebAssembly.Module` to
 * load it from elsewhere. Calling it again does nothing.
 */
export default async function init(input) {
  await initWasm(input === undefined || isPlain(input) ? input : { module_or_path: input });
  ready = true;
}

/** Loads the module from its bytes (or a compiled module) synchronously: Node, tests, workers. */
export function initSync(input) {
  wasm.initSync(isPlain(input) ? input : { module: input });
  ready = true;
}

/** Whether `init()` or `initSync()` has completed. */
export function isReady() {
  return ready;
}

function ensureReady() {
  if (!ready) throw new Error("vanban: call init() first");
}

export function lint(text, options) {
  ensureReady();
  return wasm.lint(text, options);
}

export function check(text, options) {
  ensureReady();
  return wasm.check(text, options);
}

export function fixAll(text, options) {
  ensureReady();
  return wasm.fixAll(text, options);
}

export function outline(text, options) {
  ensureReady();
  return wasm.outline(text, options);
}

export function lintDocx(bytes, options) {
  ensureReady();
  return wasm.lintDocx(bytes, options);
}

export function validateForm(form, options) {
  ensureReady();
  return wasm.validateForm(form, options);
}

export function rules() {
  ensureReady();
  // the module leaves the summaries out (4 KB gzipped): they ship beside it, as the docs do
  return wasm.rules().map((r) => ({ ...r, summary: SUMMARIES[r.id][0], summaryEn: SUMMARIES[r.id][1] }));
}

export function version() {
  ensureReady();
  return wasm.version();
}

/** `text` with one fix (or suggestion) applied: offsets are UTF-16, as `String#slice`. */
export function applyFix(text, fix) {
  if (typeof text !== "string") throw new TypeError("vanban: applyFix(text): text must be a string");
  if (!fix || typeof fix.from !== "number" || typeof fix.to !== "number" || typeof fix.replacement !== "string") {
    throw new TypeError("vanban: applyFix(text, fix): fix must have from, to and replacement");
  }
  return text.slice(0, fix.from) + fix.replacement + text.slice(fix.to);
}

/**
 * The user's dismissals ("bỏ qua"): findings by fingerprint and whole rules, persisted in a
 * `Storage` (localStorage, sessionStorage, or anything with getItem/setItem) under `key`.
 * `list.options` goes into `options.ignore`; `withIgnored(options, list)` adds it.
 */
export { createIgnoreList, withIgnored } from "./internal/ignore.js";
