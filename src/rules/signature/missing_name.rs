use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a signature block with an authority or title but no signer's name.
    ///
    /// ## Why
    /// The block ends with the signer's full name; without it the document cannot be signed.
    ///
    /// ## Example
    /// ```text
    /// Nơi nhận:
    /// - Lưu: VT, VP.
    /// TM. BAN THƯỜNG TRỰC
    /// PHÓ CHỦ TỊCH
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Nơi nhận:
    /// - Lưu: VT, VP.
    /// TM. BAN THƯỜNG TRỰC
    /// PHÓ CHỦ TỊCH
    /// Nguyễn Văn Lương
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 7 điểm c.
    pub struct MissingName {
        id: "signature/missing-name",
        severity: Error,
        fix: None,
        summary: "Phần chữ ký thiếu họ tên người ký",
        summary_en: "The signature block has no signer's name",
    }
}

impl Rule for MissingName {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(sig) = &doc.signature else { return };
        if sig.name.is_some() {
            return;
        }
        let Some(&last) = sig.lines.last() else {
            return;
        };
        ctx.emit(
            Span::empty(doc.lines[last].content.end),
            "Phần chữ ký có quyền hạn, chức vụ nhưng thiếu họ tên người ký",
            "The signature block has an authority and title but no signer's name",
        );
    }
}
