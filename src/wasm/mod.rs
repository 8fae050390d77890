//! The npm package `vanban`: the same rules as the crate and the CLI, compiled to WebAssembly.
//!
//! The JavaScript shapes differ from the Rust ones in three ways: names are camelCase
//! (`endLine`, `summaryEn`), offsets are UTF-16 (`from`/`to`, like CodeMirror and
//! `String.prototype.slice`) and columns are 1-based UTF-16 code units (like Monaco); byte
//! offsets (`start`/`end`) are kept for parity with the CLI JSON. Every finding carries a
//! `fingerprint` (rule + flagged text) that `options.ignore.findings` takes, so a portal can
//! offer "bỏ qua" and persist it. Every exported type's TypeScript declaration is generated from
//! the structs below (tsify); `scripts/build-pkg.sh` moves them into the package's
//! DOM-free `types.d.ts`.
//!
//! Arguments are checked here, not trusted to the generated glue: a value of the wrong type is
//! a `TypeError` naming the argument (`lint(123)` used to reach the glue's string copy and trap
//! with "memory access out of bounds"), a bad value an `Error` naming the option, and an
//! exception thrown by a getter of the options propagates unchanged.

mod read;

// Talc in place of Rust's default WebAssembly allocator (dlmalloc): 5 kB smaller and faster on
// the parser's many small allocations. The module is single-threaded (no atomics).
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

use crate::diagnostic::Applicability;
use read::Extra;
use serde::Serialize;
use tsify::Tsify;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(typescript_custom_section)]
const TS_EXTRA: &'static str = r#"
/** A profile: the format rules a document follows (`"auto"`: detected from the header). */
export type Profile = "auto" | "nd30" | "mttq" | "party" | "hnd" | "doan" | "mass";
/** A field of a registration form, as `validateForm` and `attachForm` name it. */
export type FormField = "docType" | "number" | "symbol" | "issuer" | "parentIssuer" | "place" | "issueDate" | "summary" | "signer.authority" | "signer.title" | "signer.name" | "recipients";
/** A finding of `validateForm`: a document rule's, or `form/required` for an empty required field that no document rule names (the summary). */
export type FormDiagnostic = Omit<Diagnostic, "rule" | "fields"> & { rule: RuleId | "form/required"; fields?: FormField[] };
"#;

/// A replacement to apply: `text.slice(0, from) + replacement + text.slice(to)`.
#[derive(Debug, Clone, Serialize, Tsify)]
pub struct Fix {
    pub replacement: String,
    /// UTF-16 offsets.
    pub from: usize,
    pub to: usize,
    /// Byte offsets in the UTF-8 text (as in the CLI JSON).
    pub start: usize,
    pub end: usize,
    /// `"safe"`: certainly right; `"unsafe"`: a person must confirm.
    #[tsify(type = "\"safe\" | \"unsafe\"")]
    pub applicability: &'static str,
}

/// A second place that explains a finding (e.g. the earlier, conflicting citation).
#[derive(Debug, Clone, Serialize, Tsify)]
pub struct Related {
    pub message: String,
    pub line: usize,
    pub column: usize,
    pub from: usize,
    pub to: usize,
    pub start: usize,
    pub end: usize,
}

/// One finding. `text.slice(from, to)` is exactly the flagged text (empty for a missing part,
/// placed where the part should be).
#[derive(Debug, Clone, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct Diagnostic {
    /// Rule id, `family/name` (see `rules()`).
    #[tsify(type = "RuleId")]
    pub rule: &'static str,
    #[tsify(type = "\"error\" | \"warning\" | \"info\"")]
    pub severity: &'static str,
    /// One sentence for the user (Vietnamese, or English with `lang: "en"`), without the rule
    /// id.
    pub message: String,
    /// 1-based line and UTF-16 column of the start and the end.
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    /// UTF-16 offsets.
    pub from: usize,
    pub to: usize,
    /// Byte offsets in the UTF-8 text.
    pub start: usize,
    pub end: usize,
    /// The rule and the flagged text, hashed (16 hex digits): the same finding on the same text
    /// has the same fingerprint wherever it moves. `options.ignore.findings` takes it.
    pub fingerprint: String,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<Fix>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suggestions: Vec<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub related: Option<Related>,
    /// Form findings only: the fields a cross-field finding involves.
    #[tsify(optional, type = "FormField[]")]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<&'static str>,
}

