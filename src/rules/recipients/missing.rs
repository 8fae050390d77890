use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a document with a body but no recipients block (`Nơi nhận:`).
    ///
    /// ## Why
    /// The recipients are a mandatory component: they say who must act and who is informed,
    /// and the archive line files the original.
    ///
    /// ## Example
    /// ```text
    /// KẾ HOẠCH
    /// Chuyển đổi số năm 2026
    /// I. MỤC ĐÍCH
    /// Trên đây là Kế hoạch./.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// KẾ HOẠCH
    /// Chuyển đổi số năm 2026
    /// I. MỤC ĐÍCH
    /// Trên đây là Kế hoạch./.
    /// Nơi nhận:
    /// - Sở Nội vụ;
    /// - Lưu: VT, VX.
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm i; Phụ lục I, Phần II, mục 9.
    pub struct Missing {
        id: "recipients/missing",
        severity: Error,
        fix: None,
        summary: "Thiếu phần nơi nhận",
        summary_en: "The recipients block (Nơi nhận) is missing",
    }
}

impl Rule for Missing {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        if doc.recipients.is_some() || (doc.body.parts.is_empty() && doc.body.closing.is_none()) {
            return;
        }
        let anchor = doc
            .body
            .closing
            .map(|l| crate::document::Span::empty(doc.lines[l].content.end))
            .unwrap_or_else(|| doc.end_anchor());
        ctx.emit(
            anchor,
            "Thiếu phần “Nơi nhận:”",
            "The recipients block (“Nơi nhận:”) is missing",
        );
    }
}
