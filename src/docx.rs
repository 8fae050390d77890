//! Reading the text of a `.docx` (Office Open XML) file: the paragraphs of
//! `word/document.xml` in reading order, one per line, so that a finding's line is the
//! paragraph's number. Tables are read row by row, cell by cell (the two-column header of an
//! administrative document becomes lines the header parser reads in any order); text boxes
//! where they are anchored; tracked insertions kept and deletions dropped; field codes
//! (page numbers) dropped; tabs kept; soft line breaks become spaces. Headers and footers are
//! other parts of the package and are not read.
//!
//! Limits protect against zip bombs and hostile XML: the size of `document.xml` once
//! uncompressed, the number of entries and the nesting depth.

use quick_xml::events::Event;
use quick_xml::Reader;
use std::fmt;
use std::io::{Cursor, Read};

/// Limits on what is read.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest `word/document.xml` once uncompressed.
    pub max_xml_bytes: u64,
    /// Most entries in the zip.
    pub max_entries: usize,
    /// Deepest XML nesting.
    pub max_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_xml_bytes: 64 * 1024 * 1024,
            max_entries: 10_000,
            max_depth: 256,
        }
    }
}

/// Why a `.docx` could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocxError {
    /// Not a zip archive, or a damaged one.
    NotZip(String),
    /// A zip without `word/document.xml`.
    NoDocument,
    /// Over a limit.
    TooLarge(String),
    /// `document.xml` is not well-formed.
    Xml(String),
}

impl fmt::Display for DocxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocxError::NotZip(e) => write!(f, "not a .docx (zip) file or a damaged one: {e}"),
            DocxError::NoDocument => {
                write!(f, "a zip without word/document.xml: not a Word document")
            }
            DocxError::TooLarge(e) => write!(f, "too large: {e}"),
            DocxError::Xml(e) => write!(f, "damaged document.xml: {e}"),
        }
    }
}

impl std::error::Error for DocxError {}

/// The text of a `.docx`, one paragraph per line.
pub fn extract_text(bytes: &[u8], limits: Limits) -> Result<String, DocxError> {
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| DocxError::NotZip(e.to_string()))?;
    if zip.len() > limits.max_entries {
        return Err(DocxError::TooLarge(format!(
            "{} entries (limit {})",
            zip.len(),
            limits.max_entries
        )));
    }
    let mut entry = zip
        .by_name("word/document.xml")
        .map_err(|_| DocxError::NoDocument)?;
    if entry.size() > limits.max_xml_bytes {
        return Err(DocxError::TooLarge(format!(
            "word/document.xml is {} bytes uncompressed (limit {})",
            entry.size(),
            limits.max_xml_bytes
        )));
    }
    // read at most the limit, whatever the header claims
    let mut xml = Vec::new();
    (&mut entry)
        .take(limits.max_xml_bytes + 1)
        .read_to_end(&mut xml)
        .map_err(|e| DocxError::NotZip(e.to_string()))?;
    if xml.len() as u64 > limits.max_xml_bytes {
        return Err(DocxError::TooLarge(format!(
            "word/document.xml is over {} bytes uncompressed",
            limits.max_xml_bytes
        )));
    }
    paragraphs(&xml, limits.max_depth)
}

