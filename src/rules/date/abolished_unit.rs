use crate::declare_rule;
use crate::document::{Date, Document, Span};
use crate::rules::{Context, Rule};
use crate::vietnamese::fold::fold_prefix;

/// Provinces merged into others on 01/7/2025 (Nghị quyết 202/2025/QH15), folded.
const ABOLISHED_PROVINCES: &[&str] = &[
    "ha giang",
    "yen bai",
    "bac kan",
    "vinh phuc",
    "hoa binh",
    "bac giang",
    "thai binh",
    "hai duong",
    "ha nam",
    "nam dinh",
    "quang binh",
    "quang nam",
    "kon tum",
    "binh dinh",
    "phu yen",
    "ninh thuan",
    "dak nong",
    "binh thuan",
    "binh phuoc",
    "binh duong",
    "ba ria - vung tau",
    "long an",
    "tien giang",
    "ben tre",
    "tra vinh",
    "soc trang",
    "hau giang",
    "bac lieu",
    "kien giang",
];

declare_rule! {
    /// ## What it does
    /// In a document dated on or after 01/7/2025, reports a district-level unit (huyện, quận,
    /// thị xã) or a province abolished by the 2025 reorganisation named as a current unit in
    /// the header, the recipients or the signature block. The body is not checked: history and
    /// citations of older documents name them rightly.
    ///
    /// ## Why
    /// Since 01/7/2025 Vietnam has two levels of local government — 34 provinces and
    /// centrally-run cities, and communes, wards and special zones — and no districts. A
    /// document sent to “UBND các huyện” is sent to nobody.
    ///
    /// ## Example
    /// ```text
    /// Hà Nội, ngày 05 tháng 9 năm 2025
    /// KẾ HOẠCH
    /// Trên đây là Kế hoạch./.
    /// Nơi nhận:
    /// - UBND các huyện;
    /// - Lưu: VT.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Hà Nội, ngày 05 tháng 9 năm 2025
    /// KẾ HOẠCH
    /// Trên đây là Kế hoạch./.
    /// Nơi nhận:
    /// - UBND các xã, phường;
    /// - Lưu: VT.
    /// ```
    ///
    /// ## Basis
    /// Luật Tổ chức chính quyền địa phương 2025; Nghị quyết 202/2025/QH15 on the reorganisation
    /// of provinces (in force 01/7/2025).
    pub struct AbolishedUnit {
        id: "date/abolished-unit",
        severity: Warning,
        fix: None,
        summary: "Văn bản ban hành sau 01/7/2025 còn nêu cấp huyện hoặc tỉnh đã sáp nhập",
        summary_en: "A document dated after 01/7/2025 names a district or a merged province",
    }
}

impl Rule for AbolishedUnit {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(issued) = doc.issue_date() else {
            return;
        };
        if issued < Date::new(1, 7, 2025) {
            return;
        }
        let mut lines: Vec<usize> = doc.header.issuing_body.clone();
        lines.extend(doc.header.place_date.iter().map(|d| d.line));
        if let Some(r) = &doc.recipients {
            lines.extend(r.entries.iter().map(|e| e.line));
        }
        if let Some(s) = &doc.signature {
            lines.extend(s.lines.iter().copied());
        }
        let text = doc.text();
        for l in lines {
            let content = doc.lines[l].content;
            let from = doc
                .words
                .partition_point(|w| (w.start as usize) < content.start);
            let to = doc
                .words
                .partition_point(|w| (w.start as usize) < content.end);
            let ws = &doc.words[from..to];
            for (k, w) in ws.iter().enumerate() {
                let word = w.text(text);
                let next = ws.get(k + 1).map(|n| n.text(text)).unwrap_or("");
                let unit = match (
                    crate::vietnamese::fold(word).as_str(),
                    crate::vietnamese::fold(next).as_str(),
                ) {
                    ("huyen", n) if n != "uy" => Some((w.end as usize, "huyện")),
                    ("quan", _)
                        if crate::vietnamese::case::to_lower(word) == "quận"
                            && next != "ủy"
                            && next != "uỷ" =>
                    {
                        Some((w.end as usize, "quận"))
                    }
                    ("thi", "xa") => ws.get(k + 1).map(|n| (n.end as usize, "thị xã")),
                    ("tinh", _) => {
                        let rest = &text[w.end as usize..content.end];
                        let lead = rest.len() - rest.trim_start().len();
                        let after = fold_prefix(rest.trim_start(), 20);
                        // folding keeps one char per char: count the name's chars in the original
                        ABOLISHED_PROVINCES
                            .iter()
                            .find(|p| {
                                after.starts_with(*p)
                                    && !after[p.len()..].starts_with(char::is_alphanumeric)
                            })
                            .map(|p| {
                                let n = p.chars().count();
                                let name_len: usize =
                                    rest.trim_start().chars().take(n).map(char::len_utf8).sum();
                                (w.end as usize + lead + name_len, "tỉnh")
                            })
                    }
                    _ => None,
                };
                let Some((end, kind)) = unit else { continue };
                let end = end.min(content.end);
                let span = Span::new(w.start as usize, end);
                let what = if kind == "tỉnh" {
                    "tỉnh đã sáp nhập"
                } else {
                    "đơn vị cấp huyện"
                };
                let what_en = if kind == "tỉnh" {
                    "a merged province"
                } else {
                    "a district-level unit"
                };
                ctx.emit(
                    span,
                    format!("Văn bản ban hành ngày {} nhưng còn nêu {what} (“{}”); từ 01/7/2025 không còn cấp huyện và chỉ còn 34 tỉnh, thành phố", issued.display(), doc.slice(span)),
                    format!("Dated {} but names {what_en} (“{}”); since 01/7/2025 there are no districts and 34 provinces", issued.display(), doc.slice(span)),
                );
            }
        }
    }
}
