use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Checks the punctuation of the legal-basis lines (`Căn cứ …`): each ends with `;`, and the
    /// last one, when a part heading follows directly, with `.`. A last line that leads into an
    /// opening sentence (`…, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:`) is left alone.
    ///
    /// ## Why
    /// The decree fixes this punctuation for the legal bases.
    ///
    /// ## Example
    /// ```text
    /// KẾ HOẠCH
    /// Chuyển đổi số năm 2026
    /// Căn cứ Luật Tổ chức chính quyền địa phương;
    /// Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;
    /// I. MỤC ĐÍCH, YÊU CẦU
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// KẾ HOẠCH
    /// Chuyển đổi số năm 2026
    /// Căn cứ Luật Tổ chức chính quyền địa phương;
    /// Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ.
    /// I. MỤC ĐÍCH, YÊU CẦU
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 6 điểm a: “các căn cứ … kết thúc bằng
    /// dấu chấm phẩy (;), riêng căn cứ cuối cùng kết thúc bằng dấu chấm (.)”.
    pub struct BasisPunctuation {
        id: "structure/basis-punctuation",
        severity: Warning,
        fix: Safe,
        summary: "Dấu câu cuối các dòng căn cứ không đúng (“;” và “.” ở căn cứ cuối)",
        summary_en: "Legal-basis lines must end with “;” (the last with “.”)",
    }
}

impl Rule for BasisPunctuation {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let bases = &doc.body.bases;
        for (k, &l) in bases.iter().enumerate() {
            let content = doc.lines[l].content;
            let text = doc.slice(content);
            let last_char = text.chars().next_back().unwrap_or(' ');
            let mark = if matches!(last_char, ';' | '.' | ',' | ':') {
                Span::new(content.end - last_char.len_utf8(), content.end)
            } else {
                Span::empty(content.end)
            };
            let is_last = k + 1 == bases.len();
            if !is_last {
                if last_char != ';' && last_char != ':' {
                    ctx.emit(
                        mark,
                        "Dòng căn cứ phải kết thúc bằng dấu chấm phẩy “;”",
                        "A legal-basis line must end with “;”",
                    )
                    .safe_fix(mark, ";");
                }
                continue;
            }
            let next = (l + 1..doc.body.end).find(|&i| !doc.lines[i].is_blank());
            let heading_follows =
                next.is_none_or(|n| doc.body.parts.first().is_some_and(|p| p.line == n));
            if heading_follows && matches!(last_char, ';' | ',') {
                ctx.emit(
                    mark,
                    "Căn cứ cuối cùng phải kết thúc bằng dấu chấm “.”",
                    "The last legal basis must end with “.”",
                )
                .safe_fix(mark, ".");
            }
        }
    }
}
