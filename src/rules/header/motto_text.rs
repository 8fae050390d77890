use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};

/// The motto with en or em dashes in place of hyphens (reported by `header/motto-dash`).
/// (and single-spaced: a real school's "Độc lập  – Tự do – Hạnh phúc" is a spacing slip)
pub(crate) fn with_hyphens(s: &str) -> String {
    crate::vietnamese::single_spaced(s)
        .chars()
        .map(|c| if c == '–' || c == '—' { '-' } else { c })
        .collect()
}

declare_rule! {
    /// ## What it does
    /// Checks the motto's words, capitals and spacing: `Độc lập - Tự do - Hạnh phúc`, each phrase
    /// capitalised, a hyphen with one space on each side. (Dashes instead of hyphens are
    /// reported by `header/motto-dash`.)
    ///
    /// ## Why
    /// The motto is fixed text.
    ///
    /// ## Example
    /// ```text
    /// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    /// Độc lập-Tự do-Hạnh phúc
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    /// Độc lập - Tự do - Hạnh phúc
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 1.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Kiểm tra chữ, cách viết hoa và khoảng cách của Tiêu ngữ: `Độc lập - Tự do - Hạnh phúc`, viết
    /// hoa chữ cái đầu của mỗi cụm từ, giữa các cụm từ có gạch nối (-), trước và sau gạch nối có
    /// một dấu cách. Trường hợp dùng gạch ngang dài thay cho gạch nối do quy tắc
    /// `header/motto-dash` báo.
    ///
    /// ### Vì sao
    /// Tiêu ngữ là câu chữ cố định, phải viết đúng nguyên văn.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 1.
    pub struct MottoText {
        id: "header/motto-text",
        severity: Error,
        fix: Safe,
        summary: "Tiêu ngữ phải viết đúng “Độc lập - Tự do - Hạnh phúc”",
        summary_en: "The motto must read “Độc lập - Tự do - Hạnh phúc”",
    }
}

impl Rule for MottoText {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(line) = doc.header.motto else { return };
        let span = doc.lines[line].content;
        let text = doc.slice(span);
        if with_hyphens(text) == "Độc lập - Tự do - Hạnh phúc" {
            return;
        }
        // the line holds the motto and nothing after it: replacing the whole line loses no
        // text ("Độc lập - Tự do - Hạnh phúc  CỘNG HÒA …" with the title in the same row would)
        let only_motto = crate::vietnamese::fold::fold(text).trim_end().ends_with("hanh phuc");
        let right = "Độc lập - Tự do - Hạnh phúc";
        ctx.misspelt(span, text, right, ["Tiêu ngữ", "The motto"], only_motto);
    }
}

#[cfg(test)]
mod tests {
    /// A fix never deletes text: with the national title typed after the motto in one row, the
    /// motto's finding offers no fix that would replace the whole row.
    #[test]
    fn a_row_with_more_than_the_motto_gets_no_safe_fix() {
        let text = "ngày 31/4/2022\r\nĐộc lập – Tự do – Hạnh phúc  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
        let report = crate::lint(text, &crate::Config::default());
        let motto = report.diagnostics.iter().find(|d| d.rule.as_str() == "header/motto-text");
        assert!(motto.is_some_and(|d| d.fix.is_none()), "{motto:?}");
        let (fixed, _) = crate::fix::apply_safe_fixes(text, &report.diagnostics);
        assert!(fixed.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "{fixed}");
    }

    /// Real documents: a doubled space in the motto is a spacing slip (`text/spacing`), not a
    /// motto written wrong; a missing space around a hyphen still is.
    #[test]
    fn a_doubled_space_is_no_wrong_motto() {
        let findings = crate::rules::test_support::findings;
        let header = |motto: &str| format!("PHÒNG GD&ĐT LẠC SƠN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG THCS NHÂN NGHĨA\t{motto}\n");
        assert!(findings("header/motto-text", &header("Độc lập  - Tự do - Hạnh phúc")).is_empty());
        assert_eq!(findings("header/motto-text", &header("Độc lập- Tự do- Hạnh phúc")).len(), 1);
    }
}
