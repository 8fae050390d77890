use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a header without the place-and-date line (`Trà Vinh, ngày 05 tháng 3 năm 2026`).
    ///
    /// ## Why
    /// The place and date of issue are a mandatory component; every deadline and citation of
    /// the document is measured from that date.
    ///
    /// ## Example
    /// ```text
    /// ỦY BAN NHÂN DÂN TỈNH TRÀ VINH
    /// Số: 15/KH-UBND
    /// KẾ HOẠCH
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// ỦY BAN NHÂN DÂN TỈNH TRÀ VINH
    /// Số: 15/KH-UBND
    /// Trà Vinh, ngày 05 tháng 3 năm 2026
    /// KẾ HOẠCH
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm d; Phụ lục I, Phần II, mục 4.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo phần đầu văn bản không có dòng địa danh và thời gian ban hành
    /// (`Trà Vinh, ngày 05 tháng 3 năm 2026`).
    ///
    /// ### Vì sao
    /// Địa danh và thời gian ban hành văn bản là thành phần thể thức bắt buộc; mọi thời hạn và việc
    /// viện dẫn văn bản đều tính từ ngày ban hành đó.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm d; Phụ lục I, Phần II, mục 4.
    pub struct MissingPlaceDate {
        id: "date/missing-place-date",
        severity: Error,
        fix: None,
        summary: "Thiếu địa danh và thời gian ban hành văn bản",
        summary_en: "The place-and-date line is missing",
    }
}

impl Rule for MissingPlaceDate {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let h = &doc.header;
        if h.place_date.is_some() || h.unlined.place_date || h.promulgated || doc.lines.iter().all(|l| l.is_blank())
        {
            return;
        }
        // it goes under the motto, else above the type name
        let anchor = h
            .motto
            .or(h.national_title)
            .or(h.party_title)
            .map(|l| Span::empty(doc.lines[l].content.end))
            .or_else(|| h.type_name.map(|t| Span::empty(t.span.start)))
            .unwrap_or_else(|| doc.header_anchor());
        ctx.emit(
            anchor,
            "Thiếu địa danh và thời gian ban hành (“<Địa danh>, ngày … tháng … năm …”)",
            "The place and date of issue are missing (“<Place>, ngày … tháng … năm …”)",
        );
    }
}
