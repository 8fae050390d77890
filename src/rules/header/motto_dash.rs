use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports en or em dashes (`–`, `—`) between the phrases of the motto, where the regulation
    /// writes a hyphen (`-`).
    ///
    /// ## Why
    /// Word's autocorrect turns ` - ` into ` – `; common in practice, so this is only style.
    ///
    /// ## Example
    /// ```text
    /// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    /// Độc lập – Tự do – Hạnh phúc
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    /// Độc lập - Tự do - Hạnh phúc
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 1: “giữa các cụm từ có gạch nối (-)”.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Gợi ý khi giữa các cụm từ của Tiêu ngữ dùng gạch ngang dài (`–`, `—`) thay cho gạch nối
    /// (`-`) như quy định.
    ///
    /// ### Vì sao
    /// Chức năng tự sửa (AutoCorrect) của Word tự đổi gạch nối có dấu cách hai bên thành gạch ngang
    /// dài; cách viết này rất phổ biến nên quy tắc chỉ ở mức gợi ý về trình bày.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 1: “giữa các cụm từ có gạch nối (-)”.
    pub struct MottoDash {
        id: "header/motto-dash",
        severity: Info,
        fix: Safe,
        summary: "Tiêu ngữ dùng gạch ngang dài (–) thay cho gạch nối (-)",
        summary_en: "The motto uses dashes (–) instead of hyphens (-)",
    }
}

impl Rule for MottoDash {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(line) = doc.header.motto else { return };
        let span = doc.lines[line].content;
        let text = doc.slice(span);
        for (i, c) in text.char_indices().filter(|(_, c)| matches!(c, '–' | '—')) {
            let at = Span::new(span.start + i, span.start + i + c.len_utf8());
            ctx.emit(
                at,
                format!("Tiêu ngữ dùng “{c}”; Nghị định 30 viết gạch nối “-”"),
                format!("The motto uses “{c}”; the decree writes a hyphen “-”"),
            )
            .safe_fix(at, "-");
        }
    }
}
