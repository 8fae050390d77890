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
        // an annex's "(Kèm theo Kế hoạch số … ngày …)" names the document itself: a date other
        // than the issuing date there is citation/attachment-reference's, one finding
        let restates_own = |span: crate::document::Span| {
            doc.attachments
                .iter()
                .filter_map(|a| a.reference.as_ref()?.date.as_ref())
                .any(|(_, own)| own.start < span.end && span.start < own.end)
        };
        for c in &doc.citations {
            let Some((d, span)) = c.date else { continue };
            if d.valid() && d > issued && !restates_own(span) {
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
                )
                // (the issuing date may be the one written wrong: a year not updated)
                .related_opt(
                    doc.header.place_date.as_ref().map(|p| p.span),
                    "ngày ban hành",
                    "the issuing date",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// Held-out batch 82: a resolution whose year was not updated cites papers after it; the
    /// finding points at the issuing date too, which may be the one written wrong.
    #[test]
    fn the_issuing_date_is_related() {
        let text = "HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 45/2026/NQ-HĐND\nQuảng Ngãi, ngày 10 tháng 12 năm 2025\n\nNGHỊ QUYẾT\nThông qua danh mục dự án\n\nXét Tờ trình số 210/TTr-UBND ngày 25 tháng 11 năm 2026 của Ủy ban nhân dân tỉnh.\n";
        let report = crate::lint(text, &crate::Config::default());
        let found: Vec<_> = report.diagnostics.iter().filter(|d| d.rule == "date/cited-after-issue").collect();
        assert_eq!(found.len(), 1, "{found:?}");
        let related = found[0].related.as_ref().expect("the issuing date");
        assert_eq!(&text[related.start..related.end], "Quảng Ngãi, ngày 10 tháng 12 năm 2025");
    }

    /// A regression from a court's letter (held-out batch 9): its annex restating the letter
    /// with a later date is one mistake, the annex's reference; a document cited after the
    /// issuing date in the body is still this rule's.
    #[test]
    fn an_annex_restating_the_document_is_the_attachment_rule_s() {
        let letter = |annex_date: &str, cited_date: &str| {
            format!("ỦY BAN NHÂN DÂN\nXÃ TAM NÔNG\nSố: 215/UBND-VP\nV/v phối hợp tống đạt văn bản\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTam Nông, ngày 05 tháng 3 năm 2026\n\nKính gửi: Công an xã Tam Nông.\n\nThực hiện Công văn số 112/TANDTP-VP ngày {cited_date} của Tòa án nhân dân thành phố, Ủy ban nhân dân xã đề nghị Công an xã phối hợp thực hiện (danh sách tại Phụ lục kèm theo)./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\nPHỤ LỤC\nDANH SÁCH VỤ VIỆC\n(Kèm theo Công văn số 215/UBND-VP ngày {annex_date} của Ủy ban nhân dân xã Tam Nông)\nSTT\tVụ việc\n1\tTranh chấp đất đai\n")
        };
        let rule = "date/cited-after-issue";
        assert!(findings(rule, &letter("15/3/2026", "20/02/2026")).is_empty());
        let annex = findings("citation/attachment-reference", &letter("15/3/2026", "20/02/2026"));
        assert_eq!(annex.len(), 1, "{annex:?}");
        assert_eq!(findings(rule, &letter("05/3/2026", "20/3/2026")).len(), 1);
    }

    /// Held-out batch 14: a Tờ trình citing "Văn bản số 512/UBND-KT" (a công văn, named by
    /// the generic word) dated after itself.
    #[test]
    fn a_letter_cited_as_văn_bản() {
        let submission = |cited_date: &str| format!("UBND TỈNH ĐỒNG THÁP\nSỞ TÀI CHÍNH\nSố: 215/TTr-STC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐồng Tháp, ngày 05 tháng 3 năm 2026\n\nTỜ TRÌNH\nVề việc mua sắm thiết bị\n\nThực hiện Văn bản số 512/UBND-KT ngày {cited_date} của Ủy ban nhân dân tỉnh, Sở Tài chính kính trình.\n");
        let rule = "date/cited-after-issue";
        assert!(findings(rule, &submission("20/02/2026")).is_empty());
        assert_eq!(findings(rule, &submission("20/3/2026")).len(), 1, "{:?}", findings(rule, &submission("20/3/2026")));
    }
}
