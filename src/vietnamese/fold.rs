//! Folding Vietnamese text for comparison: case, tone marks and vowel diacritics removed, so
//! that "Ủy ban", "Uỷ ban" and "UY BAN" compare equal.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Lower-case ASCII skeleton of `s`: diacritics and tones dropped, `đ`/`Đ` → `d`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_folded(c, &mut out);
    }
    out
}

/// Appends the folded form of one character.
pub fn push_folded(c: char, out: &mut String) {
    match c {
        'đ' | 'Đ' => out.push('d'),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                out.extend(d.to_lowercase());
            }
        }),
    }
}

/// Whether every letter of `s` is upper case and there is at least one letter.
pub fn is_upper(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars() {
        if c.is_alphabetic() {
            if c.is_lowercase() {
                return false;
            }
            letters += 1;
        }
    }
    letters > 0
}

/// Whether `s` starts with an upper-case letter.
pub fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Whether `s` starts with a lower-case letter.
pub fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_lowercase())
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
    }
}
