//! Splitting text into words: maximal runs of letters and digits, with whether each is glued
//! to a neighbour by a code-like joiner (`a.b`, `a@b`, `a/b`, `a-b`, `a_b`, `a&b`) — parts of
//! e-mail addresses, URLs and symbols, which are not words of the language.

/// A word: its byte range in the text it was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
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
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// The words of `text`, in order.
pub fn words(text: &str) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut start: Option<usize> = None;
    let mut prev_end_joiner: Option<usize> = None; // end of the last word if a joiner follows it directly
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if super::fold::is_word_char(c) && i < text.len() {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            let joined_before = prev_end_joiner.is_some_and(|e| e + 1 == s) && s > 0;
            if joined_before {
                if let Some(last) = out.last_mut() {
                    last.joined_after = true;
                }
            }
            out.push(Word {
                start: s,
                end: i,
                joined_before,
                joined_after: false,
            });
            prev_end_joiner = (i < text.len() && is_joiner(c)).then_some(i);
        } else {
            prev_end_joiner = None;
        }
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
    }
}
