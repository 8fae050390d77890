use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a cited document dated after the document's own issuing date.
    ///
    /// ## Why
    /// A document can only implement or cite what already exists; a later date is a wrong date
    /// or a wrong issuing date.
    ///
    /// ## Example
    /// ```text
    /// Trà Vinh, ngày 05 tháng 3 năm 2026
    /// KẾ HOẠCH
    /// Thực hiện Kế hoạch số 48-KH/TU ngày 27/3/2026 của Ban Thường vụ Tỉnh ủy.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Trà Vinh, ngày 05 tháng 3 năm 2026
    /// KẾ HOẠCH
    /// Thực hiện Kế hoạch số 48-KH/TU ngày 27/01/2026 của Ban Thường vụ Tỉnh ủy.
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 6 (viện dẫn văn bản).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo văn bản được viện dẫn có ngày sau ngày ban hành của chính văn bản đang kiểm tra (ví dụ:
    /// văn bản ban hành `ngày 05 tháng 3 năm 2026` lại thực hiện một kế hoạch `ngày 27/3/2026`).
    ///
    /// ### Vì sao
    /// Văn bản chỉ có thể thực hiện hoặc viện dẫn văn bản đã có; ngày ghi sau ngày ban hành là do
    /// ghi sai ngày của văn bản được viện dẫn hoặc sai ngày ban hành.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 6 (viện dẫn văn bản).
    pub struct CitedAfterIssue {
        id: "date/cited-after-issue",
        severity: Error,
        fix: None,
        summary: "Văn bản được viện dẫn có ngày sau ngày ban hành",
        summary_en: "A cited document is dated after the issuing date",
    }
}

impl Rule for CitedAfterIssue {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(issued) = doc.issue_date() else {
            return;
        };
        for c in &doc.citations {
            let Some((d, span)) = c.date else { continue };
            if d.valid() && d > issued {
                ctx.emit(
                    span,
                    format!(
                        "{} {} ghi ngày {}, sau ngày ban hành {}",
                        doc.slice(c.kind),
                        c.number_text,
                        d.display(),
                        issued.display()
                    ),
                    format!(
                        "{} {} is dated {}, after the issuing date {}",
                        doc.slice(c.kind),
                        c.number_text,
                        d.display(),
                        issued.display()
                    ),
                );
            }
        }
    }
}
