// vanban/highlight: inline checking in a rich-text editor (contenteditable) with the CSS Custom Highlight API.
import type { Options, IgnoreList, Labels } from "./index.js";
import type { Checker, TimedCheckResult } from "./worker.js";
import type { Diagnostic, RuleId } from "./types.js";

/** A fix or suggestion the user chose, for editors that apply it through their own API. */
export interface ChosenFix {
  diagnostic: Diagnostic;
  /** Offsets in the text the adapter read. */
  from: number;
  to: number;
  replacement: string;
  /** The same place as a DOM Range over the editor's nodes. */
  range: Range;
}

export interface HighlightConfig {
  /** `createChecker()` from vanban/worker. */
  checker: Checker;
  options?: Options | (() => Options | undefined);
  ignore?: IgnoreList;
  docsUrl?: ((rule: RuleId) => string | null) | null;
  delay?: number | "auto";
  labels?: Partial<Labels>;
  /** Applies a fix through the editor's API (default: select the range, execCommand("insertText")). */
  applyFix?: (fix: ChosenFix) => void;
  onResult?: (diagnostics: Diagnostic[], info: { result: TimedCheckResult; stale: boolean; applyMs: number }) => void;
  onError?: (error: unknown) => void;
}

export interface AttachedHighlight {
  /** The findings drawn, in offsets of `text`. */
  readonly diagnostics: Diagnostic[];
  /** The editor's text as read (a line break between blocks). */
  readonly text: string;
  readonly result: TimedCheckResult | null;
  /** A DOM Range over the editor's text for a finding. */
  rangeOf(d: Pick<Diagnostic, "from" | "to">): Range | null;
  recheck(): void;
  /** Removes the highlights, the popover and every listener. */
  detach(): void;
}

/** Checks the text of `root` (the editor's contenteditable element) and highlights the findings. */
export function attachHighlight(root: HTMLElement, config: HighlightConfig): AttachedHighlight;
/** The text the adapter reads from an element, and the text nodes it came from. */
export function readText(root: Element): { text: string; pieces: [number, Text][] };
