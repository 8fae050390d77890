//! Unicode NFC for Latin script: a letter composed with its combining marks ("e" + U+0323 +
//! U+0302 → "ệ"), the marks put in canonical order first, and the canonical decompositions and
//! combining classes that needs.
//!
//! The `unicode-normalization` crate covers all of Unicode, but its tables cost ~66 KB of the
//! gzipped WebAssembly package. Vietnamese is written in Latin script, so the tables here
//! (`nfc_table.rs`, generated from the same Unicode data by the test `nfc_table_is_up_to_date`:
//! `UPDATE_NFC_TABLE=1 cargo test nfc_table` rewrites it) hold only the characters whose canonical decomposition is made of Latin letters
//! (U+0000–U+024F, U+1E00–U+1EFF, and U+0292 ʒ that "ǯ" decomposes into) and combining marks
//! (U+0300–U+036F): every precomposed Latin letter, and the few characters elsewhere that
//! decompose into them, such as U+212B ANGSTROM SIGN or U+2260 NOT EQUAL TO. On text made of
//! those, the result is exactly NFC.
//!
//! Every other character passes through unchanged and counts as a starter (combining class 0):
//! other scripts are left as written (decomposed Greek or Hangul stays decomposed), and a mark
//! outside U+0300–U+036F neither composes nor moves. The rules only read Vietnamese letters.

use super::nfc_table::{COMPOSITIONS, DECOMPOSITIONS, FIRST_MARK, MARK_CLASSES, NOT_NFC};
use std::borrow::Cow;

/// The canonical combining class of `c`: nonzero for the marks of U+0300–U+036F that attach to
/// a letter, 0 for starters and for every character outside the Latin table.
pub fn canonical_combining_class(c: char) -> u8 {
    (c as u32)
        .checked_sub(FIRST_MARK)
        .and_then(|i| MARK_CLASSES.get(i as usize))
        .map_or(0, |&class| class)
}

/// The full canonical decomposition of `c` ("ệ" → "e", U+0323, U+0302), or `c` itself when it
/// has none or is outside the Latin table.
pub fn decompose_canonical(c: char) -> impl Iterator<Item = char> {
    // ASCII and the rest of what comes before the first entry are answered without a search
    let parts = bmp(c)
        .filter(|&key| key >= DECOMPOSITIONS[0].0)
        .and_then(|key| DECOMPOSITIONS.binary_search_by_key(&key, |&(k, _)| k).ok())
        .map_or(&[][..], |i| &DECOMPOSITIONS[i].1[..]);
    let itself = parts.is_empty().then_some(c);
    itself.into_iter().chain(
        parts
            .iter()
            .take_while(|&&part| part != 0)
            .map(|&part| to_char(part)),
    )
}

/// A fast sufficient test that [`nfc`] leaves `s` unchanged: no character in it is a mark or
/// one that NFC replaces even on its own. Text with a mark may be NFC all the same.
pub fn is_surely_nfc(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Bytes below 0xCC are ASCII, continuation bytes, or lead bytes of characters below
        // U+0300, which are all starters that NFC keeps: skipped without decoding.
        if bytes[i] < 0xCC {
            i += 1;
            continue;
        }
        // Vietnamese letters with a tone mark, U+1EA0–U+1EF9 (E1 BA A0 – E1 BB B9): starters
        // that NFC produces itself, the bulk of a Vietnamese text's non-ASCII letters
        if bytes[i] == 0xE1
            && matches!(
                (bytes.get(i + 1), bytes.get(i + 2)),
                (Some(0xBA), Some(0xA0..=0xBF)) | (Some(0xBB), Some(0x80..=0xB9))
            )
        {
            i += 3;
            continue;
        }
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        if canonical_combining_class(c) != 0 || is_not_nfc(c) {
            return false;
        }
        i += c.len_utf8();
    }
    true
}

/// The NFC form of `s`, borrowed when nothing changes.
pub fn nfc(s: &str) -> Cow<'_, str> {
    if is_surely_nfc(s) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for_each_segment(s, |_, segment| out.push_str(segment));
    Cow::Owned(out)
}

