use crate::declare_rule;
use crate::document::{Document, Line, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports round brackets that do not pair up within a paragraph. Point markers (`a)`,
    /// `1)`, `đ)`) are not brackets.
    ///
    /// ## Why
    /// A bracket left open swallows the rest of the sentence into a parenthesis.
    ///
    /// ## Example
    /// ```text
    /// Báo cáo kết quả (trước ngày 15/12/2026 về Sở Nội vụ.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Báo cáo kết quả (trước ngày 15/12/2026) về Sở Nội vụ; a) điểm một.
    /// ```
    ///
    /// ## Basis
    /// Ordinary typography.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo lỗi khi dấu ngoặc đơn không thành cặp trong một đoạn: dấu `)` không có dấu `(` tương
    /// ứng, hoặc dấu `(` không được đóng. Ký hiệu điểm (`a)`, `1)`, `đ)`) không phải là dấu ngoặc.
    /// Dấu `(` mở ở cuối một đoạn mà câu chưa kết thúc có thể được đóng ở đoạn liền sau (tiêu đề
    /// phụ lục ngắt thành hai dòng).
    ///
    /// ### Vì sao
    /// Dấu ngoặc mở mà không đóng khiến phần còn lại của câu như nằm trong ngoặc.
    ///
    /// ### Căn cứ
    /// Quy ước trình bày chữ viết thông thường.
    pub struct UnbalancedBracket {
        id: "text/unbalanced-bracket",
        severity: Error,
        fix: None,
        summary: "Dấu ngoặc đơn không cân đối",
        summary_en: "Unbalanced brackets",
    }
}

/// A `)` that closes a point marker: `a)`, `1)`, `đ)` after a space or at the start.
fn is_marker_close(text: &str, i: usize) -> bool {
    let before = &text[..i];
    let mut it = before.chars().rev();
    let Some(c) = it.next() else { return false };
    if !(crate::vietnamese::case::is_letter_or_number(c)) {
        return false;
    }
    let mut token_len = 1;
    for c in it.by_ref() {
        if crate::vietnamese::case::is_letter_or_number(c) {
            token_len += 1;
        } else {
            return token_len <= 2 && (c.is_whitespace() || c == '(');
        }
    }
    token_len <= 2
}

impl Rule for UnbalancedBracket {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let paragraphs = doc.paragraphs();
        // "(" left open at a paragraph's end, carried to the next when it follows within a
        // blank line and the sentence has not ended: "(Kèm theo … của" / "Ban Thường trực …)"
        let mut carried: Vec<usize> = Vec::new();
        for (n, paragraph) in paragraphs.iter().enumerate() {
            let lines = &doc.lines[paragraph.clone()];
            let mut open: Vec<usize> = std::mem::take(&mut carried);
            if open.is_empty() && !lines.iter().any(|l| l.has(Line::BRACKETS)) {
                continue;
            }
            for line in lines.iter().filter(|l| l.has(Line::BRACKETS)) {
                let text = doc.slice(line.content);
                let base = line.content.start;
                // brackets are ASCII: scan bytes
                for (i, b) in text
                    .bytes()
                    .enumerate()
                    .filter(|(_, b)| matches!(b, b'(' | b')'))
                {
                    match b {
                        b'(' => open.push(base + i),
                        b')' if open.pop().is_none() && !is_marker_close(text, i) => {
                            ctx.emit(
                                Span::new(base + i, base + i + 1),
                                "Dấu “)” không có dấu “(” tương ứng",
                                "“)” has no matching “(”",
                            );
                        }
                        _ => {}
                    }
                }
            }
            let last = doc.content(paragraph.end - 1);
            let goes_on = !last.ends_with(['.', ';', ':', '!', '?'])
                && paragraphs.get(n + 1).is_some_and(|next| {
                    // not into an item of its own ("b) …", "2. …", "- …")
                    let first = doc.content(next.start);
                    let marker = first.starts_with(['-', '+', '•', '–'])
                        || first
                            .char_indices()
                            .take(3)
                            .any(|(k, c)| matches!(c, ')' | '.') && k > 0);
                    next.start <= paragraph.end + 2 && !marker
                });
            if goes_on && !open.is_empty() {
                carried = open;
                continue;
            }
            for at in open {
                ctx.emit(
                    Span::new(at, at + 1),
                    "Dấu “(” không được đóng trong đoạn",
                    "“(” is never closed in its paragraph",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// A false alarm met on a real annex title split over two lines.
    #[test]
    fn a_bracket_may_close_in_the_next_paragraph() {
        let text = "PHỤ LỤC\n(Kèm theo Hướng dẫn số 12/HD-MTTQ-BTT ngày 20/12/2025 của\n\nBan Thường trực Ủy ban MTTQ xã Lương Minh)\n";
        assert!(findings("text/unbalanced-bracket", text).is_empty());
        let text = "Đề nghị báo cáo (trước ngày 20/12.\n\nBan Thường trực tổng hợp.\n";
        assert_eq!(findings("text/unbalanced-bracket", text).len(), 1);
    }

    /// Real set 9 (a web page's copy): a bracket closed after a number wrapped onto the next
    /// line ("… (khoảng" / "12.173 tỷ đồng).") is closed; an item numbered "2." after a line
    /// with an open bracket still starts a paragraph of its own.
    #[test]
    fn a_number_wrapped_inside_brackets() {
        let rule = "text/unbalanced-bracket";
        let wrapped = "- Ngân sách địa phương: chiếm khoảng 10% tổng vốn đầu tư (khoảng\n12.173 tỷ đồng).\n";
        let got = crate::rules::test_support::findings(rule, wrapped);
        assert!(got.is_empty(), "{got:?}");
        let open = "1. Ngân sách địa phương (khoảng 10%;\n2. Ngân sách trung ương.\n";
        assert_eq!(crate::rules::test_support::findings(rule, open).len(), 1);
        // a sub-item's number "1.1" is no amount: the bracket left open above it is found
        // (review)
        let item = "Mục tiêu chung (giai đoạn 2026 - 2030\n1.1 Mục tiêu cụ thể (năm 2026).\n";
        assert_eq!(crate::rules::test_support::findings(rule, item).len(), 1);
    }
}
