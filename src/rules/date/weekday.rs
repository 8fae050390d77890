use crate::declare_rule;
use crate::document::{Document, Span};
use crate::rules::{Context, Rule};
use crate::vietnamese::fold::fold;

/// Names of the weekdays as written before a date, 0 = Sunday.
const NAMES: [&str; 7] = [
    "Chủ nhật",
    "thứ Hai",
    "thứ Ba",
    "thứ Tư",
    "thứ Năm",
    "thứ Sáu",
    "thứ Bảy",
];

/// The weekday written in `before` just ahead of a date ("thứ Hai, ngày "), with its offset.
fn weekday_before(before: &str) -> Option<(u32, usize, usize)> {
    // the date may follow "thứ Hai, ngày ", "thứ Hai ngày ", "thứ Hai (" or "thứ 2, "
    let trimmed = before.trim_end_matches(|c: char| c.is_whitespace() || c == ',' || c == '(');
    let trimmed = trimmed
        .strip_suffix("ngày")
        .unwrap_or(trimmed)
        .trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    let tail_start = trimmed
        .char_indices()
        .rev()
        .nth(9)
        .map(|(i, _)| i)
        .unwrap_or(0);
    let f = fold(&trimmed[tail_start..]);
    let table: [(&str, u32); 14] = [
        ("chu nhat", 0),
        ("thu hai", 1),
        ("thu ba", 2),
        ("thu tu", 3),
        ("thu nam", 4),
        ("thu sau", 5),
        ("thu bay", 6),
        ("thu 2", 1),
        ("thu 3", 2),
        ("thu 4", 3),
        ("thu 5", 4),
        ("thu 6", 5),
        ("thu 7", 6),
        ("cn", 0),
    ];
    let (name, day) = table.iter().find(|(n, _)| {
        f.ends_with(n) && (f.len() == n.len() || f.as_bytes()[f.len() - n.len() - 1] == b' ')
    })?;
    // the written name is as many characters as the folded one
    let chars = name.chars().count();
    let start = trimmed.char_indices().rev().nth(chars - 1)?.0;
    Some((*day, start, trimmed.len()))
}

declare_rule! {
    /// ## What it does
    /// Reports a weekday written with a date that does not fall on it: “thứ Hai, ngày
    /// 24/11/2026” (24/11/2026 is a Tuesday).
    ///
    /// ## Why
    /// A meeting called for the wrong day is a meeting nobody attends; one of the two is wrong.
    ///
    /// ## Example
    /// ```text
    /// Hội nghị tổ chức vào thứ Hai, ngày 24/11/2026.
    /// ```
    ///
    /// ## Correct
    /// ```text
    /// Hội nghị tổ chức vào thứ Hai, ngày 23/11/2026.
    /// ```
    ///
    /// ## Basis
    /// The calendar.
    pub struct Weekday {
        id: "date/weekday",
        severity: Error,
        fix: None,
        summary: "Thứ trong tuần không khớp với ngày tháng đi kèm",
        summary_en: "The weekday does not match its date",
    }
}

impl Rule for Weekday {
    fn check(&self, doc: &Document, ctx: &mut Context) {
        let text = doc.text();
        for m in &doc.dates {
            let Some(d) = m.date().filter(|d| d.valid()) else {
                continue;
            };
            let mut from = m.span.start.saturating_sub(32);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            // worded dates start at the day number: step back over "ngày "
            let Some((written, s, e)) = weekday_before(&text[from..m.span.start]) else {
                continue;
            };
            let actual = d.weekday();
            if written != actual {
                let span = Span::new(from + s, from + e);
                let right = NAMES[actual as usize];
                ctx.emit(
                    span,
                    format!(
                        "Ngày {} là {right}, không phải “{}”",
                        d.display(),
                        doc.slice(span)
                    ),
                    format!("{} is a {right}, not “{}”", d.display(), doc.slice(span)),
                )
                .suggest(right);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_weekday() {
        assert_eq!(weekday_before("vào thứ Hai, ngày ").map(|w| w.0), Some(1));
        assert_eq!(weekday_before("sáng Chủ nhật (").map(|w| w.0), Some(0));
        assert_eq!(weekday_before("thứ 7, ").map(|w| w.0), Some(6));
        assert_eq!(weekday_before("báo cáo ngày "), None);
        let s = "vào thứ Hai, ngày ";
        let (_, a, b) = weekday_before(s).unwrap();
        assert_eq!(&s[a..b], "thứ Hai");
    }
}
