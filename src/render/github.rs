//! `--format github`: GitHub Actions workflow commands (`::error file=…,line=…::message`).

use super::FileResult;
use crate::Severity;
use std::fmt::Write;

/// Escapes a message (data) of a workflow command: the runner's own escapes for `%`, CR and
/// LF, and every other unsafe character shown visibly.
fn escape_data(s: &str) -> String {
    super::clean(
        &s.replace('%', "%25")
            .replace('\r', "%0D")
            .replace('\n', "%0A"),
    )
    .into_owned()
}

/// Escapes a property value of a workflow command.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// One file's findings as workflow commands, and a notice for the findings left out.
pub fn file(r: &FileResult) -> String {
    let mut out = String::new();
    {
        for d in &r.report.diagnostics {
            let level = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let _ = write!(
                out,
                "::{level} file={},line={},col={},endLine={}",
                escape_property(&r.path),
                d.line,
                d.column,
                d.end_line
            );
            if d.end_line == d.line {
                let _ = write!(out, ",endColumn={}", d.end_column.max(d.column));
            }
            let _ = writeln!(
                out,
                ",title={}::{}",
                escape_property(d.rule.as_str()),
                escape_data(&d.message)
            );
        }
    }
    if let Some(note) = super::omitted_note(&r.report, crate::Lang::En) {
        let _ = writeln!(
            out,
            "::notice file={}::{}",
            escape_property(&r.path),
            escape_data(&note)
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
        assert_eq!(escape_data("x\ny"), "x%0Ay");
    }
}
