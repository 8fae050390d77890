use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a document cited twice in one text with two different dates. The later citation
    /// is reported, pointing to the earlier one.
    ///
    /// ## Why
    /// One document has one date; one of the two citations is wrong.
    ///
    /// ## Example
    /// ```text
    /// Thực hiện Chỉ thị số 45-CT/TW ngày 19/5/2015 của Bộ Chính trị.
    /// Tiếp tục thực hiện Chỉ thị số 45-CT/TW ngày 19/6/2015 của Bộ Chính trị.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Thực hiện Chỉ thị số 45-CT/TW ngày 19/5/2015 của Bộ Chính trị.
    /// Tiếp tục thực hiện Chỉ thị số 45-CT/TW ngày 19/5/2015 của Bộ Chính trị.
    /// ```
    ///
    /// ## Basis
    /// Consistency of the document with itself.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo lỗi khi cùng một văn bản được viện dẫn hai lần trong văn bản với hai ngày khác nhau. Lần
    /// viện dẫn sau bị báo, kèm chỉ dẫn đến lần viện dẫn trước. Văn bản của Đảng cùng số nhưng
    /// thuộc hai khóa khác nhau là hai văn bản khác nhau, không bị so.
    ///
    /// ### Vì sao
    /// Một văn bản chỉ có một ngày ban hành; một trong hai lần viện dẫn đã ghi sai.
    ///
    /// ### Căn cứ
    /// Tính thống nhất trong chính văn bản.
    pub struct ConflictingDate {
        id: "citation/conflicting-date",
        severity: Error,
        fix: None,
        summary: "Cùng một văn bản được viện dẫn với hai ngày khác nhau",
        summary_en: "The same document is cited with two different dates",
    }
}

impl Rule for ConflictingDate {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        // citations of one document (and, for Party numbers, one term) with their dates
        let mut groups = super::Groups::new();
        // an annex's "(Kèm theo Kế hoạch số … ngày …)" is judged against the issue date, by
        // `citation/attachment-reference`: not twice, and not against another annex's line
        let dated = doc.issue_date().is_some();
        for (i, c) in doc.citations.iter().enumerate() {
            let Some((d, span)) = c.date else { continue };
            let reference = |a: &crate::document::attachment::Attachment| {
                a.reference
                    .as_ref()
                    .and_then(|r| r.date)
                    .is_some_and(|(_, s)| s.start == span.start)
            };
            if dated && doc.attachments.iter().any(reference) {
                continue;
            }
            let key = super::group_key(c.first_of_document, super::term_of(c));
            let packed = |d: crate::document::Date| {
                (u64::from(d.year as u32) << 16) | u64::from(d.month << 8 | d.day)
            };
            let earlier = groups.first_not(key, packed(d));
            groups.record(key, i, packed(d));
            let Some((e, _)) = earlier else { continue };
            let Some((ed, _)) = doc.citations[e].date else {
                continue;
            };
            let espan = doc.citations[e]
                .date
                .map_or(doc.citations[e].span, |(_, s)| s);
            let line = doc.display_line(espan.start);
            ctx.emit(
                span,
                format!(
                    "{} {} ghi ngày {} ở đây nhưng ngày {} ở dòng {line}",
                    doc.slice(c.kind),
                    c.number_text,
                    d.display(),
                    ed.display()
                ),
                format!(
                    "{} {} is dated {} here but {} on line {line}",
                    doc.slice(c.kind),
                    c.number_text,
                    d.display(),
                    ed.display()
                ),
            )
            .related(espan, "lần viện dẫn trước", "earlier citation");
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// Two annexes' "(Kèm theo …)" lines that disagree are judged against the issue date by
    /// `citation/attachment-reference`, once: not against each other here.
    #[test]
    fn annex_references_are_left_to_their_own_rule() {
        let annex = |date: &str| format!("\n\nPHỤ LỤC\n(Kèm theo Kế hoạch số 68/KH-THYP ngày {date} của Trường Tiểu học Yên Phú)\n1. Nội dung\n");
        let text = format!(
            "UBND XÃ YÊN PHÚ\nTRƯỜNG TIỂU HỌC YÊN PHÚ\nSố: 68/KH-THYP\nYên Phú, ngày 13 tháng 10 năm 2025\n\nKẾ HOẠCH\nHội giảng\n\nI. NỘI DUNG\n1. Hội giảng./.\n\nNơi nhận:\n- Các tổ chuyên môn;\n- Lưu: VT.\n\nHIỆU TRƯỞNG\n\nHoàng Thị Minh Phương{}{}",
            annex("13 tháng 10 năm 2025"),
            annex("13 tháng 11 năm 2025")
        );
        assert!(findings("citation/conflicting-date", &text).is_empty());
        let reference = findings("citation/attachment-reference", &text);
        assert_eq!(reference.len(), 1, "{reference:?}");
    }

    /// The message names the line the reader sees, also after a header typed as a
    /// tab-separated row (each cell is a line of the model, not of the text).
    #[test]
    fn the_earlier_line_is_the_readers() {
        let text = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG TRỊ\tĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\tQuảng Trị, ngày 05 tháng 3 năm 2026\n\nKẾ HOẠCH\nThực hiện chuyển đổi số\n\nThực hiện Kế hoạch số 45/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh.\nI. NỘI DUNG\n1. Triển khai Kế hoạch số 45/KH-UBND ngày 21/01/2026 của Ủy ban nhân dân tỉnh.\n";
        let found = findings("citation/conflicting-date", text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("ở dòng 8"), "{found:?}");
    }

    /// Held-out batch 71: a Quy chế cited with its title, a comma in it ("Quy chế thi đua, khen
    /// thưởng số 05/QC-HPN"), then by its number with another date.
    #[test]
    fn a_title_with_a_comma_between_the_type_and_its_number() {
        let text = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH ĐỒNG THÁP\tĐộc lập - Tự do - Hạnh phúc\nSố: 15/QĐ-UBND\tĐồng Tháp, ngày 12 tháng 01 năm 2026\n\nQUYẾT ĐỊNH\nVề việc khen thưởng\n\nCăn cứ Quy chế thi đua, khen thưởng số 05/QC-UBND ngày 20/8/2025 của Ủy ban nhân dân tỉnh;\n\nQUYẾT ĐỊNH:\nĐiều 1. Tặng Bằng khen theo tiêu chuẩn tại Quy chế số 05/QC-UBND ngày {date}.\n";
        let rule = "citation/conflicting-date";
        assert_eq!(findings(rule, &text.replace("{date}", "28/8/2025")).len(), 1);
        assert!(findings(rule, &text.replace("{date}", "20/8/2025")).is_empty());
    }
}
