//! Renderers: the same findings as text for people (pretty, concise), and as JSON, SARIF
//! 2.1.0 and GitHub workflow commands for machines. Renderers know diagnostics, not rules
//! (apart from the rule list SARIF carries in `tool.driver.rules`).

pub mod concise;
pub mod github;
pub mod json;
pub mod pretty;
pub mod sarif;

use crate::{Report, Severity};

/// One checked file: its path as given, its text and what was found.
#[derive(Debug, Clone)]
pub struct FileResult {
    pub path: String,
    pub source: String,
    pub report: Report,
}

/// Totals over all files.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Summary {
    pub fn of(results: &[FileResult]) -> Summary {
        let mut s = Summary {
            files: results.len(),
            ..Summary::default()
        };
        for r in results {
            s.errors += r.report.count(Severity::Error);
            s.warnings += r.report.count(Severity::Warning);
            s.infos += r.report.count(Severity::Info);
        }
        s
    }
}
