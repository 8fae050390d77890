use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a number left blank (`Số:      /KH-UBND`, `Số: …/KH-UBND`) outside draft mode.
    /// In draft mode (`--draft`, `draft = true`, the demo editor's “Dự thảo” box), or when the
    /// text calls itself a draft (“DỰ THẢO BÁO CÁO”, “Dự thảo” alone at the top), it is
    /// accepted: paper documents are numbered after signing.
    ///
    /// ## Why
    /// A document is issued with its number; a blank one in a final text is unfinished.
    ///
    /// ## Example
    /// ```text
    /// Số:      /KH-UBND
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Số: 15/KH-UBND
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Điều 15 khoản 2.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Cảnh báo khi số văn bản còn để trống (`Số:      /KH-UBND`, `Số: …/KH-UBND`) mà không ở chế
    /// độ dự thảo. Khi bật chế độ dự thảo (`--draft`, ô “Dự thảo” trên trang soạn thảo), hoặc khi
    /// văn bản tự ghi là dự thảo (“DỰ THẢO BÁO CÁO”, dòng “Dự thảo” ở đầu trang), thì chấp nhận:
    /// văn bản giấy được cấp số sau khi ký.
    ///
    /// ### Vì sao
    /// Văn bản được ban hành cùng với số của nó; bản chính thức mà số còn để trống là văn bản chưa
    /// hoàn chỉnh.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Điều 15 khoản 2.
    pub struct Unassigned {
        id: "number/unassigned",
        severity: Warning,
        fix: None,
        summary: "Số văn bản còn để trống (chỉ chấp nhận ở chế độ dự thảo)",
        summary_en: "The number is left blank (accepted in draft mode only)",
    }
}

impl Rule for Unassigned {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(n) = &doc.header.number else { return };
        if n.number.is_some() || ctx.config.draft || doc.header.draft {
            return;
        }
        ctx.emit(
            n.token,
            "Số văn bản còn để trống; chỉ chấp nhận khi là dự thảo (--draft)",
            "The number is blank; accepted only in draft mode (--draft)",
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// A false alarm met on a real ward's draft report: "DỰ THẢO BÁO CÁO" says it is a draft,
    /// so its blank number and day are expected, and its type name is "BÁO CÁO".
    #[test]
    fn a_text_that_calls_itself_a_draft() {
        let report = |type_line: &str| {
            format!("ỦY BAN NHÂN DÂN\nPHƯỜNG LONG ANH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố:      /BC-UBND\tLong Anh, ngày       tháng 01 năm 2024\n{type_line}\nĐánh giá kết quả tiếp cận pháp luật năm 2023\n\nThực hiện Kế hoạch số 127/KH-UBND ngày 16/02/2023 của Ủy ban nhân dân thành phố.\n")
        };
        for rule in ["number/unassigned", "date/blank", "header/type-name-text"] {
            let draft = findings(rule, &report("DỰ THẢO BÁO CÁO"));
            assert!(draft.is_empty(), "{rule}: {draft:?}");
        }
        for rule in ["number/unassigned", "date/blank"] {
            let signed = findings(rule, &report("BÁO CÁO"));
            assert_eq!(signed.len(), 1, "{rule}: {signed:?}");
        }
    }
}
