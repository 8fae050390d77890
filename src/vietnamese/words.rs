//! Splitting text into words: maximal runs of letters and digits, with whether each is glued
//! to a neighbour by a code-like joiner (`a.b`, `a@b`, `a/b`, `a-b`, `a_b`, `a&b`) — parts of
//! e-mail addresses, URLs and symbols, which are not words of the language.

/// A word: its byte range in the text it was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub start: u32,
    pub end: u32,
    /// Joined to the previous word by `.@/_-&` with no space.
    pub joined_before: bool,
    /// Joined to the next word by `.@/_-&` with no space.
    pub joined_after: bool,
}

fn is_joiner(c: char) -> bool {
    matches!(c, '.' | '@' | '/' | '_' | '-' | '&')
}

impl Word {
    /// The word's text in `text` (the text it was read from).
    #[inline(always)]
    pub fn span(&self) -> crate::document::Span {
        crate::document::Span::new(self.start as usize, self.end as usize)
    }

    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start as usize..self.end as usize]
    }
}

/// Whether the char starting at byte `i` belongs to a word, and its length. Decodes only
/// characters outside ASCII and the two Latin blocks that hold every Vietnamese letter.
#[inline(always)]
fn word_char_at(text: &str, i: usize) -> (bool, usize) {
    let b = text.as_bytes();
    let x = b[i];
    match x {
        0..=0x7F => (x.is_ascii_alphanumeric(), 1),
        // U+00C0..U+024F except × (C3 97) and ÷ (C3 B7)
        0xC3..=0xC9 => (!(x == 0xC3 && matches!(b.get(i + 1), Some(0x97 | 0xB7))), 2),
        // U+1EA0..U+1EFF: precomposed Vietnamese vowels
        0xE1 if matches!(b.get(i + 1), Some(0xBA | 0xBB)) => (true, 3),
        _ => {
            let c = text[i..].chars().next().unwrap_or(' ');
            (super::fold::is_word_char(c), c.len_utf8())
        }
    }
}

/// The words of `text`, in order. ASCII bytes (most of any text) are classified without
/// decoding; a word is joined to the previous one when exactly one joiner separates them.
pub fn words(text: &str) -> Vec<Word> {
    let b = text.as_bytes();
    let n = b.len();
    let mut out: Vec<Word> = Vec::with_capacity(n / 5);
    let mut i = 0;
    while i < n {
        let x = b[i];
        if x < 0x80 && !x.is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let (is_word, len) = word_char_at(text, i);
        if !is_word {
            i += len;
            continue;
        }
        let start = i;
        i += len;
        while i < n {
            let x = b[i];
            if x < 0x80 {
                if !x.is_ascii_alphanumeric() {
                    break;
                }
                i += 1;
                continue;
            }
            let (is_word, len) = word_char_at(text, i);
            if !is_word {
                break;
            }
            i += len;
        }
        let joined_before = start > 0
            && is_joiner(b[start - 1] as char)
            && out.last().is_some_and(|w| w.end as usize + 1 == start);
        if joined_before {
            if let Some(last) = out.last_mut() {
                last.joined_after = true;
            }
        }
        out.push(Word {
            start: start as u32,
            end: i as u32,
            joined_before,
            joined_after: false,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_joins() {
        let t = "Tết Ât Tỵ, mttq.tk@gmail.com và 12-KL/TW";
        let w = words(t);
        let texts: Vec<_> = w.iter().map(|w| w.text(t)).collect();
        assert_eq!(
            texts,
            ["Tết", "Ât", "Tỵ", "mttq", "tk", "gmail", "com", "và", "12", "KL", "TW"]
        );
        assert!(!w[1].joined_before && !w[1].joined_after);
        assert!(w[3].joined_after && w[4].joined_before && w[6].joined_before);
        assert!(!w[7].joined_before && !w[7].joined_after);
        // the byte-level reader agrees with crate::vietnamese::case::is_letter_or_number on Vietnamese and symbols
        let t = "Độc lập–Tự do × 2 ÷ 3 Ủy ban ½ ữ 😀 Ωmega";
        let chars: Vec<String> = t
            .split(|c: char| !crate::vietnamese::case::is_letter_or_number(c))
            .filter(|w| !w.is_empty())
            .map(String::from)
            .collect();
        let ours: Vec<String> = words(t).iter().map(|w| w.text(t).to_string()).collect();
        assert_eq!(ours, chars);
    }
}
