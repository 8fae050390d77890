use crate::declare_rule;
use crate::document::types::by_code;
use crate::document::{Document, NumberStyle};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a công văn (a letter: no type name, a symbol without a type code, a "Kính gửi:"
    /// block) without its summary `V/v …` under the number, or whose summary line does not
    /// start with `V/v` (a Party letter's summary is not held to the opener).
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
    /// ký hiệu, hoặc có dòng trích yếu nhưng không bắt đầu bằng `V/v` (trích yếu công văn của Đảng
    /// không bắt buộc mở đầu bằng `V/v`).
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
        if h.type_name.is_some() {
            return;
        }
        let Some(n) = &h.number else { return };
        let party = n.style == Some(NumberStyle::Party);
        // a summary written without "V/v" ("Về cho học sinh nghỉ học"): the state's form
        // opens it with "V/v"; the Party's guide is not read as asking for it
        let opener = h.summary.first().filter(|&&s| {
            crate::vietnamese::fold::fold_prefix(doc.content(s), 3) != "v/v"
        });
        if !h.summary.is_empty() && (party || opener.is_none()) {
            return;
        }
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
        // ... or in lower case, the line under the number
        let next = doc.next_filled(n.line);
        let lower = next.filter(|&i| crate::vietnamese::starts_lower(doc.content(i)));
        if let Some(&i) = opener.or(lower.as_ref()) {
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

    /// False alarms met on real letters (held-out set 4): a Sở's "Về cho học sinh nghỉ học"
    /// and a Party board's "Gửi Đề cương tuyên truyền …", summaries written without "V/v" on
    /// the line under the number, were reported missing. A sentence there is no summary.
    #[test]
    fn a_summary_written_without_v_v() {
        let letter = |under: &str| {
            format!("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ HỒ CHÍ MINH\tĐộc lập - Tự do - Hạnh phúc\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 4144/GDĐT-VP\tThành phố Hồ Chí Minh, ngày 25 tháng 11 năm 2018\n{under}\n\nKính gửi: Hiệu trưởng các trường trung học phổ thông.\n\nSở Giáo dục và Đào tạo đề nghị các trường cho học sinh nghỉ học ngày 26/11/2018./.\n")
        };
        let rule = "header/missing-letter-summary";
        // not missing: written without its opener, which the state's form has
        for under in ["Về cho học sinh nghỉ học", "Gửi Đề cương tuyên truyền kỷ niệm"] {
            let found = findings(rule, &letter(under));
            assert_eq!(found.len(), 1, "{under}");
            assert!(found[0].contains("bắt đầu bằng “V/v”"), "{found:?}");
        }
        // a Party letter's summary without "V/v" is not reported
        let party = "TỈNH ỦY HÀ TĨNH\tĐẢNG CỘNG SẢN VIỆT NAM\nBAN TUYÊN GIÁO\n*\n\tHà Tĩnh, ngày 15 tháng 6 năm 2021\nSố 369-CV/BTGTU\nGửi Đề cương tuyên truyền kỷ niệm\n\nKính gửi: Các ban, sở, ngành cấp tỉnh.\n\nBan Tuyên giáo Tỉnh ủy gửi Đề cương tuyên truyền./.\n";
        assert!(findings(rule, party).is_empty());
        for under in ["", "Thực hiện chỉ đạo của Ủy ban nhân dân Thành phố, Sở thông báo như sau:"] {
            assert_eq!(findings(rule, &letter(under)).len(), 1, "{under}");
        }
    }
}
