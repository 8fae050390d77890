use crate::config::Profile;
use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a Party document (profile `party`) without the title `ĐẢNG CỘNG SẢN VIỆT NAM`.
    ///
    /// ## Why
    /// Party documents carry the Party title where state documents carry the national title; it is
    /// a mandatory component.
    ///
    /// ## Example
    /// ```text
    /// TỈNH ỦY TRÀ VINH
    /// *
    /// Số 45-KH/TU
    /// Trà Vinh, ngày 05 tháng 3 năm 2026
    /// KẾ HOẠCH
    /// ```
    ///
    /// The national title written where the Party title goes is reported on its line, with an
    /// unsafe fix (`ĐẢNG CỘNG SẢN VIỆT NAM`; the motto, if any, is left for the clerk):
    /// ```text
    /// TỈNH ỦY TRÀ VINH
    /// *
    /// Số 45-KH/TU
    /// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    /// Trà Vinh, ngày 05 tháng 3 năm 2026
    /// KẾ HOẠCH
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// TỈNH ỦY TRÀ VINH
    /// *
    /// Số 45-KH/TU
    /// ĐẢNG CỘNG SẢN VIỆT NAM
    /// Trà Vinh, ngày 05 tháng 3 năm 2026
    /// KẾ HOẠCH
    /// ```
    ///
    /// ## Basis
    /// Quy định 66-QĐ/TW (2017), Điều 15; Hướng dẫn 36-HD/VPTW (2018); Quy định 399-QĐ/TW (2026).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo lỗi khi văn bản của Đảng (hệ thống `party`) không có tiêu đề `ĐẢNG CỘNG SẢN VIỆT NAM`.
    /// Nếu văn bản ghi Quốc hiệu vào vị trí đó, quy tắc báo dòng Quốc hiệu và đề xuất thay bằng
    /// `ĐẢNG CỘNG SẢN VIỆT NAM` (người soạn cần xem lại trước khi sửa).
    ///
    /// ### Vì sao
    /// Văn bản của Đảng ghi tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” ở vị trí mà văn bản nhà nước ghi Quốc
    /// hiệu; đây là thành phần bắt buộc.
    ///
    /// ### Căn cứ
    /// Quy định 66-QĐ/TW (2017), Điều 15; Hướng dẫn 36-HD/VPTW (2018); Quy định 399-QĐ/TW (2026).
    pub struct MissingPartyTitle {
        id: "header/missing-party-title",
        severity: Error,
        fix: Unsafe,
        summary: "Văn bản của Đảng thiếu tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”",
        summary_en: "A Party document lacks the title “ĐẢNG CỘNG SẢN VIỆT NAM”",
    }
}

impl Rule for MissingPartyTitle {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        if doc.profile != Profile::Party || doc.header.party_title.is_some() {
            return;
        }
        // the state's title written in its place
        if let Some(t) = doc.header.national_title {
            let span = doc.lines[t].content;
            ctx.emit(
                span,
                "Văn bản của Đảng dùng tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”, không dùng Quốc hiệu và Tiêu ngữ",
                "A Party document carries the title “ĐẢNG CỘNG SẢN VIỆT NAM”, not the national title and motto",
            )
            .unsafe_fix(span, "ĐẢNG CỘNG SẢN VIỆT NAM");
            return;
        }
        // above the place and date, or in the empty right cell of a header in rows
        let anchor = doc
            .header
            .place_date
            .as_ref()
            .map(|d| {
                doc.empty_first_right_cell()
                    .unwrap_or(Span::empty(d.span.start))
            })
            .unwrap_or_else(|| doc.header_anchor());
        ctx.emit(
            anchor,
            "Văn bản của Đảng thiếu tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”",
            "The Party title “ĐẢNG CỘNG SẢN VIỆT NAM” is missing",
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// A header in rows of two cells: the missing title is shown in the first row's empty
    /// right cell, where a clerk would type it.
    #[test]
    fn the_missing_title_goes_in_the_first_rows_right_cell() {
        let decision = "ĐẢNG BỘ TỈNH ĐỒNG THÁP\t\nĐẢNG ỦY XÃ PHONG HÒA\t\n*\t\nSố 125-QĐ/ĐU\tPhong Hòa, ngày 09 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\nthành lập đoàn kiểm tra\n";
        let found = findings("header/missing-party-title", decision);
        assert_eq!(found.len(), 1);
        assert!(found[0].starts_with("1:"), "{found:?}");
    }
}
