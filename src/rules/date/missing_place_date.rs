use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a header without the place-and-date line (`Trà Vinh, ngày 05 tháng 3 năm 2026`).
    ///
    /// ## Why
    /// The place and date of issue are a mandatory component; every deadline and citation of
    /// the document is measured from that date.
    ///
    /// ## Example
    /// ```text
    /// ỦY BAN NHÂN DÂN TỈNH TRÀ VINH
    /// Số: 15/KH-UBND
    /// KẾ HOẠCH
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// ỦY BAN NHÂN DÂN TỈNH TRÀ VINH
    /// Số: 15/KH-UBND
    /// Trà Vinh, ngày 05 tháng 3 năm 2026
    /// KẾ HOẠCH
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm d; Phụ lục I, Phần II, mục 4.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo phần đầu văn bản không có dòng địa danh và thời gian ban hành
    /// (`Trà Vinh, ngày 05 tháng 3 năm 2026`).
    ///
    /// ### Vì sao
    /// Địa danh và thời gian ban hành văn bản là thành phần thể thức bắt buộc; mọi thời hạn và việc
    /// viện dẫn văn bản đều tính từ ngày ban hành đó.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm d; Phụ lục I, Phần II, mục 4.
    pub struct MissingPlaceDate {
        id: "date/missing-place-date",
        severity: Error,
        fix: None,
        summary: "Thiếu địa danh và thời gian ban hành văn bản",
        summary_en: "The place-and-date line is missing",
    }
}

impl Rule for MissingPlaceDate {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let h = &doc.header;
        if h.place_date.is_some() || h.unlined.place_date || h.promulgated || doc.lines.iter().all(|l| l.is_blank())
        {
            return;
        }
        // it goes under the motto, else above the type name
        let anchor = h
            .motto
            .or(h.national_title)
            .or(h.party_title)
            .map(|l| Span::empty(doc.lines[l].content.end))
            .or_else(|| h.type_name.map(|t| Span::empty(t.span.start)))
            .unwrap_or_else(|| doc.header_anchor());
        ctx.emit(
            anchor,
            "Thiếu địa danh và thời gian ban hành (“<Địa danh>, ngày … tháng … năm …”)",
            "The place and date of issue are missing (“<Place>, ngày … tháng … năm …”)",
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// A false alarm met on a real letter of the Hội Nông dân's central committee with its
    /// "V/v" left out: the summary "đề cử Nông dân tiêu biểu …" starts like a sentence of the
    /// body, but the web page puts the date of the right column under it, so the header goes on.
    #[test]
    fn a_summary_like_a_sentence_above_the_date() {
        let letter = |summary: &str| {
            format!("HỘI NÔNG DÂN VIỆT NAM\nBAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 664-CV/HNDTW\n{summary}\n\nHà Nội, ngày 20 tháng 7 năm 2014\n\nKính gửi: Hội Nông dân các tỉnh, thành phố.\n\nĐề nghị các tỉnh gửi danh sách trước ngày 30/7/2014./.\n")
        };
        let rule = "date/missing-place-date";
        for summary in [
            "V/v đề cử Nông dân tiêu biểu năm 2014",
            "đề cử Nông dân tiêu biểu năm 2014",
        ] {
            let found = findings(rule, &letter(summary));
            assert!(found.is_empty(), "{summary}: {found:?}");
        }
        let undated = letter("V/v đề cử Nông dân tiêu biểu năm 2014")
            .replace("Hà Nội, ngày 20 tháng 7 năm 2014\n", "");
        assert_eq!(findings(rule, &undated).len(), 1);
    }
}
