//! What each fuzz target checks, as plain functions of the input bytes: the fuzz targets
//! (`fuzz/fuzz_targets/*.rs`) call them under libFuzzer, and `tests/fuzz_regressions.rs`
//! includes this file to replay the seeds and every crash found on stable `cargo test`, so a
//! property is written once and a crash stays fixed without cargo-fuzz. Each function panics
//! when a property fails, which is what libFuzzer reports as a crash.
#![allow(dead_code)] // each fuzz target uses one function

use std::io::Write;
use vanban::document::Span;
use vanban::docx::{extract, Limits};
use vanban::{Config, Diagnostic, Document, Lang, Profile};

/// `lint` on any text and config: no panic; every span (diagnostic, fix, related) inside the
/// text on char boundaries; lines, columns, UTF-16 columns and offsets agree with a naive
/// count; the safe fixes apply, and the fixed text lints again (as `vanban check --fix` does).
pub fn lint(data: &[u8]) {
    let (config, text) = config_and_text(data);
    let report = vanban::lint(&text, &config);
    check_report(&text, &report.diagnostics);
    let (fixed, applied) = vanban::fix::apply_safe_fixes(&text, &report.diagnostics);
    if applied > 0 {
        let again = vanban::lint(&fixed, &config);
        check_report(&fixed, &again.diagnostics);
        let _ = vanban::fix::apply_safe_fixes(&fixed, &again.diagnostics);
    }
}

/// `Document::parse` on any text and config: no panic, and every span the parser records
/// slices the NFC text and maps back to char boundaries of the original (the rules rely on
/// both).
pub fn parse(data: &[u8]) {
    let (config, text) = config_and_text(data);
    let doc = Document::parse(&text, &config);
    let check = |span: Span, what: &str| {
        check_span(doc.text(), span.start, span.end, what);
        let o = doc.original(span);
        check_span(&text, o.start, o.end, what);
    };
    for (i, line) in doc.lines().iter().enumerate() {
        check(line.span, "line");
        check(line.content, "line content");
        let _ = doc.content(i);
    }
    for r in doc.residue() {
        check(r.span, "residue");
    }
    for w in doc.words() {
        check(w.span(), "word");
    }
    assert_eq!(
        doc.words().len(),
        doc.word_vocab().len(),
        "one vocabulary index per word"
    );
    for &v in doc.word_vocab() {
        assert!((v as usize) < doc.vocabulary().len(), "vocabulary index");
    }
    for &v in doc.vocabulary() {
        check(v, "vocabulary");
    }
    check(doc.header_anchor(), "header anchor");
    check(doc.end_anchor(), "end anchor");
    let _ = (doc.issue_date(), doc.summary_year(), doc.last_line());
}

/// The `.docx` reader on any bytes. An input starting with "PK" (a zip's signature) is read as
/// the .docx file itself, which fuzzes the zip layer; anything else is wrapped in a valid zip
/// first, as `word/document.xml` and also as `word/styles.xml` and `word/theme/theme1.xml`
/// (the layout parts `extract` reads), which fuzzes the XML walks: mutating the XML inside a
/// real .docx rarely gets past the zip's CRC check, so they would barely be reached. Read with
/// the default limits and with small ones, so that small inputs reach the limit checks too.
pub fn docx(data: &[u8]) {
    const SMALL: Limits = Limits {
        max_xml_bytes: 200_000,
        max_total_bytes: 300_000,
        max_entries: 64,
        max_depth: 48,
    };
    let bytes = if data.starts_with(b"PK") {
        data.to_vec()
    } else {
        let mut cur = std::io::Cursor::new(Vec::new());
        let mut z = zip::ZipWriter::new(&mut cur);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        for part in [
            "word/document.xml",
            "word/styles.xml",
            "word/theme/theme1.xml",
        ] {
            z.start_file(part, opts).unwrap();
            z.write_all(data).unwrap();
        }
        z.finish().unwrap();
        cur.into_inner()
    };
    let _ = extract(&bytes, Limits::default());
    let _ = extract(&bytes, SMALL);
}

/// A small document that uses what a config configures: a citation for the `[[citations]]`
/// registry, an alias for `[recipients.aliases]`, a word for `[lexicon]`, findings for `[rules]`.
const CONFIG_DOC: &str = "ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\n\
Số: 09 /KH-UBND\n\
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
Trà Vinh, ngày 31 tháng 4 năm 2022\n\
KẾ HOẠCH\nThực hiện chuyển đôi số năm 2022\n\
Căn cứ Kế hoạch số 48-KH/TU ngày 27/01/2022 của Tỉnh ủy;\n\
I. MỤC ĐÍCH\n1. Triển khai  đúng hạn.\n\
Nơi nhận:\n- BPT;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n";

