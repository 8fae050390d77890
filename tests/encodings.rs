#![cfg(not(target_arch = "wasm32"))]
//! The same document saved as UTF-8, UTF-16 LE with a BOM (Notepad) and Windows-1258
//! (Notepad's "ANSI" on a Vietnamese Windows) gives the same findings at the same lines.

mod common;

use std::process::Command;

fn findings(path: &std::path::Path) -> (Vec<(String, u64)>, String) {
    let (report, stderr) = common::check_json(path);
    let mut f = common::rule_lines(&report);
    f.sort();
    (f, stderr)
}

#[test]
fn utf16_and_windows_1258_read_like_utf8() {
    let (utf8, _) = findings(&common::fixture("examples/ke-hoach-co-loi.txt"));
    assert!(utf8.len() > 10);
    let (utf16, _) = findings(&common::fixture(
        "tests/fixtures/encodings/ke-hoach-co-loi.utf16le.txt",
    ));
    assert_eq!(utf16, utf8);
    let (cp1258, err) = findings(&common::fixture(
        "tests/fixtures/encodings/ke-hoach-co-loi.cp1258.txt",
    ));
    assert_eq!(cp1258, utf8);
    assert!(err.contains("Windows-1258"), "{err}");
}

#[test]
fn windows_1258_is_not_rewritten_by_fix() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("kh.txt");
    let bytes = std::fs::read(common::fixture(
        "tests/fixtures/encodings/ke-hoach-co-loi.cp1258.txt",
    ))
    .unwrap();
    std::fs::write(&p, &bytes).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_vanban"))
        .args(["check", "--lang", "en", "--fix", p.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("--fix does not write it"));
    assert_eq!(std::fs::read(&p).unwrap(), bytes);
}
