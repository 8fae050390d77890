use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a place-and-date line with the day or month left blank
    /// (`ngày   tháng 3 năm 2026`) outside draft mode; a text that calls itself a draft
    /// (“DỰ THẢO BÁO CÁO”, “Dự thảo” alone at the top) is one.
    ///
    /// ## Why
    /// Paper documents are dated when signed, so drafts leave blanks (`--draft` accepts them);
    /// an issued document must be dated in full.
    ///
    /// ## Example
    /// ```text
    /// Hà Nội, ngày    tháng 3 năm 2026
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Hà Nội, ngày 12 tháng 3 năm 2026
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 4; Điều 15 khoản 2.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo dòng địa danh và thời gian ban hành còn để trống ngày hoặc tháng
    /// (`ngày    tháng 3 năm 2026`) khi không ở chế độ dự thảo; văn bản tự ghi là dự thảo
    /// (“DỰ THẢO BÁO CÁO”, dòng “Dự thảo” ở đầu trang) được coi là dự thảo.
    ///
    /// ### Vì sao
    /// Văn bản giấy được ghi ngày khi ký, nên bản dự thảo thường để trống (tùy chọn `--draft` chấp
    /// nhận trường hợp này); văn bản đã ban hành phải ghi đầy đủ ngày, tháng, năm.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 4; Điều 15 khoản 2.
    pub struct Blank {
        id: "date/blank",
        severity: Warning,
        fix: None,
        summary: "Ngày, tháng ban hành còn để trống (chỉ chấp nhận ở chế độ dự thảo)",
        summary_en: "Day or month left blank (accepted in draft mode only)",
    }
}

impl Rule for Blank {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(pd) = &doc.header.place_date else {
            return;
        };
        if ctx.config.draft
            || doc.header.draft
            || pd.numeric
            || (pd.day.is_some() && pd.month.is_some() && pd.year.is_some())
        {
            return;
        }
        ctx.emit(
            pd.span,
            "Ngày, tháng ban hành còn để trống; chỉ chấp nhận khi là dự thảo (--draft)",
            "The issuing day or month is blank; accepted only in draft mode (--draft)",
        );
    }
}
