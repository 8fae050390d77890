// Underlines for a plain <textarea> (portals without a code editor). A backdrop behind the
// transparent textarea mirrors its text and draws wavy underlines; the textarea's value is
// never touched. The mirror is built from text nodes only.
const STYLE_PROPS = [
  "fontFamily", "fontSize", "fontWeight", "lineHeight", "letterSpacing", "paddingTop",
  "paddingRight", "paddingBottom", "paddingLeft", "borderTopWidth", "borderRightWidth",
  "borderBottomWidth", "borderLeftWidth", "boxSizing", "tabSize",
];

/**
 * attachTextarea(textarea, check) -> detach
 * `check(text)` returns (a promise of) vanban diagnostics for `text`; `onResult(diagnostics)`
 * is called after each check (e.g. to list the messages).
 */
export function attachTextarea(textarea, check, { delay = 200, onResult } = {}) {
  const wrap = document.createElement("div");
  wrap.className = "vb-ta-wrap";
  const backdrop = document.createElement("div");
  backdrop.className = "vb-ta-backdrop";
  backdrop.setAttribute("aria-hidden", "true");
  textarea.before(wrap);
  wrap.append(backdrop, textarea);
  const computed = getComputedStyle(textarea);
  for (const p of STYLE_PROPS) backdrop.style[p] = computed[p];
  backdrop.style.borderColor = "transparent";
  backdrop.style.borderStyle = "solid";

  let diagnostics = [];
  let version = 0;
  let timer = 0;
  const draw = () => {
    const text = textarea.value;
    const nodes = [];
    let at = 0;
    const sorted = diagnostics.filter((d) => d.to > d.from && d.to <= text.length).sort((a, b) => a.from - b.from);
    for (const d of sorted) {
      if (d.from < at) continue; // overlapping: the first one wins
      nodes.push(document.createTextNode(text.slice(at, d.from)));
      const mark = document.createElement("mark");
      mark.className = `vb-${d.severity}`;
      mark.dataset.rule = d.rule;
      mark.textContent = text.slice(d.from, d.to);
      nodes.push(mark);
      at = d.to;
    }
    nodes.push(document.createTextNode(text.slice(at) + "\n"));
    backdrop.replaceChildren(...nodes);
    backdrop.scrollTop = textarea.scrollTop;
  };
  const run = async () => {
    const mine = ++version;
    const text = textarea.value;
    const result = await check(text);
    if (mine !== version || textarea.value !== text) return; // stale
    diagnostics = result;
    draw();
    onResult?.(result);
  };
  const onInput = () => {
    diagnostics = []; // positions are stale until the next check
    draw();
    clearTimeout(timer);
    timer = setTimeout(run, delay);
  };
  const onScroll = () => { backdrop.scrollTop = textarea.scrollTop; };
  textarea.addEventListener("input", onInput);
  textarea.addEventListener("scroll", onScroll);
  const resize = new ResizeObserver(() => { backdrop.style.width = `${textarea.offsetWidth}px`; backdrop.style.height = `${textarea.offsetHeight}px`; });
  resize.observe(textarea);
  run();
  return () => {
    clearTimeout(timer);
    textarea.removeEventListener("input", onInput);
    textarea.removeEventListener("scroll", onScroll);
    resize.disconnect();
    wrap.before(textarea);
    wrap.remove();
  };
}
