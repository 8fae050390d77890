//! The npm package `vanban`: the same rules as the crate and the CLI, compiled to WebAssembly.
//!
//! The JavaScript shapes differ from the Rust ones in one way only: offsets are UTF-16
//! (`from`/`to`, like CodeMirror and `String.prototype.slice`), and columns are 1-based UTF-16
//! code units (like Monaco). Byte offsets (`start`/`end`) are kept for parity with the CLI JSON.
//! Every exported type's TypeScript declaration is generated from the structs below (tsify).

mod form_dom;
mod read;

use crate::diagnostic::{Applicability, Severity};

use serde::Serialize;
use tsify::Tsify;
use wasm_bindgen::prelude::*;

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

/// One finding. `text.slice(from, to)` is exactly the flagged text.
#[derive(Debug, Clone, Serialize, Tsify)]
pub struct Diagnostic {
    /// Rule id, `family/name` (see `rules()`).
    pub rule: String,
    #[tsify(type = "\"error\" | \"warning\" | \"info\"")]
    pub severity: &'static str,
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
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<&'static str>,
}

impl From<crate::Diagnostic> for Diagnostic {
    fn from(d: crate::Diagnostic) -> Diagnostic {
        Diagnostic {
            rule: d.rule,
            severity: d.severity.as_str(),
            message: d.message,
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
}

/// The result of `validateForm`.
#[derive(Debug, Clone, Serialize, Tsify)]
pub struct FormReport {
    /// No finding of severity `error`.
    pub valid: bool,
    /// Findings per field (`"number"`, `"issueDate"`, `"signer.title"` …), with offsets into
    /// that field's value. Fields without findings are absent.
    #[tsify(type = "Record<string, Diagnostic[]>")]
    pub fields: std::collections::BTreeMap<String, Vec<Diagnostic>>,
    /// Cross-field findings; `fields` names the fields each one involves.
    pub form: Vec<Diagnostic>,
    /// The header and closing lines the form stands for, correctly formatted.
    pub preview: crate::form::FormPreview,
    #[tsify(type = "\"nd30\" | \"mttq\" | \"party\"")]
    pub profile: &'static str,
}

impl From<crate::form::FormReport> for FormReport {
    fn from(r: crate::form::FormReport) -> FormReport {
        let form = r
            .form
            .into_iter()
            .zip(r.form_fields)
            .map(|(d, fields)| Diagnostic {
                fields,
                ..Diagnostic::from(d)
            })
            .collect();
        FormReport {
            valid: r.valid,
            fields: r
                .fields
                .into_iter()
                .map(|(k, v)| (k, v.into_iter().map(Diagnostic::from).collect()))
                .collect(),
            form,
            preview: r.preview,
            profile: r.profile.as_str(),
        }
    }
}

/// A rule, as `vanban rules` lists it. Its documentation (What it does / Why / Example /
/// Correct / Basis, Markdown) is not in the WebAssembly module, where it would weigh 14 KB
/// gzipped: the package ships it as `vanban/rules.json` (`vanban rules --format json`).
#[derive(Debug, Clone, Serialize, Tsify)]
pub struct RuleInfo {
    /// `family/name`.
    pub id: &'static str,
    pub family: &'static str,
    #[tsify(type = "\"error\" | \"warning\" | \"info\"")]
    pub severity: &'static str,
    /// Whether findings carry fixes: `"safe"`, `"unsafe"` or `"none"`.
    #[tsify(type = "\"safe\" | \"unsafe\" | \"none\"")]
    pub fix: &'static str,
    /// One line, Vietnamese.
    pub summary: &'static str,
    /// One line, English.
    pub summary_en: &'static str,
}

/// `lintDocx`'s result: the text read from the document and its findings (offsets into `text`).
#[derive(Debug, Clone, Serialize, Tsify)]
pub struct DocxReport {
    pub text: String,
    pub diagnostics: Vec<Diagnostic>,
}

/// What `fixAll` returns.
#[derive(Debug, Clone, Serialize, Tsify)]
pub struct FixAllResult {
    pub text: String,
    /// Number of fixes applied.
    pub fixed: usize,
}

#[wasm_bindgen]
extern "C" {
    /// `Options` as JavaScript passes it (typed by the generated `Options` interface).
    #[wasm_bindgen(typescript_type = "Options")]
    pub type JsOptions;
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    // plain objects for maps (not ES Maps), numbers for usize
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value
        .serialize(&serializer)
        .map_err(|e| JsError::new(&e.to_string()))
}

pub(crate) fn config_from(options: &JsValue) -> Result<crate::Config, JsError> {
    read::options(options)
        .and_then(|o| o.to_config())
        .map_err(|e| JsError::new(&format!("vanban: {e}")))
}

pub(crate) fn lint_js(text: &str, config: &crate::Config) -> Vec<Diagnostic> {
    crate::lint(text, config)
        .diagnostics
        .into_iter()
        .map(Diagnostic::from)
        .collect()
}

/// Checks a document. Offsets in the result are UTF-16 (`text.slice(d.from, d.to)`).
#[wasm_bindgen(unchecked_return_type = "Diagnostic[]")]
pub fn lint(text: &str, options: Option<JsOptions>) -> Result<JsValue, JsError> {
    let config = config_from(&options.map_or(JsValue::UNDEFINED, JsValue::from))?;
    to_js(&lint_js(text, &config))
}

/// Validates a document's metadata (a registration form) field by field.
#[wasm_bindgen(js_name = validateForm, unchecked_return_type = "FormReport")]
pub fn validate_form(
    #[wasm_bindgen(unchecked_param_type = "DocumentForm")] form: JsValue,
    options: Option<JsOptions>,
) -> Result<JsValue, JsError> {
    let config = config_from(&options.map_or(JsValue::UNDEFINED, JsValue::from))?;
    let form = read::form(&form).map_err(|e| JsError::new(&format!("vanban: {e}")))?;
    to_js(&FormReport::from(crate::form::validate(&form, &config)))
}

/// Every rule with its default severity and summary (the documentation: `rules.json`).
#[wasm_bindgen(unchecked_return_type = "RuleInfo[]")]
pub fn rules() -> Result<JsValue, JsError> {
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
pub fn outline(text: &str, options: Option<JsOptions>) -> Result<JsValue, JsError> {
    let config = config_from(&options.map_or(JsValue::UNDEFINED, JsValue::from))?;
    to_js(&crate::outline::outline(text, &config))
}

/// Applies every safe fix (what `vanban check --fix` does) and returns the new text.
#[wasm_bindgen(js_name = fixAll, unchecked_return_type = "FixAllResult")]
pub fn fix_all(text: &str, options: Option<JsOptions>) -> Result<JsValue, JsError> {
    let config = config_from(&options.map_or(JsValue::UNDEFINED, JsValue::from))?;
    let report = crate::lint(text, &config);
    let (text, fixed) = crate::fix::apply_safe_fixes(text, &report.diagnostics);
    to_js(&FixAllResult { text, fixed })
}

/// Reads a `.docx` (its bytes) and checks its text and its layout (paper, margins, fonts).
/// Throws with the reason when the file is
/// damaged or too large.
#[wasm_bindgen(js_name = lintDocx, unchecked_return_type = "DocxReport")]
pub fn lint_docx(bytes: &[u8], options: Option<JsOptions>) -> Result<JsValue, JsError> {
    let config = config_from(&options.map_or(JsValue::UNDEFINED, JsValue::from))?;
    let docx = crate::docx::extract(bytes, crate::docx::Limits::default())
        .map_err(|e| JsError::new(&format!("vanban: cannot read the .docx: {e}")))?;
    let diagnostics = crate::lint_docx(&docx, &config)
        .diagnostics
        .into_iter()
        .map(Diagnostic::from)
        .collect();
    to_js(&DocxReport {
        text: docx.text,
        diagnostics,
    })
}

/// Live validation of a metadata form: fields are found by their `name` (`docType`, `number`,
/// `symbol`, `issuer`, `parentIssuer`, `place`, `issueDate`, `summary`, `signer.authority`,
/// `signer.title`, `signer.name`, `recipients` — one per line in a textarea, or several inputs).
/// On every input/change it sets `setCustomValidity`, `aria-invalid` and a visible message per
/// field, and dispatches `vanban:report` (detail: the `FormReport`) on the form. Returns a
/// function that removes everything it added.
#[wasm_bindgen(js_name = attachForm, unchecked_return_type = "() => void")]
pub fn attach_form(
    form: web_sys::HtmlFormElement,
    options: Option<JsOptions>,
) -> Result<JsValue, JsError> {
    let config = config_from(&options.map_or(JsValue::UNDEFINED, JsValue::from))?;
    form_dom::attach(form, config)
}

/// The package version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The message a severity is shown with in forms.
pub(crate) fn is_error(d: &Diagnostic) -> bool {
    d.severity == Severity::Error.as_str()
}
