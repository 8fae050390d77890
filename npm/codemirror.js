// vanban/codemirror: inline checking in CodeMirror 6 (@codemirror/view, state, lint and commands
// are peer dependencies). The text is checked in the worker of vanban/worker after a pause that adapts
// to how long checks take; a result is applied only if it differs from what is shown, mapped
// through whatever was typed while it was computed (underlines never jump or flicker). Findings
// go through @codemirror/lint: underlines, gutter markers, hover tooltips with the message, a
// "?" link to the rule's documentation, the fixes and "Bỏ qua", the panel (Ctrl/Cmd-Shift-M),
// F8 / Shift-F8 to move between findings, Ctrl/Cmd-Alt-F to fix everything that is certain.
import { EditorView, ViewPlugin, keymap } from "@codemirror/view";
import { ChangeSet, Facet, MapMode } from "@codemirror/state";
import { setDiagnostics, lintGutter, lintKeymap, forEachDiagnostic, previousDiagnostic } from "@codemirror/lint";
import { isolateHistory } from "@codemirror/commands";
import { createScheduler } from "./internal/schedule.js";
import { diffText } from "./internal/diff.js";
import { renderFinding, actionsOf, LABELS } from "./internal/ui.js";
import { createIgnoreList, withIgnored } from "./internal/ignore.js";

const configFacet = Facet.define({ combine: (values) => values[0] });
const isAbort = (e) => e instanceof Error && e.name === "AbortError";
let channels = 0;

const same = (a, b) =>
  a.length === b.length &&
  a.every((x, i) => x.from === b[i].from && x.to === b[i].to && x.severity === b[i].severity && x.message === b[i].message && x.source === b[i].source);
const byPosition = (x, y) => x.from - y.from || x.to - y.to || (x.message < y.message ? -1 : x.message > y.message ? 1 : 0);

class Checking {
  constructor(view) {
    this.view = view;
    this.cfg = view.state.facet(configFacet);
    this.channel = `codemirror-${++channels}`;
    this.flight = null;
    this.result = null;
    this.destroyed = false;
    this.version = 0; // doc changes so far
    this.checkedVersion = -1; // the doc change the shown findings were computed on
    this.scheduler = createScheduler(() => this.run(), { delay: this.cfg.delay });
    this.unsubscribe = this.cfg.ignore.subscribe(() => this.scheduler.now());
    this.scheduler.now();
  }

  options() {
    const o = typeof this.cfg.options === "function" ? this.cfg.options() : this.cfg.options;
    return withIgnored(o, this.cfg.ignore);
  }

  update(u) {
    if (!u.docChanged) return;
    this.version++;
    if (this.flight) this.flight.changes = this.flight.changes.compose(u.changes);
    if (u.view.composing) this.scheduler.hold();
    this.scheduler.schedule();
  }

  async run() {
    const doc = this.view.state.doc;
    const flight = { changes: ChangeSet.empty(doc.length), version: this.version };
    this.flight = flight;
    let result;
    try {
      result = await this.cfg.checker.check(doc.toString(), this.options(), { channel: this.channel });
    } catch (e) {
      if (!isAbort(e) && !this.destroyed) (this.cfg.onError ?? console.error)(e);
      return;
    } finally {
      if (this.flight === flight) this.flight = null;
    }
    if (this.destroyed) return;
    this.checkedVersion = flight.version;
    this.apply(result, flight.changes);
  }

  /** Shows a result computed on the text before `changes`. */
  apply(result, changes) {
    const applyMs = this.show(result.diagnostics, changes);
    this.result = result;
    this.cfg.onResult?.(result, { view: this.view, stale: !changes.empty, applyMs });
  }

  /** Shows findings mapped through `changes`; dispatches only when they differ from what is shown. */
  show(diagnostics, changes) {
    const t0 = performance.now();
    const { view, cfg } = this;
    // where each finding is now (its text may have moved while the check ran)
    const placed = [];
    for (const d of diagnostics) {
      if (cfg.ignore.has(d)) continue; // dismissed while the check ran
      let { from, to } = d;
      if (!changes.empty) {
        const a = changes.mapPos(from, 1, MapMode.TrackDel);
        const b = changes.mapPos(to, -1, MapMode.TrackDel);
        if (a === null || b === null) continue; // its text was deleted meanwhile
        from = a;
        to = Math.max(a, b);
      }
      placed.push({ from, to, severity: d.severity, message: d.message, source: "vanban", d });
    }
    // the usual case while typing: the same findings, already drawn where they are
    const current = [];
    forEachDiagnostic(view.state, (d, from, to) => current.push({ from, to, severity: d.severity, message: d.message, source: d.source }));
    placed.sort(byPosition);
    current.sort(byPosition);
    if (!same(placed, current)) {
      view.dispatch(setDiagnostics(view.state, placed.map((x) => this.toCodeMirror(x.d, x.from, x.to))));
    }
    const applyMs = performance.now() - t0;
    try {
      performance.measure("vanban:apply", { start: t0, end: t0 + applyMs });
    } catch {
      // User Timing is optional
    }
    return applyMs;
  }

