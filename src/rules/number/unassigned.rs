use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a number left blank (`Số:      /KH-UBND`, `Số: …/KH-UBND`) outside draft mode.
    /// In draft mode (`--draft`, `draft = true`, the demo editor's “Dự thảo” box) it is
    /// accepted: paper documents are numbered after signing.
    ///
    /// ## Why
    /// A document is issued with its number; a blank one in a final text is unfinished.
    ///
    /// ## Example
    /// ```text
    /// Số:      /KH-UBND
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Số: 15/KH-UBND
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Điều 15 khoản 2.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Cảnh báo khi số văn bản còn để trống (`Số:      /KH-UBND`, `Số: …/KH-UBND`) mà không ở chế
    /// độ dự thảo. Khi bật chế độ dự thảo (`--draft`, ô “Dự thảo” trên trang soạn thảo) thì chấp
    /// nhận: văn bản giấy được cấp số sau khi ký.
    ///
    /// ### Vì sao
    /// Văn bản được ban hành cùng với số của nó; bản chính thức mà số còn để trống là văn bản chưa
    /// hoàn chỉnh.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Điều 15 khoản 2.
    pub struct Unassigned {
        id: "number/unassigned",
        severity: Warning,
        fix: None,
        summary: "Số văn bản còn để trống (chỉ chấp nhận ở chế độ dự thảo)",
        summary_en: "The number is left blank (accepted in draft mode only)",
    }
}

impl Rule for Unassigned {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(n) = &doc.header.number else { return };
        if n.number.is_some() || ctx.config.draft {
            return;
        }
        ctx.emit(
            n.token,
            "Số văn bản còn để trống; chỉ chấp nhận khi là dự thảo (--draft)",
            "The number is blank; accepted only in draft mode (--draft)",
        );
    }
}
