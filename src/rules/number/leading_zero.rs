use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a state-style number below 10 written without its leading zero (`Số: 5/KH-UBND`).
    ///
    /// ## Why
    /// The decree writes numbers below 10 with a leading zero (`05`).
    ///
    /// ## Example
    /// ```text
    /// Số: 5/KH-UBND
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Số: 05/KH-UBND
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 3: “số nhỏ hơn 10 phải ghi thêm số 0
    /// phía trước”.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo lỗi khi số văn bản nhỏ hơn 10 viết không có số 0 phía trước (`Số: 5/KH-UBND` phải là
    /// `Số: 05/KH-UBND`). Quy tắc áp dụng cho cả số ghi theo kiểu nhà nước và kiểu của Đảng.
    ///
    /// ### Vì sao
    /// Nghị định quy định số nhỏ hơn 10 phải ghi thêm số 0 phía trước (`05`).
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 3: “số nhỏ hơn 10 phải ghi thêm số 0 phía
    /// trước”.
    pub struct LeadingZero {
        id: "number/leading-zero",
        severity: Error,
        fix: Safe,
        summary: "Số văn bản nhỏ hơn 10 phải có số 0 phía trước",
        summary_en: "Numbers below 10 take a leading zero",
    }
}

impl Rule for LeadingZero {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(n) = &doc.header.number else { return };
        let Some((digits, span)) = &n.number else {
            return;
        };
        // state and Party alike number from 01 (Nghị định 30; Hướng dẫn 36: "Số 09-CT/TU")
        if digits.len() != 1 || digits == "0" {
            return;
        }
        ctx.emit(
            *span,
            format!("Số {digits} nhỏ hơn 10 phải viết “0{digits}”"),
            format!("Number {digits} is below 10: write “0{digits}”"),
        )
        .safe_fix(*span, format!("0{digits}"));
    }
}