/// The fingerprint of a finding: FNV-1a (64 bits) of the rule id, a NUL and the flagged text
/// (UTF-8), as 16 lower-case hex digits.
pub fn fingerprint(rule: &str, flagged: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in rule.as_bytes().iter().chain(&[0]).chain(flagged.as_bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    (0..16)
        .map(|i| char::from(b"0123456789abcdef"[((h >> (60 - 4 * i)) & 15) as usize]))
        .collect()
}

/// Messages name CLI flags for the command line ("chỉ chấp nhận khi là dự thảo (--draft)");
/// a web page has a switch instead, so the parenthesis goes.
fn without_cli_flags(message: String) -> String {
    let Some(at) = message.find(" (--") else {
        return message;
    };
    let Some(len) = message[at..].find(')') else {
        return message;
    };
    // (another flag after it goes too)
    without_cli_flags(message[..at].to_string() + &message[at + len + 1..])
}

/// A finding as JavaScript sees it; `text` is the text it was found in.
pub fn diagnostic<R: Into<&'static str>>(d: crate::Diagnostic<R>, text: &str) -> Diagnostic {
    // one conversion for a document's and a form's findings (one copy in the module)
    js_diagnostic(d.with_rule(Into::into), text)
}

fn js_diagnostic(d: crate::Diagnostic<&'static str>, text: &str) -> Diagnostic {
    let flagged = text.get(d.start..d.end).unwrap_or("");
    let rule = d.rule;
    Diagnostic {
        fingerprint: fingerprint(rule, flagged),
        rule,
        severity: d.severity.as_str(),
        message: without_cli_flags(d.message),
        line: d.line,
        column: d.column_utf16,
        end_line: d.end_line,
        end_column: d.end_column_utf16,
        from: d.start_utf16,
        to: d.end_utf16,
        start: d.start,
        end: d.end,
        fix: d.fix.map(|f| Fix {
            replacement: f.replacement,
            from: f.start_utf16,
            to: f.end_utf16,
            start: f.start,
            end: f.end,
            applicability: match f.applicability {
                Applicability::Safe => "safe",
                Applicability::Unsafe => "unsafe",
            },
        }),
        suggestions: d.suggestions,
        related: d.related.map(|r| Related {
            message: r.message,
            line: r.line,
            column: r.column,
            from: r.start_utf16,
            to: r.end_utf16,
            start: r.start,
            end: r.end,
        }),
        fields: Vec::new(),
    }
}

/// The findings of a report as JavaScript sees them, without the ignored ones.
fn diagnostics(list: Vec<crate::Diagnostic>, text: &str, extra: &Extra) -> Vec<Diagnostic> {
    list.into_iter()
        .map(|d| diagnostic(d, text))
        .filter(|d| !extra.ignore_findings.contains(&d.fingerprint))
        .collect()
}

