use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a document with no number line (`Số: 15/KH-UBND`, Party `Số 45-KH/TU`). In draft
    /// mode the number may be left blank (`Số:    /KH-UBND`), but the line must be there.
    ///
    /// ## Why
    /// The number and symbol identify the document in the register; without them it cannot be
    /// issued or cited.
    ///
    /// ## Example
    /// ```text
    /// ỦY BAN NHÂN DÂN TỈNH TRÀ VINH
    /// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    /// KẾ HOẠCH
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// ỦY BAN NHÂN DÂN TỈNH TRÀ VINH
    /// Số: 15/KH-UBND
    /// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    /// KẾ HOẠCH
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm c, Điều 15; Phụ lục I, Phần II, mục 3.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo lỗi khi văn bản không có dòng số, ký hiệu (`Số: 15/KH-UBND`; văn bản của Đảng
    /// `Số 45-KH/TU`). Ở chế độ dự thảo được để trống số (`Số:    /KH-UBND`), nhưng vẫn phải có
    /// dòng này. Không báo khi số, ký hiệu có trong phần đầu nhưng không đứng riêng một dòng (bảng
    /// hai cột bị dồn thành một dòng khi chép từ trang web).
    ///
    /// ### Vì sao
    /// Số, ký hiệu là căn cứ để nhận biết văn bản trong sổ đăng ký; thiếu số, ký hiệu thì văn bản
    /// không thể ban hành hay được viện dẫn.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm c, Điều 15; Phụ lục I, Phần II, mục 3.
    pub struct Missing {
        id: "number/missing",
        severity: Error,
        fix: None,
        summary: "Thiếu số, ký hiệu văn bản",
        summary_en: "The document number is missing",
    }
}

impl Rule for Missing {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let h = &doc.header;
        // (a thư công: NĐ30 gives it no form, and open letters go out unnumbered)
        let letter = doc.doc_type.is_some_and(|t| t.name == "Thư");
        if h.number.is_some() || h.unlined.number || h.promulgated || letter || doc.lines.iter().all(|l| l.is_blank()) {
            return;
        }
        // the number goes under the issuing body; in a header flattened row by row, in the
        // empty left cell before the place and date ("⇥Cái Nhum, ngày …")
        let empty_cell = h
            .place_date
            .as_ref()
            .map(|p| doc.lines[p.line])
            .filter(|l| l.col > 0 && l.cells == 1);
        let anchor = match (empty_cell, h.issuing_body.last()) {
            (Some(l), _) => Span::empty(l.span.start),
            (None, Some(&l)) => Span::empty(doc.lines[l].content.end),
            (None, None) => doc.header_anchor(),
        };
        let example = match (
            doc.profile.is_state(),
            doc.doc_type.and_then(|t| t.state_code),
        ) {
            (true, Some(code)) => format!("Số: …/{code}-…"),
            (true, None) => "Số: …/…".to_string(),
            (false, _) => "Số …-…/…".to_string(),
        };
        ctx.emit(
            anchor,
            format!("Thiếu số, ký hiệu văn bản (“{example}”)"),
            format!("The document number is missing (“{example}”)"),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// A header flattened row by row whose number cell was deleted (held-out batch 18): the
    /// finding points at the row left with an empty first cell, where the number was.
    #[test]
    fn points_at_the_empty_cell_of_the_number() {
        let text = "SỞ GIÁO DỤC VÀ ĐÀO TẠO VĨNH LONG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG THPT PHAN VĂN ĐÁNG\tĐộc lập - Tự do - Hạnh phúc\n\tCái Nhum, ngày 20 tháng 4 năm 2026\n\nTHÔNG BÁO\nTuyển sinh vào lớp 10\n\nNhà trường thông báo tuyển sinh.\n";
        let found = findings("number/missing", text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("3:2 "), "{found:?}");
    }

    /// A false alarm met on a real commune's Quy chế published on its own: "(Ban hành kèm
    /// theo Quyết định số 59/QĐ-UBND …)" under its title. Its number, date and recipients are
    /// the decision's.
    #[test]
    fn a_promulgated_text_in_a_file_of_its_own() {
        let rules = |under_title: &str| {
            let text = format!("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ XUÂN PHÚ\tĐộc lập - Tự do - Hạnh phúc\n\nQUY CHẾ\nLàm việc của Ủy ban nhân dân xã Xuân Phú\n{under_title}\n\nChương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n1. Quy chế này quy định về nguyên tắc làm việc của Ủy ban nhân dân xã.\nĐiều 2. Trách nhiệm thi hành\nCác công chức xã chịu trách nhiệm thi hành Quy chế này./.\n");
            ["number/missing", "date/missing-place-date", "recipients/missing"]
                .iter()
                .map(|r| findings(r, &text).len())
                .sum::<usize>()
        };
        assert_eq!(rules("(Ban hành kèm theo Quyết định số 59/QĐ-UBND ngày 22 tháng 7 năm 2021 của Ủy ban nhân dân xã Xuân Phú)"), 0);
        assert_eq!(rules("nhiệm kỳ 2021 - 2026"), 3);
    }

    /// A false alarm met on a real district's open letter (2019): a thư công goes out with no
    /// number and no Nơi nhận; a notice with the same header still needs its number.
    #[test]
    fn an_open_letter_has_no_number() {
        let text = |type_name: &str| format!("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN MAI CHÂU\tĐộc lập - Tự do - Hạnh phúc\n\tMai Châu, ngày 19 tháng 12 năm 2019\n\n{type_name}\nVận động hỗ trợ kinh phí bắn pháo hoa\n\nỦy ban nhân dân huyện kêu gọi các doanh nghiệp quan tâm, hỗ trợ.\nXin trân trọng cảm ơn!\n\nKÍNH THƯ\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nPhạm Văn Hoàn\n");
        for rule in ["number/missing", "recipients/missing", "header/missing-type-name", "header/type-name-text"] {
            assert!(findings(rule, &text("THƯ NGỎ")).is_empty(), "{rule}");
            assert!(findings(rule, &text("THƯ CHÚC MỪNG NĂM MỚI")).is_empty(), "{rule}");
        }
        assert_eq!(findings("number/missing", &text("THÔNG BÁO")).len(), 1);
    }
}
