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
