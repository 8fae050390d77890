//! The character formatting a `.docx` gives by default: `word/styles.xml` (document defaults
//! and paragraph styles with their `basedOn` chain) and the theme's fonts
//! (`word/theme/theme1.xml`), so that a run without its own font or size still has one.

use super::measure::Tenths;
use crate::hash::FastMap as HashMap;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// A font and a size, each possibly unknown.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct CharFormat {
    pub font: Option<String>,
    /// Points (Word stores half-points).
    pub size_pt: Option<Tenths>,
}

impl CharFormat {
    /// `self`, with what it lacks taken from `fallback`.
    pub fn or(&self, fallback: &CharFormat) -> CharFormat {
        CharFormat {
            font: self.font.clone().or_else(|| fallback.font.clone()),
            size_pt: self.size_pt.or(fallback.size_pt),
        }
    }
}

/// The theme's two Latin fonts, which `w:asciiTheme="minorHAnsi"` and the like name.
#[derive(Debug, Clone, Default)]
pub struct Theme {
    pub major: Option<String>,
    pub minor: Option<String>,
}

/// Paragraph styles and document defaults.
#[derive(Debug, Clone, Default)]
pub struct StyleSheet {
    defaults: CharFormat,
    /// styleId → its place in `formats` (a map to a number: a table type the module has
    /// already, not one more in the WebAssembly module).
    styles: HashMap<String, u32>,
    /// Each style's own formatting and basedOn.
    formats: Vec<(CharFormat, Option<String>)>,
    /// The paragraph style with `w:default="1"` (Normal).
    default_paragraph: Option<String>,
}

impl StyleSheet {
    /// The formatting of a paragraph of style `id` (or the default paragraph style).
    pub fn paragraph(&self, id: Option<&str>) -> CharFormat {
        let mut out = CharFormat::default();
        let mut next = id
            .map(str::to_string)
            .or_else(|| self.default_paragraph.clone());
        // basedOn chains are short; the bound guards against a cycle
        for _ in 0..16 {
            let Some(s) = next.take() else { break };
            if let Some((format, based_on)) =
                self.styles.get(&s).map(|&i| &self.formats[i as usize])
            {
                out = out.or(format);
                next = based_on.clone();
            }
        }
        out.or(&self.defaults)
    }
}

/// Value of attribute `name` (plain values: numbers and font names), as written (entities are
/// not expanded: none of the values read has one); `None` when it is absent or the attributes
/// before it are malformed, or it is not UTF-8 (a damaged part: no font or size is read from
/// it).
pub fn attr(e: &BytesStart, name: &str) -> Option<String> {
    attribute_value(e.attributes_raw(), name.as_bytes())
        .and_then(|value| std::str::from_utf8(value).ok())
        .map(str::to_owned)
}

/// The value of `name` among an element's raw attributes (`w:val="28" w:eastAsia='x'`: either
/// quote, blanks around `=`).
///
/// Why not quick-xml's attribute iterator: it checks every element for duplicate names with a
/// hash set, and that check (a runtime option: its code is linked either way) with its hashing
/// was 5 kB of the WebAssembly module, to read a few attributes of a few elements.
/// `tests::attribute_scan_agrees_with_quick_xml` compares the two.
fn attribute_value<'a>(mut raw: &'a [u8], name: &[u8]) -> Option<&'a [u8]> {
    loop {
        raw = raw.trim_ascii_start();
        if raw.is_empty() {
            return None;
        }
        let eq = raw.iter().position(|&b| b == b'=')?;
        let key = raw[..eq].trim_ascii_end();
        let rest = raw[eq + 1..].trim_ascii_start();
        let quote = *rest.first().filter(|&&q| q == b'"' || q == b'\'')?;
        let len = rest[1..].iter().position(|&b| b == quote)?;
        if key == name {
            return Some(&rest[1..1 + len]);
        }
        raw = &rest[len + 2..];
    }
}

/// The font a `w:rFonts` element names, resolving theme fonts.
pub fn font_of(e: &BytesStart, theme: &Theme) -> Option<String> {
    attr(e, "w:ascii")
        .or_else(|| attr(e, "w:hAnsi"))
        .or_else(|| {
            let t = attr(e, "w:asciiTheme").or_else(|| attr(e, "w:hAnsiTheme"))?;
            if t.starts_with("major") {
                theme.major.clone()
            } else {
                theme.minor.clone()
            }
        })
}

/// The size a `w:sz` element gives, in points.
pub fn size_of(e: &BytesStart) -> Option<Tenths> {
    super::measure::integer(&attr(e, "w:val")?).map(Tenths::pt_from_half_points)
}

/// Reads `theme1.xml`; anything unreadable gives no theme fonts (never an error: the text
/// is what matters, formatting is a bonus).
pub fn parse_theme(xml: &[u8]) -> Theme {
    let mut reader = Reader::from_reader(xml);
    let mut theme = Theme::default();
    let mut in_major = false;
    let mut in_minor = false;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => match e.name().as_ref() {
                b"a:majorFont" => in_major = true,
                b"a:minorFont" => in_minor = true,
                _ => {}
            },
            Ok(Event::Empty(e)) if e.name().as_ref() == b"a:latin" => {
                let face = attr(&e, "typeface").filter(|f| !f.is_empty());
                if in_major && theme.major.is_none() {
                    theme.major = face;
                } else if in_minor && theme.minor.is_none() {
                    theme.minor = face;
                }
            }
            Ok(Event::End(e)) => match e.name().as_ref() {
                b"a:majorFont" => in_major = false,
                b"a:minorFont" => in_minor = false,
                _ => {}
            },
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    theme
}

