//! Laws cited by name and date, as Nghị định 30's legal bases cite them, with no number:
//! "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;".

use super::date::DateMention;
use super::Span;
use crate::vietnamese::fold;
use crate::vietnamese::words::Word;

/// A law named in the text with the date written after its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LawMention {
    /// The law's name after the word "Luật": "Tổ chức chính quyền địa phương".
    pub name: Span,
    /// The date written after the name (index into the document's dates).
    pub date: usize,
}

impl LawMention {
    /// The name folded, without punctuation: "phong chong thien tai".
    pub fn key(&self, text: &str) -> String {
        law_key(&text[self.name.start..self.name.end])
    }
}

/// A law's name as looked up: folded, commas dropped, single spaces.
pub fn law_key(name: &str) -> String {
    fold(name)
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Words that end a law's name: the date, the number or the year that follows it.
const NAME_ENDS: &[&str] = &["ngày", "số", "năm", "được", "đã", "có", "thì"];

/// The laws cited by name with a date right after (possibly after their number). A law
/// named after "của" ("… một số điều của Luật Đất đai ngày …") is skipped: the date there
/// may be the amending law's.
pub fn scan(text: &str, words: &[Word], dates: &[DateMention]) -> Vec<LawMention> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    for (k, w) in words.iter().enumerate() {
        if w.text(text) != "Luật" {
            continue;
        }
        let prev = k.checked_sub(1).map(|p| words[p].text(text));
        if matches!(prev, Some("Bộ" | "của" | "bộ")) {
            continue;
        }
        // the name: capitalised first word, then words apart by a space or ", "
        let mut end = k + 1;
        let mut name_end = None;
        while end < words.len() && end - k <= 16 {
            let word = words[end].text(text);
            let gap = &text[words[end - 1].end as usize..words[end].start as usize];
            if !(gap == " " || gap == ", ") || gap.contains('\n') {
                break;
            }
            if end == k + 1 && !word.starts_with(char::is_uppercase) {
                break;
            }
            if NAME_ENDS.contains(&word) {
                break;
            }
            name_end = Some(end);
            end += 1;
        }
        let Some(last) = name_end else { continue };
        let name = Span::new(words[k + 1].start as usize, words[last].end as usize);
        // what follows: "ngày …", or "số 72/2025/QH15 ngày …"
        let mut at = end;
        if at < words.len() && words[at].text(text) == "số" {
            // skip the number's words (digits, letters of the symbol) up to "ngày"
            let limit = (at + 8).min(words.len());
            at = (at + 1..limit)
                .find(|&j| words[j].text(text) == "ngày")
                .unwrap_or(limit);
        }
        if at >= words.len() || words[at].text(text) != "ngày" {
            continue;
        }
        let gap = &bytes[words[last].end as usize..words[at].start as usize];
        if gap.contains(&b';') || gap.contains(&b'(') || gap.contains(&b'\n') {
            continue;
        }
        let from = words[at].start as usize;
        let di = dates.partition_point(|d| d.span.start < from);
        // the mention may start at "ngày" or at its first digit
        let found = [di.checked_sub(1), Some(di)]
            .into_iter()
            .flatten()
            .find(|&i| {
                dates.get(i).is_some_and(|d| {
                    d.span.start <= words[at].end as usize + 2 && d.span.end > from
                })
            });
        if let Some(date) = found {
            out.push(LawMention { name, date });
        }
    }
    out
}
