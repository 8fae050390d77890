// vanban/highlight: inline checking in any rich-text editor (a contenteditable: TinyMCE,
// CKEditor 5, Quill, ProseMirror/Tiptap …) without touching its content.
//
// The editor's text is read from its DOM (text nodes; a line break between blocks and at <br>),
// checked in the worker, and the findings are drawn with the CSS Custom Highlight API: ranges
// over the editor's own text nodes, painted by the browser — no element is added to or changed
// in the content, so the editor's model, undo history and collaboration never see us. After
// every change the editor makes to its DOM, the findings are mapped through the edit and their
// ranges rebuilt on the new nodes at once (no flicker until the next result). Hovering a
// finding, or putting the caret on it, opens a popover beside the text with the message, the
// "?" link, the fixes and "Bỏ qua"; a fix goes through the browser's editing command
// (execCommand "insertText" on the selected range), which the editors handle as typing and undo
// with Ctrl+Z — or through `applyFix` when an editor wants its own API.
import { createScheduler } from "./internal/schedule.js";
import { renderFinding, LABELS } from "./internal/ui.js";
import { createIgnoreList, withIgnored } from "./internal/ignore.js";

const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE",
  "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE",
  "SECTION", "TABLE", "TBODY", "THEAD", "TFOOT", "TR", "TD", "TH", "UL",
]);
const SKIP = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT"]);
const STYLE_ID = "vanban-highlight-style";
// the highlights of one attached editor (several editors on a page each have their own names)
const highlightCss = (n) => `
::highlight(vanban-error${n}) { text-decoration: underline wavy #c0392b; text-decoration-skip-ink: none; text-underline-offset: 3px; }
::highlight(vanban-warning${n}) { text-decoration: underline wavy #b7791f; text-decoration-skip-ink: none; text-underline-offset: 3px; }
::highlight(vanban-info${n}) { text-decoration: underline wavy #2b6cb0; text-decoration-skip-ink: none; text-underline-offset: 3px; }
::highlight(vanban-missing${n}) { background-color: rgb(192 57 43 / 0.2); }
`;
let instances = 0;
const CSS = `
.vb-popover { position: absolute; z-index: 2147483000; background: #fff; color: #1a202c; border: 1px solid #c5ccd6; border-radius: 4px;
  box-shadow: 0 2px 8px rgb(0 0 0 / 0.15); padding: 0.4rem 0.6rem; font: 14px/1.4 system-ui, sans-serif; max-width: min(28rem, 90vw); }
.vb-popover .vb-message + .vb-message { border-top: 1px solid #e2e8f0; margin-top: 0.35rem; padding-top: 0.35rem; }
.vb-popover .vb-meta { display: flex; gap: 0.5em; font-size: 0.85em; margin-top: 0.2rem; }
.vb-popover .vb-sev-error { color: #c0392b; } .vb-popover .vb-sev-warning { color: #9c6500; } .vb-popover .vb-sev-info { color: #2b6cb0; }
.vb-popover .vb-actions { display: flex; flex-wrap: wrap; gap: 0.3rem; margin-top: 0.3rem; }
.vb-popover .vb-action { font: inherit; font-size: 0.9em; }
`;
const isAbort = (e) => e instanceof Error && e.name === "AbortError";

/**
 * The text of an editor's DOM and where each piece came from: `pieces` are [start, textNode]
 * in order. Blocks and <br> give line breaks; hidden helpers (script, style) give nothing.
 */
export function readText(root) {
  const pieces = [];
  let text = "";
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = child.data;
        if (data) {
          pieces.push([text.length, child]);
          text += data;
        }
      } else if (child.nodeType === 1) {
        const tag = child.tagName;
        if (SKIP.has(tag) || child.getAttribute("contenteditable") === "false" || child.hidden) continue;
        if (tag === "BR") {
          // a <br> that ends a block (<p>text<br></p>, Quill's empty <p><br></p>) is not a second break
          if (child.nextSibling || !BLOCKS.has(child.parentNode?.tagName)) text += "\n";
          continue;
        }
        if (!BLOCKS.has(tag)) {
          walk(child);
          continue;
        }
        // a block is one line (or more): it starts on a new line and ends one, even when empty
        if (text !== "" && !text.endsWith("\n")) text += "\n";
        const start = text.length;
        walk(child);
        if (text.length > start ? !text.endsWith("\n") : !hasBlock(child)) text += "\n";
      }
    }
  };
  walk(root);
  return { text, pieces };
}

