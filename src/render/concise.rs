//! `--format concise`: one line per finding, `path:line:column: severity[rule] message`.

use super::{FileResult, Summary};
use std::fmt::Write;

pub fn render(results: &[FileResult]) -> String {
    let mut out = String::new();
    for r in results {
        for d in &r.report.diagnostics {
            let _ = writeln!(
                out,
                "{}:{}:{}: {}[{}] {}",
                r.path, d.line, d.column, d.severity, d.rule, d.message
            );
        }
    }
    let s = Summary::of(results);
    let _ = writeln!(
        out,
        "{} error(s), {} warning(s), {} info(s) in {} file(s)",
        s.errors, s.warnings, s.infos, s.files
    );
    out
}
