use crate::declare_rule;
use crate::document::Document;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a type-name line in capitals with a wrong mark (`QUYÊT ĐỊNH`, `KÊ HOẠCH`, `TỜ
    /// TRINH`), with the type's exact name as a safe fix.
    ///
    /// ## Why
    /// The type name is the document's name; a misspelt one is the first thing a reader sees.
    ///
    /// ## Example
    /// ```text
    /// ỦY BAN NHÂN DÂN
    /// TỈNH AN GIANG
    /// Số: 15/KH-UBND
    /// KÊ HOẠCH
    /// Chuyển đổi số năm 2026
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// ỦY BAN NHÂN DÂN
    /// TỈNH AN GIANG
    /// Số: 15/KH-UBND
    /// KẾ HOẠCH
    /// Chuyển đổi số năm 2026
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 5; Phụ lục III (the type names).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo lỗi khi dòng tên loại văn bản viết in hoa nhưng sai dấu (`QUYÊT ĐỊNH`, `KÊ HOẠCH`,
    /// `TỜ TRINH`) và sửa tự động thành đúng tên loại. Tên loại viết chữ thường do quy tắc
    /// `header/type-name-case` báo.
    ///
    /// ### Vì sao
    /// Tên loại là tên của văn bản; tên loại viết sai là lỗi đầu tiên người đọc nhìn thấy.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 5; Phụ lục III (tên loại văn bản).
    pub struct TypeNameText {
        id: "header/type-name-text",
        severity: Error,
        fix: Safe,
        summary: "Tên loại văn bản viết sai dấu",
        summary_en: "The type name is misspelt",
    }
}

impl Rule for TypeNameText {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let Some(t) = doc.header.type_name else {
            return;
        };
        // a name in sentence case is header/type-name-case's
        if !t.upper {
            return;
        }
        let text = doc.slice(t.span);
        let squashed = crate::vietnamese::single_spaced(text);
        // (the span is the name alone, without the kind of work or the summary after it)
        let right = t.doc_type.upper;
        if squashed == right {
            return;
        }
        ctx.misspelt(t.span, text, right, ["Tên loại văn bản", "The type name"], true);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// "KẾT LUẬN THANH TRA" is the type name with the kind of work it closes; a misspelt
    /// name is still reported.
    #[test]
    fn a_type_name_with_its_kind_of_work_is_right() {
        let conclusion = |title: &str| format!("UBND TỈNH NINH BÌNH\nTHANH TRA TỈNH\nSố: 52/KL-TTr\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nNinh Bình, ngày 12 tháng 5 năm 2026\n\n{title}\nViệc quản lý đất đai\n");
        let rule = "header/type-name-text";
        assert!(findings(rule, &conclusion("KẾT LUẬN THANH TRA")).is_empty());
        assert_eq!(findings(rule, &conclusion("KÊT LUẬN")).len(), 1);
    }

    /// A false alarm met on a real programme of the Đoàn (2021): "CHƯƠNG TRÌNH HÀNH ĐỘNG"
    /// is its type name, and the symbol's "CTr" is satisfied by it.
    #[test]
    fn a_programme_of_action() {
        let programme = |title: &str| format!("BAN CHẤP HÀNH TRUNG ƯƠNG\n***\nSố: 26-CTr/TWĐTN-VP\nĐOÀN TNCS HỒ CHÍ MINH\nHà Nội, ngày 19 tháng 5 năm 2021\n\n{title}\nthực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng\n\nI. MỤC ĐÍCH, YÊU CẦU\n");
        for rule in ["header/type-name-text", "header/missing-type-name"] {
            let found = findings(rule, &programme("CHƯƠNG TRÌNH HÀNH ĐỘNG"));
            assert!(found.is_empty(), "{rule}: {found:?}");
        }
        assert_eq!(findings("header/missing-type-name", &programme("HỘI NGHỊ HÀNH ĐỘNG")).len(), 1);
    }
}
