use crate::declare_rule;
use crate::document::{Document, ResidueKind};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports Markdown marks (`##`, `**…**`, `*…*`, `---`, `[text](url)`) in a plain-text
    /// document, where they are residue of a conversion. Markdown files (`.md`) are not checked,
    /// nor the lines of dashes in the header: they stand for the rules the decree draws under
    /// the issuing body, the motto and the summary.
    ///
    /// ## Why
    /// The marks would be printed as characters.
    ///
    /// ## Example
    /// ```text
    /// Công tác đối ngoại nhân dân năm 2026
    /// ---
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Công tác đối ngoại nhân dân năm 2026
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo ký hiệu Markdown (`##`, `**…**`, `*…*`, `---`, `[text](url)`) trong văn bản thuần, nơi
    /// chúng là ký tự thừa do chuyển đổi. Không kiểm tra tệp Markdown (`.md`), cũng không báo các
    /// dòng gạch ngang ở phần đầu văn bản: chúng thay cho các đường kẻ mà nghị định quy định dưới
    /// tên cơ quan ban hành, dưới Tiêu ngữ và dưới trích yếu.
    ///
    /// ### Vì sao
    /// Các ký hiệu này sẽ bị in ra thành ký tự.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I.
    pub struct MarkdownResidue {
        id: "text/markdown-residue",
        severity: Info,
        fix: Safe,
        summary: "Ký hiệu Markdown còn sót trong văn bản thuần",
        summary_en: "Markdown marks left in a plain-text document",
    }
}

impl Rule for MarkdownResidue {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        if doc.markdown {
            return;
        }
        for r in doc
            .residue
            .iter()
            .filter(|r| r.kind == ResidueKind::Markdown)
        {
            let text = doc.slice(r.span).trim_end().to_string();
            if is_rule(&text) && in_header(doc, r.span.start) {
                continue;
            }
            let f = ctx.emit(
                r.span,
                format!("Còn ký hiệu Markdown trong “{text}”"),
                format!("Markdown marks left in “{text}”"),
            );
            if let Some(rep) = &r.replacement {
                f.safe_fix(r.span, rep.clone());
            }
        }
    }
}

/// A line of dashes or underscores: in a header, the rules the decree draws under the issuing
/// body, the motto and the summary, as a conversion writes them.
fn is_rule(text: &str) -> bool {
    text.len() >= 3 && (text.bytes().all(|b| b == b'-') || text.bytes().all(|b| b == b'_'))
}

/// Whether `offset` lies in the header or in the blank and ruled lines right after it.
fn in_header(doc: &Document, offset: usize) -> bool {
    let line = doc.line_of(offset);
    line < doc.header.end
        || (doc.header.end..line).all(|l| doc.lines[l].is_blank() || is_rule(doc.content(l)))
}
