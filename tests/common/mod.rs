//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// `../shared/seeds` beside the repository. The tests that need the real documents fail
/// when it is missing (CI has it): a test that passes without its input proves nothing.
pub fn seeds_dir() -> PathBuf {
    let d = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    assert!(
        d.is_dir(),
        "{} is missing: the seed documents and the spec must sit beside the repository",
        d.display()
    );
    d
}

pub fn seed_files() -> Vec<PathBuf> {
    let d = seeds_dir();
    let mut v: Vec<PathBuf> = std::fs::read_dir(&d)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    v.sort();
    assert!(!v.is_empty(), "no seed documents in {}", d.display());
    v
}

/// Runs `vanban check --format json` on one file: the JSON report and what went to stderr.
pub fn check_json(path: &std::path::Path) -> (serde_json::Value, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_vanban"))
        .args(["check", "--format", "json", path.to_str().unwrap()])
        .output()
        .unwrap();
    let v = serde_json::from_slice(&out.stdout).unwrap();
    (v, String::from_utf8_lossy(&out.stderr).into_owned())
}

/// The (rule, line) of each finding of the first file of a JSON report, in output order.
pub fn rule_lines(report: &serde_json::Value) -> Vec<(String, u64)> {
    report["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
            )
        })
        .collect()
}

pub fn fixture(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// A minimal .docx whose body holds one paragraph per line of `text` (XML-escaped), with the
/// first `table_rows` pairs of lines laid out as a two-column table, as Word headers are.
pub fn docx_from_lines(text: &str, header_pairs: &[(usize, usize)]) -> Vec<u8> {
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let para = |s: &str| {
        format!(
            "<w:p><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
            esc(s)
        )
    };
    let lines: Vec<&str> = text.lines().collect();
    let mut body = String::new();
    let in_table: Vec<usize> = header_pairs.iter().flat_map(|&(a, b)| [a, b]).collect();
    if !header_pairs.is_empty() {
        body.push_str("<w:tbl>");
        for &(left, right) in header_pairs {
            body.push_str(&format!(
                "<w:tr><w:tc>{}</w:tc><w:tc>{}</w:tc></w:tr>",
                para(lines[left]),
                para(lines[right])
            ));
        }
        body.push_str("</w:tbl>");
    }
    for (i, l) in lines.iter().enumerate() {
        if !in_table.contains(&i) {
            body.push_str(&para(l));
        }
    }
    docx_with_body(&body)
}

/// A .docx whose `document.xml` body is `body` (raw WordprocessingML).
pub fn docx_with_body(body: &str) -> Vec<u8> {
    use std::io::Write;
    let xml = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    let mut cur = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut cur);
        let opts = zip::write::SimpleFileOptions::default();
        z.start_file("word/document.xml", opts).unwrap();
        z.write_all(xml.as_bytes()).unwrap();
        z.finish().unwrap();
    }
    cur.into_inner()
}
