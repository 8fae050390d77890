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

mod archive;
mod measure;
mod styles;

use archive::{Archive, ReadError};
pub use measure::Tenths;
use quick_xml::events::Event;
use quick_xml::Reader;
use std::fmt;

pub use styles::CharFormat;
use styles::{attr, font_of, size_of, StyleSheet, Theme};

/// What Word's page setup and character formatting say, for the layout rules.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    /// Paper width and height in millimetres (the last section's `w:pgSz`).
    pub page_mm: Option<(Tenths, Tenths)>,
    /// Margins in millimetres: top, right, bottom, left (`w:pgMar`).
    pub margins_mm: Option<[Tenths; 4]>,
    /// For each paragraph, so for each line of the text: the font and size of most of its
    /// characters (run formatting over the paragraph style over the document defaults).
    pub paragraphs: Vec<CharFormat>,
}

/// A `.docx`'s text (one paragraph per line) and its layout.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocxText {
    pub text: String,
    pub layout: Layout,
}

/// Word measures in twentieths of a point (twips).
fn twips_to_mm(twips: &str) -> Option<Tenths> {
    measure::integer(twips).map(Tenths::mm_from_twips)
}

/// Limits on what is read.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest `word/document.xml` (and each formatting part) once uncompressed.
    pub max_xml_bytes: u64,
    /// Largest total of every part read, once uncompressed (the CLI's `--max-size`).
    pub max_total_bytes: u64,
    /// Most entries in the zip.
    pub max_entries: usize,
    /// Deepest XML nesting.
    pub max_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_xml_bytes: 64 * 1024 * 1024,
            max_total_bytes: 64 * 1024 * 1024,
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
    /// Two entries of the same name: which one is the document is anybody's guess.
    Duplicate(String),
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
            DocxError::Duplicate(name) => write!(
                f,
                "two entries named {name} in the zip: a damaged or tampered file (Word never writes that)"
            ),
        }
    }
}

impl std::error::Error for DocxError {}

/// The text of a `.docx`, one paragraph per line.
pub fn extract_text(bytes: &[u8], limits: Limits) -> Result<String, DocxError> {
    extract(bytes, limits).map(|d| d.text)
}

/// An XML error as a message: in full natively; in the WebAssembly module only where it is
/// (quick-xml's messages format with `Debug`, whose escaping tables cost 2 KB gzipped there).
fn xml_error<E: std::fmt::Display>(e: &E, at: u64) -> DocxError {
    #[cfg(target_arch = "wasm32")]
    let message = {
        let _ = e;
        format!("byte {at}")
    };
    #[cfg(not(target_arch = "wasm32"))]
    let message = format!("{e} (byte {at})");
    DocxError::Xml(message)
}

/// The text of a `.docx`, one paragraph per line, and its layout.
pub fn extract(bytes: &[u8], limits: Limits) -> Result<DocxText, DocxError> {
    let zip = Archive::new(bytes).map_err(DocxError::NotZip)?;
    if zip.len() > limits.max_entries {
        return Err(DocxError::TooLarge(format!(
            "{} entries (limit {})",
            zip.len(),
            limits.max_entries
        )));
    }
    // the document first, then the formatting parts, all within one budget; formatting
    // parts are optional: a package without them still has its text
    let mut budget = limits.max_total_bytes;
    let xml =
        read_part(&zip, "word/document.xml", limits, &mut budget)?.ok_or(DocxError::NoDocument)?;
    let theme = read_part(&zip, "word/theme/theme1.xml", limits, &mut budget)?
        .map(|xml| styles::parse_theme(&xml))
        .unwrap_or_default();
    let sheet = read_part(&zip, "word/styles.xml", limits, &mut budget)?
        .map(|xml| styles::parse_styles(&xml, &theme))
        .unwrap_or_default();
    paragraphs(&xml, limits.max_depth, &sheet, &theme)
}