/// Walks `document.xml` and collects the text.
fn paragraphs(xml: &[u8], max_depth: usize) -> Result<String, DocxError> {
    let mut reader = Reader::from_reader(xml);
    let mut out = String::new();
    let mut buf = Vec::new();
    let mut depth = 0usize;
    // depth at which a skipped element (deletion, field code, fallback) started
    let mut skip_from: Option<usize> = None;
    let mut in_text = false;
    let mut in_body = false;
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| DocxError::Xml(e.to_string()))?;
        match event {
            Event::Start(e) => {
                depth += 1;
                if depth > max_depth {
                    return Err(DocxError::TooLarge(format!(
                        "XML nested deeper than {max_depth}"
                    )));
                }
                let name = e.name();
                let local = name.as_ref();
                if skip_from.is_none()
                    && matches!(
                        local,
                        b"w:del" | b"w:instrText" | b"w:delText" | b"mc:Fallback" | b"w:moveFrom"
                    )
                {
                    skip_from = Some(depth);
                }
                match local {
                    b"w:body" => in_body = true,
                    b"w:t" => in_text = true,
                    _ => {}
                }
            }
            Event::Empty(e) if skip_from.is_none() && in_body => match e.name().as_ref() {
                b"w:tab" => out.push('\t'),
                b"w:br" | b"w:cr" => out.push(' '),
                _ => {}
            },
            Event::End(e) => {
                let name = e.name();
                match name.as_ref() {
                    b"w:t" => in_text = false,
                    b"w:p" if skip_from.is_none() && in_body => out.push('\n'),
                    b"w:body" => in_body = false,
                    _ => {}
                }
                if skip_from == Some(depth) {
                    skip_from = None;
                }
                depth = depth.saturating_sub(1);
            }
            Event::Text(t) if in_text && skip_from.is_none() => {
                let s = t.decode().map_err(|e| DocxError::Xml(e.to_string()))?;
                out.push_str(&s);
            }
            Event::GeneralRef(r) if in_text && skip_from.is_none() => {
                // &amp; &lt; … and numeric references inside text
                let name = r.decode().map_err(|e| DocxError::Xml(e.to_string()))?;
                let c = match name.as_ref() {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    n => n
                        .strip_prefix("#x")
                        .and_then(|h| u32::from_str_radix(h, 16).ok())
                        .or_else(|| n.strip_prefix('#').and_then(|d| d.parse().ok()))
                        .and_then(char::from_u32),
                };
                out.extend(c);
            }
            // a document.xml cut short would lose the rest of the text silently
            Event::Eof if depth > 0 => {
                return Err(DocxError::Xml(format!(
                    "it ends inside {depth} unclosed element(s)"
                )))
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A minimal .docx holding `body` (the inside of `<w:body>`).
    pub(crate) fn make_docx(body: &str) -> Vec<u8> {
        let xml = format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>{body}</w:body></w:document>"#
        );
        let mut cur = Cursor::new(Vec::new());
        {
            let mut z = zip::ZipWriter::new(&mut cur);
            let opts = zip::write::SimpleFileOptions::default();
            z.start_file("[Content_Types].xml", opts).unwrap();
            z.write_all(b"<Types/>").unwrap();
            z.start_file("word/document.xml", opts).unwrap();
            z.write_all(xml.as_bytes()).unwrap();
            z.finish().unwrap();
        }
        cur.into_inner()
    }

    fn p(text: &str) -> String {
        format!("<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
    }

    #[test]
    fn paragraphs_tables_tracked_changes_and_fields() {
        let body = format!(
            "<w:tbl><w:tr><w:tc>{}{}</w:tc><w:tc>{}</w:tc></w:tr></w:tbl>{}<w:p><w:r><w:t>Giữ </w:t></w:r><w:del><w:r><w:delText>xóa </w:delText></w:r></w:del><w:ins><w:r><w:t>thêm</w:t></w:r></w:ins><w:r><w:tab/><w:t>A &amp; B</w:t></w:r><w:r><w:instrText> PAGE </w:instrText></w:r></w:p>",
            p("ỦY BAN NHÂN DÂN"),
            p("Số: 09 /KH-UBND"),
            p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            p("KẾ HOẠCH"),
        );
        let text = extract_text(&make_docx(&body), Limits::default()).unwrap();
        assert_eq!(
            text,
            "ỦY BAN NHÂN DÂN\nSố: 09 /KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKẾ HOẠCH\nGiữ thêm\tA & B\n"
        );
    }

    #[test]
    fn bad_input_is_an_error_not_a_panic() {
        assert!(matches!(
            extract_text(b"not a zip", Limits::default()),
            Err(DocxError::NotZip(_))
        ));
        let mut cur = Cursor::new(Vec::new());
        {
            let mut z = zip::ZipWriter::new(&mut cur);
            z.start_file("x.txt", zip::write::SimpleFileOptions::default())
                .unwrap();
            z.write_all(b"x").unwrap();
            z.finish().unwrap();
        }
        assert_eq!(
            extract_text(&cur.into_inner(), Limits::default()),
            Err(DocxError::NoDocument)
        );
        // a document.xml cut short is reported, never read as a shorter text
        let whole = make_docx(&p("Số: 09/KH-UBND"));
        assert!(extract_text(&whole, Limits::default()).is_ok());
        let mut cur = Cursor::new(Vec::new());
        {
            let mut z = zip::ZipWriter::new(&mut cur);
            z.start_file(
                "word/document.xml",
                zip::write::SimpleFileOptions::default(),
            )
            .unwrap();
            z.write_all(b"<w:document><w:body><w:p><w:r><w:t>S\xe1\xbb\x91: 09")
                .unwrap();
            z.finish().unwrap();
        }
        let xml_cut = cur.into_inner();
        assert!(
            matches!(extract_text(&xml_cut, Limits::default()), Err(DocxError::Xml(m)) if m.contains("unclosed")),
        );
        let deep = "<w:p>".repeat(300);
        let d = make_docx(&deep);
        assert!(matches!(
            extract_text(&d, Limits::default()),
            Err(DocxError::TooLarge(_)) | Err(DocxError::Xml(_))
        ));
        let small = Limits {
            max_xml_bytes: 100,
            ..Limits::default()
        };
        assert!(matches!(
            extract_text(&make_docx(&p(&"x".repeat(200))), small),
            Err(DocxError::TooLarge(_))
        ));
        // a truncated archive
        let full = make_docx(&p("x"));
        assert!(extract_text(&full[..full.len() / 2], Limits::default()).is_err());
    }
}
