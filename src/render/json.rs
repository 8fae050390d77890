//! `--format json`: one object, as `contract.md` specifies, written file by file.

use super::{FileResult, Summary};
use serde::Serialize;

#[derive(Serialize)]
struct File<'a> {
    path: &'a str,
    profile: crate::Profile,
    diagnostics: &'a [crate::Diagnostic],
    /// Findings left out over `--max-findings` (only when some are).
    #[serde(skip_serializing_if = "omitted_none")]
    omitted: crate::rules::Omitted,
}

fn omitted_none(o: &crate::rules::Omitted) -> bool {
    o.total() == 0
}

/// Indents every line after the first by `by` spaces (a pretty-printed value placed inside a
/// pretty-printed object).
fn indent(s: &str, by: usize) -> String {
    s.replace('\n', &format!("\n{}", " ".repeat(by)))
}

pub fn begin() -> String {
    "{\n  \"version\": 1,\n  \"files\": [".to_string()
}

pub fn file(r: &FileResult) -> String {
    let f = File {
        path: &r.path,
        profile: r.report.profile,
        diagnostics: &r.report.diagnostics,
        omitted: r.report.omitted,
    };
    let value = serde_json::to_string_pretty(&f).expect("diagnostics serialize");
    format!("\n    {}", indent(&value, 4))
}

pub fn end(summary: &Summary) -> String {
    let s = serde_json::to_string_pretty(summary).expect("summary serializes");
    format!("\n  ],\n  \"summary\": {}\n}}\n", indent(&s, 2))
}

#[cfg(test)]
mod tests {
    use super::super::Format;
    use super::*;

    #[test]
    fn streamed_output_is_one_json_object() {
        let results = [
            FileResult {
                path: "a.txt".into(),
                source: "Số: 09 /KH-UBND\n".into(),
                report: crate::lint("Số: 09 /KH-UBND\n", &crate::Config::default()),
            },
            FileResult {
                path: "b.txt".into(),
                source: "x".into(),
                report: crate::lint("x", &crate::Config::default()),
            },
        ];
        for rs in [&results[..0], &results[..1], &results[..]] {
            let out = Format::Json.render(rs);
            let v: serde_json::Value = serde_json::from_str(&out).unwrap();
            assert_eq!(v["files"].as_array().unwrap().len(), rs.len());
            assert_eq!(v["summary"]["files"], rs.len());
        }
    }
}
