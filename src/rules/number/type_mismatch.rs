use crate::declare_rule;
use crate::document::types::{by_code, near_code};
use crate::document::{Document, NumberStyle};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a type code that does not match the type name: `Số: 15/HD-UBND` on a `KẾ HOẠCH`.
    ///
    /// ## Why
    /// The symbol and the title must name the same type; a mismatch usually means the number
    /// was copied from another document.
    ///
    /// ## Example
    /// ```text
    /// Số: 15/HD-UBND
    /// KẾ HOẠCH
    /// Triển khai công tác chuyển đổi số
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Số: 15/KH-UBND
    /// KẾ HOẠCH
    /// Triển khai công tác chuyển đổi số
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 3; Phụ lục III.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo lỗi khi chữ viết tắt tên loại trong ký hiệu không khớp với tên loại văn bản:
    /// `Số: 15/HD-UBND` trên một văn bản `KẾ HOẠCH`. Chỉ báo khi nhóm chữ đầu của ký hiệu là một
    /// chữ viết tắt tên loại văn bản (kể cả khi viết sai dấu hay chữ hoa, như `QD`).
    ///
    /// ### Vì sao
    /// Ký hiệu và tên loại phải chỉ cùng một loại văn bản; không khớp thường là do chép số từ văn
    /// bản khác.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 3; Phụ lục III.
    pub struct TypeMismatch {
        id: "number/type-mismatch",
        severity: Error,
        fix: None,
        summary: "Chữ viết tắt tên loại trong ký hiệu không khớp với tên loại văn bản",
        summary_en: "The type code does not match the type name",
    }
}

impl Rule for TypeMismatch {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(n) = &doc.header.number else { return };
        let Some(t) = doc.header.type_name else {
            return;
        };
        let party = n.style == Some(NumberStyle::Party);
        let Some(code) = n.type_code() else { return };
        let expected = if party {
            t.doc_type.party_code
        } else {
            t.doc_type.state_code
        };
        let Some(expected) = expected else { return };
        let written = if by_code(&code.text, party).is_some() {
            code.text.as_str()
        } else {
            near_code(&code.text, party).unwrap_or(&code.text)
        };
        // (or another code of the same type: a Party Quy định's "QĐi")
        if written == expected || by_code(written, party).is_some_and(|w| w.name == t.doc_type.name) {
            return;
        }
        // a công văn-style symbol (issuer first) on a typed document is also a mismatch, but
        // only report when the written code is itself a type code, to be sure
        if by_code(written, party).is_none() {
            return;
        }
        ctx.emit(
            code.span,
            format!(
                "Ký hiệu ghi “{}” nhưng tên loại là “{}” (phải là “{expected}”)",
                code.text, t.doc_type.upper
            ),
            format!(
                "The symbol says “{}” but the type name is “{}” (expected “{expected}”)",
                code.text, t.doc_type.upper
            ),
        )
        .suggest(expected);
    }
}