/// A part of the package (`None` when the package has none), within the per-part limit and
/// what is left of the total (`budget`, reduced by what is read). Parts in UTF-16 (which Word
/// may write) come back as UTF-8.
fn read_part(
    zip: &Archive,
    name: &str,
    limits: Limits,
    budget: &mut u64,
) -> Result<Option<Vec<u8>>, DocxError> {
    if zip.count(name) > 1 {
        return Err(DocxError::Duplicate(name.to_string()));
    }
    let limit = limits.max_xml_bytes.min(*budget);
    let over = || {
        DocxError::TooLarge(if limit < limits.max_xml_bytes {
            format!(
                "the parts of the document are over {} bytes once unpacked (the size limit)",
                limits.max_total_bytes
            )
        } else {
            format!("{name} is over {limit} bytes once unpacked")
        })
    };
    if zip.size(name).is_some_and(|size| size > limit) {
        return Err(over());
    }
    // read at most the limit, whatever the header claims
    match zip.read(name, limit) {
        Ok(Some(xml)) => {
            *budget -= (xml.len() as u64).min(*budget);
            Ok(Some(utf8_xml(xml, name)?))
        }
        Ok(None) => Ok(None),
        Err(ReadError::OverLimit) => Err(over()),
        Err(ReadError::Damaged(e)) => Err(DocxError::NotZip(e)),
    }
}

/// XML bytes as UTF-8: UTF-16 parts (with a byte-order mark, or starting `<` and a zero byte)
/// are converted; UTF-8 ones pass unchanged.
fn utf8_xml(xml: Vec<u8>, name: &str) -> Result<Vec<u8>, DocxError> {
    let little = xml.starts_with(&[0xFF, 0xFE]) || xml.starts_with(b"<\0");
    let big = xml.starts_with(&[0xFE, 0xFF]) || xml.starts_with(b"\0<");
    if !little && !big {
        return Ok(xml);
    }
    let body = if xml.starts_with(&[0xFF, 0xFE]) || xml.starts_with(&[0xFE, 0xFF]) {
        &xml[2..]
    } else {
        &xml[..]
    };
    let units = body.chunks_exact(2).map(|c| {
        if little {
            u16::from_le_bytes([c[0], c[1]])
        } else {
            u16::from_be_bytes([c[0], c[1]])
        }
    });
    let text: String = char::decode_utf16(units)
        .collect::<Result<_, _>>()
        .map_err(|_| DocxError::Xml(format!("{name}: invalid UTF-16")))?;
    Ok(text.into_bytes())
}

/// The character counts of a paragraph by formatting, to find what most of it is set in
/// (first seen wins a tie). A short list, searched: a paragraph has a few formats; past
/// [`Tally::MAX_FORMATS`] a new one is not counted, so that a paragraph with a font per run
/// stays linear.
#[derive(Default)]
struct Tally {
    style: Option<String>,
    counts: Vec<(CharFormat, usize)>,
}

impl Tally {
    const MAX_FORMATS: usize = 32;

    fn add(&mut self, format: CharFormat, chars: usize) {
        if let Some(c) = self.counts.iter_mut().find(|(f, _)| *f == format) {
            c.1 += chars;
        } else if self.counts.len() < Self::MAX_FORMATS {
            self.counts.push((format, chars));
        }
    }

    fn dominant(self) -> CharFormat {
        // the first of the most used: a later one replaces it only with more characters
        let mut best: Option<(CharFormat, usize)> = None;
        for (f, n) in self.counts {
            if best.as_ref().is_none_or(|(_, b)| n > *b) {
                best = Some((f, n));
            }
        }
        best.map(|(f, _)| f).unwrap_or_default()
    }
}

