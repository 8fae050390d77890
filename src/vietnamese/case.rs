//! Upper and lower case for the scripts a Vietnamese document uses: Latin (ASCII, Latin-1,
//! Latin Extended-A, the Vietnamese letters of Latin Extended-B — Ơ, Ư — and Latin Extended
//! Additional, where Ạ…Ỹ live), Greek, Cyrillic and full-width Latin. Any other character is
//! left as it is. The standard library's `to_lowercase`/`to_uppercase` cover every script, and
//! their tables add about 9 KB (gzipped) to the WebAssembly package for letters no
//! administrative document contains; a test checks this mapping against them letter by letter.

/// The lower-case form of `c`, or `c`.
pub fn lower(c: char) -> char {
    let u = c as u32;
    let mapped = match u {
        0x41..=0x5A => u + 0x20,
        0x00..=0x7F => u,
        0xC0..=0xDE if u != 0xD7 => u + 0x20,
        0x0100..=0x012F | 0x0132..=0x0137 | 0x014A..=0x0177 if u % 2 == 0 => u + 1,
        0x0139..=0x0148 | 0x0179..=0x017E if u % 2 == 1 => u + 1,
        0x0178 => 0xFF,
        0x01A0 | 0x01AF => u + 1,
        0x01CD..=0x01DC if u % 2 == 1 => u + 1,
        0x1E00..=0x1E95 | 0x1EA0..=0x1EFF if u % 2 == 0 => u + 1,
        0x0391..=0x03A1 | 0x03A3..=0x03AB => u + 0x20,
        0x0410..=0x042F => u + 0x20,
        0x0400..=0x040F => u + 0x50,
        0xFF21..=0xFF3A => u + 0x20,
        _ => u,
    };
    char::from_u32(mapped).unwrap_or(c)
}

/// The upper-case form of `c`, or `c` (also when it would take two letters, as ß does).
pub fn upper(c: char) -> char {
    let u = c as u32;
    let mapped = match u {
        0x61..=0x7A => u - 0x20,
        0x00..=0x7F => u,
        0xE0..=0xFE if u != 0xF7 => u - 0x20,
        0xFF => 0x0178,
        0xB5 => 0x039C,
        0x0131 => 0x49,
        0x017F => 0x53,
        0x0101..=0x012F | 0x0133..=0x0137 | 0x014B..=0x0177 if u % 2 == 1 => u - 1,
        0x013A..=0x0148 | 0x017A..=0x017E if u % 2 == 0 => u - 1,
        0x01A1 | 0x01B0 => u - 1,
        0x01CE..=0x01DC if u % 2 == 0 => u - 1,
        0x1E01..=0x1E95 | 0x1EA1..=0x1EFF if u % 2 == 1 => u - 1,
        0x03B1..=0x03C1 | 0x03C3..=0x03CB => u - 0x20,
        0x03C2 => 0x03A3,
        0x0430..=0x044F => u - 0x20,
        0x0450..=0x045F => u - 0x50,
        0xFF41..=0xFF5A => u - 0x20,
        _ => u,
    };
    char::from_u32(mapped).unwrap_or(c)
}

/// Whether `c` is a letter: exact for the scripts above, CJK, kana and Hangul; no other
/// character counts. The standard library's `char::is_alphabetic` covers every script, with
/// tables the WebAssembly package would carry for letters no administrative document contains
/// (a test compares the two on the scripts above).
pub fn is_letter(c: char) -> bool {
    let u = c as u32;
    match u {
        0x00..=0x7F => c.is_ascii_alphabetic(),
        0xAA | 0xB5 | 0xBA => true,
        0xC0..=0x24F => u != 0xD7 && u != 0xF7,
        0x250..=0x2C1 | 0x2C6..=0x2D1 | 0x2E0..=0x2E4 | 0x2EC | 0x2EE => true,
        0x345 | 0x363..=0x36F => true,
        0x370..=0x374 | 0x376 | 0x377 | 0x37A..=0x37D | 0x37F | 0x386 | 0x388..=0x3FF => {
            !matches!(u, 0x38B | 0x38D | 0x3A2 | 0x3F6)
        }
        0x400..=0x52F => !(0x482..=0x489).contains(&u),
        0x1E00..=0x1EFF => true,
        0x3041..=0x3096 | 0x30A1..=0x30FA | 0x4E00..=0x9FFF | 0xAC00..=0xD7A3 => true,
        0xFF21..=0xFF3A | 0xFF41..=0xFF5A => true,
        _ => false,
    }
}

/// Whether `c` is a digit or another number character of Latin-1 (²,³,¹,¼,½,¾) or a
/// full-width digit; see [`is_letter`] for why not `char::is_numeric`.
pub fn is_number(c: char) -> bool {
    matches!(c as u32, 0x30..=0x39 | 0xB2 | 0xB3 | 0xB9 | 0xBC..=0xBE | 0xFF10..=0xFF19)
}

