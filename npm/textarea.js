// vanban/textarea: underlines for a plain <textarea> (portals without a code editor).
//
// A backdrop behind the (transparent) textarea mirrors its text, one block per line, and draws
// wavy underlines under the flagged text; the textarea and its value are never touched. While
// the user types, the underlines are mapped through each edit and only the lines the edit
// touched are redrawn: they stay under their text until the next result arrives (no flicker).
// A result redraws only the lines whose findings changed. A missing part (an empty span) gets a
// marker where it belongs; overlapping findings are all drawn (the segment they share is marked
// with the most severe and tinted). Hovering a finding, or putting the caret on it, opens a
// popover with the message, the "?" link, the fixes and "Bỏ qua".
import { createScheduler } from "./internal/schedule.js";
import { renderFinding, worst, LABELS } from "./internal/ui.js";
import { createIgnoreList, withIgnored } from "./internal/ignore.js";

const STYLE_PROPS = [
  "fontFamily", "fontSize", "fontWeight", "fontStyle", "fontVariant", "fontStretch", "lineHeight",
  "letterSpacing", "wordSpacing", "textIndent", "textTransform", "paddingTop", "paddingRight",
  "paddingBottom", "paddingLeft", "borderTopWidth", "borderRightWidth", "borderBottomWidth",
  "borderLeftWidth", "boxSizing", "tabSize", "direction",
];
const STYLE_ID = "vanban-textarea-style";
const CSS = `
.vb-ta-wrap { position: relative; display: inline-block; max-width: 100%; vertical-align: top; }
.vb-ta-wrap > textarea { position: relative; z-index: 1; background: transparent !important; }
.vb-ta-backdrop { position: absolute; left: 0; top: 0; overflow: hidden; color: transparent; pointer-events: none;
  white-space: pre-wrap; overflow-wrap: break-word; word-break: normal; border-style: solid; border-color: transparent; }
.vb-ta-line { min-height: 1lh; }
.vb-ta-backdrop mark { color: transparent; background: none; text-decoration: underline wavy; text-decoration-skip-ink: none;
  text-underline-offset: 3px; text-decoration-thickness: 1.5px; }
.vb-ta-backdrop .vb-error { text-decoration-color: #c0392b; --vb-color: #c0392b; }
.vb-ta-backdrop .vb-warning { text-decoration-color: #b7791f; --vb-color: #b7791f; }
.vb-ta-backdrop .vb-info { text-decoration-color: #2b6cb0; --vb-color: #2b6cb0; }
.vb-ta-backdrop mark.vb-multi { background: color-mix(in srgb, var(--vb-color) 14%, transparent); }
.vb-ta-backdrop .vb-missing { position: relative; }
.vb-ta-backdrop .vb-missing::after { content: ""; position: absolute; left: -4px; bottom: -0.2em; border: 4px solid transparent;
  border-bottom: 6px solid var(--vb-color); }
.vb-popover { position: absolute; z-index: 10; background: #fff; color: #1a202c; border: 1px solid #c5ccd6; border-radius: 4px;
  box-shadow: 0 2px 8px rgb(0 0 0 / 0.15); padding: 0.4rem 0.6rem; font: 14px/1.4 system-ui, sans-serif; max-width: min(28rem, 90vw); }
.vb-popover .vb-message + .vb-message { border-top: 1px solid #e2e8f0; margin-top: 0.35rem; padding-top: 0.35rem; }
.vb-popover .vb-meta { display: flex; gap: 0.5em; font-size: 0.85em; margin-top: 0.2rem; }
.vb-popover .vb-sev-error { color: #c0392b; } .vb-popover .vb-sev-warning { color: #9c6500; } .vb-popover .vb-sev-info { color: #2b6cb0; }
.vb-popover .vb-actions { display: flex; flex-wrap: wrap; gap: 0.3rem; margin-top: 0.3rem; }
.vb-popover .vb-action { font: inherit; font-size: 0.9em; }
`;

const isAbort = (e) => e instanceof Error && e.name === "AbortError";

/** Where `pos` goes when `start..oldEnd` became `start..newEnd` (`assoc`: which side an insertion at `pos` leaves it on). */
function mapPos(pos, edit, assoc) {
  if (pos < edit.start || (pos === edit.start && assoc < 0 && edit.oldEnd === edit.start)) return pos;
  if (pos >= edit.oldEnd && !(pos === edit.start && assoc < 0)) return pos + edit.newEnd - edit.oldEnd;
  return assoc < 0 ? edit.start : edit.newEnd;
}

