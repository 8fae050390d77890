use crate::declare_rule;
use crate::document::{Document, OrgTitle};
use crate::rules::{Context, Rule};

const PARTY_TITLE: &str = "ĐẢNG CỘNG SẢN VIỆT NAM";

declare_rule! {
    /// ## What it does
    /// Checks the exact text of the Party title (`ĐẢNG CỘNG SẢN VIỆT NAM`) and of the titles
    /// some organisations write in its place (`ĐOÀN TNCS HỒ CHÍ MINH`, `HỘI NÔNG DÂN VIỆT
    /// NAM`): a misspelt or lower-case title gets the exact line as a safe fix.
    ///
    /// ## Why
    /// The title is fixed text: a wrong mark ("VIÊT", "SẨN") or letters in lower case is a
    /// visible error at the top of the document.
    ///
    /// ## Example
    /// ```text
    /// TỈNH ỦY TRÀ VINH
    /// *
    /// Số 45-KH/TU
    /// ĐẢNG CỘNG SẢN VIÊT NAM
    /// Trà Vinh, ngày 05 tháng 3 năm 2026
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// TỈNH ỦY TRÀ VINH
    /// *
    /// Số 45-KH/TU
    /// ĐẢNG CỘNG SẢN VIỆT NAM
    /// Trà Vinh, ngày 05 tháng 3 năm 2026
    /// ```
    ///
    /// ## Basis
    /// Quy định 66-QĐ/TW, Điều 15 and Hướng dẫn 36-HD/VPTW (the Party title); Hướng dẫn
    /// 29-HD/TWĐTN-VP (the Đoàn's title).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Kiểm tra nguyên văn tiêu đề Đảng (`ĐẢNG CỘNG SẢN VIỆT NAM`) và tiêu đề mà một số tổ chức ghi
    /// thay cho Quốc hiệu (`ĐOÀN TNCS HỒ CHÍ MINH`, `HỘI NÔNG DÂN VIỆT NAM`): tiêu đề sai dấu hoặc
    /// có chữ thường được sửa tự động thành đúng nguyên văn. Với Đoàn, tên đầy đủ
    /// `ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH` cũng được chấp nhận.
    ///
    /// ### Vì sao
    /// Tiêu đề là câu chữ cố định: sai dấu (“VIÊT”, “SẨN”) hay có chữ thường là lỗi dễ thấy ngay
    /// đầu văn bản.
    ///
    /// ### Căn cứ
    /// Quy định 66-QĐ/TW, Điều 15 và Hướng dẫn 36-HD/VPTW (tiêu đề Đảng); Hướng dẫn 29-HD/TWĐTN-VP
    /// (tiêu đề của Đoàn).
    pub struct TitleText {
        id: "header/title-text",
        severity: Error,
        fix: Safe,
        summary: "Tiêu đề Đảng (hoặc tiêu đề của tổ chức) viết sai",
        summary_en: "The Party title (or an organisation's title) is misspelt",
    }
}

impl Rule for TitleText {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let titles = [
            doc.header.party_title.map(|l| (l, PARTY_TITLE)),
            doc.header
                .org_title
                .map(|(l, t): (usize, OrgTitle)| (l, t.text())),
        ];
        for (line, right) in titles.into_iter().flatten() {
            let span = doc.lines[line].content;
            let text = doc.slice(span);
            let squashed: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if squashed == right
                || (right.starts_with("ĐOÀN") && squashed == "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH")
            {
                continue;
            }
            ctx.emit(
                span,
                format!("Tiêu đề viết sai: “{text}”; đúng là “{right}”"),
                format!("The title is written “{text}”; it must be “{right}”"),
            )
            .safe_fix(span, right);
        }
    }
}
