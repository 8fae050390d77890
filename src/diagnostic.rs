//! What a rule reports: [`Diagnostic`], its [`Severity`] and optional [`Fix`].

use serde::{Deserialize, Serialize};
use std::fmt;

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Style.
    Info,
    /// Very likely a mistake, or breaks common practice.
    Warning,
    /// Contradicts the regulation or the document itself.
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "info" => Some(Severity::Info),
            "warning" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a fix may be applied without a person looking at it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// The right text is certain; `vanban check --fix` applies it.
    Safe,
    /// Probably right, but a person must confirm (offered in editors only).
    Unsafe,
}

impl Applicability {
    /// `"safe"` or `"unsafe"`, as the JSON writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::Safe => "safe",
            Applicability::Unsafe => "unsafe",
        }
    }
}

/// A replacement of `start..end` (byte offsets in the original text) by `replacement`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fix {
    pub replacement: String,
    pub start: usize,
    pub end: usize,
    pub applicability: Applicability,
    /// `start`/`end` in UTF-16 code units (for JavaScript editors).
    #[serde(skip)]
    pub start_utf16: usize,
    #[serde(skip)]
    pub end_utf16: usize,
}

/// One finding. Offsets are bytes in the original UTF-8 input; lines and columns are 1-based,
/// columns counted in Unicode scalar values. `start_utf16`/`end_utf16` serve editor
/// integrations (JavaScript strings are UTF-16).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic<R = crate::rules::RuleId> {
    /// The rule that found it (in the npm package's form report, a `FormRule`: a rule id or `form/required`).
    pub rule: R,
    pub severity: Severity,
    pub message: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub start: usize,
    pub end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<Fix>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub suggestions: Vec<String>,
    /// A second place that explains the finding (e.g. the earlier, conflicting citation).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub related: Option<Related>,
    #[serde(skip)]
    pub start_utf16: usize,
    #[serde(skip)]
    pub end_utf16: usize,
    #[serde(skip)]
    pub column_utf16: usize,
    #[serde(skip)]
    pub end_column_utf16: usize,
}

impl<R> Diagnostic<R> {
    /// The same finding with its rule named differently (a form's findings name
    /// `FormRule`s, in the npm package).
    pub fn with_rule<S>(self, rule: impl FnOnce(R) -> S) -> Diagnostic<S> {
        Diagnostic {
            rule: rule(self.rule),
            severity: self.severity,
            message: self.message,
            line: self.line,
            column: self.column,
            end_line: self.end_line,
            end_column: self.end_column,
            start: self.start,
            end: self.end,
            fix: self.fix,
            suggestions: self.suggestions,
            related: self.related,
            start_utf16: self.start_utf16,
            end_utf16: self.end_utf16,
            column_utf16: self.column_utf16,
            end_column_utf16: self.end_column_utf16,
        }
    }
}

/// A secondary location attached to a finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Related {
    pub message: String,
    pub line: usize,
    pub column: usize,
    pub start: usize,
    pub end: usize,
    #[serde(skip)]
    pub start_utf16: usize,
    #[serde(skip)]
    pub end_utf16: usize,
}
