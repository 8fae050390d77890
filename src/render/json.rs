//! `--format json`: one object, as `contract.md` specifies.

use super::{FileResult, Summary};
use serde::Serialize;

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    files: Vec<File<'a>>,
    summary: Summary,
}

#[derive(Serialize)]
struct File<'a> {
    path: &'a str,
    profile: crate::Profile,
    diagnostics: &'a [crate::Diagnostic],
}

pub fn render(results: &[FileResult]) -> String {
    let out = Output {
        version: 1,
        files: results
            .iter()
            .map(|r| File {
                path: &r.path,
                profile: r.report.profile,
                diagnostics: &r.report.diagnostics,
            })
            .collect(),
        summary: Summary::of(results),
    };
    serde_json::to_string_pretty(&out).expect("diagnostics serialize") + "\n"
}
