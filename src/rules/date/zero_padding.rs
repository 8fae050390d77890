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
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo ngày từ 1 đến 9 hoặc tháng 1, 2 không có số 0 phía trước ở dòng địa danh và thời gian
    /// ban hành (`ngày 5 tháng 2 năm 2026`), và ở ngày tháng viết bằng chữ trong dòng
    /// `(Kèm theo … ngày … tháng … năm …)` của phụ lục.
    ///
    /// ### Vì sao
    /// Nghị định quy định: “ngày dưới 10 và tháng 1, 2 phải ghi thêm số 0 phía trước”.
    ///
    /// ### Căn cứ
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
        // the issuing date, and its restatement in an annex's "(Kèm theo … ngày …)"
        let header = doc
            .header
            .place_date
            .as_ref()
            .map(|pd| [pd.day.as_ref(), pd.month.as_ref()]);
        let annexes = doc
            .attachments
            .iter()
            .filter_map(|a| a.reference.as_ref()?.date_parts.as_ref())
            .map(|[d, m, _]| [Some(d), Some(m)]);
        for [day, month] in header.into_iter().chain(annexes) {
            for (part, is_month) in [(day, false), (month, true)] {
                let Some(p) = part else { continue };
                // a missing zero only: an extra one is date/extra-zero's, a third digit
                // date/format's
                let Some(right) = p
                    .right_form(is_month)
                    .filter(|r| r.len() == 2 && p.text.len() == 1)
                else {
                    continue;
                };
                let (vi, en) = if is_month {
                    ("Tháng", "Month")
                } else {
                    ("Ngày", "Day")
                };
                ctx.emit(
                    p.span,
                    format!("{vi} {} phải viết “{right}”", p.text),
                    format!("{en} {} must be written “{right}”", p.text),
                )
                .safe_fix(p.span, right);
            }
        }
    }
}