/// Walks `document.xml` and collects the text and, per paragraph, its formatting.
fn paragraphs(
    xml: &[u8],
    max_depth: usize,
    sheet: &StyleSheet,
    theme: &Theme,
) -> Result<DocxText, DocxError> {
    // the slice reader: events borrow the input, no buffer (and no second, buffered reader
    // in the WebAssembly module)
    let mut reader = Reader::from_reader(xml);
    let mut out = String::new();
    let mut layout = Layout::default();
    // paragraphs and runs nest (a text box inside a run of a paragraph)
    let mut open_paragraphs: Vec<Tally> = Vec::new();
    let mut runs: Vec<CharFormat> = Vec::new();
    let mut in_ppr = false;
    let mut in_rpr = false;
    let mut depth = 0usize;
    // depth at which a skipped element (deletion, field code, fallback) started
    let mut skip_from: Option<usize> = None;
    let mut in_text = false;
    let mut in_body = false;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| xml_error(&e, reader.error_position()))?;
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
                        b"w:del"
                            | b"w:instrText"
                            | b"w:delText"
                            | b"mc:Fallback"
                            | b"w:moveFrom"
                            // the formatting before a tracked change
                            | b"w:rPrChange"
                            | b"w:pPrChange"
                    )
                {
                    skip_from = Some(depth);
                }
                match local {
                    b"w:body" => in_body = true,
                    b"w:t" => in_text = true,
                    b"w:p" => open_paragraphs.push(Tally::default()),
                    b"w:r" => runs.push(CharFormat::default()),
                    b"w:pPr" => in_ppr = true,
                    b"w:rPr" if !in_ppr => in_rpr = true,
                    _ => {}
                }
                if skip_from.is_none() {
                    formatting(
                        &e,
                        in_ppr,
                        in_rpr,
                        theme,
                        &mut open_paragraphs,
                        &mut runs,
                        &mut layout,
                    );
                }
            }
            Event::Empty(e)
                if skip_from.is_none()
                    && !matches!(e.name().as_ref(), b"w:tab" | b"w:br" | b"w:cr" | b"w:p") =>
            {
                formatting(
                    &e,
                    in_ppr,
                    in_rpr,
                    theme,
                    &mut open_paragraphs,
                    &mut runs,
                    &mut layout,
                );
            }
            Event::Empty(e) if skip_from.is_none() && in_body => match e.name().as_ref() {
                b"w:tab" => out.push('\t'),
                b"w:br" | b"w:cr" => out.push(' '),
                // an empty paragraph (Word writes `<w:p w:rsidR=".."/>`) is still a line
                b"w:p" => {
                    out.push('\n');
                    layout.paragraphs.push(sheet.paragraph(None));
                }
                _ => {}
            },
            Event::End(e) => {
                let name = e.name();
                match name.as_ref() {
                    b"w:t" => in_text = false,
                    b"w:p" => {
                        let tally = open_paragraphs.pop().unwrap_or_default();
                        if skip_from.is_none() && in_body {
                            out.push('\n');
                            let style = sheet.paragraph(tally.style.as_deref());
                            layout.paragraphs.push(tally.dominant().or(&style));
                        }
                    }
                    b"w:r" => {
                        runs.pop();
                    }
                    b"w:pPr" => in_ppr = false,
                    b"w:rPr" => in_rpr = false,
                    b"w:body" => in_body = false,
                    _ => {}
                }
                if skip_from == Some(depth) {
                    skip_from = None;
                }
                depth = depth.saturating_sub(1);
            }
            Event::Text(t) if in_text && skip_from.is_none() => {
                let s = t
                    .decode()
                    .map_err(|e| xml_error(&e, reader.buffer_position()))?;
                out.push_str(&s);
                count_chars(&mut open_paragraphs, &runs, s.chars().count());
            }
            Event::GeneralRef(r) if in_text && skip_from.is_none() => {
                // &amp; &lt; … and numeric references inside text
                let name = r
                    .decode()
                    .map_err(|e| xml_error(&e, reader.buffer_position()))?;
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
                count_chars(&mut open_paragraphs, &runs, 1);
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
    }
    Ok(DocxText { text: out, layout })
}