/// NFC of `s`, one segment at a time: calls `emit(start, normalized)` for each starter with the
/// marks that follow it, where `start` is the byte offset in `s` where the segment begins. The
/// normalized segments, in order, are the NFC text; each maps back to its `start`.
pub fn for_each_segment(s: &str, mut emit: impl FnMut(usize, &str)) {
    // both reused for every segment: no allocation per character
    let mut segment: Vec<char> = Vec::new();
    let mut composed = String::new();
    let mut start = 0;
    for (i, c) in s.char_indices() {
        for part in decompose_canonical(c) {
            if canonical_combining_class(part) == 0 && !segment.is_empty() {
                compose_segment(&mut segment, &mut composed);
                emit(start, &composed);
                segment.clear();
                start = i;
            }
            segment.push(part);
        }
    }
    if !segment.is_empty() {
        compose_segment(&mut segment, &mut composed);
        emit(start, &composed);
    }
}

/// Writes the NFC form of one fully decomposed segment to `out` (cleared first): the marks in
/// canonical order (a stable sort by combining class), then each mark composed into the starter
/// unless an earlier mark of the same class was left standing between them (it blocks). Every
/// Latin composition adds a mark to a starter, so segments never compose with each other.
fn compose_segment(segment: &mut [char], out: &mut String) {
    out.clear();
    let Some((&mut first, marks)) = segment.split_first_mut() else {
        return;
    };
    if canonical_combining_class(first) != 0 {
        // marks at the start of the text: nothing to compose with
        crate::sort::by_key(segment, |&mark| u64::from(canonical_combining_class(mark)));
        out.extend(&*segment);
        return;
    }
    crate::sort::by_key(marks, |&mark| u64::from(canonical_combining_class(mark)));
    let mut starter = first;
    let mut kept = 0;
    let mut last_kept_class = 0;
    for i in 0..marks.len() {
        let mark = marks[i];
        let class = canonical_combining_class(mark);
        // classes are sorted, so a kept mark blocks exactly when its class is the same
        match compose(starter, mark).filter(|_| last_kept_class < class) {
            Some(composite) => starter = composite,
            None => {
                marks[kept] = mark;
                kept += 1;
                last_kept_class = class;
            }
        }
    }
    out.push(starter);
    out.extend(&marks[..kept]);
}

/// The primary composite of `first` + `second` ("ẹ" + U+0302 → "ệ"), if there is one.
fn compose(first: char, second: char) -> Option<char> {
    let key = (bmp(first)?, bmp(second)?);
    let i = COMPOSITIONS
        .binary_search_by_key(&key, |&(a, b, _)| (a, b))
        .ok()?;
    Some(to_char(COMPOSITIONS[i].2))
}

/// Whether NFC replaces `c` even on its own (U+212B ANGSTROM SIGN → "Å").
fn is_not_nfc(c: char) -> bool {
    bmp(c).is_some_and(|key| NOT_NFC.binary_search(&key).is_ok())
}

/// `c` as a table key: every character in the tables is in the Basic Multilingual Plane.
fn bmp(c: char) -> Option<u16> {
    u16::try_from(c as u32).ok()
}