/// How many findings a report left out over `options.maxFindings`, by severity.
#[derive(Debug, Clone, Copy, Default, Serialize, Tsify)]
pub struct Omitted {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl From<crate::rules::Omitted> for Omitted {
    fn from(o: crate::rules::Omitted) -> Omitted {
        Omitted {
            errors: o.errors,
            warnings: o.warnings,
            infos: o.infos,
        }
    }
}

/// What `check` returns: the findings and the outline of one parse.
#[derive(Debug, Clone, Serialize, Tsify)]
pub struct CheckResult {
    pub diagnostics: Vec<Diagnostic>,
    /// Findings left out over `options.maxFindings` (default 1000), most severe kept.
    pub omitted: Omitted,
    pub outline: crate::outline::Outline,
    /// The profile the rules applied (detected when the options say `"auto"`).
    #[tsify(type = "Exclude<Profile, \"auto\">")]
    pub profile: &'static str,
}

/// The result of `validateForm`.
#[derive(Debug, Clone, Serialize, Tsify)]
pub struct FormReport {
    /// No finding of severity `error`.
    pub valid: bool,
    /// Findings per field, with offsets into that field's value. Fields without findings are
    /// absent. Each finding is on the field whose value is wrong.
    #[tsify(type = "Partial<Record<FormField, FormDiagnostic[]>>")]
    #[serde(serialize_with = "as_object")]
    pub fields: Vec<(&'static str, Vec<Diagnostic>)>,
    /// Cross-field findings (a type code against the type, `KT.` with a deputy's title …);
    /// `fields` names the fields each one involves. Offsets point into `preview.text`.
    #[tsify(type = "FormDiagnostic[]")]
    pub form: Vec<Diagnostic>,
    /// The header and closing lines the form stands for, correctly formatted.
    pub preview: crate::form::FormPreview,
    #[tsify(type = "Exclude<Profile, \"auto\">")]
    pub profile: &'static str,
}

/// The form's report in the package's shape, without the findings the options ignore
/// (`ignoreFindings`: their fingerprints); a field left with none is dropped. Filtered while
/// the report is built: a map's `retain` would bring the B-tree's removal code into the module
/// (2 kB) for this one use.
fn form_report(
    r: crate::form::FormReport,
    form: &crate::form::DocumentForm,
    ignored: &[String],
) -> FormReport {
    let text = r.preview.text.clone();
    let kept = |d: &Diagnostic| !ignored.contains(&d.fingerprint);
    let cross: Vec<Diagnostic> = r
        .form
        .into_iter()
        .zip(r.form_fields)
        .map(|(d, fields)| Diagnostic {
            fields,
            ..diagnostic(d, &text)
        })
        .filter(kept)
        .collect();
    // in the form report's order (by field name)
    let mut fields = Vec::new();
    for (k, v) in r.fields {
        let value = crate::form::field_value(form, k);
        let list: Vec<Diagnostic> = v
            .into_iter()
            .map(|d| diagnostic(d, &value))
            .filter(kept)
            .collect();
        if ignored.is_empty() || !list.is_empty() {
            fields.push((k, list));
        }
    }
    let valid = if ignored.is_empty() {
        r.valid
    } else {
        !fields
            .iter()
            .flat_map(|(_, list)| list)
            .chain(&cross)
            .any(|d: &Diagnostic| d.severity == "error")
    };
    FormReport {
        valid,
        fields,
        form: cross,
        preview: r.preview,
        profile: r.profile.as_str(),
    }
}

/// A rule, as `vanban rules` lists it. Its documentation (What it does / Why / Example /
/// Correct / Basis, Markdown) is not in the WebAssembly module, where it would weigh 14 KB
/// gzipped: the package ships it as `vanban/rules.json`.
#[derive(Debug, Clone, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct RuleInfo {
    /// `family/name`.
    #[tsify(type = "RuleId")]
    pub id: &'static str,
    #[tsify(type = "RuleFamily")]
    pub family: &'static str,
    #[tsify(type = "\"error\" | \"warning\" | \"info\"")]
    pub severity: &'static str,
    /// Whether findings carry fixes: `"safe"`, `"unsafe"` or `"none"`.
    #[tsify(type = "\"safe\" | \"unsafe\" | \"none\"")]
    pub fix: &'static str,
    /// One line, Vietnamese (the package's `rules()` fills it in: the module leaves it empty).
    pub summary: &'static str,
    /// One line, English (filled in by the package's `rules()`, as `summary`).
    pub summary_en: &'static str,
}

/// `lintDocx`'s result: the text read from the document and its findings (offsets into `text`).
#[derive(Debug, Clone, Serialize, Tsify)]
pub struct DocxReport {
    pub text: String,
    pub diagnostics: Vec<Diagnostic>,
    pub omitted: Omitted,
}

/// One fix that `fixAll` applied.
#[derive(Debug, Clone, Serialize, Tsify)]
pub struct AppliedFix {
    #[tsify(type = "RuleId")]
    pub rule: &'static str,
    pub message: String,
    /// 1-based line in the text of the round that applied it.
    pub line: usize,
}

/// What `fixAll` returns: the text at the fixed point of the safe fixes, as
/// `vanban check --fix` writes it.
#[derive(Debug, Clone, Serialize, Tsify)]
pub struct FixAllResult {
    pub text: String,
    /// Number of fixes applied (over every round).
    pub fixed: usize,
    pub applied: Vec<AppliedFix>,
    /// `false` when the fixes still changed the text after the last round (never seen; a pair
    /// of rules undoing each other would do it).
    pub converged: bool,
    /// The findings left in the fixed text.
    pub diagnostics: Vec<Diagnostic>,
}

/// Pairs as a JavaScript object (a map of their own would bring a B-tree into the module).
fn as_object<S: serde::Serializer>(
    pairs: &[(&'static str, Vec<Diagnostic>)],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_map(pairs.iter().map(|(k, v)| (k, v)))
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    // plain objects for maps (not ES Maps), numbers for usize
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value
        .serialize(&serializer)
        .map_err(|e| js_sys::Error::new(&e.to_string()).into())
}

fn type_error(message: String) -> JsValue {
    js_sys::TypeError::new(&message).into()
}

/// `typeof`, with `null` and arrays named as such.
pub(crate) fn kind_of(value: &JsValue) -> String {
    if value.is_null() {
        "null".into()
    } else if js_sys::Array::is_array(value) {
        "an array".into()
    } else {
        value.js_typeof().as_string().unwrap_or_default()
    }
}

/// The text argument of `function`.
fn text_arg(value: &JsValue, function: &str) -> Result<String, JsValue> {
    value.as_string().ok_or_else(|| {
        type_error(format!(
            "vanban: {function}(text): text must be a string, not {}",
            kind_of(value)
        ))
    })
}

fn config_from(options: &JsValue) -> Result<(crate::Config, Extra), JsValue> {
    read::options(options)
}

/// Checks a document. Offsets in the result are UTF-16 (`text.slice(d.from, d.to)`).
#[wasm_bindgen(unchecked_return_type = "Diagnostic[]")]
pub fn lint(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let text = text_arg(&text, "lint")?;
    let (config, extra) = config_from(&options)?;
    let report = crate::lint(&text, &config);
    to_js(&diagnostics(report.diagnostics, &text, &extra))
}

/// Checks a document and returns the findings with the outline of the same parse: what an
/// editor shows, for the cost of one check.
#[wasm_bindgen(unchecked_return_type = "CheckResult")]
pub fn check(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let text = text_arg(&text, "check")?;
    let (config, extra) = config_from(&options)?;
    let (report, outline) = crate::lint_with_outline(&text, &config);
    to_js(&CheckResult {
        profile: report.profile.as_str(),
        omitted: report.omitted.into(),
        diagnostics: diagnostics(report.diagnostics, &text, &extra),
        outline,
    })
}

/// Validates a document's metadata (a registration form) field by field.
#[wasm_bindgen(js_name = validateForm, unchecked_return_type = "FormReport")]
pub fn validate_form(
    #[wasm_bindgen(unchecked_param_type = "DocumentForm")] form: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let form = read::form(&form)?;
    let (config, extra) = config_from(&options)?;
    let report = form_report(
        crate::form::validate(&form, &config),
        &form,
        &extra.ignore_findings,
    );
    to_js(&report)
}

/// Every rule with its default severity and summary (the documentation: `rules.json`).
#[wasm_bindgen(unchecked_return_type = "RuleInfo[]")]
pub fn rules() -> Result<JsValue, JsValue> {
    let list: Vec<RuleInfo> = crate::rules::all()
        .iter()
        .map(|r| {
            let m = r.meta();
            RuleInfo {
                id: m.id,
                family: m.family(),
                severity: m.severity.as_str(),
                fix: m.fix.as_str(),
                summary: m.summary,
                summary_en: m.summary_en,
            }
        })
        .collect();
    to_js(&list)
}

/// The outline the parser recognised: header parts present or missing, Roman parts,
/// recipients and signature.
#[wasm_bindgen(unchecked_return_type = "Outline")]
pub fn outline(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let text = text_arg(&text, "outline")?;
    let (config, _) = config_from(&options)?;
    to_js(&crate::outline::outline(&text, &config))
}

/// Applies the safe fixes until none is left (the fixed point `vanban check --fix` writes, by
/// the same loop: `vanban::lint_fix`).
#[wasm_bindgen(js_name = fixAll, unchecked_return_type = "FixAllResult")]
pub fn fix_all(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let text = text_arg(&text, "fixAll")?;
    let (config, extra) = config_from(&options)?;
    let outcome = crate::lint_fix(&text, &config);
    to_js(&FixAllResult {
        fixed: outcome.applied.len(),
        applied: outcome
            .applied
            .into_iter()
            .map(|a| AppliedFix {
                rule: a.rule.as_str(),
                message: without_cli_flags(a.message),
                line: a.line,
            })
            .collect(),
        converged: outcome.converged,
        diagnostics: diagnostics(outcome.report.diagnostics, &outcome.text, &extra),
        text: outcome.text,
    })
}

/// Reads a `.docx` (its bytes: a `Uint8Array` or an `ArrayBuffer`) and checks its text and its
/// layout (paper, margins, fonts). Throws with the reason when the file is damaged, and before
/// reading anything when it is larger than `options.maxSize` (default 10 MB).
#[wasm_bindgen(js_name = lintDocx, unchecked_return_type = "DocxReport")]
pub fn lint_docx(
    #[wasm_bindgen(unchecked_param_type = "Uint8Array | ArrayBuffer")] bytes: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let array = if let Some(a) = bytes.dyn_ref::<js_sys::Uint8Array>() {
        a.clone()
    } else if let Some(b) = bytes.dyn_ref::<js_sys::ArrayBuffer>() {
        js_sys::Uint8Array::new(b)
    } else {
        return Err(type_error(format!(
            "vanban: lintDocx(bytes): bytes must be a Uint8Array or an ArrayBuffer, not {}",
            kind_of(&bytes)
        )));
    };
    let (config, extra) = config_from(&options)?;
    let size = array.length() as u64;
    if size > extra.max_size {
        return Err(js_sys::RangeError::new(&format!(
            "vanban: the .docx is {}, over the limit of {} (options.maxSize)",
            read::human_size(size),
            read::human_size(extra.max_size)
        ))
        .into());
    }
    let limits = crate::docx::Limits {
        max_total_bytes: extra
            .max_size
            .max(crate::docx::Limits::default().max_total_bytes),
        ..crate::docx::Limits::default()
    };
    let docx = crate::docx::extract(&array.to_vec(), limits).map_err(|e| {
        JsValue::from(js_sys::Error::new(&format!(
            "vanban: cannot read the .docx: {e}"
        )))
    })?;
    let report = crate::lint_docx(&docx, &config);
    to_js(&DocxReport {
        diagnostics: diagnostics(report.diagnostics, &docx.text, &extra),
        omitted: report.omitted.into(),
        text: docx.text,
    })
}

/// The package version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
