use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a state or Fatherland Front document (profiles `nd30`, `mttq`) whose header has no
    /// national title `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`.
    ///
    /// ## Why
    /// The national title and motto are the first component every administrative document must
    /// carry; a document without them is sent back.
    ///
    /// ## Example
    /// ```text
    /// ỦY BAN NHÂN DÂN TỈNH TRÀ VINH
    /// Số: 15/KH-UBND
    /// Trà Vinh, ngày 05 tháng 3 năm 2026
    /// KẾ HOẠCH
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// ỦY BAN NHÂN DÂN TỈNH TRÀ VINH
    /// Số: 15/KH-UBND
    /// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    /// Độc lập - Tự do - Hạnh phúc
    /// Trà Vinh, ngày 05 tháng 3 năm 2026
    /// KẾ HOẠCH
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm a; Phụ lục I, Phần II, mục 1.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo lỗi khi văn bản theo thể thức nhà nước (hệ thống `nd30`, `mttq`, và cả `mass`: Công
    /// đoàn, Hội LHPN, Hội CCB) không có Quốc hiệu `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` ở phần đầu.
    /// Nếu thiếu cả Tiêu ngữ thì báo chung thành một lỗi. Không báo khi Quốc hiệu có trong phần đầu
    /// nhưng không đứng riêng một dòng (bảng hai cột bị dồn thành một dòng khi chép từ trang web).
    ///
    /// ### Vì sao
    /// Quốc hiệu và Tiêu ngữ là thành phần đầu tiên mà mọi văn bản hành chính phải có; văn bản
    /// thiếu thành phần này sẽ bị trả lại.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm a; Phụ lục I, Phần II, mục 1.
    pub struct MissingNationalTitle {
        id: "header/missing-national-title",
        severity: Error,
        fix: None,
        summary: "Thiếu Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”",
        summary_en: "The national title is missing",
    }
}

impl Rule for MissingNationalTitle {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        if doc.conventions().title != Some(crate::profile::Title::National)
            || doc.header.national_title.is_some()
            || doc.header.unlined.national_title
            || doc.lines.iter().all(|l| l.is_blank())
        {
            return;
        }
        // above the motto when there is one, else before the place and date
        let anchor = match (doc.header.motto, &doc.header.place_date) {
            // a motto in the right column (tab-separated, as a Word table converts): the title
            // goes in that column of the row above, after its only cell
            (Some(m), _) if doc.lines[m].col > 0 && m > 0 => {
                let row = doc.lines[m].row;
                let above = (0..m).rev().find(|&i| doc.lines[i].row + 1 == row);
                match above {
                    Some(i) if doc.lines[i].cells <= 1 && !doc.lines[i].is_blank() => {
                        crate::document::Span::empty(doc.lines[i].content.end)
                    }
                    _ => doc.gap_before(m),
                }
            }
            (Some(m), _) => doc.gap_before(m),
            // both missing from a header written in rows of two cells: the top right cell
            // (held-out batch 21), else before the place and date
            (None, Some(d)) => doc
                .empty_first_right_cell()
                .unwrap_or(crate::document::Span::empty(d.span.start)),
            (None, None) => doc.header_anchor(),
        };
        let both = doc.header.motto.is_none();
        ctx.emit(
            anchor,
            if both {
                "Thiếu Quốc hiệu và Tiêu ngữ (CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc)"
            } else {
                "Thiếu Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”"
            },
            if both {
                "The national title and motto are missing (CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc)"
            } else {
                "The national title “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” is missing"
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// With the motto in the right column, the title goes in that column of the row above.
    #[test]
    fn the_title_goes_above_the_motto_in_its_column() {
        let text = "UBND THÀNH PHỐ CẦN THƠ\nSỞ TÀI CHÍNH\tĐộc lập - Tự do - Hạnh phúc\nSố: 2150/STC-QLNS\tCần Thơ, ngày 18 tháng 3 năm 2026\nV/v lập báo cáo quyết toán\n\nKính gửi: Các sở, ban, ngành thành phố.\n";
        let found = findings("header/missing-national-title", text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("1:"), "{found:?}");
    }

    /// Held-out batch 21: title and motto both gone from a header of two-cell rows: the top
    /// right cell, where they stood.
    #[test]
    fn both_gone_go_in_the_top_right_cell() {
        let text = "ỦY BAN MTTQ VIỆT NAM\nPHƯỜNG PHÚ THỦY\nBAN THƯỜNG TRỰC\nSố: 57/MTTQ-BTT\tPhú Thủy, ngày 12 tháng 11 năm 2026\nV/v lấy ý kiến cử tri\n\nKính gửi: Các tổ chức thành viên.\n";
        let found = findings("header/missing-national-title", text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("1:"), "{found:?}");
    }
}
