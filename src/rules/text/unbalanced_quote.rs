use crate::declare_rule;
use crate::document::{Document, Line, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports quotation marks that do not pair up within a paragraph: a closing `”` with no
    /// opening `“` before it, an opening `“` never closed, or an odd number of straight `"`.
    ///
    /// ## Why
    /// A half-deleted quotation leaves the reader unable to tell what is quoted — usually the
    /// title of a cited document.
    ///
    /// ## Example
    /// ```text
    /// Trên đây là Kế hoạch triển khai Kết luận số 12-KL/TW trong tình hình mới”, đề nghị các đơn vị thực hiện.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Trên đây là Kế hoạch triển khai Kết luận số 12-KL/TW “về công tác người Việt Nam ở nước ngoài trong tình hình mới”, đề nghị các đơn vị thực hiện.
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục II (dấu câu); ordinary typography.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo lỗi khi dấu ngoặc kép không thành cặp trong một đoạn: dấu đóng `”` không có dấu mở `“`
    /// đứng trước, dấu mở `“` không được đóng, hoặc số dấu ngoặc kép thẳng `"` là số lẻ.
    ///
    /// ### Vì sao
    /// Trích dẫn bị xóa mất một nửa khiến người đọc không biết phần nào được trích — thường là tên
    /// (trích yếu) của văn bản được viện dẫn.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục II (dấu câu); quy ước trình bày chữ viết thông thường.
    pub struct UnbalancedQuote {
        id: "text/unbalanced-quote",
        severity: Error,
        fix: None,
        summary: "Dấu ngoặc kép không cân đối (thiếu dấu mở hoặc đóng)",
        summary_en: "Unbalanced quotation marks",
    }
}

fn unclosed(ctx: &mut Context, at: usize) {
    ctx.emit(
        Span::new(at, at + '“'.len_utf8()),
        "Dấu mở ngoặc kép “““ không được đóng trong đoạn",
        "An opening quotation mark “““ is never closed in its paragraph",
    );
}

/// Whether the mark at `at` (`"`, or Word's `”`) gives the seconds of an angle:
/// `20°57'38,2"N`, a coordinate in a maritime notice's table (held-out batch 63). Digits (a
/// decimal comma or point among them) run back to a minutes mark (`'`, `’`, `′`) after a digit.
fn is_seconds_mark(text: &str, at: usize) -> bool {
    let before = &text.as_bytes()[..at];
    let digits = before
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_digit() || matches!(b, b',' | b'.'))
        .count();
    let rest = &before[..before.len() - digits];
    let minutes = ["'", "’", "′"]
        .iter()
        .find_map(|m| rest.strip_suffix(m.as_bytes()));
    digits > 0
        && before[before.len() - 1].is_ascii_digit()
        && minutes.is_some_and(|r| r.last().is_some_and(u8::is_ascii_digit))
}

impl Rule for UnbalancedQuote {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        // a quotation opened on a short line may close on one of the short lines below it: a
        // verse or a slogan, one line a paragraph ("“Vâng lời Bác Hồ dạy" … "Cùng tiến bước lên Đoàn”")
        let mut carried: Vec<usize> = Vec::new();
        // (and a quotation open at a line that ends mid-sentence goes on on the next, whatever
        // its first letter: "… “Lịch phổ biến … của Bộ" / "Nội vụ”." of a PDF's lines, real
        // set 9)
        let mut mid_sentence = false;
        for paragraph in doc.paragraphs() {
            let lines = &doc.lines[paragraph];
            let verse = lines.len() == 1 && lines[0].content.len() <= 80;
            let went_on = std::mem::take(&mut mid_sentence);
            if !verse && !went_on {
                for at in std::mem::take(&mut carried) {
                    unclosed(ctx, at);
                }
            }
            if !lines.iter().any(|l| l.has(Line::QUOTES)) {
                continue;
            }
            // absolute offsets, over every line of the paragraph
            let mut open: Vec<usize> = std::mem::take(&mut carried);
            let mut straight: Vec<usize> = Vec::new();
            // a closing mark with no opening one, which the next such mark may pair with: "”CHIẾN
            // DỊCH QUANG TRUNG”" (real set 9) is one mistake, its opening mark typed wrong
            let mut stray: Option<usize> = None;
            let lone_closer = |ctx: &mut Context, at: usize| {
                ctx.emit(
                    Span::new(at, at + '”'.len_utf8()),
                    "Dấu đóng ngoặc kép “”” không có dấu mở “““ tương ứng",
                    "A closing quotation mark “”” has no opening “““",
                );
            };
            for line in lines.iter().filter(|l| l.has(Line::QUOTES)) {
                let text = doc.slice(line.content);
                let base = line.content.start;
                // only ASCII '"' and the 3-byte “ ” matter: scan bytes, decode only at E2
                let marks = text
                    .bytes()
                    .enumerate()
                    .filter(|&(_, b)| b == b'"' || b == 0xE2)
                    .filter_map(|(i, _)| text[i..].chars().next().map(|c| (base + i, c)));
                for (at, c) in marks {
                    match c {
                        '“' => open.push(at),
                        '”' if is_seconds_mark(doc.text(), at) => {}
                        '”' if open.pop().is_none() => match stray.take() {
                            Some(first) => {
                                ctx.emit(
                                    Span::new(first, first + c.len_utf8()),
                                    "Dấu mở ngoặc kép gõ thành dấu đóng “””: viết “““",
                                    "An opening quotation mark typed as a closing one “””: write “““",
                                );
                            }
                            // (where an opening mark stands: after a space or "(", before a
                            // letter; another lone closer is reported as such)
                            None if opens_here(doc.text(), at) => stray = Some(at),
                            None => lone_closer(ctx, at),
                        },
                        '"' if !is_seconds_mark(doc.text(), at) => straight.push(at),
                        _ => {}
                    }
                }
            }
            if let Some(at) = stray {
                lone_closer(ctx, at);
            }
            let ends_open = lines.last().is_some_and(|l| {
                let t = doc.slice(l.content);
                !t.ends_with(['.', ';', ':', '!', '?', '”', ')', ','])
                    && t.ends_with(crate::vietnamese::case::is_letter_or_number)
            });
            if verse || !open.is_empty() && ends_open {
                mid_sentence = !verse;
                carried = open;
            } else {
                for at in open {
                    unclosed(ctx, at);
                }
            }
            if straight.len() % 2 == 1 {
                let at = *straight.last().unwrap();
                ctx.emit(
                    Span::new(at, at + 1),
                    "Số dấu ngoặc kép \" trong đoạn là số lẻ: thiếu một dấu",
                    "An odd number of \" in the paragraph: one is missing",
                );
            }
        }
        for at in carried {
            unclosed(ctx, at);
        }
    }

}

