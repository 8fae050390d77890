use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a cited number written with spaces inside (`46 - CT/TW`, `21/2025/TT - BNV`,
    /// `15 /QĐ-UBND`), with the number written solid as a safe fix.
    ///
    /// ## Why
    /// The number and symbol are written without spaces, in citations as in the document's own
    /// number line; a spaced number is not found by a search in the register.
    ///
    /// ## Example
    /// ```text
    /// Thực hiện Chỉ thị số 46 - CT/TW ngày 22/6/2015 của Bộ Chính trị;
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Thực hiện Chỉ thị số 46-CT/TW ngày 22/6/2015 của Bộ Chính trị;
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 3 (“không cách chữ”); Hướng dẫn
    /// 36-HD/VPTW.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo lỗi khi số, ký hiệu của văn bản được viện dẫn có dấu cách bên trong (`46 - CT/TW`,
    /// `21/2025/TT - BNV`, `15 /QĐ-UBND`). Có sửa tự động an toàn: viết liền số, ký hiệu.
    ///
    /// ### Vì sao
    /// Số, ký hiệu văn bản viết liền, không cách chữ, khi viện dẫn cũng như ở dòng số, ký hiệu của
    /// chính văn bản; số viết có dấu cách sẽ không tìm thấy khi tra cứu sổ đăng ký văn bản.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 3 (“không cách chữ”); Hướng dẫn 36-HD/VPTW.
    pub struct NumberForm {
        id: "citation/number-form",
        severity: Error,
        fix: Safe,
        summary: "Số, ký hiệu văn bản viện dẫn có dấu cách bên trong",
        summary_en: "A cited number has spaces inside",
    }
}

impl Rule for NumberForm {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        for c in doc.citations.iter().filter(|c| c.spaced) {
            report(doc, ctx, c.number);
        }
        // a law cited by its name and number ("Luật … số 10/2022/QH 15")
        for number in doc.laws.iter().filter(|l| l.number_spaced).filter_map(|l| l.number) {
            report(doc, ctx, number);
        }
    }
}

/// A cited number with spaces inside, and the same written solid as the fix.
fn report(doc: &Document, ctx: &mut Context, number: Span) {
    let written = doc.slice(number);
    let solid: String = written.chars().filter(|c| *c != ' ').collect();
    ctx.emit(
        number,
        format!("Số, ký hiệu “{written}” có dấu cách bên trong; viết liền: “{solid}”"),
        format!("The cited number “{written}” contains spaces; write “{solid}”"),
    )
    .safe_fix(number, solid);
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// Held-out batch 47: the Assembly's term split from its code, "79/2006/QH 11".
    #[test]
    fn the_assemblys_term_split_from_its_code() {
        let rule = "citation/number-form";
        let basis = |number: &str| format!("Căn cứ Nghị quyết số {number} ngày 29/11/2006 của Quốc hội.\n");
        let got = findings(rule, &basis("79/2006/QH 11"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].contains("“79/2006/QH11”"), "{got:?}");
        assert!(findings(rule, &basis("79/2006/QH11")).is_empty());
        // a year after the code is no term: "15/QH 2020" reads up to "QH"
        assert!(findings(rule, &basis("15/QH 2020")).is_empty());
        // held-out batch 51: a law cited by its name and number
        let law = |number: &str| format!("Căn cứ Luật Thực hiện dân chủ ở cơ sở số {number} ngày 10/11/2022;\n");
        let got = findings(rule, &law("10/2022/QH 15"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].contains("“10/2022/QH15”"), "{got:?}");
        assert!(findings(rule, &law("10/2022/QH15")).is_empty());
        // held-out batch 53: a space before or after a slash of the law's number
        for spaced in ["10 /2022/QH15", "10/2022/ QH15", "10 / 2022/QH15"] {
            let got = findings(rule, &law(spaced));
            assert_eq!(got.len(), 1, "{spaced}: {got:?}");
            assert!(got[0].contains("“10/2022/QH15”"), "{got:?}");
        }
    }
}
