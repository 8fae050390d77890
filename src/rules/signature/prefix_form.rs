use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a signing prefix not written as the regulation writes it: without its full
    /// stop (`KT CHỦ TỊCH`), with a colon (`KT: GIÁM ĐỐC`) or with dots between the letters
    /// (`K.T.`), with the right form as a safe fix.
    ///
    /// ## Why
    /// The prefixes are fixed abbreviations: `TM.`, `KT.`, `TL.`, `TUQ.`, `Q.` (and the Party's
    /// `T/M`, `K/T`, `T/L`).
    ///
    /// ## Example
    /// ```text
    /// TM. ỦY BAN NHÂN DÂN
    /// KT CHỦ TỊCH
    /// PHÓ CHỦ TỊCH
    ///
    /// Nguyễn Văn An
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// TM. ỦY BAN NHÂN DÂN
    /// KT. CHỦ TỊCH
    /// PHÓ CHỦ TỊCH
    ///
    /// Nguyễn Văn An
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 7 điểm a.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo lỗi khi chữ viết tắt quyền hạn ký không viết đúng như quy định: thiếu dấu chấm (`KT CHỦ
    /// TỊCH`), có dấu hai chấm (`KT: GIÁM ĐỐC`) hoặc có dấu chấm giữa các chữ cái (`K.T.`). Có sửa
    /// tự động an toàn về dạng đúng.
    ///
    /// ### Vì sao
    /// Chữ viết tắt quyền hạn ký có dạng cố định: `TM.`, `KT.`, `TL.`, `TUQ.`, `Q.` (văn bản của
    /// Đảng: `T/M`, `K/T`, `T/L`).
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 7 điểm a.
    pub struct PrefixForm {
        id: "signature/prefix-form",
        severity: Error,
        fix: Safe,
        summary: "Chữ viết tắt quyền hạn ký viết sai dạng (thiếu dấu chấm, có dấu hai chấm)",
        summary_en: "A signing prefix is miswritten (no full stop, a colon)",
    }
}

impl Rule for PrefixForm {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        for sig in &doc.signatures {
            for a in &sig.authorities {
                let Some(span) = a.malformed else { continue };
                let right = a.prefix.as_str();
                let written = doc.slice(span);
                ctx.emit(
                    span,
                    format!("Chữ viết tắt quyền hạn ký “{written}” phải viết “{right}”"),
                    format!("The signing prefix “{written}” must be written “{right}”"),
                )
                .safe_fix(span, right);
            }
        }
    }
}
