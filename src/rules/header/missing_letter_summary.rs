use crate::declare_rule;
use crate::document::types::by_code;
use crate::document::{Document, NumberStyle};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a công văn (a letter: no type name, a symbol without a type code, a "Kính gửi:"
    /// block) without its summary `V/v …` under the number, or whose summary line does not
    /// start with `V/v`.
    ///
    /// ## Why
    /// A công văn has no type name: its "V/v" summary is what says what it is about, in
    /// registers and at a glance.
    ///
    /// ## Example
    /// ```text
    /// UBND TỈNH ĐỒNG THÁP
    /// SỞ TÀI CHÍNH
    /// Số: 2150/STC-QLNS
    /// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    /// Độc lập - Tự do - Hạnh phúc
    /// Đồng Tháp, ngày 18 tháng 3 năm 2026
    ///
    /// Kính gửi: Ủy ban nhân dân các xã, phường.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// UBND TỈNH ĐỒNG THÁP
    /// SỞ TÀI CHÍNH
    /// Số: 2150/STC-QLNS
    /// V/v lập báo cáo quyết toán ngân sách năm 2025
    /// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    /// Độc lập - Tự do - Hạnh phúc
    /// Đồng Tháp, ngày 18 tháng 3 năm 2026
    ///
    /// Kính gửi: Ủy ban nhân dân các xã, phường.
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 5 điểm b (“trích yếu nội dung công văn
    /// được trình bày ... sau chữ “V/v””).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo lỗi khi công văn (không có tên loại văn bản, ký hiệu không bắt đầu bằng chữ viết tắt tên
    /// loại hoặc bắt đầu bằng `CV`, có phần “Kính gửi:”) thiếu trích yếu nội dung `V/v …` dưới số,
    /// ký hiệu, hoặc có dòng trích yếu nhưng không bắt đầu bằng `V/v`.
    ///
    /// ### Vì sao
    /// Công văn không có tên loại văn bản: trích yếu “V/v” là phần cho biết công văn về việc gì,
    /// khi vào sổ cũng như khi đọc lướt.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 5 điểm b (“trích yếu nội dung công văn được
    /// trình bày ... sau chữ “V/v””).
    pub struct MissingLetterSummary {
        id: "header/missing-letter-summary",
        severity: Error,
        fix: None,
        summary: "Công văn thiếu trích yếu “V/v …” dưới số, ký hiệu",
        summary_en: "A công văn lacks its “V/v …” summary under the number",
    }
}

impl Rule for MissingLetterSummary {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let h = &doc.header;
        if h.type_name.is_some() || !h.summary.is_empty() {
            return;
        }
        let Some(n) = &h.number else { return };
        let party = n.style == Some(NumberStyle::Party);
        // a letter: no type code first in the symbol (or the Party's CV), and "Kính gửi:"
        let letter_symbol = n
            .type_code()
            .is_some_and(|c| by_code(&c.text, party).is_none() || c.text == "CV");
        let kinh_gui = (h.end..doc.body.end.min(doc.lines.len()).max(h.end))
            .take(12)
            .any(|i| doc.content(i).starts_with("Kính gửi"));
        if !letter_symbol || !kinh_gui {
            return;
        }
        // a summary written without "V/v": the lower-case line under the number
        let next = (n.line + 1..doc.lines.len()).find(|&i| !doc.lines[i].is_blank());
        if let Some(i) = next.filter(|&i| crate::vietnamese::starts_lower(doc.content(i))) {
            ctx.emit(
                doc.lines[i].content,
                "Trích yếu công văn bắt đầu bằng “V/v” (về việc)",
                "A công văn's summary starts with “V/v” (về việc)",
            );
            return;
        }
        ctx.emit(
            doc.gap_after(n.line),
            "Công văn thiếu trích yếu “V/v …” dưới số, ký hiệu",
            "The công văn lacks its summary “V/v …” under the number",
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// A false alarm met on a real letter of a ministry (2010): "V/v: báo cáo số liệu …",
    /// its summary with a colon.
    #[test]
    fn a_summary_written_with_a_colon() {
        let letter = |summary: &str| {
            format!("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 2978/BGDĐT-CSVCTBTH\n{summary}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 28 tháng 5 năm 2010\n\nKính gửi: Các sở giáo dục và đào tạo.\n\nĐề nghị các sở báo cáo số liệu trước ngày 15/6/2010./.\n")
        };
        let rule = "header/missing-letter-summary";
        for summary in ["V/v: báo cáo số liệu phổ cập", "V/v báo cáo số liệu phổ cập"] {
            let found = findings(rule, &letter(summary));
            assert!(found.is_empty(), "{summary}: {found:?}");
        }
        assert_eq!(findings(rule, &letter("")).len(), 1);
    }
}