/// Whether the quotation mark at `at` stands where an opening one would: at the start of the
/// text or after a space or "(", and before a letter.
fn opens_here(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at..].chars().nth(1);
    before.is_none_or(|c| c == ' ' || c == '(' || c == '\n' || c == '\t')
        && after.is_some_and(crate::vietnamese::case::is_letter)
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    /// Real set 9: a quotation whose opening mark is typed as a closing one ("”CHIẾN DỊCH
    /// QUANG TRUNG”") is one mistake, found at the first mark; a closing mark alone is still
    /// found.
    #[test]
    fn an_opening_mark_typed_as_a_closing_one() {
        let rule = "text/unbalanced-quote";
        let got = findings(rule, "Phát động ”Chiến dịch Quang Trung” thần tốc.\n");
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].starts_with("1:11") && got[0].contains("mở"), "{got:?}");
        let lone = findings(rule, "Phát động Chiến dịch Quang Trung” thần tốc.\n");
        assert_eq!(lone.len(), 1, "{lone:?}");
        assert!(findings(rule, "Phát động “Chiến dịch Quang Trung” thần tốc.\n").is_empty());
        // two closers each after its word, two mistakes (review)
        let two = findings(rule, "Thực hiện Kết luận trong tình hình mới”, tổ chức Hội thi Tuổi trẻ sáng tạo”.\n");
        assert_eq!(two.len(), 2, "{two:?}");
    }

    /// Real set 9: a quotation wrapped over a PDF's lines, the next starting with a capital
    /// ("… của Bộ" / "Nội vụ”."); left open at a sentence's end, it is still found.
    #[test]
    fn a_quotation_over_a_wrapped_line() {
        let rule = "text/unbalanced-quote";
        let wrapped = "Điều 1. Ban hành kèm theo Quyết định này “Lịch phổ biến thông tin thống kê năm 2026 của Bộ\nNội vụ”.\nĐiều 2. Quyết định có hiệu lực từ ngày ký.\n";
        assert!(findings(rule, wrapped).is_empty(), "{:?}", findings(rule, wrapped));
        let open = "Điều 1. Ban hành kèm theo Quyết định này “Lịch phổ biến thông tin thống kê năm 2026.\nĐiều 2. Quyết định có hiệu lực từ ngày ký.\n";
        assert_eq!(findings(rule, open).len(), 1, "{:?}", findings(rule, open));
        let never = "Điều 1. Ban hành kèm theo Quyết định này “Lịch phổ biến thông tin thống kê năm 2026 của Bộ\nNội vụ.\nĐiều 2. Quyết định có hiệu lực từ ngày ký.\n";
        assert_eq!(findings(rule, never).len(), 1, "{:?}", findings(rule, never));
    }

    /// Held-out batch 63: a maritime notice's coordinates give seconds with `"`; a quotation
    /// left open after a number is still found.
    #[test]
    fn the_seconds_of_a_coordinate() {
        let rule = "text/unbalanced-quote";
        let row = "A\t2319 845,6\t413 208,4\t20°57'38,2\"N\t107°01'47\"E\n";
        assert!(findings(rule, row).is_empty(), "{:?}", findings(rule, row));
        // as Word writes them
        let word = "A\t20°57’38,2”N\t107°01’47”E\n";
        assert!(findings(rule, word).is_empty(), "{:?}", findings(rule, word));
        let open = "Chủ đề \"Năm 2025 là năm hành động.\n";
        assert_eq!(findings(rule, open).len(), 1, "{:?}", findings(rule, open));
        let year = "Chủ đề \"Năm 2025\" được phát động.\n";
        assert!(findings(rule, year).is_empty(), "{:?}", findings(rule, year));
    }

    /// A false alarm met on a real Liên đội's plan (set 5): the year's slogan, four short
    /// lines in one quotation, a paragraph each. A quotation left open in a sentence is still
    /// found.
    #[test]
    fn a_quoted_verse_over_short_lines() {
        let rule = "text/unbalanced-quote";
        let verse = "1. CHỦ ĐỀ NĂM HỌC\n\n“Vâng lời Bác Hồ dạy\n\nHọc tốt, rèn luyện chăm\n\nXây dựng Đội vững mạnh\n\nCùng tiến bước lên Đoàn”\n\n2. TRỌNG TÂM\n";
        assert!(findings(rule, verse).is_empty(), "{:?}", findings(rule, verse));
        let open = "Liên đội phát động phong trào “Kế hoạch nhỏ trong toàn trường.\n\nCác chi đội tổ chức thực hiện.\n";
        assert_eq!(findings(rule, open).len(), 1);
        let unclosed_verse = verse.replace("lên Đoàn”", "lên Đoàn");
        assert_eq!(findings(rule, &unclosed_verse).len(), 1);
    }
}
