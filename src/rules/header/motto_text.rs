use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};

/// The motto with en or em dashes in place of hyphens (reported by `header/motto-dash`).
pub(crate) fn with_hyphens(s: &str) -> String {
    s.replace(['–', '—'], "-")
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
        ctx.emit(
            span,
            format!("Tiêu ngữ viết sai: “{text}”; đúng là “Độc lập - Tự do - Hạnh phúc”"),
            format!("The motto is written “{text}”; it must be “Độc lập - Tự do - Hạnh phúc”"),
        )
        .safe_fix(span, "Độc lập - Tự do - Hạnh phúc");
    }
}
