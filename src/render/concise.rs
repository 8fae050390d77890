//! `--format concise`: one line per finding, `path:line:column: severity[rule] message`.

use super::FileResult;
use crate::Lang;
use std::fmt::Write;

/// One file's findings, one line each, and the omitted-findings note.
pub fn file(r: &FileResult, lang: Lang) -> String {
    let mut out = String::new();
    let path = super::display_path(&r.path);
    for d in &r.report.diagnostics {
        let _ = writeln!(
            out,
            "{path}:{}:{}: {}[{}] {}",
            d.line,
            d.column,
            d.severity,
            d.rule,
            super::clean(&d.message)
        );
    }
    if let Some(note) = super::omitted_note(&r.report, lang) {
        let _ = writeln!(out, "{path}: {note}");
    }
    out
}
