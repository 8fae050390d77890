// vanban/form: live validation of a registration form (the metadata of a document being
// registered) with the document rules (`validateForm`). Fields are found by their `name`:
// docType, number, symbol, issuer, parentIssuer, place, issueDate, summary, signer.authority,
// signer.title, signer.name, recipients (a textarea, one per line, or several inputs).
//
// - Each field's messages are in an element after the field, outside its <label> (so the
//   field's accessible name stays its label), referenced by aria-describedby; errors also go to
//   setCustomValidity, so the browser refuses to submit. The rule id is in data-rule and in the
//   "?" link, never in the text.
// - Findings between fields go once to the form's summary ([data-vanban-form]).
// - A field's messages appear once it has been left (blur) or changed, or when its value is
//   complete (a whole date); a partly typed value is not flagged while the field has focus.
//   Trying to submit shows every message.
// - The form is validated again on every input and change, after form.reset(), when a script
//   sets a field's value, and on handle.recheck(). `vanban:report` is dispatched on the form with
//   the FormReport each time. handle.detach() (or calling the handle) removes every listener,
//   message and attribute it added.
import { validateForm, isReady } from "./index.js";

const FIELDS = [
  "docType", "number", "symbol", "issuer", "parentIssuer", "place", "issueDate", "summary",
  "signer.authority", "signer.title", "signer.name", "recipients",
];
const LABELS = { docs: "?", docsTitle: "Giải thích quy tắc" };
const FULL_DATE = /^\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{1,2}-\d{1,2})\s*$/;
let forms = 0;

const valueOf = (el) => ("value" in el ? String(el.value ?? "") : (el.textContent ?? ""));

