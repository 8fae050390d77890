// vanban/worker: checking in a Web Worker, off the page's main thread.
import type { Options } from "./index.js";
import type { CheckResult, Diagnostic, DocxReport, FixAllResult, Outline, RuleInfo } from "./types.js";

export interface CheckerOptions {
  /** A worker running `vanban/worker-thread`, when the default (a module worker created from the package's own file) does not suit the bundler. */
  worker?: Worker;
  /** Where `vanban_bg.wasm` is served, when not beside the worker's script. */
  wasmUrl?: string | URL;
  /** Options of every call; a call's own options are merged over them. */
  options?: Options;
}

export interface CallOptions {
  /** Cancels the call: its promise rejects with an AbortError. */
  signal?: AbortSignal;
  /**
   * A newer call on the same channel replaces this one: it rejects with an AbortError and the
   * worker skips it if it has not started. Each editor uses its own channel.
   */
  channel?: string;
}

/** `check`'s result, with the time the check took in the worker. */
export type TimedCheckResult = CheckResult & { ms: number };

export interface Checker {
  /** Resolves once the worker has loaded the WebAssembly (rejects if it cannot). */
  readonly ready: Promise<void>;
  /** The findings and the outline of `text`. */
  check(text: string, options?: Options, how?: CallOptions): Promise<TimedCheckResult>;
  lint(text: string, options?: Options, how?: CallOptions): Promise<Diagnostic[]>;
  /** The fixed point of the safe fixes (`vanban check --fix`). */
  fixAll(text: string, options?: Options, how?: CallOptions): Promise<FixAllResult>;
  outline(text: string, options?: Options, how?: CallOptions): Promise<Outline>;
  lintDocx(bytes: Uint8Array | ArrayBuffer, options?: Options, how?: CallOptions): Promise<DocxReport>;
  rules(how?: CallOptions): Promise<RuleInfo[]>;
  /** Rejects every pending call with an AbortError. */
  cancel(): void;
  /** Stops the worker; pending and later calls reject. */
  terminate(): void;
}

/** Starts the checking worker. */
export function createChecker(options?: CheckerOptions): Checker;
/** Whether a rejection is a replaced or cancelled call (to ignore), not a failure. */
export function isAbortError(e: unknown): boolean;
