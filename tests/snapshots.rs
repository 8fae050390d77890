#![cfg(not(target_arch = "wasm32"))]
//! The full JSON output for each real document in ../shared/seeds, as reviewed: a change in
//! any finding (rule, place, message, fix) shows up as a snapshot diff to review again
//! (`cargo insta review`).

mod common;

use vanban::render::{FileResult, Format};
use vanban::{lint, Config};

#[test]
fn seed_json_snapshots() {
    let files = common::seed_files();
    for f in files {
        let source = std::fs::read_to_string(&f).unwrap();
        let name = f.file_stem().unwrap().to_string_lossy().to_string();
        let report = lint(&source, &Config::default());
        let out = Format::Json.render(&[FileResult {
            path: format!("{name}.txt"),
            source,
            report,
        }]);
        insta::assert_snapshot!(name, out);
    }
}
