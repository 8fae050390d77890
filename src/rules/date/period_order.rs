use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a period whose end comes before its start: “từ ngày 18/11/2025 đến ngày
    /// 01/11/2025”.
    ///
    /// ## Why
    /// One of the two dates is wrong (often the year, copied from another period); whoever
    /// plans by it plans nothing.
    ///
    /// ## Example
    /// ```text
    /// Thời gian thực hiện từ ngày 18/11/2025 đến ngày 01/11/2025.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Thời gian thực hiện từ ngày 18/11/2025 đến ngày 01/12/2025.
    /// ```
    ///
    /// ## Basis
    /// Consistency of the document with itself.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo khoảng thời gian có ngày kết thúc trước ngày bắt đầu:
    /// `từ ngày 18/11/2025 đến ngày 01/11/2025`.
    ///
    /// ### Vì sao
    /// Một trong hai ngày đã ghi sai (thường là năm, chép từ một đợt khác); bố trí công việc theo
    /// khoảng thời gian đó thì không thực hiện được gì.
    ///
    /// ### Căn cứ
    /// Tính thống nhất giữa các nội dung trong cùng một văn bản.
    pub struct PeriodOrder {
        id: "date/period-order",
        severity: Error,
        fix: None,
        summary: "Thời gian kết thúc trước thời gian bắt đầu",
        summary_en: "A period ends before it starts",
    }
}

impl Rule for PeriodOrder {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        for m in &doc.dates {
            let Some(j) = m.period_end else { continue };
            let end = &doc.dates[j];
            let (Some(a), Some(b)) = (m.date(), end.date()) else {
                continue;
            };
            if !a.valid() || !b.valid() || b >= a {
                continue;
            }
            ctx.emit(
                end.span,
                format!(
                    "Thời gian kết thúc {} ở trước thời gian bắt đầu {}",
                    b.display(),
                    a.display()
                ),
                format!(
                    "The period ends on {}, before it starts on {}",
                    b.display(),
                    a.display()
                ),
            )
            .related(m.span, "ngày bắt đầu", "start");
        }
    }
}