/// Text of the current run counts for the innermost open paragraph.
fn count_chars(open: &mut [Tally], runs: &[CharFormat], chars: usize) {
    if let Some(p) = open.last_mut() {
        p.add(runs.last().cloned().unwrap_or_default(), chars);
    }
}

/// Formatting elements: paragraph style, run font and size, page size and margins.
fn formatting(
    e: &quick_xml::events::BytesStart,
    in_ppr: bool,
    in_rpr: bool,
    theme: &Theme,
    open: &mut [Tally],
    runs: &mut [CharFormat],
    layout: &mut Layout,
) {
    match e.name().as_ref() {
        b"w:pStyle" if in_ppr => {
            if let Some(p) = open.last_mut() {
                p.style = attr(e, "w:val");
            }
        }
        b"w:rFonts" if in_rpr => {
            if let Some(r) = runs.last_mut() {
                r.font = font_of(e, theme).or(r.font.take());
            }
        }
        b"w:sz" if in_rpr => {
            if let Some(r) = runs.last_mut() {
                r.size_pt = size_of(e).or(r.size_pt);
            }
        }
        b"w:pgSz" => {
            let w = attr(e, "w:w").and_then(|v| twips_to_mm(&v));
            let h = attr(e, "w:h").and_then(|v| twips_to_mm(&v));
            if let (Some(w), Some(h)) = (w, h) {
                layout.page_mm = Some((w, h));
            }
        }
        b"w:pgMar" => {
            let side = |n| attr(e, n).and_then(|v| twips_to_mm(&v));
            if let (Some(t), Some(r), Some(b), Some(l)) = (
                side("w:top"),
                side("w:right"),
                side("w:bottom"),
                side("w:left"),
            ) {
                // a negative top or bottom margin means "at least": its size is what counts
                layout.margins_mm = Some([t.abs(), r, b.abs(), l]);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Cursor, Write};

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
    fn layout_page_setup_fonts_sizes_and_empty_paragraphs() {
        let body = format!(
            "<w:p><w:pPr><w:rPr><w:sz w:val=\"40\"/></w:rPr></w:pPr><w:r><w:rPr><w:rFonts w:ascii=\"Times New Roman\"/><w:sz w:val=\"26\"/></w:rPr><w:t>CỘNG HÒA</w:t></w:r></w:p>\
             <w:p w:rsidR=\"00A1\"/>\
             <w:p><w:r><w:rPr><w:rFonts w:ascii=\"Arial\"/></w:rPr><w:t>ab</w:t></w:r><w:r><w:rPr><w:rFonts w:ascii=\"Calibri\"/><w:rPrChange><w:rPr><w:rFonts w:ascii=\"Tahoma\"/></w:rPr></w:rPrChange></w:rPr><w:t>longer text</w:t></w:r></w:p>\
             {}<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"851\" w:bottom=\"-1134\" w:left=\"1701\"/></w:sectPr>",
            p("không định dạng")
        );
        let d = extract(&make_docx(&body), Limits::default()).unwrap();
        assert_eq!(d.text, "CỘNG HÒA\n\nablonger text\nkhông định dạng\n");
        let l = &d.layout;
        assert_eq!(l.paragraphs.len(), 4, "one format per line");
        // the paragraph mark's size (pPr/rPr) is not the text's
        assert_eq!(l.paragraphs[0].font.as_deref(), Some("Times New Roman"));
        assert_eq!(l.paragraphs[0].size_pt, Some(Tenths::units(13)));
        // most characters win; the formatting before a tracked change does not count
        assert_eq!(l.paragraphs[2].font.as_deref(), Some("Calibri"));
        assert_eq!(l.paragraphs[3], CharFormat::default());
        assert_eq!(l.page_mm, Some((Tenths::units(210), Tenths::units(297))));
        let mm = [20, 15, 20, 30].map(Tenths::units);
        assert_eq!(l.margins_mm, Some(mm));
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
