//! # vanban
//!
//! A linter for Vietnamese administrative documents: plans (Kế hoạch), guidelines, reports and
//! the other types, checked against Nghị định 30/2020/NĐ-CP, the Party's and the Fatherland
//! Front's format rules, and against plain consistency.
//!
//! ```
//! use vanban::{lint, Config};
//!
//! let text = "ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\nSố: 09 /KH-UBND\n";
//! let report = lint(text, &Config::default());
//! let malformed = report
//!     .diagnostics
//!     .iter()
//!     .find(|d| d.rule == "number/malformed")
//!     .unwrap();
//! assert_eq!(&text[malformed.start..malformed.end], "09 /KH-UBND");
//! assert_eq!(malformed.fix.as_ref().unwrap().replacement, "09/KH-UBND");
//! ```
//!
//! The same input gives the same diagnostics through the CLI (`vanban check`) and this API.
//!
//! ## Fixing: [`lint_fix`]
//!
//! The safe fixes, applied until none is left, with what changed and the report on the result:
//!
//! ```
//! use vanban::{lint_fix, Config};
//!
//! let outcome = lint_fix("ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\nSố: 09 /KH-UBND\n", &Config::default());
//! assert!(outcome.text.contains("Số: 09/KH-UBND"));
//! assert!(outcome.applied.iter().any(|a| a.rule == "number/malformed"));
//! assert!(outcome.converged);
//! ```
//!
//! ## The document model: [`Document::parse`]
//!
//! What the rules read, parsed once, every node with its byte span in [`Document::text`]:
//!
//! ```
//! use vanban::{Config, Document};
//!
//! let text = "ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\nSố: 09/KH-UBND\nKẾ HOẠCH\n";
//! let doc = Document::parse(text, &Config::default());
//! let number = doc.header().number.as_ref().unwrap();
//! assert_eq!(number.canonical(doc.text()), "09/KH-UBND");
//! assert_eq!(doc.header().type_name.unwrap().doc_type.name, "Kế hoạch");
//! ```
//!
//! ## Word files: [`lint_docx`]
//!
//! The text of a `.docx`, plus the layout rules (paper, margins, fonts) only the file can show:
//!
//! ```no_run
//! use vanban::{docx, lint_docx, Config};
//!
//! let bytes = std::fs::read("ke-hoach.docx").unwrap();
//! let read = docx::extract(&bytes, docx::Limits::default()).unwrap();
//! let report = lint_docx(&read, &Config::default());
//! println!("{} findings", report.diagnostics.len());
//! ```
//!
//! ## The rules: [`rules::all`]
//!
//! ```
//! let ids: Vec<&str> = vanban::rules::all().iter().map(|r| r.meta().id).collect();
//! assert!(ids.contains(&"date/weekday"));
//! ```

// No unsafe code of our own; the WebAssembly bindings' generated glue is wasm-bindgen's.
#![cfg_attr(not(target_arch = "wasm32"), forbid(unsafe_code))]

pub mod config;
pub mod diagnostic;
pub mod document;
pub mod docx;
pub mod encoding;
pub mod fix;
// Used by the npm package (src/wasm) only; compiled natively for its unit tests.
#[cfg(any(target_arch = "wasm32", test))]
pub(crate) mod form;
pub(crate) mod hash;
// The one schema of the settings: the npm package reads it from JavaScript objects,
// `Config::from_toml` reads `vanban.toml` into it.
pub(crate) mod options;
// Word lists compiled in as one string each (the .wasm budget).
pub(crate) mod packed;
// Used by the npm package (src/wasm) only; compiled natively for its unit tests.
#[cfg(any(target_arch = "wasm32", test))]
pub(crate) mod outline;
pub(crate) mod profile;
pub mod render;
pub mod rules;
pub(crate) mod sort;
pub(crate) mod source;
pub(crate) mod vietnamese;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use config::{Config, Lang, Profile, RuleLevel, RuleLevels};
pub use diagnostic::{Applicability, Diagnostic, Fix, Related, Severity};
pub use document::Document;
pub use fix::{lint_fix, FixOutcome};

pub use source::{LineIndex, Position};