/// Reads `styles.xml` (same leniency as [`parse_theme`]).
pub fn parse_styles(xml: &[u8], theme: &Theme) -> StyleSheet {
    let mut reader = Reader::from_reader(xml);
    let mut sheet = StyleSheet::default();
    let mut in_defaults = false;
    // the paragraph style being read: id, format, basedOn
    let mut current: Option<(String, CharFormat, Option<String>)> = None;
    let mut in_rpr = false;
    loop {
        let event = match reader.read_event() {
            Ok(Event::Eof) | Err(_) => break,
            Ok(e) => e,
        };
        match &event {
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                b"w:rPrDefault" => in_defaults = true,
                b"w:style" => {
                    let paragraph = attr(e, "w:type").as_deref() == Some("paragraph");
                    current = match (paragraph, attr(e, "w:styleId")) {
                        (true, Some(id)) => {
                            if attr(e, "w:default").as_deref() == Some("1") {
                                sheet.default_paragraph = Some(id.clone());
                            }
                            Some((id, CharFormat::default(), None))
                        }
                        _ => None,
                    };
                }
                b"w:basedOn" => {
                    if let Some(c) = current.as_mut() {
                        c.2 = attr(e, "w:val");
                    }
                }
                b"w:rPr" => in_rpr = matches!(event, Event::Start(_)),
                b"w:rFonts" if in_rpr || in_defaults => {
                    let font = font_of(e, theme);
                    if let Some(c) = current.as_mut() {
                        c.1.font = font.or(c.1.font.take());
                    } else if in_defaults {
                        sheet.defaults.font = font.or(sheet.defaults.font.take());
                    }
                }
                b"w:sz" if in_rpr || in_defaults => {
                    let size = size_of(e);
                    if let Some(c) = current.as_mut() {
                        c.1.size_pt = size.or(c.1.size_pt);
                    } else if in_defaults {
                        sheet.defaults.size_pt = size.or(sheet.defaults.size_pt);
                    }
                }
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                b"w:rPrDefault" => in_defaults = false,
                b"w:rPr" => in_rpr = false,
                b"w:style" => {
                    if let Some((id, format, based_on)) = current.take() {
                        let at = sheet.formats.len() as u32;
                        // a style defined twice: the last definition wins, as before
                        match sheet.styles.get(&id) {
                            Some(&i) => sheet.formats[i as usize] = (format, based_on),
                            None => {
                                sheet.styles.insert(id, at);
                                sheet.formats.push((format, based_on));
                            }
                        }
                    }
                }
                _ => {}
            },
            _ => {}
        }
    }
    sheet
}

#[cfg(test)]
mod tests {
    #[test]
    fn attribute_scan_agrees_with_quick_xml() {
        let elements = [
            r#"w:sz w:val="28""#,
            r#"w:rFonts w:ascii="Times New Roman" w:hAnsi="Arial""#,
            r#"w:rFonts w:asciiTheme='minorHAnsi' w:hAnsi = "Arial""#,
            "w:pgMar\tw:top=\"1134\"\n  w:right=\"851\" w:bottom=\"1134\" w:left=\"1701\"",
            r#"w:pStyle w:val="Heading1" w:val2="a=b""#,
            r#"w:sz"#,
            r#"w:b w:val=""#,
        ];
        let names = [
            "w:val",
            "w:ascii",
            "w:hAnsi",
            "w:asciiTheme",
            "w:left",
            "w:top",
            "w:val2",
            "w:x",
        ];
        for element in elements {
            let start = BytesStart::from_content(
                element,
                element
                    .find(|c: char| c.is_ascii_whitespace())
                    .unwrap_or(element.len()),
            );
            for name in names {
                let expected = start
                    .try_get_attribute(name)
                    .ok()
                    .flatten()
                    .map(|a| String::from_utf8_lossy(&a.value).into_owned());
                assert_eq!(attr(&start, name), expected, "{element} {name}");
            }
        }
    }

    use super::*;

    #[test]
    fn styles_inherit_through_based_on_and_defaults_and_theme_fonts_resolve() {
        let theme = parse_theme(
            br#"<a:theme><a:fontScheme><a:majorFont><a:latin typeface="Calibri Light"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/></a:minorFont></a:fontScheme></a:theme>"#,
        );
        assert_eq!(theme.minor.as_deref(), Some("Calibri"));
        let sheet = parse_styles(
            br#"<w:styles><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Title"><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="26"/></w:rPr></w:style>
            <w:style w:type="character" w:styleId="Strong"><w:rPr><w:sz w:val="40"/></w:rPr></w:style></w:styles>"#,
            &theme,
        );
        let normal = sheet.paragraph(None);
        assert_eq!(normal.font.as_deref(), Some("Times New Roman"));
        assert_eq!(normal.size_pt, Some(Tenths::units(14)));
        let title = sheet.paragraph(Some("Title"));
        assert_eq!(
            (title.font.as_deref(), title.size_pt),
            (Some("Times New Roman"), Some(Tenths::units(13)))
        );
        // an unknown style falls back to the defaults (theme font)
        let empty = StyleSheet {
            defaults: CharFormat {
                font: theme.minor.clone(),
                size_pt: Some(Tenths::units(11)),
            },
            ..StyleSheet::default()
        };
        assert_eq!(
            empty.paragraph(Some("Nope")).font.as_deref(),
            Some("Calibri")
        );
    }
}
