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
                .any(|(_, own)| own.overlaps(span))
        };
        // what is dated late, and its date: the cited paper's kind and number (the same in
        // either language), or a basis (`Some` of its English name)
        let mut late: Vec<(
            crate::document::Span,
            String,
            Option<&str>,
            crate::document::date::Date,
        )> = Vec::new();
        for c in &doc.citations {
            let Some((d, span)) = c.date else { continue };
            if d.valid() && d > issued && !restates_own(span) {
                late.push((span, format!("{} {}", doc.slice(c.kind), c.number_text), None, d));
            }
        }
        // a basis with no number ("Căn cứ Kết luận của Ban Thường vụ … tại phiên họp ngày 28
        // tháng 01 năm 2026", held-out batch 86): a text cannot rest on a meeting still to come
        let cited = |span: crate::document::Span| {
            doc.citations
                .iter()
                .any(|c| c.date.is_some_and(|(_, s)| s.overlaps(span)))
        };
        for m in doc.dates() {
            let (Some(day), Some(year)) = (m.day, m.year) else {
                continue;
            };
            let d = crate::document::date::Date::new(day, m.month, year);
            let line = doc.line_of(m.span.start);
            if !d.valid()
                || d <= issued
                || m.period_end.is_some()
                || !doc.body.bases.contains(&line)
                || cited(m.span)
            {
                continue;
            }
            // only a meeting's day ("phiên họp ngày …", "Biên bản họp … ngày …"): a law's date
            // of effect, a period or a day a cited paper is about may lie ahead ("Ngày Nhà giáo
            // Việt Nam 20/11/2025", "(26/3/1931 - 26/3/2026)": the corpus)
            // (the words just before the date: a line of any length is read once per date)
            let mut from = m.span.start.saturating_sub(120).max(doc.lines[line].content.start);
            while !doc.text().is_char_boundary(from) {
                from += 1;
            }
            // (with its tone: folded, "họp" is the "hợp" of "phối hợp", "tổng hợp", review)
            let before = crate::vietnamese::case::to_lower(&doc.text()[from..m.span.start]);
            let before = before.trim_end();
            let meeting = before.ends_with(" ngày") && before.contains("họp ");
            if meeting
                && !before.contains("hiệu lực")
                && !before.ends_with("từ ngày")
                && !before.ends_with("đến ngày")
            {
                late.push((m.span, "Căn cứ".to_string(), Some("A basis"), d));
            }
        }
        for (span, what, what_en, d) in late {
            let what_en = what_en.unwrap_or(&what);
            ctx.emit(
                span,
                format!("{what} ghi ngày {}, sau ngày ban hành {}", d.display(), issued.display()),
                format!("{what_en} is dated {}, after the issuing date {}", d.display(), issued.display()),
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

    /// Held-out batch 86: a basis with no number dated after the decision; a law's date of
    /// effect ahead of it is no basis's date.
    #[test]
    fn a_basis_with_no_number_dated_after_the_text() {
        let decision = |basis: &str| format!("HỘI KHUYẾN HỌC VIỆT NAM\nHỘI KHUYẾN HỌC TỈNH QUẢNG NGÃI\nSố: 12/QĐ-HKH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tQuảng Ngãi, ngày 16 tháng 01 năm 2026\n\nQUYẾT ĐỊNH\nBan hành Quy chế xét cấp học bổng\n\nBAN THƯỜNG VỤ HỘI KHUYẾN HỌC TỈNH\n\nCăn cứ Điều lệ Hội Khuyến học Việt Nam;\n{basis}\n\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Quy chế.\n");
        let rule = "date/cited-after-issue";
        let late = findings(rule, &decision("Căn cứ Kết luận của Ban Thường vụ Hội tại phiên họp ngày 28 tháng 01 năm 2026;"));
        assert_eq!(late.len(), 1, "{late:?}");
        assert!(findings(rule, &decision("Căn cứ Kết luận của Ban Thường vụ Hội tại phiên họp ngày 08 tháng 01 năm 2026;")).is_empty());
        let minutes = findings(rule, &decision("Căn cứ Biên bản họp Hội đồng xét học bổng ngày 29/01/2026;"));
        assert_eq!(minutes.len(), 1, "{minutes:?}");
        // the meeting's conclusion in force from a later day, a joint plan, a conference the
        // cited paper is about (review of this session): no meeting's day
        assert!(findings(rule, &decision("Căn cứ Kết luận tại phiên họp, có hiệu lực từ ngày 01 tháng 02 năm 2026;")).is_empty());
        assert!(findings(rule, &decision("Căn cứ Kế hoạch phối hợp tổ chức Lễ kỷ niệm ngày 26/3/2026;")).is_empty());
        assert!(findings(rule, &decision("Căn cứ Kế hoạch về tổ chức Hội nghị tổng kết ngày 28/01/2026;")).is_empty());
        // the day a cited paper is about (the corpus's correct plans)
        assert!(findings(rule, &decision("Căn cứ Hướng dẫn của Hội về tổ chức Ngày Nhà giáo Việt Nam 20/11/2026;")).is_empty());
        assert!(findings(rule, &decision("Căn cứ Công văn của Hội về kỷ niệm 95 năm Ngày thành lập Đoàn (26/3/1931 - 26/3/2026).")).is_empty());
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
