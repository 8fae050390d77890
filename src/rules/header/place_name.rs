use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};
use crate::vietnamese::fold;

/// Level words before a place in an issuing body's name, in capitals.
const LEVELS: crate::packed::Words = crate::packed::words![
    "TỈNH ",
    "THÀNH PHỐ ",
    "XÃ ",
    "PHƯỜNG ",
    "ĐẶC KHU ",
    "TP. ",
    "TP ",
];

/// A word in its traditional tone placement, so that HÒA and HOÀ compare equal.
fn canon(s: &str) -> String {
    s.split(' ')
        .map(crate::vietnamese::lexicon::canonical)
        .collect::<Vec<_>>()
        .join(" ")
}

declare_rule! {
    /// ## What it does
    /// Compares the place in the issuing body's name ("TỈNH HÀ TĨNH", "XÃ BA TRI") with the
    /// place of the date line ("Hà Tĩnh, ngày …"): the same name with other marks ("HÀ TỈNH",
    /// "BA TRÍ") is a typo in one of them.
    ///
    /// ## Why
    /// A place name misspelt in the header is on the first line a reader sees and in every
    /// register that copies it.
    ///
    /// ## Example
    /// ```text
    /// BCH HỘI NÔNG DÂN TỈNH HÀ TỈNH
    /// Hà Tĩnh, ngày 10 tháng 02 năm 2026
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// BCH HỘI NÔNG DÂN TỈNH HÀ TĨNH
    /// Hà Tĩnh, ngày 10 tháng 02 năm 2026
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 2 and 4 (the issuing body's and the
    /// place's official names).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Cảnh báo khi địa danh trong tên cơ quan ban hành (`TỈNH HÀ TĨNH`, `XÃ BA TRI`) và địa danh ở
    /// dòng địa danh và thời gian ban hành (`Hà Tĩnh, ngày …`) là cùng một tên nhưng khác dấu
    /// (`HÀ TỈNH`, `BA TRÍ`): một trong hai chỗ đã gõ sai. Hai cách đặt dấu như `HÒA` và `HOÀ` được
    /// coi là như nhau.
    ///
    /// ### Vì sao
    /// Địa danh viết sai ở phần đầu văn bản nằm ngay dòng đầu tiên người đọc nhìn thấy và bị chép
    /// lại vào mọi sổ sách.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 2 và mục 4 (tên chính thức của cơ quan ban
    /// hành và của địa danh).
    pub struct PlaceName {
        id: "header/place-name",
        severity: Warning,
        fix: None,
        summary: "Địa danh trong tên cơ quan ban hành viết khác dòng địa danh",
        summary_en: "The place in the issuing body's name is written otherwise than in the date line",
    }
}

impl Rule for PlaceName {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(pd) = &doc.header.place_date else {
            return;
        };
        let place = doc.slice(pd.place).trim();
        if place.is_empty() {
            return;
        }
        let place_upper = crate::vietnamese::case::to_upper(place);
        let folded = fold(place);
        for &l in &doc.header.issuing_body {
            let span = doc.lines[l].content;
            let text = doc.slice(span);
            for level in LEVELS {
                let Some(at) = text.find(level) else { continue };
                let start = at + level.len();
                let name = &text[start..];
                if name.chars().count() != place.chars().count() || fold(name) != folded {
                    continue;
                }
                if canon(&crate::vietnamese::case::to_lower(name))
                    != canon(&crate::vietnamese::case::to_lower(&place_upper))
                {
                    ctx.emit(
                        Span::new(span.start + start, span.end),
                        format!("“{name}” viết khác địa danh “{place}” ở dòng ngày tháng"),
                        format!("“{name}” is written otherwise than the place “{place}” of the date line"),
                    )
                    .suggest(place_upper.clone());
                }
            }
        }
    }
}
