use crate::declare_rule;
use crate::document::{Document, NumberStyle};
use crate::rules::{Context, Rule};

/// The code each cited type carries in its symbol, beyond the table of Nghị định 30: the
/// normative types (Nghị định `NĐ`, Thông tư `TT`, Thông tư liên tịch `TTLT`).
fn code_of(folded_type: &str, party: bool) -> Option<Option<&'static str>> {
    Some(match folded_type {
        "nghi dinh" => Some("NĐ"),
        "thong tu" => Some("TT"),
        "thong tu lien tich" => Some("TTLT"),
        "nghi quyet lien tich" => Some("NQLT"),
        "chuong trinh hanh dong" => Some("CTr"),
        "cong van" if party => Some("CV"),
        "cong van" => None,
        _ => {
            let t = crate::document::types::TYPES
                .iter()
                .find(|t| crate::vietnamese::fold(t.name) == folded_type)?;
            if party {
                t.party_code
            } else {
                t.state_code
            }
        }
    })
}

declare_rule! {
    /// ## What it does
    /// Reports a cited document whose symbol carries another type's code: a Kế hoạch cited as
    /// `05/HD-HPN`, a Nghị quyết as `12/QĐ-HĐND`, a state công văn with a `CV` code (state công
    /// văn have none: `3518/UBND-NC`).
    ///
    /// ## Why
    /// The type word and the code must name the same type; one of them was copied wrong, and
    /// the document cannot be found by its number.
    ///
    /// ## Example
    /// ```text
    /// Thực hiện Kế hoạch số 05/HD-HPN ngày 12/01/2026 của Hội LHPN tỉnh;
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Thực hiện Kế hoạch số 05/KH-HPN ngày 12/01/2026 của Hội LHPN tỉnh;
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục III (type codes; công văn has none); Hướng dẫn
    /// 36-HD/VPTW (Party codes, `CV` for công văn).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo lỗi khi ký hiệu loại trong số của văn bản được viện dẫn là của loại văn bản khác: Kế
    /// hoạch mà ghi `05/HD-HPN`, Nghị quyết mà ghi `12/QĐ-HĐND`, công văn của cơ quan nhà nước mà
    /// có ký hiệu `CV` (công văn nhà nước không có ký hiệu loại: `3518/UBND-NC`).
    ///
    /// ### Vì sao
    /// Tên loại và ký hiệu loại phải chỉ cùng một loại văn bản; một trong hai đã bị chép sai, và
    /// không thể tra tìm văn bản theo số.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục III (chữ viết tắt tên loại văn bản; công văn không có);
    /// Hướng dẫn 36-HD/VPTW (ký hiệu loại văn bản của Đảng, `CV` cho công văn).
    pub struct TypeCode {
        id: "citation/type-code",
        severity: Error,
        fix: None,
        summary: "Ký hiệu loại trong số văn bản viện dẫn không khớp với tên loại",
        summary_en: "A cited number's type code contradicts the type named",
    }
}

impl Rule for TypeCode {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        for c in &doc.citations {
            let party = c.style == Some(NumberStyle::Party);
            let Some(expected) = code_of(&c.kind_folded, party) else {
                continue;
            };
            let (written, _) = c.codes();
            let kind = doc.slice(c.kind);
            match (expected, written) {
                (Some(e), Some(w)) if e != w => {
                    ctx.emit(
                        c.number,
                        format!("{kind} được viện dẫn với ký hiệu loại “{w}”; ký hiệu của {kind} là “{e}”"),
                        format!("a {kind} is cited with the type code “{w}”; its code is “{e}”"),
                    );
                }
                (None, Some("CV")) => {
                    ctx.emit(
                        c.number,
                        format!(
                            "Công văn của cơ quan nhà nước không có ký hiệu loại “CV” ({})",
                            c.number_text
                        ),
                        format!("A state công văn has no type code “CV” ({})", c.number_text),
                    );
                }
                _ => {}
            }
        }
    }
}
