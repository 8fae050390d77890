// vanban/form: live validation of a registration form.
import type { Options } from "./index.js";
import type { FormReport, RuleId } from "./types.js";

export interface AttachFormSettings {
  /** The address of a rule's documentation, for the "?" link after each message (none when null). */
  docsUrl?: ((rule: RuleId) => string | null) | null;
  labels?: { docs?: string; docsTitle?: string };
}

/** What `attachForm` returns: call it (or `.detach()`) to remove everything it added. */
export interface AttachedForm {
  (): void;
  detach(): void;
  /** Validates again now (after changing the form by script, or its options); `show` reveals every message. */
  recheck(how?: { show?: boolean }): FormReport | null;
  /** New options (profile, draft …), then validates again. */
  setOptions(options: Options | undefined): FormReport | null;
  /** The last report. */
  readonly report: FormReport | null;
}

/**
 * Validates a form live. Fields are found by name (`FormField`); messages go after each field
 * (outside its label, linked by aria-describedby), findings between fields once to
 * `[data-vanban-form]`, errors to setCustomValidity. `vanban:report` is dispatched with the
 * report after every validation.
 */
export function attachForm(form: HTMLFormElement, options?: Options, settings?: AttachFormSettings): AttachedForm;

declare global {
  interface HTMLElementEventMap {
    /** Dispatched by vanban/form on the form after every validation. */
    "vanban:report": CustomEvent<FormReport>;
  }
}
