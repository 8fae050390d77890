use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Compares the line that ties an annex or a form to the main document ("(Kèm theo Kế
    /// hoạch số 09-KH/TĐTN-PT ngày 23/01/2026 của …)") with the main document's own number and
    /// date. Blanks left to fill in are not reported.
    ///
    /// ## Why
    /// An annex that names another number or date belongs to another document: copied from
    /// last year's plan, or not updated when the number was assigned.
    ///
    /// ## Example
    /// ```text
    /// ỦY BAN NHÂN DÂN
    /// TỈNH AN GIANG
    /// Số: 15/KH-UBND
    /// An Giang, ngày 05 tháng 3 năm 2026
    /// KẾ HOẠCH
    /// Chuyển đổi số năm 2026
    /// Nội dung./.
    /// TM. ỦY BAN NHÂN DÂN
    /// CHỦ TỊCH
    /// Nguyễn Văn An
    /// PHỤ LỤC
    /// (Kèm theo Kế hoạch số 16/KH-UBND ngày 05/3/2026 của Ủy ban nhân dân tỉnh)
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// ỦY BAN NHÂN DÂN
    /// TỈNH AN GIANG
    /// Số: 15/KH-UBND
    /// An Giang, ngày 05 tháng 3 năm 2026
    /// KẾ HOẠCH
    /// Chuyển đổi số năm 2026
    /// Nội dung./.
    /// TM. ỦY BAN NHÂN DÂN
    /// CHỦ TỊCH
    /// Nguyễn Văn An
    /// PHỤ LỤC
    /// (Kèm theo Kế hoạch số 15/KH-UBND ngày 05/3/2026 của Ủy ban nhân dân tỉnh)
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần III, mục 1 (the annex names the document it
    /// comes with: number, symbol and date).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// So sánh dòng ghi phụ lục, biểu mẫu kèm theo văn bản nào (`(Kèm theo Kế hoạch số
    /// 09-KH/TĐTN-PT ngày 23/01/2026 của …)`) với số, ký hiệu và ngày ban hành của chính văn bản
    /// chính. Chỗ để trống chờ điền không bị báo. Chỉ so khi số, ký hiệu của văn bản chính không có
    /// lỗi riêng (các lỗi đó do quy tắc về số văn bản báo); số, ký hiệu sai được sửa tự động theo
    /// văn bản chính.
    ///
    /// ### Vì sao
    /// Phụ lục ghi số hoặc ngày khác là phụ lục của văn bản khác: chép lại từ kế hoạch năm trước,
    /// hoặc chưa cập nhật khi văn bản được cấp số.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần III, mục 1 (phụ lục ghi rõ văn bản mà nó kèm theo:
    /// số, ký hiệu và ngày ban hành).
    pub struct AttachmentReference {
        id: "citation/attachment-reference",
        severity: Error,
        fix: Safe,
        summary: "Phụ lục ghi kèm theo văn bản có số hoặc ngày khác với văn bản chính",
        summary_en: "An annex names a number or date other than the main document's",
    }
}

/// Whether the document's own number has no mistake of its own that the number rules report:
/// then a difference from the annex is the annex's (else the annex may well be the right one,
/// and the number rules have said what is wrong).
fn well_formed(doc: &Document) -> bool {
    let Some(n) = &doc.header.number else {
        return false;
    };
    let conventions = doc.conventions();
    let party = n.style == Some(crate::document::NumberStyle::Party);
    let code_ok = match (n.type_code(), doc.header.type_name) {
        (Some(c), Some(t)) => {
            (if party {
                t.doc_type.party_code
            } else {
                t.doc_type.state_code
            }) == Some(c.text.as_str())
        }
        (Some(_), None) => true,
        (None, _) => false,
    };
    // a state number has one slash ("28/KH/SVHTTDL" is not), and a state công văn no "CV"
    let state = n.style == Some(crate::document::NumberStyle::State);
    let canonical = n.canonical(doc.text());
    // (two with a legal document's year: "45/2026/NQ-HĐND", held-out batch 82)
    let slashes = 1 + usize::from(n.year().is_some());
    let state_ok = !state
        || (canonical.matches('/').count() == slashes
            && n.type_code().is_none_or(|c| c.text != "CV"));
    state_ok
        && n.style == Some(conventions.number_style)
        && (!n.inner_space || conventions.number_spaces_tolerated)
        && n.invisible.is_empty()
        && n.empty_group.is_none()
        && n.number.as_ref().is_some_and(|(d, _)| d.len() >= 2)
        && code_ok
}

/// Whether two numbers have the same figure and codes, whatever separates them.
fn same_groups(a: &str, b: &str) -> bool {
    let letters = |s: &str| {
        s.chars()
            .filter(|&c| crate::vietnamese::case::is_letter_or_number(c))
            .map(crate::vietnamese::case::upper)
            .collect::<String>()
    };
    letters(a) == letters(b)
}

impl Rule for AttachmentReference {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        // the number is compared only when the document's own is written right (else the annex
        // may be the one that is); the date whenever the document's is valid
        // the whole number is compared when the document's own is written right (else the
        // annex may be the one that is), its figure always: the header's is the one the
        // register gave ("54/KH-CTĐ" in the annex of "45/BC-CTĐ")
        let header = doc.header.number.as_ref().filter(|n| n.number.is_some());
        let well_written = well_formed(doc);
        let own_number = header.map(|n| n.canonical(doc.text()));
        let own_figure = header
            .and_then(|n| n.number.as_ref())
            .and_then(|(d, _)| d.parse::<u32>().ok());
        let own_date = doc.issue_date();
        for a in &doc.attachments {
            let Some(r) = &a.reference else { continue };
            if let (Some((cited, span)), Some(own)) = (&r.number, &own_number) {
                let digits = cited.bytes().take_while(u8::is_ascii_digit).count();
                let bare = |s: &str| crate::vietnamese::case::to_upper(&s.split(' ').collect::<String>());
                // a badly written number is compared by its figure, and by its codes when
                // only the separators differ ("15/QĐ-HNDX" in the header, "15-QĐ/HNDX" in the
                // annex: the document writes its own number two ways)
                let differs = if well_written {
                    bare(cited) != bare(own)
                } else {
                    cited[..digits].parse::<u32>().ok() != own_figure
                        || (same_groups(cited, own) && bare(cited) != bare(own))
                };
                if differs {
                    let f = ctx.emit(
                        *span,
                        format!("Phụ lục ghi kèm theo văn bản số {cited}, nhưng văn bản này là số {own}"),
                        format!("The annex names the document {cited}, but this document is {own}"),
                    );
                    f.related_opt(
                        header.map(|n| n.token),
                        "số, ký hiệu của văn bản",
                        "the document's number",
                    );
                    if well_written {
                        f.safe_fix(*span, own.clone());
                    }
                }
            }
            if let (Some((cited, span)), Some(own)) = (r.date, own_date) {
                if cited != own && cited.valid() {
                    ctx.emit(
                        span,
                        format!(
                            "Phụ lục ghi ngày {}, nhưng văn bản ban hành ngày {}",
                            cited.display(),
                            own.display()
                        ),
                        format!(
                            "The annex names the date {}, but the document is dated {}",
                            cited.display(),
                            own.display()
                        ),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// A number written with spaces in the header keeps its annex's number unjudged (either
    /// may be the wrong one), not its date.
    #[test]
    fn the_date_is_compared_when_the_number_is_not() {
        let text = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 2415/QĐ - UBND\nQuảng Trị, ngày 14 tháng 10 năm 2025\n\nQUYẾT ĐỊNH\nBan hành Quy chế phối hợp\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n\nNơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n\nQUY CHẾ\nPhối hợp\n(Ban hành kèm theo Quyết định số 2415/QĐ-UBND ngày 04 tháng 10 năm 2025 của Ủy ban nhân dân tỉnh Quảng Trị)\n\nĐiều 1. Phạm vi\n";
        let found = findings("citation/attachment-reference", text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("04/10/2025"), "{found:?}");
    }

    /// Held-out batch 82: a legal document's number has the year ("45/2026/NQ-HĐND"), well
    /// written with its two slashes; an annex that leaves the year out names another number.
    #[test]
    fn a_legal_documents_number_with_its_year() {
        let resolution = |annex: &str| format!("HỘI ĐỒNG NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI\tĐộc lập - Tự do - Hạnh phúc\nSố: 45/2026/NQ-HĐND\tQuảng Ngãi, ngày 10 tháng 12 năm 2026\n\nNGHỊ QUYẾT\nThông qua danh mục dự án đầu tư công năm 2027\n\nĐiều 1. Thông qua danh mục dự án (Phụ lục kèm theo).\n\nNơi nhận:\n- Ủy ban nhân dân tỉnh;\n- Lưu: VT.\nCHỦ TỊCH\n\nNguyễn Văn An\n\nPHỤ LỤC\nDANH MỤC DỰ ÁN\n(Kèm theo Nghị quyết số {annex} ngày 10 tháng 12 năm 2026 của Hội đồng nhân dân tỉnh Quảng Ngãi)\nSTT\tDự án\n");
        let right = resolution("45/2026/NQ-HĐND");
        assert!(findings("citation/attachment-reference", &right).is_empty(), "{:?}", findings("citation/attachment-reference", &right));
        let found = findings("citation/attachment-reference", &resolution("45/NQ-HĐND"));
        assert_eq!(found.len(), 1, "{found:?}");
    }

    /// A badly written number still has its figure compared with the annex's.
    #[test]
    fn the_figure_is_compared_when_the_number_is_badly_written() {
        let doc = |annex: &str| {
            format!("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 2415/QĐ - UBND\nQuảng Trị, ngày 14 tháng 10 năm 2025\n\nQUYẾT ĐỊNH\nBan hành Quy chế phối hợp\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n\nNơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n\nQUY CHẾ\nPhối hợp\n(Ban hành kèm theo Quyết định số {annex} ngày 14 tháng 10 năm 2025 của Ủy ban nhân dân tỉnh Quảng Trị)\n\nĐiều 1. Phạm vi\n")
        };
        let found = findings("citation/attachment-reference", &doc("2451/QĐ-UBND"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("2451"), "{found:?}");
        assert!(findings("citation/attachment-reference", &doc("2415/QĐ-UBND")).is_empty());
    }

    /// A header number in the other style than its annex's: the document writes its own
    /// number two ways (held-out batch 11, a Hội Nông dân decision numbered state-style in the
    /// header); a space is the number rules' to report, not a second way.
    #[test]
    fn the_number_written_two_ways() {
        let doc = |header: &str, annex: &str| {
            format!("HỘI NÔNG DÂN VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBCH HỘI NÔNG DÂN XÃ CHƯ SÊ\tĐộc lập - Tự do - Hạnh phúc\n*\nSố {header}\tChư Sê, ngày 09 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\nVề việc thành lập Chi hội\n\nĐiều 1. Thành lập Chi hội (có danh sách kèm theo).\n\nNơi nhận:\n- Như Điều 1,\n- Lưu VT.\n\nT/M BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nNguyễn Văn An\n\nDANH SÁCH\n(Kèm theo Quyết định số {annex} ngày 09/3/2026 của Ban Thường vụ Hội Nông dân xã)\n\n1. Nguyễn Văn B\n")
        };
        let found = findings("citation/attachment-reference", &doc("15/QĐ-HNDX", "15-QĐ/HNDX"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("15-QĐ/HNDX"), "{found:?}");
        assert!(findings("citation/attachment-reference", &doc("15-QĐ/HNDX", "15-QĐ/HNDX")).is_empty());
        assert!(findings("citation/attachment-reference", &doc("15 - QĐ/HNDX", "15-QĐ/HNDX")).is_empty());
    }
}