/// [`is_letter`] or [`is_number`].
pub fn is_letter_or_number(c: char) -> bool {
    is_letter(c) || is_number(c)
}

/// Whether `c` is an upper-case letter of the scripts [`lower`] knows.
pub fn is_upper_letter(c: char) -> bool {
    lower(c) != c || c == '\u{130}'
}

/// Whether `c` is a lower-case letter of the scripts [`upper`] knows (ß and the like, which
/// have no single upper case, included).
pub fn is_lower_letter(c: char) -> bool {
    upper(c) != c
        || matches!(
            c as u32,
            0xAA | 0xBA | 0xDF | 0x138 | 0x149 | 0x17F | 0x180 | 0x1F0 | 0x390 | 0x3AC..=0x3B0
        )
}

/// `s` in lower case (see [`lower`]).
pub fn to_lower(s: &str) -> String {
    s.chars().map(lower).collect()
}

/// `s` in upper case (see [`upper`]).
pub fn to_upper(s: &str) -> String {
    s.chars().map(upper).collect()
}

#[cfg(test)]
mod tests {

    /// The character classes agree with the standard library's on every character of the
    /// scripts they know: letters and numbers on Latin (with IPA and the combining marks),
    /// Greek, Cyrillic, Latin Extended Additional and full-width forms; case on the letters
    /// [`lower`] and [`upper`] map.
    #[test]
    fn classes_match_the_standard_library_on_the_known_scripts() {
        let letters = [0..0x530u32, 0x1E00..0x1F00, 0xFF10..0xFF5B];
        let cased = [
            0..0x180u32,
            0x1A0..0x1A2,
            0x1AF..0x1B1,
            0x391..0x3CA,
            0x400..0x460,
            0x1EA0..0x1EFA,
            0xFF21..0xFF5B,
        ];
        let mut mismatches = Vec::new();
        for c in letters.into_iter().flatten().filter_map(char::from_u32) {
            if super::is_letter(c) != c.is_alphabetic() {
                mismatches.push(("letter", c));
            }
            if super::is_letter_or_number(c) != c.is_alphanumeric() {
                mismatches.push(("alphanumeric", c));
            }
        }
        for c in cased.into_iter().flatten().filter_map(char::from_u32) {
            if super::is_upper_letter(c) != c.is_uppercase() {
                mismatches.push(("upper", c));
            }
            if super::is_lower_letter(c) != c.is_lowercase() {
                mismatches.push(("lower", c));
            }
        }
        assert!(
            mismatches.is_empty(),
            "{} differ: {:?}",
            mismatches.len(),
            &mismatches[..mismatches.len().min(40)]
        );
    }
    use super::*;

    fn single(mut it: impl Iterator<Item = char>) -> Option<char> {
        let first = it.next()?;
        it.next().is_none().then_some(first)
    }

    #[test]
    fn agrees_with_the_standard_library_on_the_scripts_it_covers() {
        // where this mapping claims to be complete
        let claimed = |c: char| {
            matches!(c as u32, 0..=0x17F | 0x1A0 | 0x1A1 | 0x1AF | 0x1B0 | 0x391..=0x3A9 | 0x3B1..=0x3C9
                | 0x400..=0x45F | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF | 0xFF21..=0xFF5A)
        };
        let mut mapped = 0;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            for (ours, std) in [
                (lower(c), single(c.to_lowercase())),
                (upper(c), single(c.to_uppercase())),
            ] {
                if ours != c {
                    mapped += 1;
                    assert_eq!(Some(ours), std, "{c:?} (U+{:04X})", c as u32);
                } else if claimed(c) {
                    // the standard library leaves it too, or needs two letters, or maps it
                    // to a letter outside the claimed ranges (ı → I is the one exception)
                    let leaves = std.is_none_or(|s| s == c || !claimed(s));
                    assert!(leaves, "{c:?} (U+{:04X}) → {std:?}", c as u32);
                }
            }
        }
        // and every Vietnamese letter is mapped both ways
        let letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ";
        for c in letters.chars() {
            let big = upper(c);
            assert_eq!(Some(big), single(c.to_uppercase()), "{c}");
            assert_eq!(lower(big), c, "{c}");
        }
        assert!(mapped > 700, "{mapped}");
        assert_eq!(lower('Ա'), 'Ա', "Armenian is left alone");
        assert_eq!(upper('ß'), 'ß', "two letters in upper case: left alone");
    }

    #[test]
    fn strings() {
        assert_eq!(to_upper("Thành ủy Trà Vinh"), "THÀNH ỦY TRÀ VINH");
        assert_eq!(to_lower("ỦY BAN MTTQ VIỆT NAM"), "ủy ban mttq việt nam");
    }
}
