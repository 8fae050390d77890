//! The outline of a document as the parser recognised it: header parts present or missing,
//! Roman parts, recipients and signature. Editors show it beside the text so a clerk sees at a
//! glance what is missing; it comes from the same `Document` the rules read.

use crate::config::{Config, Profile};
use crate::document::{Document, Span};
use crate::source::LineIndex;
use serde::Serialize;

/// One component of the document, present or not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct OutlineItem {
    /// Stable key: `nationalTitle`, `motto`, `partyTitle`, `issuingBody`, `number`,
    /// `placeDate`, `typeName`, `summary`, `recipients`, `signature`.
    pub key: &'static str,
    /// Vietnamese label: "Quốc hiệu", "Số, ký hiệu" …
    pub label: &'static str,
    pub present: bool,
    /// Whether the profile requires it (a missing required item is a finding too).
    pub required: bool,
    /// The item's text (first line), when present.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// 1-based line, when present.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// UTF-16 offsets of the item, when present.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<usize>,
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<usize>,
}

/// A Roman-numbered part of the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct OutlinePart {
    /// The numeral as written value: 1 for "I.".
    pub number: u32,
    /// The numeral in Roman: "I".
    pub numeral: String,
    pub heading: String,
    pub line: usize,
    pub from: usize,
    pub to: usize,
}

/// The recognised outline of a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Outline {
    /// `"nd30"`, `"mttq"` or `"party"`.
    pub profile: String,
    /// The type's name ("Kế hoạch"), when recognised.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doc_type: Option<String>,
    /// Header components in reading order of a correct header.
    pub header: Vec<OutlineItem>,
    /// Number of legal-basis lines (Căn cứ …).
    pub bases: usize,
    pub parts: Vec<OutlinePart>,
    pub recipients: OutlineItem,
    /// Number of recipient lines (the archive line included).
    pub recipient_count: usize,
    pub signature: OutlineItem,
}

/// The outline of `text` under `config`.
pub fn outline(text: &str, config: &Config) -> Outline {
    outline_of(&Document::parse(text, config))
}

/// The outline of a parsed document (editors show it beside the findings of the same parse:
/// [`crate::lint_with_outline`]).
pub fn outline_of(doc: &Document) -> Outline {
    let text = doc.source;
    let index = LineIndex::new(text);
    let item = |key, label, required, line: Option<usize>| -> OutlineItem {
        let span = line.map(|l| doc.original(doc.lines[l].content));
        make_item(doc, &index, key, label, required, span, line)
    };
    let h = &doc.header;
    let state = doc.profile.is_state();
    let is_cong_van = doc
        .doc_type
        .is_some_and(|t| t.state_code.is_none() && t.party_code.is_none());
    let mut header = Vec::new();
    if doc.profile == Profile::Party {
        header.push(item(
            "partyTitle",
            "Tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”",
            true,
            h.party_title,
        ));
    } else {
        header.push(item("nationalTitle", "Quốc hiệu", state, h.national_title));
        header.push(item("motto", "Tiêu ngữ", state, h.motto));
    }
    header.push(item(
        "issuingBody",
        "Tên cơ quan ban hành",
        true,
        h.issuing_body.last().copied(),
    ));
    header.push(item(
        "number",
        "Số, ký hiệu",
        true,
        h.number.as_ref().map(|n| n.line),
    ));
    header.push(item(
        "placeDate",
        "Địa danh, ngày tháng",
        true,
        h.place_date.as_ref().map(|p| p.line),
    ));
    header.push(item(
        "typeName",
        "Tên loại văn bản",
        !is_cong_van,
        h.type_name.as_ref().map(|t| t.line),
    ));
    header.push(item(
        "summary",
        "Trích yếu nội dung",
        false,
        h.summary.first().copied(),
    ));

    let parts = doc
        .body
        .parts
        .iter()
        .map(|p| {
            let span = doc.original(Span::new(p.marker.start, p.heading.end.max(p.marker.end)));
            let a = index.position(text, span.start);
            let b = index.position(text, span.end);
            OutlinePart {
                number: p.number,
                numeral: roman(p.number),
                heading: doc.slice(p.heading).trim().to_string(),
                line: a.line,
                from: a.utf16,
                to: b.utf16,
            }
        })
        .collect();

    let recipients = item(
        "recipients",
        "Nơi nhận",
        true,
        doc.recipients.as_ref().map(|r| r.heading),
    );
    let signature_line = doc
        .signature
        .as_ref()
        .and_then(|s| s.lines.first().copied());
    let signature = item(
        "signature",
        "Chữ ký (quyền hạn, chức vụ, họ tên)",
        true,
        signature_line,
    );
    Outline {
        profile: doc.profile.as_str().to_string(),
        doc_type: doc.doc_type.map(|t| t.name.to_string()),
        header,
        bases: doc.body.bases.len(),
        parts,
        recipient_count: doc.recipients.as_ref().map_or(0, |r| r.entries.len()),
        recipients,
        signature,
    }
}

