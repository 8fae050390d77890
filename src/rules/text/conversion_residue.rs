use crate::declare_rule;
use crate::document::{Document, ResidueKind};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports leftovers of a Word or PDF conversion inside the text: `[bookmark: _GoBack]`,
    /// LaTeX such as `$\frac{1}{2}$`. Safe fixes remove the bookmark and write the fraction as
    /// `1/2`.
    ///
    /// ## Why
    /// The residue would be printed or published as is.
    ///
    /// ## Example
    /// ```text
    /// - Thời gian: $\frac{1}{2}$ ngày, ngày 15/12/2021.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// - Thời gian: 1/2 ngày, ngày 15/12/2021.
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I (phông chữ, trình bày văn bản).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo lỗi khi trong văn bản còn ký tự thừa do chuyển đổi từ Word hoặc PDF: `[bookmark:
    /// _GoBack]`, mã LaTeX như `$\frac{1}{2}$`. Có sửa tự động an toàn: xóa dấu đánh dấu (bookmark)
    /// và viết phân số thành `1/2`.
    ///
    /// ### Vì sao
    /// Các ký tự thừa sẽ bị in ra hoặc đăng tải nguyên như vậy.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I (phông chữ, trình bày văn bản).
    pub struct ConversionResidue {
        id: "text/conversion-residue",
        severity: Error,
        fix: Safe,
        summary: "Văn bản còn ký tự thừa do chuyển đổi định dạng ([bookmark: …], LaTeX)",
        summary_en: "Conversion residue in the text ([bookmark: …], LaTeX)",
    }
}

impl Rule for ConversionResidue {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        for r in doc
            .residue
            .iter()
            .filter(|r| r.kind != ResidueKind::Markdown)
        {
            let text = doc.slice(r.span);
            let (vi, en) = match r.kind {
                ResidueKind::Bookmark => ("dấu đánh dấu của Word", "a Word bookmark"),
                _ => ("mã LaTeX", "LaTeX code"),
            };
            let f = ctx.emit(
                r.span,
                format!("“{text}” là {vi} còn sót khi chuyển đổi văn bản"),
                format!("“{text}” is {en} left over from a conversion"),
            );
            if let Some(rep) = &r.replacement {
                f.safe_fix(r.span, rep.clone());
            }
        }
    }
}
