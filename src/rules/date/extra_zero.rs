use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a month from 3 to 12 written with a leading zero in the place-and-date line
    /// (`tháng 06`).
    ///
    /// ## Why
    /// Only months 1 and 2 take the zero (`tháng 6`); `tháng 06` is a minor but common slip,
    /// often inherited from older MTTQ templates.
    ///
    /// ## Example
    /// ```text
    /// Hà Nội, ngày 29 tháng 06 năm 2026
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Hà Nội, ngày 29 tháng 6 năm 2026
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 4 (mẫu: “ngày 29 tháng 6 năm 2019”).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo tháng từ 3 đến 12 được ghi thêm số 0 phía trước (`tháng 06`) ở dòng địa danh và thời
    /// gian ban hành, và ở ngày tháng viết bằng chữ trong dòng `(Kèm theo … ngày … tháng … năm …)`
    /// của phụ lục.
    ///
    /// ### Vì sao
    /// Chỉ tháng 1 và tháng 2 mới ghi thêm số 0 (`tháng 6`, không phải `tháng 06`); đây là lỗi nhỏ
    /// nhưng hay gặp, thường do dùng lại mẫu văn bản cũ của Mặt trận Tổ quốc (MTTQ).
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 4 (mẫu: “ngày 29 tháng 6 năm 2019”).
    pub struct ExtraZero {
        id: "date/extra-zero",
        severity: Warning,
        fix: Safe,
        summary: "Tháng 3 đến 12 không ghi số 0 phía trước",
        summary_en: "Months 3–12 take no leading zero",
    }
}

impl Rule for ExtraZero {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let header = doc
            .header
            .place_date
            .as_ref()
            .and_then(|pd| pd.month.as_ref());
        let annexes = doc
            .attachments
            .iter()
            .filter_map(|a| a.reference.as_ref()?.date_parts.as_ref())
            .map(|[_, m, _]| m);
        for m in header.into_iter().chain(annexes) {
            let Some(right) = m.right_form(true).filter(|_| m.text.len() == 2) else {
                continue;
            };
            if !m.text.starts_with('0') {
                continue;
            }
            ctx.emit(
                m.span,
                format!(
                    "Tháng {} không ghi số 0 phía trước: “tháng {right}”",
                    m.text
                ),
                format!("Month {} takes no leading zero: “tháng {right}”", m.text),
            )
            .safe_fix(m.span, right);
        }
    }
}
