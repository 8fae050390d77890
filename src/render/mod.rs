//! Renderers: the same findings as text for people (pretty, concise), and as JSON, SARIF
//! 2.1.0 and GitHub workflow commands for machines. Renderers know diagnostics, not rules
//! (apart from the rule list SARIF carries in `tool.driver.rules`).
//!
//! Output is produced file by file ([`Format::file`]) between a [`Format::begin`] and a
//! [`Format::end`], so that a run over many large files keeps only each file's rendered
//! findings, never every file's text. Everything printed for people goes through [`clean`]:
//! control characters from a document or a file name never reach the terminal, and no line can
//! start a GitHub workflow command (`::`) except the `github` format's own.

pub mod concise;
pub mod github;
pub mod json;
pub mod pretty;
pub mod sarif;

use crate::{Lang, Report, Severity};
use std::borrow::Cow;

/// One checked file: its path as given, its text and what was found.
#[derive(Debug, Clone)]
pub struct FileResult {
    pub path: String,
    pub source: String,
    pub report: Report,
}

/// Totals over all files (the findings left out over the limit included).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// Findings counted above but not shown (over `--max-findings`).
    #[serde(skip_serializing_if = "is_zero")]
    pub omitted: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Summary {
    /// Adds one file's report.
    pub fn add(&mut self, report: &Report) {
        self.files += 1;
        self.errors += report.count(Severity::Error);
        self.warnings += report.count(Severity::Warning);
        self.infos += report.count(Severity::Info);
        self.omitted += report.omitted.total();
    }

    pub fn of(results: &[FileResult]) -> Summary {
        let mut s = Summary::default();
        for r in results {
            s.add(&r.report);
        }
        s
    }

    /// The one-line summary people read, in `lang`.
    pub fn line(&self, lang: Lang) -> String {
        let mut s = match lang {
            Lang::Vi => format!(
                "{} lỗi, {} cảnh báo, {} gợi ý trong {} tệp",
                self.errors, self.warnings, self.infos, self.files
            ),
            Lang::En => format!(
                "{} error(s), {} warning(s), {} info(s) in {} file(s)",
                self.errors, self.warnings, self.infos, self.files
            ),
        };
        if self.omitted > 0 {
            s.push_str(&match lang {
                Lang::Vi => format!(
                    " ({} phát hiện không hiển thị, xem --max-findings)",
                    self.omitted
                ),
                Lang::En => format!(" ({} not shown, see --max-findings)", self.omitted),
            });
        }
        s
    }
}

/// An output format with its options.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// rustc-style reports; `color` for a terminal.
    Pretty { color: bool, lang: Lang },
    /// One line per finding.
    Concise { lang: Lang },
    /// The JSON object of `contract.md`.
    Json,
    /// SARIF 2.1.0.
    Sarif,
    /// GitHub Actions workflow commands.
    Github,
}

impl Format {
    /// What comes before the first file.
    pub fn begin(&self) -> String {
        match self {
            Format::Json => json::begin(),
            Format::Sarif => sarif::begin(),
            _ => String::new(),
        }
    }

    /// One file's findings; may be empty (a clean file in SARIF). Chunks can be rendered in
    /// any order (in parallel) and are joined with [`Format::separator`].
    pub fn file(&self, r: &FileResult) -> String {
        match *self {
            Format::Pretty { color, lang } => pretty::file(r, color, lang),
            Format::Concise { lang } => concise::file(r, lang),
            Format::Json => json::file(r),
            Format::Sarif => sarif::file(r),
            Format::Github => github::file(r),
        }
    }

    /// What goes between two non-empty chunks (JSON and SARIF array items).
    pub fn separator(&self) -> &'static str {
        match self {
            Format::Json | Format::Sarif => ",",
            _ => "",
        }
    }

    /// What comes after the last file.
    pub fn end(&self, summary: &Summary) -> String {
        match *self {
            Format::Pretty { lang, .. } | Format::Concise { lang } => {
                format!("{}\n", summary.line(lang))
            }
            Format::Json => json::end(summary),
            Format::Sarif => sarif::end(summary),
            Format::Github => String::new(),
        }
    }

    /// The whole output for `results`.
    pub fn render(&self, results: &[FileResult]) -> String {
        let mut out = self.begin();
        let mut first = true;
        for r in results {
            let chunk = self.file(r);
            if !chunk.is_empty() {
                if !first {
                    out.push_str(self.separator());
                }
                first = false;
                out.push_str(&chunk);
            }
        }
        out.push_str(&self.end(&Summary::of(results)));
        out
    }
}

/// Whether a character must not reach a terminal or a CI log as it is: C0 and C1 controls
/// (tab excepted), DEL, and the invisible bidirectional and zero-width controls that can make
/// a line read differently from what it is.
pub fn is_unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\t')
        || matches!(
            c,
            '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{061c}'
                | '\u{feff}'
        )
}

/// How an unsafe character is shown: C0 controls and DEL as their Unicode control pictures
/// (`␛`, `␊`), the others as `\u{…}`.
pub fn picture(c: char, out: &mut String) {
    match c as u32 {
        n @ 0..=0x1f => out.push(char::from_u32(0x2400 + n).unwrap_or('?')),
        0x7f => out.push('\u{2421}'),
        n => out.push_str(&format!("\\u{{{n:x}}}")),
    }
}

/// `s` with every unsafe character shown visibly (see [`is_unsafe_char`]).
pub fn clean(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe_char) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_unsafe_char(c) {
            picture(c, &mut out);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A file name as people read it: cleaned, and never starting with `::` (a GitHub workflow
/// command would start there).
pub fn display_path(path: &str) -> Cow<'_, str> {
    let c = clean(path);
    if c.starts_with("::") {
        Cow::Owned(format!("./{c}"))
    } else {
        c
    }
}

/// The note for findings left out of a file, in `lang`.
pub fn omitted_note(report: &Report, lang: Lang) -> Option<String> {
    let n = report.omitted.total();
    (n > 0).then(|| match lang {
        Lang::Vi => format!(
            "… và {n} phát hiện khác không hiển thị ({} lỗi, {} cảnh báo, {} gợi ý; tăng --max-findings để xem)",
            report.omitted.errors, report.omitted.warnings, report.omitted.infos
        ),
        Lang::En => format!(
            "… and {n} more findings not shown ({} errors, {} warnings, {} infos; raise --max-findings to see them)",
            report.omitted.errors, report.omitted.warnings, report.omitted.infos
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_shown_not_sent() {
        assert_eq!(clean("a\u{1b}[31mb\nc\rd"), "a␛[31mb␊c␍d");
        assert_eq!(clean("x\u{202e}y\u{9b}"), "x\\u{202e}y\\u{9b}");
        assert_eq!(clean("tab\tkept"), "tab\tkept");
        assert!(matches!(clean("Số: 09/KH"), Cow::Borrowed(_)));
    }

    #[test]
    fn paths_never_start_a_workflow_command() {
        assert_eq!(
            display_path("::error file=x.txt,line=1::FORGED"),
            "./::error file=x.txt,line=1::FORGED"
        );
        assert_eq!(display_path("a\n::error::x"), "a␊::error::x");
    }
}