  toCodeMirror(d, from, to) {
    const { cfg } = this;
    let actions = null;
    // the actions and the message are built when a tooltip or the panel shows them, not for
    // every finding of every result
    const made = () =>
      (actions ??= [
        ...actionsOf(d, cfg.labels).map((a) => ({
          name: a.label,
          apply: (view, f, t) => {
            view.dispatch({
              changes: { from: f + (a.from - d.from), to: t + (a.to - d.to), insert: a.replacement },
              userEvent: "input.fix",
            });
          },
        })),
        { name: cfg.labels.ignore, apply: (view) => this.dismiss(d, view) },
      ]);
    return {
      from,
      to,
      severity: d.severity,
      source: "vanban",
      message: d.message,
      markClass: "vb-finding-mark",
      renderMessage: (view) => {
        const node = renderFinding(view.dom.ownerDocument, d, { docsUrl: cfg.docsUrl, labels: cfg.labels });
        const off = view.dom.ownerDocument.createElement("button");
        off.type = "button";
        off.className = "vb-action vb-action-ignore-rule";
        off.textContent = cfg.labels.ignoreRule;
        off.addEventListener("click", () => {
          cfg.ignore.addRule(d.rule);
          this.removeShown((x) => x.rule === d.rule);
        });
        node.querySelector(".vb-meta").append(" ", off);
        return node;
      },
      get actions() {
        return made();
      },
      vanban: d,
    };
  }

  dismiss(d, view) {
    this.cfg.ignore.add(d);
    this.removeShown((x) => x.fingerprint === d.fingerprint);
    view.focus();
  }

  /** Takes findings off the screen at once (the recheck that follows confirms it). */
  removeShown(test) {
    const kept = [];
    forEachDiagnostic(this.view.state, (d, from, to) => {
      if (!(d.vanban && test(d.vanban))) kept.push({ ...d, from, to });
    });
    this.view.dispatch(setDiagnostics(this.view.state, kept));
  }

  destroy() {
    this.destroyed = true;
    this.scheduler.stop();
    this.unsubscribe();
  }
}

const checking = ViewPlugin.fromClass(Checking, {
  eventHandlers: {
    compositionstart() {
      this.scheduler.hold();
    },
    compositionend() {
      // CodeMirror applies the composed text after this event
      setTimeout(() => {
        this.scheduler.release();
        this.scheduler.schedule();
      });
    },
  },
});

const theme = EditorView.baseTheme({
  ".vb-message": { maxWidth: "28rem" },
  ".vb-meta": { marginTop: "0.25rem", fontSize: "0.85em", opacity: "0.85", display: "flex", gap: "0.5em", alignItems: "baseline" },
  ".vb-docs": { fontWeight: "bold", textDecoration: "none", padding: "0 0.35em", border: "1px solid currentColor", borderRadius: "50%" },
  ".vb-sev-error": { color: "#c0392b" },
  ".vb-sev-warning": { color: "#9c6500" },
  ".vb-sev-info": { color: "#2b6cb0" },
  ".vb-action-ignore-rule": { font: "inherit", fontSize: "0.9em", background: "none", border: "none", padding: 0, textDecoration: "underline", cursor: "pointer", color: "inherit" },
});

/**
 * Fixes everything that is certain (the safe fixes, until none is left, as `vanban check --fix`)
 * in one transaction: one undo step. The edits are the minimal ones, so the selection and the
 * other findings stay where they were. Resolves with the worker's result (`fixed`: how many).
 */
export async function fixAll(view) {
  const p = view.plugin(checking);
  if (!p) throw new Error("vanban: this editor has no vanban() extension");
  for (let attempt = 0; attempt < 3; attempt++) {
    const doc = view.state.doc;
    const text = doc.toString();
    const r = await p.cfg.checker.fixAll(text, p.options());
    if (view.state.doc !== doc) continue; // typed meanwhile: again, on the new text
    if (r.fixed > 0) {
      // its own undo step, never merged with the typing around it
      view.dispatch({ changes: diffText(text, r.text), userEvent: "input.fix", annotations: isolateHistory.of("full") });
      // what is left is known already: shown now, confirmed by the recheck that follows
      p.show(r.diagnostics, ChangeSet.empty(view.state.doc.length));
      p.checkedVersion = p.version;
    }
    return r;
  }
  return null;
}

/** `fixAll` as a CodeMirror command (bound to Mod-Alt-f). */
export const fixAllCommand = (view) => {
  fixAll(view).catch((e) => view.state.facet(configFacet)?.onError?.(e));
  return true;
};

/** Checks again now (after the options changed). */
export function recheck(view) {
  view.plugin(checking)?.scheduler.now();
}

/** The last result shown (findings, outline, omitted counts, profile), or null. */
export function getResult(view) {
  return view.plugin(checking)?.result ?? null;
}

/**
 * Where checking stands: `version` counts the document's changes, `checkedVersion` is the
 * change the findings shown were computed on (equal: up to date), `busy` whether a check is
 * running, `delay` the current pause before a check (ms).
 */
export function checkStatus(view) {
  const p = view.plugin(checking);
  if (!p) return null;
  return { version: p.version, checkedVersion: p.checkedVersion, busy: p.scheduler.busy, delay: p.scheduler.delay };
}

/** The extension. `checker` is `createChecker()` from vanban/worker. */
export function vanban(config) {
  if (!config || typeof config.checker?.check !== "function") {
    throw new TypeError("vanban/codemirror: vanban({ checker }) needs a checker: createChecker() from vanban/worker");
  }
  const cfg = {
    delay: "auto",
    gutter: true,
    keymap: true,
    docsUrl: null,
    ...config,
    labels: { ...LABELS, ...config.labels },
    ignore: config.ignore ?? createIgnoreList(),
  };
  return [
    configFacet.of(cfg),
    checking,
    cfg.gutter ? lintGutter() : [],
    cfg.keymap
      ? keymap.of([...lintKeymap, { key: "Shift-F8", run: previousDiagnostic }, { key: "Mod-Alt-f", run: fixAllCommand, preventDefault: true }])
      : [],
    theme,
  ];
}
