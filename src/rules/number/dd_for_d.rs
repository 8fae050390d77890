use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};

/// Issuers' codes written with Đ that clerks type with a D (type codes are
/// number/unknown-type-code's: "HD" and "DA" are codes of their own).
pub(crate) const D_CODES: crate::packed::Words = crate::packed::words![
    "HĐND", "LĐLĐ", "TLĐ", "ĐUK", "BCĐ", "TĐTN", "TWĐTN", "ĐTN", "ĐCT", "HĐTĐKT", "SGDĐT", "BGDĐT",
    "BKHĐT", "BLĐTBXH",
];

declare_rule! {
    /// ## What it does
    /// Reports `DD` inside a symbol group, where a Telex keyboard failed to turn `dd` into `Đ`
    /// (`DDLHHN` for `ĐĐLHHN`, Đảng đoàn Liên hiệp hữu nghị).
    ///
    /// ## Why
    /// Vietnamese abbreviations take `Đ` for words starting with đ; `DD` almost never abbreviates
    /// anything, so it is very likely a typing slip. Which letters were meant is for a person to
    /// say, so the suggestions are not applied automatically.
    ///
    /// ## Example
    /// ```text
    /// Số 183-KH/DDLHHN
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Số 183-KH/ĐĐLHHN
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 3 (ký hiệu là chữ viết tắt tên cơ quan).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Cảnh báo khi một nhóm chữ trong ký hiệu có `DD`, do bộ gõ Telex không chuyển `dd` thành `Đ`
    /// (`DDLHHN` thay cho `ĐĐLHHN`, Đảng đoàn Liên hiệp hữu nghị). Cũng báo các chữ viết tắt thường
    /// gặp có chữ `Đ` bị gõ thành `D` (`HDND` thay cho `HĐND`, `LDLD` thay cho `LĐLĐ`).
    ///
    /// ### Vì sao
    /// Chữ viết tắt tiếng Việt dùng `Đ` cho các từ bắt đầu bằng chữ đ; `DD` hầu như không phải chữ
    /// viết tắt của gì, nên rất có thể là gõ nhầm. Viết đúng là chữ nào thì người soạn phải quyết
    /// định, nên đề xuất sửa không được áp dụng tự động.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 3 (ký hiệu là chữ viết tắt tên cơ quan).
    pub struct DdForD {
        id: "number/dd-for-d",
        severity: Warning,
        fix: Unsafe,
        summary: "Ký hiệu có “DD”, có lẽ là “Đ” gõ sai (bộ gõ Telex)",
        summary_en: "The symbol contains “DD”, probably a mistyped “Đ” (Telex)",
    }
}

impl Rule for DdForD {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(n) = &doc.header.number else { return };
        for g in &n.groups {
            // a known code with its Đ typed as D: "HDND", "LDLD"
            if let Some(right) = D_CODES
                .iter()
                .find(|c| c.replace('Đ', "D") == g.text && **c != g.text)
            {
                ctx.emit(
                    g.span,
                    format!("“{}”: chữ “Đ” bị gõ thành “D”; viết “{right}”", g.text),
                    format!("“{}”: the “Đ” is typed as “D”; write “{right}”", g.text),
                )
                .unsafe_fix(g.span, right.to_string())
                .suggest(right.to_string());
                continue;
            }
            if !g.text.contains("DD") {
                continue;
            }
            let one = g.text.replacen("DD", "Đ", 1);
            let two = g.text.replacen("DD", "ĐĐ", 1);
            ctx.emit(
                g.span,
                format!(
                    "“{}”: “DD” có lẽ là “Đ” gõ sai (bộ gõ Telex) — “{two}” hay “{one}”?",
                    g.text
                ),
                format!(
                    "“{}”: “DD” is probably a mistyped “Đ” (Telex) — “{two}” or “{one}”?",
                    g.text
                ),
            )
            .unsafe_fix(g.span, two.clone())
            .suggest(two)
            .suggest(one);
        }
    }
}
