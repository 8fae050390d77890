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
    if !(c.is_alphanumeric()) {
        return false;
    }
    let mut token_len = 1;
    for c in it.by_ref() {
        if c.is_alphanumeric() {
            token_len += 1;
        } else {
            return token_len <= 2 && (c.is_whitespace() || c == '(');
        }
    }
    token_len <= 2
}

impl Rule for UnbalancedBracket {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        for paragraph in doc.paragraphs() {
            let lines = &doc.lines[paragraph];
            if !lines.iter().any(|l| l.has(Line::BRACKETS)) {
                continue;
            }
            // absolute offsets, over every line of the paragraph
            let mut open: Vec<usize> = Vec::new();
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
