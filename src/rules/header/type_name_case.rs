use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a type-name line not written in capitals (`Kế hoạch` for `KẾ HOẠCH`).
    ///
    /// ## Why
    /// The type name is printed in capitals, bold, centred.
    ///
    /// ## Example
    /// ```text
    /// Kế hoạch
    /// Triển khai công tác chuyển đổi số năm 2026
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// KẾ HOẠCH
    /// Triển khai công tác chuyển đổi số năm 2026
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 5.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Cảnh báo khi dòng tên loại văn bản không viết in hoa (`Kế hoạch` thay cho `KẾ HOẠCH`).
    ///
    /// ### Vì sao
    /// Tên loại văn bản được trình bày bằng chữ in hoa, đậm, canh giữa.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 5.
    pub struct TypeNameCase {
        id: "header/type-name-case",
        severity: Warning,
        fix: Safe,
        summary: "Tên loại văn bản phải viết in hoa",
        summary_en: "The type name must be in capitals",
    }
}

impl Rule for TypeNameCase {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(t) = doc.header.type_name.filter(|t| !t.upper) else {
            return;
        };
        ctx.emit(
            t.span,
            format!(
                "Tên loại văn bản “{}” phải viết in hoa: “{}”",
                doc.slice(t.span),
                t.doc_type.upper
            ),
            format!(
                "The type name “{}” must be in capitals: “{}”",
                doc.slice(t.span),
                t.doc_type.upper
            ),
        )
        .safe_fix(t.span, t.doc_type.upper);
    }
}
