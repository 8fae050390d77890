//! Folding Vietnamese text for comparison: case, tone marks and vowel diacritics removed, so
//! that "Ủy ban", "Uỷ ban" and "UY BAN" compare equal.

use super::nfc::{canonical_combining_class, decompose_canonical};
use std::sync::OnceLock;

/// Lower-case ASCII skeleton of `s`: diacritics and tones dropped, `đ`/`Đ` → `d`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_folded(c, &mut out);
    }
    out
}

/// Folded forms of U+00C0..U+024F and U+1E00..U+1EFF (every Vietnamese letter), computed once:
/// the base letter in lower case, or 0 when the character does not fold to one ASCII letter.
fn table() -> &'static [u8; 0x190 + 0x100] {
    static TABLE: OnceLock<[u8; 0x190 + 0x100]> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [0u8; 0x190 + 0x100];
        let ranges = (0xC0u32..0x250).chain(0x1E00..0x1F00);
        for (slot, cp) in t.iter_mut().zip(ranges) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let mut base = String::new();
            slow_fold(c, &mut base);
            if base.len() == 1 && base.is_ascii() {
                *slot = base.as_bytes()[0];
            }
        }
        t
    })
}

fn slow_fold(c: char, out: &mut String) {
    match c {
        'đ' | 'Đ' => out.push('d'),
        // the marks a Latin letter decomposes into are the ones with a combining class
        c => {
            for part in decompose_canonical(c) {
                if canonical_combining_class(part) == 0 {
                    out.push(super::case::lower(part));
                }
            }
        }
    }
}

/// Appends the folded form of one character.
pub fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let cp = c as u32;
    let idx = match cp {
        0xC0..=0x24F => Some((cp - 0xC0) as usize),
        0x1E00..=0x1EFF => Some((cp - 0x1E00) as usize + 0x190),
        _ => None,
    };
    match idx.map(|i| table()[i]) {
        Some(b) if b != 0 => out.push(b as char),
        _ => slow_fold(c, out),
    }
}

/// The folded form of one character when it is a single ASCII letter or digit (every
/// Vietnamese letter is): `ộ` → `o`, `Đ` → `d`.
pub fn fold_char(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c.to_ascii_lowercase());
    }
    let cp = c as u32;
    let idx = match cp {
        0xC0..=0x24F => (cp - 0xC0) as usize,
        0x1E00..=0x1EFF => (cp - 0x1E00) as usize + 0x190,
        _ => return None,
    };
    match table()[idx] {
        0 => None,
        b => Some(b as char),
    }
}

/// Folds only the first `max` characters of `s` (for prefix tests on long lines).
pub fn fold_prefix(s: &str, max: usize) -> String {
    let mut out = String::with_capacity(max + 4);
    for c in s.chars().take(max) {
        push_folded(c, &mut out);
    }
    out
}

/// Whether `c` belongs to a word: a letter or digit. Fast for ASCII and the Latin ranges that
/// hold every Vietnamese letter; `crate::vietnamese::case::is_letter_or_number` otherwise.
pub fn is_word_char(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphanumeric(),
        0xD7 | 0xF7 => false,
        0xC0..=0x24F | 0x1EA0..=0x1EF9 => true,
        _ => crate::vietnamese::case::is_letter_or_number(c),
    }
}

/// `s` with each run of white space (a no-break space too) as one space, none at the ends: a
/// doubled space prints as one, and is `text/spacing`'s to report, not a fixed text written
/// wrong.
pub fn single_spaced(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether every letter of `s` is upper case and there is at least one letter.
pub fn is_upper(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars() {
        if crate::vietnamese::case::is_letter(c) {
            if crate::vietnamese::case::is_lower_letter(c) {
                return false;
            }
            letters += 1;
        }
    }
    letters > 0
}

/// Whether `s` starts with an upper-case letter.
pub fn starts_upper(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(crate::vietnamese::case::is_upper_letter)
}

/// Whether `s` starts with a lower-case letter.
pub fn starts_lower(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(crate::vietnamese::case::is_lower_letter)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_tones_marks_and_case() {
        assert_eq!(fold("Ủy ban"), fold("UỶ BAN"));
        assert_eq!(fold("Độc lập - Tự do"), "doc lap - tu do");
        assert!(is_upper("CỘNG HÒA XÃ HỘI"));
        assert!(!is_upper("Cộng hòa"));
        // the table agrees with full decomposition on every Vietnamese letter
        for c in "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬỲÝỶỸỴ".chars() {
            let mut slow = String::new();
            slow_fold(c, &mut slow);
            let mut fast = String::new();
            push_folded(c, &mut fast);
            assert_eq!(fast, slow, "{c}");
            assert!(is_word_char(c));
        }
        assert_eq!(fold_prefix("Căn cứ Luật", 6), "can cu");
    }
}
