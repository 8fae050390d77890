use crate::declare_rule;
use crate::document::header::NATIONAL_TITLE_FOLDED;
use crate::document::Document;
use crate::rules::{Context, Rule};
use crate::vietnamese::fold;

declare_rule! {
    /// ## What it does
    /// Checks the exact text of the national title: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, in
    /// capitals, one space between words. Both tone placements `HÒA` and `HOÀ` are accepted
    /// (the decree itself uses both).
    ///
    /// ## Why
    /// The national title is fixed text; a lower-case or misspelt title is a format error.
    ///
    /// ## Example
    /// ```text
    /// Cộng hòa xã hội chủ nghĩa Việt Nam
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 1 (Quốc hiệu và Tiêu ngữ).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Kiểm tra nguyên văn Quốc hiệu: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, viết in hoa, giữa các
    /// từ có một dấu cách. Chấp nhận cả hai cách đặt dấu `HÒA` và `HOÀ` (chính Nghị định cũng dùng
    /// cả hai).
    ///
    /// ### Vì sao
    /// Quốc hiệu là câu chữ cố định; viết chữ thường hoặc sai chính tả là sai thể thức.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 1 (Quốc hiệu và Tiêu ngữ).
    pub struct NationalTitleText {
        id: "header/national-title-text",
        severity: Error,
        fix: Safe,
        summary: "Quốc hiệu phải viết đúng “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”",
        summary_en: "The national title must read “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”",
    }
}

impl Rule for NationalTitleText {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(line) = doc.header.national_title else {
            return;
        };
        let span = doc.lines[line].content;
        let text = doc.slice(span);
        // (a no-break space, Word's Ctrl+Shift+Space or a PDF's copy, prints as a space too)
        let forms = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"];
        let squashed = super::title_read(doc, line, &forms);
        if forms.contains(&squashed.as_str()) {
            return;
        }
        let right = forms[0];
        let certain = fold(&squashed) == NATIONAL_TITLE_FOLDED;
        ctx.misspelt(span, text, right, ["Quốc hiệu", "The national title"], certain);
    }
}

#[cfg(test)]
mod tests {
    /// One mistake, one finding: the misspelt word of the national title is not reported
    /// again by the word rules.
    #[test]
    fn the_misspelt_word_is_reported_once() {
        let text = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIÊT NAM\nXÃ THẠCH KHÊ\tĐộc lập - Tự do - Hạnh phúc\nSố: 318/UBND-KT\tThạch Khê, ngày 01 tháng 10 năm 2025\n";
        let report = crate::lint(text, &crate::Config::default());
        let rules: Vec<&str> = report.diagnostics.iter().map(|d| d.rule.as_str()).collect();
        assert!(rules.contains(&"header/national-title-text"), "{rules:?}");
        assert!(!rules.iter().any(|r| r.starts_with("text/")), "{rules:?}");
    }

    /// A false alarm met on a real decision of 2019 copied from a PDF: a no-break space
    /// between "XÃ" and "HỘI", which shows and prints as a space.
    #[test]
    fn a_no_break_space_is_a_space() {
        let header = |title: &str| format!("ỦY BAN NHÂN DÂN\t{title}\nTỈNH KIÊN GIANG\tĐộc lập - Tự do - Hạnh phúc\nSố: 1961/QĐ-UBND\tKiên Giang, ngày 05 tháng 9 năm 2019\n");
        let rule = "header/national-title-text";
        let found = crate::rules::test_support::findings(rule, &header("CỘNG HÒA XÃ\u{a0}HỘI CHỦ NGHĨA VIỆT NAM"));
        assert!(found.is_empty(), "{found:?}");
        let found = crate::rules::test_support::findings(rule, &header("CỘNG HÒA XÃ HỘI CHỦ NGHỈA VIỆT NAM"));
        assert_eq!(found.len(), 1, "{found:?}");
        // one word off at the end is the title too ("VIỆT NAN"), not a missing one
        let text = header("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAN");
        let found = crate::rules::test_support::findings(rule, &text);
        assert_eq!(found.len(), 1, "{found:?}");
        let missing = crate::rules::test_support::findings("header/missing-national-title", &text);
        assert!(missing.is_empty(), "{missing:?}");
    }
}