/// `Config::from_toml` on any text: no panic; an error names a line within the file; a config
/// that parses lints [`CONFIG_DOC`].
pub fn config(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Config::from_toml(text) {
        Ok(config) => {
            let report = vanban::lint(CONFIG_DOC, &config);
            check_report(CONFIG_DOC, &report.diagnostics);
        }
        Err(e) => {
            let lines = text.split('\n').count();
            assert!(e.line <= lines, "error line {} of {lines}: {e}", e.line);
            let _ = e.to_string();
        }
    }
}

/// Splits `data` into a config and a text. A first byte in 0x80..=0x9F (a UTF-8 continuation
/// byte, which no text starts with) is not text but flags: profile (2 bits), draft, Markdown,
/// English; so one corpus covers every mode, and each takes other paths through the parser and
/// the rules. Anything else is all text with the default config, so that the repository's
/// documents are seeds as they are. The text is decoded lossily so that every input reaches
/// the parser (invalid UTF-8 becomes U+FFFD).
pub fn config_and_text(data: &[u8]) -> (Config, String) {
    let (flags, rest) = match data.split_first() {
        Some((&b, rest)) if (0x80..=0x9F).contains(&b) => (b & 0x1F, rest),
        _ => (0, data),
    };
    let config = Config {
        profile: match flags & 3 {
            0 => Profile::Auto,
            1 => Profile::Nd30,
            2 => Profile::Mttq,
            _ => Profile::Party,
        },
        draft: flags & 4 != 0,
        markdown: flags & 8 != 0,
        lang: if flags & 16 != 0 { Lang::En } else { Lang::Vi },
        ..Config::default()
    };
    (config, String::from_utf8_lossy(rest).into_owned())
}

/// Panics unless `start..end` is a range of `text` on char boundaries.
fn check_span(text: &str, start: usize, end: usize, what: &str) {
    assert!(
        start <= end && end <= text.len(),
        "{what}: {start}..{end} outside a text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what}: {start}..{end} not on char boundaries"
    );
}

/// The spans of `diagnostics` and the positions they carry, checked against one naive sweep
/// over `text` (sorted offsets, so it stays linear in the text).
fn check_report(text: &str, diagnostics: &[Diagnostic]) {
    // (byte offset, expected line, column, UTF-16 column, UTF-16 offset); None: not carried
    type Want<'a> = (usize, [Option<usize>; 4], &'a str);
    let mut wanted: Vec<Want> = Vec::new();
    for d in diagnostics {
        let rule = d.rule.as_str();
        check_span(text, d.start, d.end, rule);
        wanted.push((
            d.start,
            [
                Some(d.line),
                Some(d.column),
                Some(d.column_utf16),
                Some(d.start_utf16),
            ],
            rule,
        ));
        wanted.push((
            d.end,
            [
                Some(d.end_line),
                Some(d.end_column),
                Some(d.end_column_utf16),
                Some(d.end_utf16),
            ],
            rule,
        ));
        if let Some(f) = &d.fix {
            check_span(text, f.start, f.end, rule);
            wanted.push((f.start, [None, None, None, Some(f.start_utf16)], rule));
            wanted.push((f.end, [None, None, None, Some(f.end_utf16)], rule));
        }
        if let Some(r) = &d.related {
            check_span(text, r.start, r.end, rule);
            wanted.push((
                r.start,
                [Some(r.line), Some(r.column), None, Some(r.start_utf16)],
                rule,
            ));
            wanted.push((r.end, [None, None, None, Some(r.end_utf16)], rule));
        }
    }
    wanted.sort_by_key(|w| w.0);
    // a line ends after "\n", or after a "\r" not followed by "\n" (as the CLI counts)
    let b = text.as_bytes();
    let (mut line, mut col, mut col16, mut utf16) = (1, 1, 1, 0);
    let mut chars = text.char_indices().peekable();
    for (offset, expected, rule) in wanted {
        while let Some(&(i, c)) = chars.peek() {
            if i >= offset {
                break;
            }
            chars.next();
            utf16 += c.len_utf16();
            if c == '\n' || (c == '\r' && b.get(i + 1) != Some(&b'\n')) {
                (line, col, col16) = (line + 1, 1, 1);
            } else {
                col += 1;
                col16 += c.len_utf16();
            }
        }
        let got = [line, col, col16, utf16];
        let names = ["line", "column", "UTF-16 column", "UTF-16 offset"];
        for ((e, g), name) in expected.iter().zip(got).zip(names) {
            if let Some(e) = *e {
                assert_eq!(e, g, "{rule}: {name} at byte {offset}");
            }
        }
    }
}
