use crate::declare_rule;
use crate::document::{Document, NumberStyle};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a cited number whose style contradicts its issuer: a Party-style number
    /// (`27-NQ/TW`) attributed to a state body (“của Chính phủ”), or a state-style number
    /// (`12/CT-TW`) attributed to a Party body (“của Ban Bí thư”).
    ///
    /// ## Why
    /// Each system numbers its documents its own way: a Government resolution is `27/NQ-CP`,
    /// a Politburo conclusion `12-KL/TW`. A mismatch means the number or the issuer is wrong.
    ///
    /// ## Example
    /// ```text
    /// Nghị quyết số 27-NQ/TW của Chính phủ về công tác người Việt Nam ở nước ngoài
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Nghị quyết số 27/NQ-CP của Chính phủ về công tác người Việt Nam ở nước ngoài
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 3; Hướng dẫn 36-HD/VPTW.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo lỗi khi kiểu số, ký hiệu của văn bản được viện dẫn mâu thuẫn với cơ quan ban hành: số
    /// theo kiểu văn bản của Đảng (`27-NQ/TW`) nhưng ghi là của cơ quan nhà nước (`của Chính phủ`),
    /// hoặc số theo kiểu văn bản nhà nước (`12/CT-TW`) nhưng ghi là của cơ quan Đảng (`của Ban Bí
    /// thư`).
    ///
    /// ### Vì sao
    /// Mỗi hệ thống đánh số văn bản theo cách riêng: nghị quyết của Chính phủ là `27/NQ-CP`, kết
    /// luận của Bộ Chính trị là `12-KL/TW`. Mâu thuẫn cho thấy số hoặc cơ quan ban hành đã ghi sai.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 3; Hướng dẫn 36-HD/VPTW.
    pub struct NumberStyleIssuer {
        id: "citation/number-style-issuer",
        severity: Error,
        fix: None,
        summary: "Kiểu số hiệu văn bản viện dẫn mâu thuẫn với cơ quan ban hành",
        summary_en: "A cited number's style contradicts its issuer",
    }
}

impl Rule for NumberStyleIssuer {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        for c in &doc.citations {
            let Some(iss) = c.issuer() else { continue };
            let Some(party) = iss.party else { continue };
            let issuer = doc.slice(iss.span);
            match (c.style, party) {
                (Some(NumberStyle::Party), false) => {
                    ctx.emit(
                        c.number,
                        format!("Số “{}” theo kiểu văn bản của Đảng nhưng được ghi là của {issuer} (văn bản nhà nước ghi dạng “27/NQ-CP”)", c.number_text),
                        format!("“{}” is a Party-style number but is attributed to {issuer} (state numbers look like “27/NQ-CP”)", c.number_text),
                    )
                    .related(iss.span, "cơ quan ban hành", "issuer");
                }
                (Some(NumberStyle::State), true) if c.number_text.matches('/').count() == 1 => {
                    ctx.emit(
                        c.number,
                        format!("Số “{}” theo kiểu văn bản nhà nước nhưng được ghi là của {issuer} (văn bản của Đảng ghi dạng “12-CT/TW”)", c.number_text),
                        format!("“{}” is a state-style number but is attributed to {issuer} (Party numbers look like “12-CT/TW”)", c.number_text),
                    )
                    .related(iss.span, "cơ quan ban hành", "issuer");
                }
                _ => {}
            }
        }
    }
}