/// A table value back as a character (they are all scalar values: the tables are generated
/// from characters).
fn to_char(value: u16) -> char {
    char::from_u32(value.into()).unwrap_or(char::REPLACEMENT_CHARACTER)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::fmt::Write;
    use unicode_normalization::char as unicode;
    use unicode_normalization::UnicodeNormalization;

    const TABLE_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/vietnamese/nfc_table.rs");

    fn is_latin(c: char) -> bool {
        matches!(c, '\0'..='\u{24F}' | '\u{300}'..='\u{36F}' | '\u{1E00}'..='\u{1EFF}')
    }

    fn full_decomposition(c: char) -> Vec<char> {
        let mut parts = Vec::new();
        unicode::decompose_canonical(c, |part| parts.push(part));
        parts
    }

    /// Every character the tables cover: the Latin ranges, the letters they decompose into
    /// (U+0292 ʒ of ǯ lies outside them), and whatever decomposes into those (U+212B Å).
    fn latin_table_chars() -> Vec<char> {
        let all = || (0..=0x10FFFF).filter_map(char::from_u32);
        let mut letters: Vec<char> = all().filter(|&c| is_latin(c)).collect();
        letters.extend(letters.clone().into_iter().flat_map(full_decomposition));
        letters.sort_unstable();
        letters.dedup();
        all()
            .filter(|&c| {
                full_decomposition(c)
                    .iter()
                    .all(|p| letters.binary_search(p).is_ok())
            })
            .collect()
    }

    fn hex(c: char) -> String {
        format!("0x{:04X}", c as u32)
    }

    /// Writes `items` (all of one width) as a `#[rustfmt::skip]` array, as many to a line as fit.
    fn write_array(out: &mut String, doc: &str, name: &str, ty: &str, items: &[String]) {
        let per_line = 96 / (items[0].len() + 2);
        writeln!(out, "\n{doc}\n#[rustfmt::skip]").unwrap();
        writeln!(out, "pub(super) static {name}: [{ty}; {}] = [", items.len()).unwrap();
        for line in items.chunks(per_line) {
            writeln!(out, "    {},", line.join(", ")).unwrap();
        }
        writeln!(out, "];").unwrap();
    }

    /// The source of `nfc_table.rs`, from the Unicode data of `unicode-normalization`.
    fn generate_table() -> String {
        let chars = latin_table_chars();
        for &c in &chars {
            assert!(c <= '\u{FFFF}', "{c:?}: keys are u16");
            let class = unicode::canonical_combining_class(c);
            assert!(
                class == 0 || ('\u{300}'..='\u{36F}').contains(&c),
                "{c:?}: only U+0300–U+036F may be marks"
            );
        }
        let decompositions: Vec<String> = chars
            .iter()
            .filter_map(|&c| {
                let parts = full_decomposition(c);
                assert!(parts.len() <= 3, "{c:?}: decompositions are at most 3 long");
                let mut padded: Vec<String> = parts.iter().map(|&p| hex(p)).collect();
                padded.resize(3, hex('\0'));
                (parts != [c]).then(|| format!("({}, [{}])", hex(c), padded.join(", ")))
            })
            .collect();
        let mut compositions = Vec::new();
        for &first in &chars {
            for &second in &chars {
                if let Some(composite) = unicode::compose(first, second) {
                    assert_ne!(
                        unicode::canonical_combining_class(second),
                        0,
                        "{first:?} + {second:?}: compose_segment assumes every second is a mark"
                    );
                    assert!(
                        chars.binary_search(&composite).is_ok(),
                        "{composite:?}: not decomposable"
                    );
                    compositions.push(format!(
                        "({}, {}, {})",
                        hex(first),
                        hex(second),
                        hex(composite)
                    ));
                }
            }
        }
        let not_nfc: Vec<String> = chars
            .iter()
            .filter(|&&c| c.to_string().nfc().ne(std::iter::once(c)))
            .inspect(|&&c| assert!(c >= '\u{300}', "{c:?}: is_surely_nfc skips below U+0300"))
            .map(|&c| hex(c))
            .collect();
        let classes: Vec<String> = ('\u{300}'..='\u{36F}')
            .map(|c| format!("{:3}", unicode::canonical_combining_class(c)))
            .collect();

        let (major, minor, update) = unicode_normalization::UNICODE_VERSION;
        let mut out = format!(
            "//! Tables for `nfc.rs`, generated from Unicode {major}.{minor}.{update} (the data of the\n\
             //! unicode-normalization crate) by `UPDATE_NFC_TABLE=1 cargo test nfc_table`: do not edit.\n\
             //! Every character is in the Basic Multilingual Plane, so they are stored as `u16`.\n\
             \n\
             /// The first character of [`MARK_CLASSES`].\n\
             pub(super) const FIRST_MARK: u32 = 0x0300;\n"
        );
        write_array(
            &mut out,
            "/// Canonical combining class of U+0300 + i: the marks; every other Latin character is a starter.",
            "MARK_CLASSES",
            "u8",
            &classes,
        );
        write_array(
            &mut out,
            "/// Full canonical decompositions (padded with 0), sorted by character.",
            "DECOMPOSITIONS",
            "(u16, [u16; 3])",
            &decompositions,
        );
        write_array(
            &mut out,
            "/// Primary composites: (first, second, composite), sorted by (first, second).",
            "COMPOSITIONS",
            "(u16, u16, u16)",
            &compositions,
        );
        write_array(
            &mut out,
            "/// Characters NFC replaces even on their own (singletons and excluded composites), sorted.",
            "NOT_NFC",
            "u16",
            &not_nfc,
        );
        out
    }

    #[test]
    fn nfc_table_is_up_to_date() {
        let generated = generate_table();
        if std::env::var_os("UPDATE_NFC_TABLE").is_some() {
            std::fs::write(TABLE_PATH, &generated).unwrap();
            return;
        }
        let committed = std::fs::read_to_string(TABLE_PATH).unwrap_or_default();
        assert!(
            committed == generated,
            "src/vietnamese/nfc_table.rs differs from the Unicode data; \
             regenerate it with `UPDATE_NFC_TABLE=1 cargo test nfc_table`"
        );
    }

    #[test]
    fn lookups_agree_with_unicode_normalization() {
        for c in latin_table_chars() {
            assert_eq!(
                canonical_combining_class(c),
                unicode::canonical_combining_class(c),
                "{c:?}"
            );
            assert_eq!(
                decompose_canonical(c).collect::<Vec<_>>(),
                full_decomposition(c),
                "{c:?}"
            );
            for (a, b) in [(c, '\u{301}'), (c, '\u{323}'), (c, '\u{338}')] {
                assert_eq!(compose(a, b), unicode::compose(a, b), "{a:?} + {b:?}");
            }
        }
        for c in ['α', 'ά', 'й', '中', '한', '😀', '\u{483}', '\u{1DC4}'] {
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            assert!(decompose_canonical(c).eq([c]), "{c:?}");
        }
    }

    #[test]
    fn every_table_character_with_any_one_or_two_marks_matches_unicode_normalization() {
        let marks: Vec<char> = ('\u{300}'..='\u{36F}').collect();
        let mut s = String::new();
        for c in latin_table_chars() {
            for &mark in &marks {
                s.clear();
                s.extend([c, mark]);
                assert!(nfc(&s).chars().eq(s.nfc()), "{s:?}");
            }
        }
        let vietnamese_marks = [
            '\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}', '\u{302}', '\u{306}', '\u{31B}',
        ];
        for c in VIETNAMESE_LETTERS.chars() {
            for first in vietnamese_marks {
                for second in vietnamese_marks {
                    s.clear();
                    s.extend([c, first, second]);
                    assert!(nfc(&s).chars().eq(s.nfc()), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn vietnamese_marks_compose_in_any_order() {
        for (input, expected) in [
            ("e\u{323}\u{302}", "ệ"),
            ("e\u{302}\u{323}", "ệ"),
            ("ê\u{323}", "ệ"),
            ("ẹ\u{302}", "ệ"),
            ("a\u{302}\u{301}", "ấ"),
            ("a\u{323}\u{306}", "ặ"),
            ("a\u{306}\u{323}", "ặ"),
            ("ă\u{323}", "ặ"),
            ("u\u{31B}\u{303}", "ữ"),
            ("O\u{31B}\u{309}", "Ở"),
            ("Ô\u{323}", "Ộ"),
            ("Đ", "Đ"),
            // two marks of one class: the second is blocked by the first
            ("a\u{301}\u{301}", "á\u{301}"),
            ("\u{301}a", "\u{301}a"),
            ("x\u{301}\u{323}", "x\u{323}\u{301}"),
            ("=\u{338}", "≠"),
            ("\u{212B}", "Å"),
        ] {
            assert_eq!(nfc(input), expected, "{input:?}");
            assert_eq!(nfc(input), input.nfc().collect::<String>(), "{input:?}");
        }
    }

    #[test]
    fn other_scripts_pass_through() {
        for s in [
            "中华人民共和国",
            "Ελληνικά: ά έ ή",
            "Привет, мир! й",
            "한국어 텍스트",
            "😀 👍🏽 🇻🇳",
            "العربية",
            "हिन्दी",
            "ภาษาไทย",
        ] {
            assert!(is_surely_nfc(s), "{s}");
            assert_eq!(nfc(s), s);
            let mut segments = String::new();
            for_each_segment(s, |_, segment| segments.push_str(segment));
            assert_eq!(segments, s);
        }
        // decomposed, they stay so: only Latin is composed
        for s in ["α\u{301}", "\u{1100}\u{1161}", "и\u{306}"] {
            assert_eq!(nfc(s), s);
        }
    }

    #[test]
    fn surely_nfc_is_fast_on_vietnamese() {
        assert!(is_surely_nfc("Độc lập – Tự do – Hạnh phúc “x” …"));
        assert!(is_surely_nfc(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM, Ủy ban ỷ ỹ ự"
        ));
        assert!(!is_surely_nfc("e\u{301}"));
        assert!(!is_surely_nfc("\u{212B}"));
    }

    const VIETNAMESE_LETTERS: &str = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợ\
        uùúủũụưừứửữựyỳýỷỹỵdđAÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬEÈÉẺẼẸÊỀẾỂỄỆIÌÍỈĨỊOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ\
        UÙÚỦŨỤƯỪỨỬỮỰYỲÝỶỸỴDĐ";

    /// Vietnamese letters, ASCII, combining marks, spaces and line breaks, other Latin letters,
    /// and characters elsewhere that decompose into Latin.
    fn latin_char() -> impl Strategy<Value = char> {
        let letters: Vec<char> = VIETNAMESE_LETTERS.chars().collect();
        prop_oneof![
            4 => prop::sample::select(letters),
            3 => prop::char::range(' ', '~'),
            3 => prop::char::range('\u{300}', '\u{36F}'),
            1 => prop::sample::select(vec![' ', '\n', '\r', '\t']),
            2 => prop::char::ranges(vec!['\u{80}'..='\u{24F}', '\u{1E00}'..='\u{1EFF}'].into()),
            1 => prop::sample::select(vec!['\u{212A}', '\u{212B}', '\u{2260}', '\u{226E}', '\u{385}', '\u{1FEE}', '\u{1FED}', '\u{37E}', '\u{387}', '\u{A8}', 'ʒ']),
        ]
    }

    fn latin_text() -> impl Strategy<Value = String> {
        prop::collection::vec(latin_char(), 0..40).prop_map(String::from_iter)
    }

    fn vietnamese_text() -> impl Strategy<Value = String> {
        let letters: Vec<char> = format!("{VIETNAMESE_LETTERS} \n,.").chars().collect();
        prop::collection::vec(prop::sample::select(letters), 0..60).prop_map(String::from_iter)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn nfc_equals_unicode_normalization_on_latin(s in latin_text()) {
            let expected: String = s.nfc().collect();
            prop_assert_eq!(nfc(&s), expected.as_str());
            if is_surely_nfc(&s) {
                prop_assert_eq!(&expected, &s);
            }
        }

        #[test]
        fn decomposed_vietnamese_composes_back(s in vietnamese_text()) {
            let nfd: String = s.nfd().collect();
            prop_assert_eq!(nfc(&nfd), s.as_str());
            prop_assert!(is_surely_nfc(&s));
        }

        #[test]
        fn any_text_is_normalized_without_panic(s in any::<String>()) {
            let once = nfc(&s).into_owned();
            prop_assert_eq!(nfc(&once), once.as_str());
            if is_surely_nfc(&s) {
                prop_assert_eq!(&once, &s);
            }
            let mut starts = Vec::new();
            for_each_segment(&s, |start, _| starts.push(start));
            prop_assert!(starts.windows(2).all(|w| w[0] < w[1]));
            prop_assert!(starts.iter().all(|&start| s.is_char_boundary(start)));
        }
    }
}