export function attachForm(form, options, settings = {}) {
  if (!form || typeof form.querySelectorAll !== "function" || form.tagName !== "FORM") {
    throw new TypeError("vanban: attachForm(form): form must be a <form> element");
  }
  // before touching the form: nothing half attached
  if (!isReady()) throw new Error("vanban: call init() first");
  const doc = form.ownerDocument;
  const labels = { ...LABELS, ...settings.labels };
  const docsUrl = settings.docsUrl ?? null;
  const uid = `vanban-${++forms}`;
  let currentOptions = options;
  let touched = new Set();
  let showAll = false;
  let report = null;
  let detached = false;
  const added = []; // elements this call created
  const listeners = [];
  const controls = new Map(); // field → { elements, box, created, describedBy: Map(el → before) }

  // ---------------------------------------------------------------- controls and messages
  function fieldOf(el) {
    const name = el?.getAttribute?.("name");
    return FIELDS.includes(name) ? name : null;
  }

  function place(el) {
    // after the field's label when the field is inside one: never part of its accessible name
    const label = el.closest("label");
    return label && form.contains(label) ? label : el;
  }

  function discover() {
    for (const field of FIELDS) {
      const elements = [...form.querySelectorAll(`[name="${field}"]`)];
      const known = controls.get(field);
      if (known) {
        for (const el of elements) if (!known.elements.includes(el)) adopt(known, el);
        continue;
      }
      if (elements.length === 0) continue;
      let box = form.querySelector(`[data-vanban-for="${field}"]`);
      const created = !box;
      if (created) {
        box = doc.createElement("div");
        box.className = "vanban-message";
        box.dataset.vanbanFor = field;
        place(elements.at(-1)).after(box);
        added.push(box);
      }
      box.setAttribute("aria-live", "polite");
      const c = { field, elements: [], box, created, describedBy: new Map(), ids: [] };
      controls.set(field, c);
      for (const el of elements) adopt(c, el);
    }
  }

  function adopt(c, el) {
    c.elements.push(el);
    c.describedBy.set(el, el.getAttribute("aria-describedby"));
    watchValue(el);
  }

  // a value set by a script fires no event: the control's own `value` is wrapped
  const wrapped = [];
  let queued = false;
  const later = () => {
    if (queued || detached) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      if (!detached) validate();
    });
  };
  function watchValue(el) {
    for (const prop of ["value", "selectedIndex"]) {
      const proto = Object.getPrototypeOf(el);
      const desc = findDescriptor(proto, prop);
      if (!desc?.set || Object.prototype.hasOwnProperty.call(el, prop)) continue;
      Object.defineProperty(el, prop, {
        configurable: true,
        enumerable: desc.enumerable,
        get() {
          return desc.get.call(this);
        },
        set(v) {
          desc.set.call(this, v);
          later();
        },
      });
      wrapped.push([el, prop]);
    }
  }
  function findDescriptor(proto, prop) {
    for (let p = proto; p; p = Object.getPrototypeOf(p)) {
      const d = Object.getOwnPropertyDescriptor(p, prop);
      if (d) return d;
    }
    return null;
  }

  let summary = form.querySelector("[data-vanban-form]");
  const summaryCreated = !summary;
  if (summaryCreated) {
    summary = doc.createElement("div");
    summary.className = "vanban-form-message";
    summary.setAttribute("data-vanban-form", "");
    form.append(summary);
    added.push(summary);
  }
  summary.setAttribute("aria-live", "polite");

  // ---------------------------------------------------------------- reading and writing
  function read() {
    const values = (field) => controls.get(field)?.elements.map(valueOf) ?? [];
    const one = (field) => values(field).join("\n");
    const profile = form.dataset.vanbanProfile;
    return {
      docType: one("docType"),
      number: one("number"),
      symbol: one("symbol"),
      issuer: one("issuer"),
      parentIssuer: one("parentIssuer"),
      place: one("place"),
      issueDate: one("issueDate"),
      summary: one("summary"),
      signer: { authority: one("signer.authority"), title: one("signer.title"), name: one("signer.name") },
      recipients: values("recipients").flatMap((v) => v.split("\n")),
      ...(profile ? { profile } : {}),
    };
  }

  function complete(c) {
    const el = c.elements[0];
    if (el.tagName === "SELECT" || el.type === "date") return true;
    return c.field === "issueDate" && FULL_DATE.test(valueOf(el));
  }

  function visible(c) {
    if (showAll) return true;
    if (!touched.has(c.field)) return complete(c) && c.elements.some((el) => valueOf(el) !== "");
    const focused = c.elements.includes(doc.activeElement);
    return !focused || complete(c);
  }

  function line(d, id) {
    const row = doc.createElement("div");
    row.className = "vanban-line";
    row.dataset.rule = d.rule;
    row.dataset.severity = d.severity;
    const text = doc.createElement("span");
    text.className = "vanban-text";
    text.id = id;
    text.textContent = d.message;
    row.append(text);
    const href = docsUrl && !d.rule.startsWith("form/") ? docsUrl(d.rule) : null;
    if (href) {
      const a = doc.createElement("a");
      a.className = "vanban-docs";
      a.href = href;
      a.target = "_blank";
      a.rel = "noopener";
      a.title = labels.docsTitle;
      a.dataset.rule = d.rule;
      a.textContent = labels.docs;
      row.append(" ", a);
    }
    return row;
  }

  function describe(el, before, ids) {
    const all = [...(before ? before.split(/\s+/).filter(Boolean) : []), ...ids];
    if (all.length) el.setAttribute("aria-describedby", all.join(" "));
    else el.removeAttribute("aria-describedby");
  }

  function validate() {
    discover();
    report = validateForm(read(), currentOptions);
    const cross = report.form;
    // the summary: each cross-field finding once, shown when one of its fields is visible
    const crossRows = [];
    const crossIds = new Map(); // field → ids of summary lines about it
    cross.forEach((d, i) => {
      const fields = (d.fields ?? []).filter((f) => controls.has(f));
      const shown = showAll || fields.some((f) => visible(controls.get(f)));
      if (!shown) return;
      const id = `${uid}-form-${i}`;
      crossRows.push(line(d, id));
      for (const f of fields) crossIds.set(f, [...(crossIds.get(f) ?? []), id]);
    });
    summary.replaceChildren(...crossRows);
    summary.dataset.severity = crossRows.length ? (cross.some((d) => d.severity === "error") ? "error" : "warning") : "";

    for (const c of controls.values()) {
      const own = report.fields[c.field] ?? [];
      const crossOwn = cross.filter((d) => d.fields?.includes(c.field));
      const firstError = own.find((d) => d.severity === "error") ?? crossOwn.find((d) => d.severity === "error");
      const show = visible(c);
      const ids = show ? own.map((_, i) => `${uid}-${FIELDS.indexOf(c.field)}-${i}`) : [];
      c.box.replaceChildren(...(show ? own.map((d, i) => line(d, ids[i])) : []));
      c.box.dataset.severity = show && own.length ? (own.some((d) => d.severity === "error") ? "error" : "warning") : "";
      const described = [...ids, ...(crossIds.get(c.field) ?? [])];
      for (const el of c.elements) {
        el.setCustomValidity?.(firstError ? firstError.message : "");
        if (firstError && (show || crossIds.has(c.field))) el.setAttribute("aria-invalid", "true");
        else el.removeAttribute("aria-invalid");
        describe(el, c.describedBy.get(el), described);
      }
    }
    form.dispatchEvent(new CustomEvent("vanban:report", { detail: report }));
    return report;
  }

  // ---------------------------------------------------------------- events
  const on = (type, fn, capture = false) => {
    form.addEventListener(type, fn, capture);
    listeners.push([type, fn, capture]);
  };
  on("input", () => validate());
  on("change", (e) => {
    const f = fieldOf(e.target);
    if (f) touched.add(f);
    validate();
  });
  on("focusout", (e) => {
    const f = fieldOf(e.target);
    if (f && (touched.has(f) || valueOf(e.target) !== "")) touched.add(f);
    validate();
  });
  on("invalid", () => {
    if (!showAll) {
      showAll = true;
      validate();
    }
  }, true);
  on("submit", () => {
    showAll = true;
    validate();
  }, true);
  on("reset", () => {
    // the reset event comes before the fields are reset
    setTimeout(() => {
      if (detached) return;
      touched = new Set();
      showAll = false;
      validate();
    });
  });

  validate();

  function detach() {
    if (detached) return;
    detached = true;
    for (const [type, fn, capture] of listeners) form.removeEventListener(type, fn, capture);
    for (const [el, prop] of wrapped) delete el[prop];
    for (const c of controls.values()) {
      for (const el of c.elements) {
        el.setCustomValidity?.("");
        el.removeAttribute("aria-invalid");
        describe(el, c.describedBy.get(el), []);
      }
      if (!c.created) {
        c.box.replaceChildren();
        delete c.box.dataset.severity;
        c.box.removeAttribute("aria-live");
      }
    }
    if (!summaryCreated) {
      summary.replaceChildren();
      delete summary.dataset.severity;
      summary.removeAttribute("aria-live");
    }
    for (const el of added) el.remove();
  }

  const handle = () => detach();
  handle.detach = detach;
  handle.recheck = ({ show = false } = {}) => {
    if (detached) return null;
    if (show) showAll = true;
    return validate();
  };
  handle.setOptions = (next) => {
    currentOptions = next;
    return handle.recheck();
  };
  Object.defineProperty(handle, "report", { get: () => report });
  return handle;
}