/// The result of linting one text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct Report {
    /// The profile the rules applied (detected when the config says `auto`).
    pub profile: Profile,
    /// Findings sorted by position.
    pub diagnostics: Vec<Diagnostic>,
    /// Findings left out over [`Config::max_findings`], by severity.
    pub omitted: rules::Omitted,
}

impl Report {
    /// Number of findings of one severity, the omitted ones included.
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
            + self.omitted.of(severity)
    }
}

/// Lints `text` with `config`.
pub fn lint(text: &str, config: &Config) -> Report {
    lint_parsed(&Document::parse(text, config), config)
}

/// Lints `text` and returns the outline of the same parse: what an editor shows beside the
/// findings, for the cost of one parse.
#[cfg(any(target_arch = "wasm32", test))]
pub(crate) fn lint_with_outline(text: &str, config: &Config) -> (Report, outline::Outline) {
    let doc = Document::parse(text, config);
    (lint_parsed(&doc, config), outline::outline_of(&doc))
}

/// Lints a document read from a `.docx` ([`docx::extract`]): its text, plus the layout rules
/// (paper, margins, fonts) that only the `.docx` can show. Offsets refer to `docx.text`.
pub fn lint_docx(docx: &docx::DocxText, config: &Config) -> Report {
    let mut doc = Document::parse(&docx.text, config);
    doc.layout = Some(docx.layout.clone());
    lint_parsed(&doc, config)
}

fn lint_parsed(doc: &Document, config: &Config) -> Report {
    let text = doc.source;
    let (findings, omitted) = rules::run(doc, config);
    // positions are only needed when there is something to report
    let index = if findings.is_empty() {
        None
    } else {
        Some(LineIndex::new(text))
    };
    let mut diagnostics: Vec<Diagnostic> = findings
        .into_iter()
        .filter_map(|(rule, severity, f)| {
            Some(to_diagnostic(doc, index.as_ref()?, rule, severity, f))
        })
        .collect();
    crate::sort::by_key(&mut diagnostics, |d| crate::sort::span_key(d.start, d.end));
    // findings on the same span (rare, a few at most) in rule order
    for i in 1..diagnostics.len() {
        let mut j = i;
        while j > 0
            && (diagnostics[j - 1].start, diagnostics[j - 1].end)
                == (diagnostics[j].start, diagnostics[j].end)
            && diagnostics[j - 1].rule.as_str() > diagnostics[j].rule.as_str()
        {
            diagnostics.swap(j - 1, j);
            j -= 1;
        }
    }
    diagnostics.dedup_by(|a, b| a.rule == b.rule && a.start == b.start && a.end == b.end);
    Report {
        profile: doc.profile,
        diagnostics,
        omitted,
    }
}

fn to_diagnostic(
    doc: &Document,
    index: &LineIndex,
    rule: rules::RuleId,
    severity: Severity,
    f: rules::Finding,
) -> Diagnostic {
    let text = doc.source;
    let span = doc.original(f.span);
    let start = index.position(text, span.start);
    let end = index.position(text, span.end);
    let fix = f.fix.map(|(sp, replacement, applicability)| {
        let o = doc.original(sp);
        Fix {
            replacement,
            start: o.start,
            end: o.end,
            applicability,
            start_utf16: index.position(text, o.start).utf16,
            end_utf16: index.position(text, o.end).utf16,
        }
    });
    let related = f.related.map(|(sp, message)| {
        let o = doc.original(sp);
        let p = index.position(text, o.start);
        Related {
            message,
            line: p.line,
            column: p.column,
            start: o.start,
            end: o.end,
            start_utf16: p.utf16,
            end_utf16: index.position(text, o.end).utf16,
        }
    });
    Diagnostic {
        rule,
        severity,
        message: f.message,
        line: start.line,
        column: start.column,
        end_line: end.line,
        end_column: end.column,
        start: span.start,
        end: span.end,
        fix,
        suggestions: f.suggestions,
        related,
        start_utf16: start.utf16,
        end_utf16: end.utf16,
        column_utf16: start.column_utf16,
        end_column_utf16: end.column_utf16,
    }
}
