use crate::declare_rule;
use crate::document::{Document, Line, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it does
    /// Reports two or more spaces between words, and a space before `,` `;` `:` `.` `)`.
    /// The number line and the place-and-date line are skipped: drafts leave blanks there.
    ///
    /// ## Why
    /// Stray spaces show in print and break line justification.
    ///
    /// ## Example
    /// ```text
    /// II.  CÔNG TÁC ĐỐI VỚI NGƯỜI VIỆT NAM Ở NƯỚC NGOÀI
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// II. CÔNG TÁC ĐỐI VỚI NGƯỜI VIỆT NAM Ở NƯỚC NGOÀI
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I (kỹ thuật trình bày).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Quy tắc kiểm tra gì
    /// Báo hai dấu cách trở lên liền nhau giữa các từ, và dấu cách đứng trước `,` `;` `:` `.` `)`
    /// (trừ trước `...` và `./.`). Không kiểm tra dòng số, ký hiệu và dòng địa danh, ngày tháng:
    /// bản dự thảo để trống ở đó. Có sửa tự động an toàn.
    ///
    /// ### Vì sao
    /// Dấu cách thừa hiện ra khi in và làm lệch việc căn đều hai lề.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I (kỹ thuật trình bày).
    pub struct Spacing {
        id: "text/spacing",
        severity: Info,
        fix: Safe,
        summary: "Thừa dấu cách (hai dấu cách liền nhau, dấu cách trước dấu câu)",
        summary_en: "Extra spaces (double spaces, space before punctuation)",
    }
}

impl Rule for Spacing {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let skip: Vec<usize> = doc
            .header
            .number
            .iter()
            .map(|n| n.line)
            .chain(doc.header.place_date.iter().map(|d| d.line))
            .collect();
        for (li, line) in doc.lines.iter().enumerate() {
            if !line.has(Line::SPACING) || skip.contains(&li) {
                continue;
            }
            let text = doc.slice(line.content);
            let base = line.content.start;
            let b = text.as_bytes();
            let mut i = 0;
            while i < b.len() {
                if b[i] != b' ' {
                    i += 1;
                    continue;
                }
                let s = i;
                while i < b.len() && b[i] == b' ' {
                    i += 1;
                }
                // the punctuation is ASCII: look at the next byte, no decoding
                let next = b.get(i).map(|&n| n as char);
                let span = Span::new(base + s, base + i);
                match next {
                    Some(c @ (',' | ';' | ':' | ')' | '.'))
                        if c != '.'
                            || !(text[i..].starts_with("...") || text[i..].starts_with("./.")) =>
                    {
                        // "Nơi nhận :" — a space before punctuation
                        ctx.emit(
                            span,
                            format!("Thừa dấu cách trước “{c}”"),
                            format!("Extra space before “{c}”"),
                        )
                        .safe_fix(span, "");
                    }
                    Some(_) if i - s >= 2 => {
                        ctx.emit(
                            span,
                            "Thừa dấu cách: hai dấu cách liền nhau",
                            "Extra space: two spaces in a row",
                        )
                        .safe_fix(span, " ");
                    }
                    _ => {}
                }
            }
        }
    }
}
