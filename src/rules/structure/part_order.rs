use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports Roman part numbers out of order, skipped or repeated (`I.`, `II.`, `IV.`).
    ///
    /// ## Why
    /// Parts are numbered I, II, III … in order; a gap means a part was deleted or mis-numbered.
    ///
    /// ## Example
    /// ```text
    /// I. MỤC ĐÍCH, YÊU CẦU
    /// II. NỘI DUNG
    /// IV. TỔ CHỨC THỰC HIỆN
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// I. MỤC ĐÍCH, YÊU CẦU
    /// II. NỘI DUNG
    /// III. TỔ CHỨC THỰC HIỆN
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 6 (bố cục văn bản không có điều).
    pub struct PartOrder {
        id: "structure/part-order",
        severity: Error,
        fix: Safe,
        summary: "Số La Mã của các phần không liên tục, lặp hoặc sai thứ tự",
        summary_en: "Roman part numbers are skipped, repeated or out of order",
    }
}

const ROMAN: [&str; 16] = [
    "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
    "XV",
];

impl Rule for PartOrder {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        for (expected, p) in (1u32..).zip(doc.body.parts.iter()) {
            if p.number != expected {
                let want = ROMAN.get(expected as usize).copied().unwrap_or("?");
                let numeral = crate::document::Span::new(
                    p.marker.start,
                    p.marker.end - p.separator.len_utf8(),
                );
                ctx.emit(
                    numeral,
                    format!(
                        "Phần “{}” đứng sau phần {}; đúng thứ tự phải là “{want}”",
                        doc.slice(numeral),
                        ROMAN.get(expected as usize - 1).copied().unwrap_or("(đầu)")
                    ),
                    format!(
                        "Part “{}” follows part {}; the next part is “{want}”",
                        doc.slice(numeral),
                        ROMAN
                            .get(expected as usize - 1)
                            .copied()
                            .unwrap_or("(start)")
                    ),
                )
                .safe_fix(numeral, want);
            }
        }
    }
}
