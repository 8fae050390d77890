use crate::declare_rule;
use crate::document::{Document, ItemKind};
use crate::rules::{Context, Rule};

/// The Vietnamese alphabet as used for points: no f, j, w, z; đ after d.
const LETTERS: &[char] = &[
    'a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't',
    'u', 'v', 'x', 'y',
];

declare_rule! {
    /// ## What it does
    /// Reports lettered points that do not follow the Vietnamese alphabet: `e)` right after
    /// `d)` (skipping `đ)`), or `f)`, `j)`, `w)`, `z)`.
    ///
    /// ## Why
    /// Points follow the Vietnamese alphabet: a b c d đ e g h i k l m n o …
    ///
    /// ## Example
    /// ```text
    /// a) Một;
    /// b) Hai;
    /// c) Ba;
    /// d) Bốn;
    /// e) Năm.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// a) Một;
    /// b) Hai;
    /// c) Ba;
    /// d) Bốn;
    /// đ) Năm.
    /// ```
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục 6 (điểm theo thứ tự chữ cái tiếng Việt).
    pub struct LetterSequence {
        id: "structure/letter-sequence",
        severity: Warning,
        fix: Safe,
        summary: "Các điểm a), b), c)… không theo thứ tự chữ cái tiếng Việt",
        summary_en: "Points a), b), c)… do not follow the Vietnamese alphabet",
    }
}

impl Rule for LetterSequence {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let mut prev: Option<(usize, usize)> = None; // (letter index, line)
        for item in &doc.body.items {
            let ItemKind::Letter(c) = item.kind else {
                if !matches!(item.kind, ItemKind::Letter(_)) {
                    prev = None;
                }
                continue;
            };
            let letter = crate::document::Span::new(item.marker.start, item.marker.end - 1);
            let Some(idx) = LETTERS.iter().position(|&l| l == c) else {
                ctx.emit(
                    letter,
                    format!("Chữ “{c}” không có trong bảng chữ cái tiếng Việt dùng để đánh điểm"),
                    format!("“{c}” is not a letter of the Vietnamese alphabet used for points"),
                );
                continue;
            };
            if let Some((p, _)) = prev {
                if idx != 0 && idx != p + 1 {
                    let want = LETTERS.get(p + 1).copied().unwrap_or('?');
                    ctx.emit(
                        letter,
                        format!("Điểm “{c})” đứng sau “{})”; đúng là “{want})”", LETTERS[p]),
                        format!(
                            "Point “{c})” follows “{})”; the next is “{want})”",
                            LETTERS[p]
                        ),
                    )
                    .safe_fix(letter, want.to_string());
                }
            }
            prev = Some((idx, item.line));
        }
    }
}
