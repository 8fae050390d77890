// The checking API of `vanban`. No DOM type is used here: these declarations compile in a
// Node-only project (`lib: ["es2022"]`, no "dom"). The DOM-bound parts are other entry points:
// vanban/form, vanban/worker, vanban/codemirror, vanban/textarea, vanban/highlight.
import type {
  RuleId, RuleFamily, Profile, Diagnostic, CheckResult, FixAllResult, Outline, DocxReport, RuleInfo,
  DocumentForm, FormReport,
} from "./types.js";

export type * from "./types.js";

/** A rule's level: off, or the severity its findings get. */
export type Level = "off" | "info" | "warning" | "error";

/**
 * Options of every check. They mirror `vanban.toml`, so a portal and the CLI configured alike
 * report alike. A key that is not one of these is an error, as is a value of the wrong type.
 */
export interface Options {
  /**
   * `"auto"` (default: detected from the header), `"nd30"` (state bodies), `"mttq"` (the
   * Fatherland Front), `"party"`, `"hnd"` (Hội Nông dân), `"doan"` (Đoàn TNCS Hồ Chí Minh) or
   * `"mass"` (Công đoàn, Hội LHPN, Hội CCB).
   */
  profile?: Profile;
  /** A draft not yet registered: accept a blank number and date. */
  draft?: boolean;
  /** Language of the messages: `"vi"` (default) or `"en"`. */
  lang?: "vi" | "en";
  /** Rule id or family → level, as `[rules]` in vanban.toml. */
  rules?: Partial<Record<RuleId | RuleFamily, Level>>;
  /** Abbreviation → full name, for matching recipients (`{ BPT: "Ban Phong trào" }`). */
  recipientAliases?: Record<string, string>;
  /** Extra compound words for `text/tone-typo` (`["chuyển đổi số"]`). */
  words?: string[];
  /**
   * The organisation's own documents, as `[[citations]]` in vanban.toml: a citation of one with
   * another date or issuer is reported by `citation/registry`. `date` is `dd/mm/yyyy`.
   */
  citations?: { type: string; number: string; date?: string; issuer?: string }[];
  /** The user's dismissals: whole rules or families, and findings by `fingerprint`. */
  ignore?: { rules?: (RuleId | RuleFamily)[]; findings?: string[] };
  /** Most findings reported (the most severe first); the rest are counted in `omitted`. Default 1000; 0: no limit. */
  maxFindings?: number;
  /** Largest `.docx` `lintDocx` reads, in bytes. Default 10 MB (10 × 1024 × 1024). */
  maxSize?: number;
}

// Types of the platform, when the project has them (the DOM lib or @types/node); otherwise
// `never`, so that these declarations compile without them.
type Maybe<K extends string> = typeof globalThis extends { [P in K]: { prototype: infer T } } ? T : never;
type WasmModule = typeof globalThis extends { WebAssembly: { Module: { prototype: infer M } } } ? M : never;

/** Where the WebAssembly comes from: its URL, a fetch `Response`, its bytes or a compiled module. */
export type InitInput = string | Maybe<"URL"> | Maybe<"Request"> | Maybe<"Response"> | ArrayBuffer | ArrayBufferView | WasmModule;

/**
 * Loads the WebAssembly module (`vanban_bg.wasm`, fetched beside the package's files by
 * default). Every other function throws `Error("vanban: call init() first")` until it resolves.
 */
export default function init(input?: InitInput | Promise<InitInput> | { module_or_path: InitInput | Promise<InitInput> }): Promise<void>;
/** Loads the module synchronously from its bytes or a compiled module (Node: `readFile`). */
export function initSync(input: ArrayBuffer | ArrayBufferView | WasmModule | { module: ArrayBuffer | ArrayBufferView | WasmModule }): void;
/** Whether `init()` or `initSync()` has completed. */
export function isReady(): boolean;

/** Checks a document. `text.slice(d.from, d.to)` is the flagged text. */
export function lint(text: string, options?: Options): Diagnostic[];
/** Checks a document and returns the findings with the outline of the same parse (what an editor shows). */
export function check(text: string, options?: Options): CheckResult;
/** Applies every safe fix until none is left: the text `vanban check --fix` writes. */
export function fixAll(text: string, options?: Options): FixAllResult;
/** The parts of the document the parser recognised (header, parts, recipients, signature). */
export function outline(text: string, options?: Options): Outline;
/** Reads a `.docx` and checks its text and layout; throws a RangeError over `options.maxSize`. */
export function lintDocx(bytes: Uint8Array | ArrayBuffer, options?: Options): DocxReport;
/** Validates the metadata of a document being registered, field by field. */
export function validateForm(form: DocumentForm, options?: Options): FormReport;
/** Every rule: id, family, default severity, fix, one-line summaries (the documentation: `vanban/rules.json`). */
export function rules(): RuleInfo[];
/** The package version. */
export function version(): string;

/** `text` with a fix applied (`{ from, to, replacement }`, UTF-16 offsets). */
export function applyFix(text: string, fix: { from: number; to: number; replacement: string }): string;

/** Anything that stores strings by key, as `localStorage` does. */
export interface StringStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The user's dismissals ("bỏ qua"), persisted; `options` goes into `Options.ignore`. */
export interface IgnoreList {
  readonly options: { rules: (RuleId | RuleFamily)[]; findings: string[] };
  readonly size: number;
  has(d: Pick<Diagnostic, "fingerprint" | "rule">): boolean;
  /** Dismisses one finding (by its fingerprint: the rule and the flagged text). */
  add(d: Pick<Diagnostic, "fingerprint">): void;
  /** Dismisses a whole rule or family. */
  addRule(rule: RuleId | RuleFamily): void;
  remove(fingerprint: string): void;
  removeRule(rule: RuleId | RuleFamily): void;
  clear(): void;
  /** Called after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}
export function createIgnoreList(options?: { storage?: StringStorage; key?: string }): IgnoreList;
/** `options` with the list's dismissals added to `options.ignore`. */
export function withIgnored(options: Options | undefined, ignore: IgnoreList | undefined): Options | undefined;

/** The texts the adapters show (Vietnamese by default); any of them can be replaced. */
export interface Labels {
  severity: { error: string; warning: string; info: string };
  /** The button of a fix: "Sửa thành “…”" ("Xóa" for an empty replacement). */
  fix: (replacement: string) => string;
  /** Appended to an unsafe fix's button: " (xem lại)". */
  review: string;
  suggestion: (s: string) => string;
  /** "Bỏ qua": dismiss this finding. */
  ignore: string;
  ignoreTitle: string;
  /** "Tắt quy tắc này". */
  ignoreRule: string;
  /** The text and title of the link to the rule's documentation. */
  docs: string;
  docsTitle: string;
  /** Shown for a missing part without a message. */
  missing: string;
}
