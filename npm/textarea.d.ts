// vanban/textarea: underlines for a plain <textarea>.
import type { Options, IgnoreList, Labels } from "./index.js";
import type { Checker, TimedCheckResult } from "./worker.js";
import type { Diagnostic, RuleId } from "./types.js";

export interface TextareaConfig {
  /** `createChecker()` from vanban/worker. */
  checker: Checker;
  options?: Options | (() => Options | undefined);
  /** The user's dismissals (default: kept for the page's life). */
  ignore?: IgnoreList;
  /** The address of a rule's documentation, for the "?" link (none when null). */
  docsUrl?: ((rule: RuleId) => string | null) | null;
  /** The pause before a check in ms, or `"auto"` (default: adapted to how long checks take). */
  delay?: number | "auto";
  labels?: Partial<Labels>;
  /** After each result: the findings as drawn (in the textarea's current offsets). */
  onResult?: (diagnostics: Diagnostic[], info: { result: TimedCheckResult; stale: boolean; applyMs: number }) => void;
  onError?: (error: unknown) => void;
}

export interface AttachedTextarea {
  /** The findings drawn, in the textarea's current offsets. */
  readonly diagnostics: Diagnostic[];
  readonly result: TimedCheckResult | null;
  recheck(): void;
  /** Removes the backdrop and every listener; the textarea is as it was. */
  detach(): void;
}

export function attachTextarea(textarea: HTMLTextAreaElement, config: TextareaConfig): AttachedTextarea;