function hasBlock(el) {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCKS.has(c.tagName)) return true;
  return false;
}

/** The <iframe> element holding `win`, when the page around it may be reached. */
function sameOriginFrame(win) {
  try {
    return win.frameElement ?? null;
  } catch {
    return null;
  }
}

/** The (node, offset) of a text offset. */
function pointAt(pieces, pos, after) {
  let lo = 0;
  let hi = pieces.length - 1;
  if (hi < 0) return null;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid][0] <= pos) lo = mid;
    else hi = mid - 1;
  }
  let [start, node] = pieces[lo];
  // at a line break between two pieces: the start of the next one (or the end of this one)
  if (pos > start + node.data.length) {
    if (after && lo + 1 < pieces.length) [start, node] = pieces[lo + 1];
    else return [node, node.data.length];
  }
  return [node, Math.max(0, Math.min(pos - start, node.data.length))];
}

function mapPos(pos, edit, assoc) {
  if (pos < edit.start || (pos === edit.start && assoc < 0 && edit.oldEnd === edit.start)) return pos;
  if (pos >= edit.oldEnd && !(pos === edit.start && assoc < 0)) return pos + edit.newEnd - edit.oldEnd;
  return assoc < 0 ? edit.start : edit.newEnd;
}

function editBetween(a, b) {
  const n = Math.min(a.length, b.length);
  let start = 0;
  while (start < n && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let s = 0;
  while (s < n - start && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return { start, oldEnd: a.length - s, newEnd: b.length - s };
}

export function attachHighlight(root, config = {}) {
  if (!root || root.nodeType !== 1) throw new TypeError("vanban: attachHighlight(root): root must be an element (the editor's contenteditable)");
  if (typeof config.checker?.check !== "function") {
    throw new TypeError("vanban: attachHighlight(root, { checker }) needs a checker: createChecker() from vanban/worker");
  }
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  if (!win.CSS?.highlights || typeof win.Highlight !== "function") {
    throw new Error("vanban: this browser has no CSS Custom Highlight API (Chrome 105, Safari 17.2, Firefox 140)");
  }
  const labels = { ...LABELS, ...config.labels };
  const ignore = config.ignore ?? createIgnoreList();
  const channel = `highlight-${Math.random().toString(36).slice(2)}`;
  const n = ++instances === 1 ? "" : `-${instances}`;
  const names = { error: `vanban-error${n}`, warning: `vanban-warning${n}`, info: `vanban-info${n}`, missing: `vanban-missing${n}` };
  let style = doc.getElementById(STYLE_ID);
  if (!style) {
    style = doc.createElement("style");
    style.id = STYLE_ID;
    style.textContent = CSS;
    (doc.head ?? doc.documentElement).append(style);
  }
  if (!style.textContent.includes(`(${names.error})`)) style.textContent += highlightCss(n);
  // The popover lives outside the content: in the page, or — when the editable element is the
  // body of an iframe (TinyMCE's classic mode, CKEditor 4) — in the page around the iframe.
  const frame = (root === doc.body || doc.body?.isContentEditable) && sameOriginFrame(win);
  const popDoc = frame ? frame.ownerDocument : doc;
  const popWin = popDoc.defaultView;
  if (frame && !popDoc.getElementById(STYLE_ID)) {
    const outer = popDoc.createElement("style");
    outer.id = STYLE_ID;
    outer.textContent = CSS;
    popDoc.head.append(outer);
  }
  const popover = popDoc.createElement("div");
  popover.className = "vb-popover";
  popover.hidden = true;
  popover.setAttribute("role", "group");
  popover.setAttribute("aria-label", "Lỗi tại đây");
  popDoc.body.append(popover);

  let { text, pieces } = readText(root);
  let diagnostics = [];
  let result = null;
  let flight = null;
  let destroyed = false;

  /** A DOM Range over the editor's nodes for text offsets [from, to). */
  function rangeOf(from, to) {
    const a = pointAt(pieces, from, true);
    const b = pointAt(pieces, to, false);
    if (!a || !b) return null;
    const r = doc.createRange();
    try {
      r.setStart(a[0], a[1]);
      r.setEnd(b[0], b[1]);
    } catch {
      return null;
    }
    return r;
  }

  function paint() {
    const sets = { error: [], warning: [], info: [], missing: [] };
    for (const d of diagnostics) {
      if (d.from === d.to) {
        // a missing part: the character before the place (or after it) is tinted
        const r = d.from > 0 ? rangeOf(d.from - 1, d.from) : rangeOf(0, Math.min(1, text.length));
        if (r) sets.missing.push(r);
        continue;
      }
      const r = rangeOf(d.from, d.to);
      if (r) sets[d.severity].push(r);
    }
    for (const [key, ranges] of Object.entries(sets)) {
      if (ranges.length) {
        const h = new win.Highlight(...ranges);
        h.priority = { error: 3, warning: 2, info: 1, missing: 0 }[key];
        win.CSS.highlights.set(names[key], h);
      } else {
        win.CSS.highlights.delete(names[key]);
      }
    }
  }

  // ------------------------------------------------------------------ the editor changed
  function reread() {
    const next = readText(root);
    if (next.text !== text) {
      const edit = editBetween(text, next.text);
      diagnostics = diagnostics
        .map((d) => {
          const from = mapPos(d.from, edit, 1);
          const to = Math.max(from, mapPos(d.to, edit, -1));
          return d.to > d.from && to === from && d.from < edit.oldEnd && d.to > edit.start ? null : { ...d, from, to };
        })
        .filter(Boolean);
      if (flight) flight.edits.push(edit);
      text = next.text;
      pieces = next.pieces;
      paint();
      hidePopover();
      scheduler.schedule();
    } else {
      // the same text in new nodes (the editor re-rendered a paragraph): new ranges
      pieces = next.pieces;
      paint();
    }
  }
  const observer = new win.MutationObserver((records) => {
    if (records.some((r) => !popover.contains(r.target))) reread();
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true });

  // ------------------------------------------------------------------ checking
  const options = () => withIgnored(typeof config.options === "function" ? config.options() : config.options, ignore);
  async function run() {
    const mine = { edits: [] };
    flight = mine;
    try {
      result = await config.checker.check(text, options(), { channel });
    } catch (e) {
      if (!isAbort(e) && !destroyed) (config.onError ?? console.error)(e);
      return;
    } finally {
      if (flight === mine) flight = null;
    }
    if (destroyed) return;
    const t0 = performance.now();
    let next = result.diagnostics.filter((d) => !ignore.has(d));
    for (const edit of mine.edits) {
      next = next.map((d) => {
        const from = mapPos(d.from, edit, 1);
        return { ...d, from, to: Math.max(from, mapPos(d.to, edit, -1)) };
      });
    }
    diagnostics = next;
    paint();
    const applyMs = performance.now() - t0;
    config.onResult?.(diagnostics, { result, stale: mine.edits.length > 0, applyMs });
  }
  const scheduler = createScheduler(run, { delay: config.delay ?? "auto" });

  // ------------------------------------------------------------------ the popover
  let popoverFor = "";
  function hidePopover() {
    popover.hidden = true;
    popoverFor = "";
  }
  function offsetOf(node, offset) {
    for (const [start, n] of pieces) if (n === node) return start + offset;
    return null;
  }
  const at = (pos) => diagnostics.filter((d) => (d.from === d.to ? Math.abs(d.from - pos) <= 1 : d.from <= pos && pos <= d.to));
  function showPopover(list, rect) {
    const key = list.map((d) => d.fingerprint + d.from).join(" ");
    if (key === popoverFor && !popover.hidden) return;
    popoverFor = key;
    popover.replaceChildren(...list.map((d) => renderFinding(popDoc, d, { docsUrl: config.docsUrl, labels, onAction: (a) => act(d, a) })));
    popover.hidden = false;
    // the rectangle is in the editor's window; the popover in its own page
    const offset = frame ? frame.getBoundingClientRect() : { left: 0, top: 0 };
    const border = frame ? { left: frame.clientLeft, top: frame.clientTop } : { left: 0, top: 0 };
    popover.style.left = `${rect.left + offset.left + border.left + popWin.scrollX}px`;
    popover.style.top = `${rect.bottom + offset.top + border.top + popWin.scrollY + 4}px`;
  }
  function act(d, a) {
    hidePopover();
    if (a.kind === "ignore" || a.kind === "ignoreRule") {
      if (a.kind === "ignore") ignore.add(d);
      else ignore.addRule(d.rule);
      diagnostics = diagnostics.filter((x) => !ignore.has(x));
      paint();
      return;
    }
    const range = rangeOf(a.from, a.to);
    if (!range) return;
    if (config.applyFix) {
      config.applyFix({ diagnostic: d, from: a.from, to: a.to, replacement: a.replacement, range });
      return;
    }
    // as if the user selected the text and typed the correction: the editor's own input handling,
    // its model and its undo history take it
    root.focus();
    const selection = win.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    if (!doc.execCommand("insertText", false, a.replacement) && a.replacement === "") doc.execCommand("delete");
  }
  // hover intent: the pointer rests 150 ms on a finding before its popover opens, so crossing
  // other text on the way to the popover does not replace it
  let hoverTimer = 0;
  function onMove(e) {
    clearTimeout(hoverTimer);
    hoverTimer = setTimeout(() => {
      const caret = doc.caretPositionFromPoint?.(e.clientX, e.clientY);
      const node = caret ? caret.offsetNode : doc.caretRangeFromPoint?.(e.clientX, e.clientY)?.startContainer;
      const offset = caret ? caret.offset : doc.caretRangeFromPoint?.(e.clientX, e.clientY)?.startOffset;
      if (!node || node.nodeType !== 3 || !root.contains(node)) return;
      const pos = offsetOf(node, offset);
      if (pos === null) return;
      const list = at(pos).filter((d) => {
        // only when the pointer is over the flagged text itself
        const r = d.from === d.to ? rangeOf(Math.max(0, d.from - 1), d.from) : rangeOf(d.from, d.to);
        return r && [...r.getClientRects()].some((b) => e.clientX >= b.left && e.clientX <= b.right && e.clientY >= b.top && e.clientY <= b.bottom + 3);
      });
      if (list.length) {
        const r = rangeOf(list[0].from === list[0].to ? Math.max(0, list[0].from - 1) : list[0].from, list[0].to);
        showPopover(list, r.getBoundingClientRect());
      }
    }, 150);
  }
  let caretTimer = 0;
  function onSelection() {
    clearTimeout(caretTimer);
    caretTimer = setTimeout(() => {
      const s = win.getSelection();
      if (!s || s.rangeCount === 0 || !s.isCollapsed || !root.contains(s.anchorNode) || s.anchorNode.nodeType !== 3) return;
      const pos = offsetOf(s.anchorNode, s.anchorOffset);
      const list = pos === null ? [] : at(pos);
      if (list.length === 0) return hidePopover();
      const r = rangeOf(list[0].from === list[0].to ? Math.max(0, list[0].from - 1) : list[0].from, list[0].to);
      if (r) showPopover(list, r.getBoundingClientRect());
    }, 300);
  }
  const onKey = (e) => {
    if (e.key === "Escape" && !popover.hidden) hidePopover();
  };
  const onOutside = (e) => {
    if (!popover.contains(e.target) && !root.contains(e.target)) hidePopover();
  };
  const onCompositionStart = () => scheduler.hold();
  const onCompositionEnd = () => {
    scheduler.release();
    scheduler.schedule();
  };
  const listeners = [
    [root, "mousemove", onMove],
    [root, "keydown", onKey],
    [root, "compositionstart", onCompositionStart],
    [root, "compositionend", onCompositionEnd],
    [doc, "selectionchange", onSelection],
    [doc, "pointerdown", onOutside],
    ...(frame ? [[popDoc, "pointerdown", onOutside], [popDoc, "keydown", onKey]] : []),
  ];
  for (const [target, type, fn] of listeners) target.addEventListener(type, fn);
  const unsubscribe = ignore.subscribe(() => scheduler.now());
  scheduler.now();

  return {
    /** The findings drawn, in offsets of `text`. */
    get diagnostics() {
      return diagnostics;
    },
    /** The editor's text as read and checked. */
    get text() {
      return text;
    },
    get result() {
      return result;
    },
    /** A DOM Range over the editor's text for a finding (to scroll to it, select it …). */
    rangeOf: (d) => rangeOf(d.from, d.to),
    recheck: () => scheduler.now(),
    detach() {
      destroyed = true;
      scheduler.stop();
      unsubscribe();
      observer.disconnect();
      clearTimeout(caretTimer);
      clearTimeout(hoverTimer);
      for (const [target, type, fn] of listeners) target.removeEventListener(type, fn);
      for (const name of Object.values(names)) win.CSS.highlights.delete(name);
      popover.remove();
    },
  };
}
