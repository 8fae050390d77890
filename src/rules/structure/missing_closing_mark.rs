use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports a body whose last paragraph does not end with the closing mark `./.`, in the
    /// documents whose templates use it (state and MTTQ; not Party, Hội Nông dân or Đoàn
    /// documents, whose guides do not ask for it).
    ///
    /// ## Why
    /// The official templates end the content with `./.`, so nothing can be appended after
    /// signing. The rule text does not state it, hence info.
    ///
    /// ## Example
    /// ```text
    /// KẾ HOẠCH
    /// Chuyển đổi số năm 2026
    /// I. MỤC ĐÍCH
    /// Trên đây là Kế hoạch chuyển đổi số năm 2026.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// KẾ HOẠCH
    /// Chuyển đổi số năm 2026
    /// I. MỤC ĐÍCH
    /// Trên đây là Kế hoạch chuyển đổi số năm 2026./.
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục III, Mẫu 1.1–1.10 (practice of the templates).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo phần nội dung văn bản có đoạn cuối cùng không kết thúc bằng dấu `./.`, ở các văn bản
    /// mà mẫu có dấu này (văn bản nhà nước và của Mặt trận; không báo với văn bản của Đảng,
    /// Hội Nông dân, Đoàn vì hướng dẫn của các tổ chức này không quy định).
    ///
    /// ### Vì sao
    /// Các mẫu văn bản chính thức kết thúc phần nội dung bằng `./.`, để không thể viết thêm vào sau
    /// khi đã ký. Quy định không nêu thành lời, nên quy tắc chỉ ở mức gợi ý.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục III, Mẫu 1.1–1.10 (cách trình bày của các mẫu).
    pub struct MissingClosingMark {
        id: "structure/missing-closing-mark",
        severity: Info,
        fix: Safe,
        summary: "Nội dung văn bản không kết thúc bằng dấu “./.”",
        summary_en: "The body does not end with “./.”",
    }
}

impl Rule for MissingClosingMark {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        // the state templates' convention; the Party's, Hội Nông dân's and Đoàn's guides do
        // not ask for it
        if !doc.conventions().closing_mark {
            return;
        }
        if doc.body.parts.is_empty() && doc.body.closing.is_none() {
            return;
        }
        // a note of what goes with the text, after its last sentence ("(Gửi kèm: dự thảo
        // Quyết định; Phụ lục I, Phụ lục II)"), is not the body's end
        let Some(last) = (doc.body.start..doc.body.end).rev().find(|&i| {
            let c = doc.slice(doc.lines[i].content);
            !(doc.lines[i].is_blank() || c.starts_with('(') && c.ends_with(')'))
        }) else {
            return;
        };
        let content = doc.lines[last].content;
        let text = doc.slice(content);
        if text.ends_with("./.") || text.ends_with("/.") {
            return;
        }
        let end = Span::empty(content.end);
        let f = ctx.emit(
            end,
            "Nội dung văn bản nên kết thúc bằng dấu “./.”",
            "The body should end with “./.”",
        );
        if text.ends_with('.') {
            f.safe_fix(end, "/.");
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// "(Gửi kèm: …)" after the last sentence notes what goes with the text: the "./." before it
    /// ends the body (a Sở's Tờ trình, fourteenth batch).
    #[test]
    fn a_note_of_what_is_sent_with_the_text_follows_the_mark() {
        let text = |end: &str| format!("UBND TỈNH TUYÊN QUANG\nSỞ TÀI CHÍNH\nSố: 86/TTr-STC\nTuyên Quang, ngày 09 tháng 3 năm 2026\n\nTỜ TRÌNH\nVề việc bổ sung kinh phí\n\nKính gửi: Ủy ban nhân dân tỉnh Tuyên Quang.\n\nI. SỰ CẦN THIẾT\nCác xã cần mua sắm trang thiết bị.\nII. ĐỀ XUẤT\nSở Tài chính kính trình Ủy ban nhân dân tỉnh xem xét, quyết định{end}\n(Gửi kèm: dự thảo Quyết định; Phụ lục I, Phụ lục II)\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, QLNS.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nHà Thị Thu Hằng\n");
        assert!(findings("structure/missing-closing-mark", &text("./.")).is_empty());
        assert_eq!(findings("structure/missing-closing-mark", &text(".")).len(), 1);
    }
}