/** The edit between two texts: common prefix and suffix. */
function editBetween(a, b) {
  const n = Math.min(a.length, b.length);
  let start = 0;
  while (start < n && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let s = 0;
  while (s < n - start && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return { start, oldEnd: a.length - s, newEnd: b.length - s };
}

function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The index of the line containing `pos`. */
function lineAt(starts, pos) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function attachTextarea(textarea, config = {}) {
  if (!textarea || textarea.tagName !== "TEXTAREA") throw new TypeError("vanban: attachTextarea(textarea): textarea must be a <textarea>");
  // attachTextarea(textarea, check, settings): a function returning (a promise of) findings
  if (typeof config === "function") config = { ...(arguments[2] ?? {}), check: config };
  if (typeof config.checker?.check !== "function" && typeof config.check !== "function") {
    throw new TypeError("vanban: attachTextarea(textarea, { checker }) needs a checker: createChecker() from vanban/worker");
  }
  const doc = textarea.ownerDocument;
  const labels = { ...LABELS, ...config.labels };
  const ignore = config.ignore ?? createIgnoreList();
  const channel = `textarea-${Math.random().toString(36).slice(2)}`;
  if (!doc.getElementById(STYLE_ID)) {
    const style = doc.createElement("style");
    style.id = STYLE_ID;
    style.textContent = CSS;
    doc.head.append(style);
  }

  // ------------------------------------------------------------------ the backdrop
  const wrap = doc.createElement("div");
  wrap.className = "vb-ta-wrap";
  const backdrop = doc.createElement("div");
  backdrop.className = "vb-ta-backdrop";
  backdrop.setAttribute("aria-hidden", "true");
  const popover = doc.createElement("div");
  popover.className = "vb-popover";
  popover.hidden = true;
  popover.setAttribute("role", "group");
  popover.setAttribute("aria-label", "Lỗi tại đây");
  const originalBackground = textarea.style.background;
  textarea.before(wrap);
  wrap.append(backdrop, textarea, popover);

  function syncStyle() {
    const cs = getComputedStyle(textarea);
    for (const p of STYLE_PROPS) backdrop.style[p] = cs[p];
    backdrop.style.background = cs.backgroundColor !== "rgba(0, 0, 0, 0)" ? cs.backgroundColor : "";
    // the textarea's scrollbar narrows its text: the same width for the mirror
    const scrollbar = textarea.offsetWidth - textarea.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth);
    backdrop.style.paddingRight = `${parseFloat(cs.paddingRight) + Math.max(0, scrollbar)}px`;
    backdrop.style.width = `${textarea.offsetWidth}px`;
    backdrop.style.height = `${textarea.offsetHeight}px`;
    backdrop.style.left = `${textarea.offsetLeft}px`;
    backdrop.style.top = `${textarea.offsetTop}px`;
  }
  syncStyle();
  if (!textarea.style.background) textarea.style.background = "transparent";

  // ------------------------------------------------------------------ the model
  let text = textarea.value;
  let starts = lineStarts(text);
  let diagnostics = []; // shown, in the coordinates of `text`
  let result = null;
  let flight = null; // edits made while a check runs
  let destroyed = false;
  const nodes = []; // one block per line

  const lineEnd = (i) => (i + 1 < starts.length ? starts[i + 1] - 1 : text.length);

  /** The findings drawn on each line, clamped to it: line → [{from, to, d}] in line offsets. */
  function byLine() {
    const lines = new Map();
    const put = (i, item) => {
      const list = lines.get(i);
      if (list) list.push(item);
      else lines.set(i, [item]);
    };
    for (const d of diagnostics) {
      if (d.from > text.length) continue;
      const first = lineAt(starts, d.from);
      if (d.from === d.to) {
        put(first, { from: d.from - starts[first], to: d.from - starts[first], d });
        continue;
      }
      const last = lineAt(starts, Math.min(d.to, text.length));
      for (let i = first; i <= last; i++) {
        const ls = starts[i];
        const from = Math.max(d.from, ls) - ls;
        const to = Math.min(d.to, lineEnd(i)) - ls;
        if (to > from) put(i, { from, to, d });
      }
    }
    return lines;
  }

  const signature = (items) => (items ? items.map((x) => `${x.from}:${x.to}:${x.d.severity}:${x.d.fingerprint}`).join("|") : "");
  const sigs = []; // what each line's block shows

  function renderLine(i, items = []) {
    const ls = starts[i];
    const line = text.slice(ls, lineEnd(i));
    const block = doc.createElement("div");
    block.className = "vb-ta-line";
    if (items.length === 0) {
      if (line) block.textContent = line;
      else block.append(doc.createElement("br"));
      return block;
    }
    // segments between every boundary, each marked with all the findings covering it
    const cuts = new Set([0, line.length]);
    for (const x of items) {
      cuts.add(x.from);
      cuts.add(x.to);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let k = 0; k < points.length; k++) {
      const at = points[k];
      for (const x of items) {
        if (x.from === at && x.to === at) {
          const m = doc.createElement("span");
          m.className = `vb-missing vb-${x.d.severity}`;
          m.dataset.rule = x.d.rule;
          m.dataset.fingerprint = x.d.fingerprint;
          block.append(m);
        }
      }
      if (k + 1 === points.length) break;
      const next = points[k + 1];
      const piece = line.slice(at, next);
      const covering = items.filter((x) => x.from <= at && x.to >= next && x.to > x.from);
      if (covering.length === 0) {
        block.append(piece);
      } else {
        const m = doc.createElement("mark");
        m.className = `vb-${worst(covering.map((x) => x.d))}${covering.length > 1 ? " vb-multi" : ""}`;
        m.dataset.rule = covering.map((x) => x.d.rule).join(" ");
        m.dataset.fingerprint = covering.map((x) => x.d.fingerprint).join(" ");
        m.textContent = piece;
        block.append(m);
      }
    }
    if (!line) block.append(doc.createElement("br"));
    return block;
  }

  function renderAll() {
    const lines = byLine();
    nodes.length = 0;
    sigs.length = 0;
    for (let i = 0; i < starts.length; i++) {
      const items = lines.get(i);
      nodes.push(renderLine(i, items));
      sigs.push(signature(items));
    }
    backdrop.replaceChildren(...nodes);
    backdrop.scrollTop = textarea.scrollTop;
  }

  /** Redraws the lines whose findings differ from what is drawn. */
  function refresh() {
    const lines = byLine();
    for (let i = 0; i < nodes.length; i++) {
      const items = lines.get(i);
      const sig = signature(items);
      if (sigs[i] !== sig) {
        const fresh = renderLine(i, items);
        nodes[i].replaceWith(fresh);
        nodes[i] = fresh;
        sigs[i] = sig;
      }
    }
  }

  // ------------------------------------------------------------------ typing
  function onInput() {
    const now = textarea.value;
    if (now === text) return;
    const edit = editBetween(text, now);
    const firstLine = lineAt(starts, edit.start);
    const lastLine = lineAt(starts, edit.oldEnd);
    // the findings follow their text
    diagnostics = diagnostics
      .map((d) => {
        const from = mapPos(d.from, edit, 1);
        const to = Math.max(from, mapPos(d.to, edit, -1));
        const gone = d.to > d.from && to === from && !(d.from >= edit.oldEnd || d.to <= edit.start);
        return gone ? null : from === d.from && to === d.to ? d : { ...d, from, to };
      })
      .filter(Boolean);
    if (flight) flight.edits.push(edit);
    text = now;
    starts = lineStarts(text);
    // the lines the edit touched, redrawn; the others keep their blocks
    const newLast = lineAt(starts, edit.newEnd);
    const lines = byLine();
    const fresh = [];
    const freshSigs = [];
    for (let i = firstLine; i <= newLast; i++) {
      fresh.push(renderLine(i, lines.get(i)));
      freshSigs.push(signature(lines.get(i)));
    }
    sigs.splice(firstLine, lastLine - firstLine + 1, ...freshSigs);
    const old = nodes.splice(firstLine, lastLine - firstLine + 1, ...fresh);
    old[0].before(...fresh);
    for (const n of old) n.remove();
    if (starts.length !== nodes.length) renderAll(); // never expected; keeps the mirror exact
    backdrop.scrollTop = textarea.scrollTop;
    hidePopover();
    scheduler.schedule();
  }

  // ------------------------------------------------------------------ checking
  const options = () => withIgnored(typeof config.options === "function" ? config.options() : config.options, ignore);
  async function run() {
    const sent = text;
    const mine = { edits: [] };
    flight = mine;
    let found;
    try {
      if (config.checker) {
        result = await config.checker.check(sent, options(), { channel });
        found = result.diagnostics;
      } else {
        found = await config.check(sent);
        result = { diagnostics: found };
      }
    } catch (e) {
      if (!isAbort(e) && !destroyed) (config.onError ?? console.error)(e);
      return;
    } finally {
      if (flight === mine) flight = null;
    }
    if (destroyed) return;
    const t0 = performance.now();
    let next = found.filter((d) => !ignore.has(d));
    for (const edit of mine.edits) {
      next = next.map((d) => {
        const from = mapPos(d.from, edit, 1);
        return { ...d, from, to: Math.max(from, mapPos(d.to, edit, -1)) };
      });
    }
    diagnostics = next;
    refresh();
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
  function at(pos) {
    return diagnostics.filter((d) => (d.from === d.to ? d.from === pos : d.from <= pos && pos <= d.to));
  }
  function showPopover(list, rect) {
    const key = list.map((d) => d.fingerprint + d.from).join(" ");
    if (key === popoverFor && !popover.hidden) return;
    popoverFor = key;
    popover.replaceChildren(
      ...list.map((d) =>
        renderFinding(doc, d, {
          docsUrl: config.docsUrl,
          labels,
          onAction: (a) => act(d, a),
        }),
      ),
    );
    const box = wrap.getBoundingClientRect();
    popover.hidden = false;
    popover.style.left = `${Math.max(0, rect.left - box.left)}px`;
    popover.style.top = `${rect.bottom - box.top + 4}px`;
  }
  function markFor(d) {
    const line = lineAt(starts, d.from);
    const block = nodes[line];
    return [...(block?.querySelectorAll("mark, .vb-missing") ?? [])].find((m) => m.dataset.fingerprint.split(" ").includes(d.fingerprint)) ?? block;
  }
  function act(d, a) {
    if (a.kind === "ignore" || a.kind === "ignoreRule") {
      if (a.kind === "ignore") ignore.add(d);
      else ignore.addRule(d.rule);
      diagnostics = diagnostics.filter((x) => !ignore.has(x));
      refresh();
      hidePopover();
      textarea.focus();
      return;
    }
    // through the browser's editing, so that undo (Ctrl+Z) takes it back
    textarea.focus();
    textarea.setSelectionRange(a.from, a.to);
    const ok = doc.execCommand?.("insertText", false, a.replacement);
    if (!ok) {
      textarea.setRangeText(a.replacement, a.from, a.to, "end");
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
    }
    hidePopover();
  }
  function onCaret() {
    if (doc.activeElement !== textarea || textarea.selectionStart !== textarea.selectionEnd) return;
    const list = at(textarea.selectionStart);
    if (list.length === 0) return hidePopover();
    const mark = markFor(list[0]);
    if (mark) showPopover(list, mark.getBoundingClientRect());
  }
  // hover intent: the pointer rests 150 ms on a finding before its popover opens, so crossing
  // other text on the way to the popover does not replace it
  let hoverTimer = 0;
  function onMove(e) {
    clearTimeout(hoverTimer);
    hoverTimer = setTimeout(() => {
      // the marks are behind the textarea: hit-tested by their boxes
      const hit = [...backdrop.querySelectorAll("mark, .vb-missing")].find((m) => {
        for (const r of m.getClientRects()) {
          if (e.clientX >= r.left - 2 && e.clientX <= r.right + 2 && e.clientY >= r.top && e.clientY <= r.bottom + 3) return true;
        }
        return false;
      });
      if (!hit) return;
      const fps = hit.dataset.fingerprint.split(" ");
      const list = diagnostics.filter((d) => fps.includes(d.fingerprint));
      if (list.length) showPopover(list, hit.getBoundingClientRect());
    }, 150);
  }

  // ------------------------------------------------------------------ events
  const onScroll = () => {
    backdrop.scrollTop = textarea.scrollTop;
    backdrop.scrollLeft = textarea.scrollLeft;
    hidePopover();
  };
  const onCompositionStart = () => scheduler.hold();
  const onCompositionEnd = () => {
    scheduler.release();
    scheduler.schedule();
  };
  const onKey = (e) => {
    if (e.key === "Escape" && !popover.hidden) {
      hidePopover();
      e.preventDefault();
    } else if (!e.isComposing) setTimeout(onCaret);
  };
  const onOutside = (e) => {
    if (!wrap.contains(e.target)) hidePopover();
  };
  const listeners = [
    [textarea, "input", onInput],
    [textarea, "scroll", onScroll],
    [textarea, "compositionstart", onCompositionStart],
    [textarea, "compositionend", onCompositionEnd],
    [textarea, "keyup", onKey],
    [textarea, "click", () => setTimeout(onCaret)],
    [textarea, "mousemove", onMove],
    [doc, "pointerdown", onOutside],
  ];
  for (const [target, type, fn] of listeners) target.addEventListener(type, fn);
  const resize = new ResizeObserver(() => syncStyle());
  resize.observe(textarea);
  const unsubscribe = ignore.subscribe(() => scheduler.now());
  renderAll();
  scheduler.now();

  return {
    /** The findings shown, in the textarea's current coordinates. */
    get diagnostics() {
      return diagnostics;
    },
    /** The last result (findings, outline …) as the checker returned it. */
    get result() {
      return result;
    },
    recheck: () => scheduler.now(),
    detach() {
      destroyed = true;
      scheduler.stop();
      unsubscribe();
      for (const [target, type, fn] of listeners) target.removeEventListener(type, fn);
      resize.disconnect();
      clearTimeout(hoverTimer);
      textarea.style.background = originalBackground;
      wrap.before(textarea);
      wrap.remove();
    },
  };
}
