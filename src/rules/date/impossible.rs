use crate::declare_rule;
use crate::document::{Date, Document};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a date that does not exist — `31/4/2022`, `29/02/2023`, `ngày 32 tháng 1 năm 2024`
    /// — in the place-and-date line or anywhere in the text.
    ///
    /// ## Why
    /// An impossible date is always a typo, and a cited document cannot be found under it.
    ///
    /// ## Example
    /// ```text
    /// Báo cáo trước ngày 31/4/2026.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Báo cáo trước ngày 30/4/2026.
    /// ```
    ///
    /// ## Basis
    /// The calendar.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo ngày tháng không có thật — `31/4/2022`, `29/02/2023`, `ngày 32 tháng 1 năm 2024` — ở
    /// dòng địa danh và thời gian ban hành hoặc bất cứ chỗ nào trong văn bản. Ngày không ghi năm
    /// được đối chiếu như năm nhuận (`29/02` không bị báo).
    ///
    /// ### Vì sao
    /// Ngày không có thật bao giờ cũng là lỗi đánh máy, và không thể tìm được văn bản được viện dẫn
    /// theo ngày đó.
    ///
    /// ### Căn cứ
    /// Lịch dương.
    pub struct Impossible {
        id: "date/impossible",
        severity: Error,
        fix: None,
        summary: "Ngày tháng không có thật (31/4, 29/02 năm không nhuận …)",
        summary_en: "A date that does not exist (31/4, 29/02 in a non-leap year …)",
    }
}

impl Rule for Impossible {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        if let Some(pd) = &doc.header.place_date {
            if let Some(d) = pd.date().filter(|d| !d.valid()) {
                let span = pd.day.as_ref().unwrap().span.start..pd.year.as_ref().unwrap().span.end;
                ctx.emit(
                    crate::document::Span::new(span.start, span.end),
                    format!("Ngày ban hành {} không có thật", d.display()),
                    format!("The issuing date {} does not exist", d.display()),
                );
            }
        }
        for m in &doc.dates {
            let Some(day) = m.day else { continue };
            // without a year, check against a leap year (29/02 is possible)
            let d = Date::new(day, m.month, m.year.unwrap_or(2024));
            if d.valid() || m.month > 12 && m.year.is_none() {
                continue;
            }
            let shown = match m.year {
                Some(_) => d.display(),
                None => format!("{day}/{}", m.month),
            };
            ctx.emit(
                m.span,
                format!("Ngày {shown} không có thật"),
                format!("The date {shown} does not exist"),
            );
        }
    }
}
