use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a day from 1 to 9 or a month 1 or 2 written without its leading zero in the
    /// place-and-date line (`ngày 5 tháng 2 năm 2026`).
    ///
    /// ## Why
    /// The decree: “ngày dưới 10 và tháng 1, 2 phải ghi thêm số 0 phía trước”.
    ///
    /// ## Example
    /// ```text
    /// Hà Nội, ngày 5 tháng 3 năm 2026
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Hà Nội, ngày 05 tháng 3 năm 2026
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 4.
    pub struct ZeroPadding {
        id: "date/zero-padding",
        severity: Error,
        fix: Safe,
        summary: "Ngày dưới 10 và tháng 1, 2 phải có số 0 phía trước",
        summary_en: "Days 1–9 and months 1–2 take a leading zero",
    }
}

impl Rule for ZeroPadding {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(pd) = &doc.header.place_date else {
            return;
        };
        if let Some(d) = &pd.day {
            if d.text.len() == 1 && d.value >= 1 {
                ctx.emit(
                    d.span,
                    format!("Ngày {} phải viết “0{}”", d.text, d.text),
                    format!("Day {} must be written “0{}”", d.text, d.text),
                )
                .safe_fix(d.span, format!("0{}", d.text));
            }
        }
        if let Some(m) = &pd.month {
            if m.text.len() == 1 && (m.value == 1 || m.value == 2) {
                ctx.emit(
                    m.span,
                    format!("Tháng {} phải viết “0{}”", m.text, m.text),
                    format!("Month {} must be written “0{}”", m.text, m.text),
                )
                .safe_fix(m.span, format!("0{}", m.text));
            }
        }
    }
}
