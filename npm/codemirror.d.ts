// vanban/codemirror: inline checking in CodeMirror 6.
import type { Extension } from "@codemirror/state";
import type { EditorView, Command } from "@codemirror/view";
import type { Options, IgnoreList, Labels } from "./index.js";
import type { Checker, TimedCheckResult } from "./worker.js";
import type { RuleId, FixAllResult } from "./types.js";

export interface VanbanCodeMirrorConfig {
  /** `createChecker()` from vanban/worker (several editors can share one). */
  checker: Checker;
  /** The options of every check, or a function returning them (read at each check; call `recheck(view)` after a change). */
  options?: Options | (() => Options | undefined);
  /** The user's dismissals; default: a list kept for the page's life. Pass `createIgnoreList({ storage: localStorage })` to persist them. */
  ignore?: IgnoreList;
  /** The address of a rule's documentation, for the "?" link (none when null). */
  docsUrl?: ((rule: RuleId) => string | null) | null;
  /** The pause before a check, in ms; `"auto"` (default) adapts it to how long checks take (16–150 ms). */
  delay?: number | "auto";
  /** Gutter markers (default true). */
  gutter?: boolean;
  /** F8 / Shift-F8, Mod-Shift-m (panel), Mod-Alt-f (fix all) (default true). */
  keymap?: boolean;
  /** Texts of the tooltip (Vietnamese by default). */
  labels?: Partial<Labels>;
  /** Called after each result is shown (a side panel, a status line); `applyMs` is what showing it cost. */
  onResult?: (result: TimedCheckResult, info: { view: EditorView; stale: boolean; applyMs: number }) => void;
  /** Called when a check fails (default: console.error). */
  onError?: (error: unknown) => void;
}

export function vanban(config: VanbanCodeMirrorConfig): Extension;
/** Fixes everything certain in one transaction (one undo step); null if the text kept changing. */
export function fixAll(view: EditorView): Promise<FixAllResult | null>;
export const fixAllCommand: Command;
/** Checks again now. */
export function recheck(view: EditorView): void;
/** The last result shown, or null. */
export function getResult(view: EditorView): TimedCheckResult | null;
/** Where checking stands (`version === checkedVersion`: the findings shown are up to date). */
export function checkStatus(view: EditorView): { version: number; checkedVersion: number; busy: boolean; delay: number } | null;
