#![cfg(not(target_arch = "wasm32"))]
//! .docx input: the same findings as the plain-text version of the same document, also when
//! the header is a two-column table; bad files are exit 2 with a reason; `--fix` does not
//! write them.

mod common;

use vanban::docx::{extract_text, Limits};
use vanban::{lint, Config};

fn rules_and_lines(text: &str) -> Vec<(String, usize)> {
    let mut v: Vec<_> = lint(text, &Config::default())
        .diagnostics
        .into_iter()
        .map(|d| (d.rule, d.line))
        .collect();
    v.sort();
    v
}

fn rules(text: &str) -> Vec<String> {
    let mut v: Vec<_> = lint(text, &Config::default())
        .diagnostics
        .into_iter()
        .map(|d| d.rule)
        .collect();
    v.sort();
    v
}

#[test]
fn same_findings_as_the_text_version() {
    let mut docs = vec![
        common::fixture("examples/ke-hoach-co-loi.txt"),
        common::fixture("tests/fixtures/clean/mttq-ke-hoach.txt"),
    ];
    docs.extend(common::seed_files());
    for path in docs {
        let text = std::fs::read_to_string(&path).unwrap();
        // one paragraph per line: the paragraph number is the line number
        let extracted =
            extract_text(&common::docx_from_lines(&text, &[]), Limits::default()).unwrap();
        assert_eq!(
            rules_and_lines(&extracted),
            rules_and_lines(&text),
            "{}",
            path.display()
        );
    }
}

#[test]
fn header_as_a_two_column_table() {
    // body left, title right; number left, motto right; the date alone on the right
    let text = std::fs::read_to_string(common::fixture(
        "tests/fixtures/clean/ubnd-tinh-ke-hoach.txt",
    ))
    .unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let title = lines
        .iter()
        .position(|l| l.starts_with("CỘNG HÒA"))
        .unwrap();
    let number = lines.iter().position(|l| l.starts_with("Số:")).unwrap();
    let docx = common::docx_from_lines(&text, &[(0, title), (number, title + 1)]);
    let extracted = extract_text(&docx, Limits::default()).unwrap();
    assert_ne!(
        extracted.lines().next(),
        text.lines().next().filter(|_| false)
    );
    assert_eq!(rules(&extracted), rules(&text), "{extracted}");
    assert!(rules(&extracted).is_empty());
}

#[test]
fn cli_reads_docx_and_does_not_fix_it() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(common::fixture("examples/ke-hoach-co-loi.txt")).unwrap();
    let docx = common::docx_from_lines(&text, &[]);
    let p = dir.path().join("kh.docx");
    std::fs::write(&p, &docx).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_vanban"))
        .args(["check", "--fix", "--format", "concise", p.to_str().unwrap()])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout.contains("kh.docx:3:5: error[number/malformed]"),
        "{stdout}"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("--fix does not write it"));
    assert_eq!(
        std::fs::read(&p).unwrap(),
        docx,
        "the .docx is left untouched"
    );
    // a broken file: exit 2, the name and the reason
    let bad = dir.path().join("bad.docx");
    std::fs::write(&bad, b"PK\x03\x04 truncated").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_vanban"))
        .args(["check", bad.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.docx") && err.contains("zip"), "{err}");
}