fn make_item(
    doc: &Document,
    index: &LineIndex,
    key: &'static str,
    label: &'static str,
    required: bool,
    span: Option<Span>,
    line: Option<usize>,
) -> OutlineItem {
    let text = doc.source;
    let (from, to, line_no) = match span {
        Some(s) => {
            let a = index.position(text, s.start);
            let b = index.position(text, s.end);
            (Some(a.utf16), Some(b.utf16), Some(a.line))
        }
        None => (None, None, None),
    };
    OutlineItem {
        key,
        label,
        present: line.is_some(),
        required,
        text: span.map(|s| text[s.start..s.end].trim().to_string()),
        line: line_no,
        from,
        to,
    }
}

/// 1 → "I", 4 → "IV", 14 → "XIV".
pub fn roman(mut n: u32) -> String {
    const TABLE: &[(u32, &str)] = &[
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for &(value, s) in TABLE {
        while n >= value {
            out.push_str(s);
            n -= value;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAN: &str = "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN\nSố: 07/KH-UBND\n\
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
Thái Nguyên, ngày 05 tháng 3 năm 2026\n\nKẾ HOẠCH\nChuyển đổi số năm 2026\n\n\
I. MỤC ĐÍCH, YÊU CẦU\nNội dung.\nII. NỘI DUNG\nNội dung.\nIII. TỔ CHỨC THỰC HIỆN\nCác sở thực hiện./.\n";

    #[test]
    fn lint_with_outline_is_lint_and_outline_of_one_parse() {
        let config = Config::default();
        for text in [PLAN, "KẾ HOẠCH\nSố: 9 /KH-UBND\nI. MỤC ĐÍCH\n", ""] {
            let (report, shape) = crate::lint_with_outline(text, &config);
            assert_eq!(report, crate::lint(text, &config));
            assert_eq!(shape, outline(text, &config));
        }
    }

    #[test]
    fn a_complete_header_is_all_present_and_parts_are_listed() {
        let o = outline(PLAN, &Config::default());
        for item in &o.header {
            assert!(item.present, "{item:?}");
        }
        let numerals: Vec<&str> = o.parts.iter().map(|p| p.numeral.as_str()).collect();
        assert_eq!(numerals, ["I", "II", "III"]);
        assert_eq!(o.parts[1].heading, "NỘI DUNG");
        assert_eq!(o.doc_type.as_deref(), Some("Kế hoạch"));
        // no closing: both missing and required
        assert!(!o.signature.present && o.signature.required);
        assert!(!o.recipients.present);
    }

    #[test]
    fn offsets_are_utf16_and_slice_the_item() {
        let o = outline(PLAN, &Config::default());
        let number = o.header.iter().find(|i| i.key == "number").unwrap();
        let utf16: Vec<u16> = PLAN.encode_utf16().collect();
        let slice = String::from_utf16(&utf16[number.from.unwrap()..number.to.unwrap()]).unwrap();
        assert_eq!(slice, "Số: 07/KH-UBND");
        assert_eq!(number.line, Some(3));
    }

    #[test]
    fn a_signed_document_shows_its_signature_and_recipients() {
        let text = format!(
            "{PLAN}Nơi nhận:\n- Các sở;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n"
        );
        let o = outline(&text, &Config::default());
        assert!(o.signature.present, "{o:#?}");
        assert!(o.recipients.present);
        assert_eq!(o.recipient_count, 2);
    }

    #[test]
    fn roman_numerals() {
        assert_eq!(roman(1), "I");
        assert_eq!(roman(4), "IV");
        assert_eq!(roman(9), "IX");
        assert_eq!(roman(14), "XIV");
    }
}
