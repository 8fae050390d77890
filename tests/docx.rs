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
        .map(|d| (d.rule.to_string(), d.line))
        .collect();
    v.sort();
    v
}

fn rules(text: &str) -> Vec<String> {
    let mut v: Vec<_> = lint(text, &Config::default())
        .diagnostics
        .into_iter()
        .map(|d| d.rule.to_string())
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
        .args([
            "check",
            "--lang",
            "en",
            "--fix",
            "--format",
            "concise",
            p.to_str().unwrap(),
        ])
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

/// The correct example as Word would save it with US-Letter paper, 1-inch margins, the body
/// in Arial 12 pt: the layout rules report it, at the paragraphs concerned.
#[test]
fn layout_rules_on_a_docx_with_word_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(common::fixture("examples/ke-hoach-dung.txt")).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let first_body = lines.iter().position(|l| l.starts_with("I. ")).unwrap();
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let mut body = String::new();
    for (i, l) in lines.iter().enumerate() {
        // the header in Times New Roman 13 pt, the body pasted in Arial 12 pt
        let (font, half_points) = if i >= first_body && i < first_body + 5 {
            ("Arial", 24)
        } else {
            ("Times New Roman", 26)
        };
        body.push_str(&format!(
            r#"<w:p><w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/><w:sz w:val="{half_points}"/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r></w:p>"#,
            esc(l)
        ));
    }
    body.push_str(r#"<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr>"#);
    let p = dir.path().join("word-defaults.docx");
    std::fs::write(&p, common::docx_with_body(&body)).unwrap();
    let (json, _) = common::check_json(&p);
    let found = common::rule_lines(&json);
    let line = first_body as u64 + 1;
    assert!(found.contains(&("text/page-setup".into(), 1)), "{found:?}");
    assert!(found.contains(&("text/font".into(), line)), "{found:?}");
    assert!(
        found.contains(&("text/font-size".into(), line)),
        "{found:?}"
    );
    // nothing else: the text itself is the correct example
    assert_eq!(found.len(), 3, "{found:?}");
    let message = json["files"][0]["diagnostics"].to_string();
    assert!(
        message.contains("Arial") && message.contains("215.9"),
        "{message}"
    );
}

/// Runs LibreOffice (Debian's `soffice`, headless) in `dir`; `None` when it is not installed.
fn soffice(dir: &std::path::Path, args: &[&str]) -> Option<()> {
    let status = std::process::Command::new("soffice")
        .arg("--headless")
        // its own profile, so that a running LibreOffice or a read-only HOME do not interfere
        .arg(format!(
            "-env:UserInstallation=file://{}/lo-profile",
            dir.display()
        ))
        .args(args)
        .current_dir(dir)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .ok()?;
    assert!(status.success(), "soffice {args:?} failed");
    Some(())
}

/// Real files made by LibreOffice: each seed and example, imported as text into an .odt, then
/// saved as .docx. The text findings are those of the .txt, at the same lines; the layout
/// rules also report LibreOffice's text-import defaults (a monospaced 10 pt style, 20 mm margins).
#[test]
fn libreoffice_odt_to_docx_gives_the_findings_of_the_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut names = Vec::new();
    let mut sources: Vec<std::path::PathBuf> = common::seed_files();
    sources.push(common::fixture("examples/ke-hoach-co-loi.txt"));
    sources.push(common::fixture("examples/ke-hoach-dung.txt"));
    for (i, src) in sources.iter().enumerate() {
        let name = format!("doc{i}");
        std::fs::copy(src, dir.path().join(format!("{name}.txt"))).unwrap();
        names.push(name);
    }
    let txts: Vec<String> = names.iter().map(|n| format!("{n}.txt")).collect();
    let mut args = vec![
        "--infilter=Text (encoded):UTF8,LF,,,",
        "--convert-to",
        "odt",
    ];
    args.extend(txts.iter().map(String::as_str));
    if soffice(dir.path(), &args).is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "soffice (libreoffice-writer-nogui) must be installed in CI"
        );
        eprintln!("NOT RUN: soffice is not installed (apt-get install libreoffice-writer-nogui)");
        return;
    }
    let odts: Vec<String> = names.iter().map(|n| format!("{n}.odt")).collect();
    let mut args = vec!["--convert-to", "docx:MS Word 2007 XML"];
    args.extend(odts.iter().map(String::as_str));
    soffice(dir.path(), &args).unwrap();
    const LAYOUT: [&str; 3] = ["text/font", "text/font-size", "text/page-setup"];
    for (name, src) in names.iter().zip(&sources) {
        let text = std::fs::read_to_string(src).unwrap();
        let bytes = std::fs::read(dir.path().join(format!("{name}.docx"))).unwrap();
        let docx = vanban::docx::extract(&bytes, vanban::docx::Limits::default()).unwrap();
        let report = vanban::lint_docx(&docx, &vanban::Config::default());
        let mut from_docx: Vec<(String, usize)> = report
            .diagnostics
            .iter()
            .filter(|d| !LAYOUT.contains(&d.rule.as_str()))
            .map(|d| (d.rule.to_string(), d.line))
            .collect();
        from_docx.sort();
        assert_eq!(from_docx, rules_and_lines(&text), "{}", src.display());
        assert!(
            report.diagnostics.iter().any(|d| d.rule == "text/font"),
            "LibreOffice's text import is not in Times New Roman: {}",
            src.display()
        );
    }
}

/// A document with tracked changes, made by LibreOffice from a flat ODT (`tests/fixtures/docx/
/// tracked-changes.fodt`: "9 /" deleted, "07/" inserted in the number): Word's `w:del` and
/// `w:ins` as a real tool writes them. The insertion is read, the deletion is not.
#[test]
fn libreoffice_tracked_changes_keep_insertions_and_drop_deletions() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        common::fixture("tests/fixtures/docx/tracked-changes.fodt"),
        dir.path().join("tc.fodt"),
    )
    .unwrap();
    if soffice(
        dir.path(),
        &["--convert-to", "docx:MS Word 2007 XML", "tc.fodt"],
    )
    .is_none()
    {
        assert!(
            std::env::var_os("CI").is_none(),
            "soffice (libreoffice-writer-nogui) must be installed in CI"
        );
        eprintln!("NOT RUN: soffice is not installed");
        return;
    }
    let bytes = std::fs::read(dir.path().join("tc.docx")).unwrap();
    let xml = {
        let mut z = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
        let mut s = String::new();
        std::io::Read::read_to_string(&mut z.by_name("word/document.xml").unwrap(), &mut s)
            .unwrap();
        s
    };
    assert!(
        xml.contains("<w:del ") && xml.contains("<w:ins "),
        "LibreOffice wrote tracked changes"
    );
    let docx = vanban::docx::extract(&bytes, vanban::docx::Limits::default()).unwrap();
    assert_eq!(docx.text, "ỦY BAN NHÂN DÂN\nSố: 07/KH-UBND\n");
    let report = vanban::lint_docx(&docx, &Config::default());
    assert!(
        !report
            .diagnostics
            .iter()
            .any(|d| d.rule.as_str().starts_with("number/")),
        "{:?}",
        report.diagnostics
    );
}
