//! Text typed with a legacy Vietnamese font encoding — TCVN3 (“ABC”, .VnTime fonts) or VNI
//! (VNI-Times fonts) — as it reads once taken as Unicode: the legacy bytes seen through
//! Windows-1252 (“Céng hßa”, “Coäng hoøa”). Recognised ([`detect`]) and converted back
//! ([`to_unicode`]).
//!
//! The code points come from UniKey's converter (VnConv, Pham Kim Long): `ukengine/data.cpp`
//! in github.com/vn-input/ibus-unikey — `SingleByteTables` (TCVN3, one byte a letter) and
//! `DoubleByteTables` (VNI-WIN: a base letter, then a mark byte). Cross-checked with
//! `utf8ToTCVN3` in cmpitg/bogoengine `src/charset.hpp` and the `VNI` list of
//! duydev/vietnamese-conversion `src/charsets.ts`.
//!
//! TCVN3 has codes for the lower-case letters and only seven capitals (Ă Â Ê Ô Ơ Ư Đ): a
//! capital with a tone mark is typed with the lower-case code in an upper-case font
//! (.VnTimeH). Plain text does not say which font it was in, so those letters convert to
//! lower case (“CỘNG HÒA” typed in .VnTimeH reads “céng hßa” and converts to “cộng hòa”).
//! VNI has every capital: a base letter with its mark byte in the upper half of the pair.

use crate::vietnamese::nfc::{is_surely_nfc, nfc};
use crate::vietnamese::syllable::{check, Verdict};
use crate::vietnamese::words::words;
use std::ops::Range;

/// A legacy Vietnamese font encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Legacy {
    /// TCVN3 (TCVN 5712:1993 VN3, “ABC”): .VnTime, .VnArial … fonts.
    Tcvn3,
    /// VNI Windows: VNI-Times, VNI-Helve … fonts.
    Vni,
}

impl Legacy {
    /// The name people know it by.
    pub fn name(self) -> &'static str {
        match self {
            Legacy::Tcvn3 => "TCVN3",
            Legacy::Vni => "VNI",
        }
    }
}

/// The twelve vowels, each with its six tones in UniKey's order: level, sắc, huyền, hỏi,
/// ngã, nặng.
const VOWELS: [[char; 6]; 12] = [
    ['a', 'á', 'à', 'ả', 'ã', 'ạ'],
    ['â', 'ấ', 'ầ', 'ẩ', 'ẫ', 'ậ'],
    ['ă', 'ắ', 'ằ', 'ẳ', 'ẵ', 'ặ'],
    ['e', 'é', 'è', 'ẻ', 'ẽ', 'ẹ'],
    ['ê', 'ế', 'ề', 'ể', 'ễ', 'ệ'],
    ['i', 'í', 'ì', 'ỉ', 'ĩ', 'ị'],
    ['o', 'ó', 'ò', 'ỏ', 'õ', 'ọ'],
    ['ô', 'ố', 'ồ', 'ổ', 'ỗ', 'ộ'],
    ['ơ', 'ớ', 'ờ', 'ở', 'ỡ', 'ợ'],
    ['u', 'ú', 'ù', 'ủ', 'ũ', 'ụ'],
    ['ư', 'ứ', 'ừ', 'ử', 'ữ', 'ự'],
    ['y', 'ý', 'ỳ', 'ỷ', 'ỹ', 'ỵ'],
];

/// TCVN3 code of each letter of [`VOWELS`] (ASCII letters are themselves).
const TCVN3_VOWELS: [[u8; 6]; 12] = [
    [b'a', 0xB8, 0xB5, 0xB6, 0xB7, 0xB9],
    [0xA9, 0xCA, 0xC7, 0xC8, 0xC9, 0xCB],
    [0xA8, 0xBE, 0xBB, 0xBC, 0xBD, 0xC6],
    [b'e', 0xD0, 0xCC, 0xCE, 0xCF, 0xD1],
    [0xAA, 0xD5, 0xD2, 0xD3, 0xD4, 0xD6],
    [b'i', 0xDD, 0xD7, 0xD8, 0xDC, 0xDE],
    [b'o', 0xE3, 0xDF, 0xE1, 0xE2, 0xE4],
    [0xAB, 0xE8, 0xE5, 0xE6, 0xE7, 0xE9],
    [0xAC, 0xED, 0xEA, 0xEB, 0xEC, 0xEE],
    [b'u', 0xF3, 0xEF, 0xF1, 0xF2, 0xF4],
    [0xAD, 0xF8, 0xF5, 0xF6, 0xF7, 0xF9],
    [b'y', 0xFD, 0xFA, 0xFB, 0xFC, 0xFE],
];

/// The other TCVN3 letters: đ and the seven capitals.
const TCVN3_OTHERS: [(u8, char); 8] = [
    (0xAE, 'đ'),
    (0xA1, 'Ă'),
    (0xA2, 'Â'),
    (0xA3, 'Ê'),
    (0xA4, 'Ô'),
    (0xA5, 'Ơ'),
    (0xA6, 'Ư'),
    (0xA7, 'Đ'),
];

/// VNI tone marks after a vowel (level, sắc, huyền, hỏi, ngã, nặng).
const TONES: [u8; 6] = [0, 0xF9, 0xF8, 0xFB, 0xF5, 0xEF];
/// VNI marks for â ê ô with each tone.
const HAT: [u8; 6] = [0xE2, 0xE1, 0xE0, 0xE5, 0xE3, 0xE4];
/// VNI marks for ă with each tone.
const BREVE: [u8; 6] = [0xEA, 0xE9, 0xE8, 0xFA, 0xFC, 0xEB];

/// VNI lower-case code of each letter of [`VOWELS`]: a base byte and a mark byte (0: none).
/// The capital is the same pair in upper case: the ASCII base in upper case, every other byte
/// minus 0x20 (“aù” á, “AÙ” Á; “ô” ơ, “Ô” Ơ).
const VNI_VOWELS: [[(u8, u8); 6]; 12] = [
    pairs(b'a', TONES),
    pairs(b'a', HAT),
    pairs(b'a', BREVE),
    pairs(b'e', TONES),
    pairs(b'e', HAT),
    [
        (b'i', 0),
        (0xED, 0),
        (0xEC, 0),
        (0xE6, 0),
        (0xF3, 0),
        (0xF2, 0),
    ],
    pairs(b'o', TONES),
    pairs(b'o', HAT),
    pairs(0xF4, TONES),
    pairs(b'u', TONES),
    pairs(0xF6, TONES),
    [
        (b'y', 0),
        (b'y', 0xF9),
        (b'y', 0xF8),
        (b'y', 0xFB),
        (b'y', 0xF5),
        (0xEE, 0),
    ],
];

/// VNI đ.
const VNI_D: u8 = 0xF1;

const fn pairs(base: u8, marks: [u8; 6]) -> [(u8, u8); 6] {
    let mut out = [(0u8, 0u8); 6];
    let mut i = 0;
    while i < 6 {
        out[i] = (base, marks[i]);
        i += 1;
    }
    out
}

/// The letter a TCVN3 byte 0xA0..=0xFF stands for ('\0': none), by byte − 0xA0.
static TCVN3_HIGH: [char; 96] = {
    let mut t = ['\0'; 96];
    let mut v = 0;
    while v < 12 {
        let mut k = 0;
        while k < 6 {
            let b = TCVN3_VOWELS[v][k];
            if b >= 0xA0 {
                t[(b - 0xA0) as usize] = VOWELS[v][k];
            }
            k += 1;
        }
        v += 1;
    }
    let mut i = 0;
    while i < TCVN3_OTHERS.len() {
        t[(TCVN3_OTHERS[i].0 - 0xA0) as usize] = TCVN3_OTHERS[i].1;
        i += 1;
    }
    t
};

/// The VNI bases a mark can follow, lower case: a e o u y ơ ư.
const VNI_BASES: [u8; 7] = [b'a', b'e', b'o', b'u', b'y', 0xF4, 0xF6];

/// The (lower-case) letter a VNI base and mark (lower case, byte − 0xE0) stand for.
static VNI_PAIRS: [[char; 32]; 7] = {
    let mut t = [['\0'; 32]; 7];
    let mut v = 0;
    while v < 12 {
        let mut k = 0;
        while k < 6 {
            let (base, mark) = VNI_VOWELS[v][k];
            if mark != 0 {
                let mut b = 0;
                while b < VNI_BASES.len() {
                    if VNI_BASES[b] == base {
                        t[b][(mark - 0xE0) as usize] = VOWELS[v][k];
                    }
                    b += 1;
                }
            }
            k += 1;
        }
        v += 1;
    }
    t
};

/// The (lower-case) letter a lone VNI byte 0xE0..=0xFF stands for, by byte − 0xE0; the same
/// byte − 0x20 is its capital.
static VNI_SINGLES: [char; 32] = {
    let mut t = ['\0'; 32];
    let mut v = 0;
    while v < 12 {
        let mut k = 0;
        while k < 6 {
            let (base, mark) = VNI_VOWELS[v][k];
            if mark == 0 && base >= 0xE0 {
                t[(base - 0xE0) as usize] = VOWELS[v][k];
            }
            k += 1;
        }
        v += 1;
    }
    t[(VNI_D - 0xE0) as usize] = 'đ';
    t
};

fn upper(c: char) -> char {
    crate::vietnamese::case::upper(c)
}

/// A VNI byte (as a Latin-1 character) in lower case, and whether it was a capital. `None` for
/// characters that are not a VNI letter or mark byte.
fn vni_lower(c: char) -> Option<(u8, bool)> {
    match c {
        'a' | 'e' | 'o' | 'u' | 'y' => Some((c as u8, false)),
        'A' | 'E' | 'O' | 'U' | 'Y' => Some((c.to_ascii_lowercase() as u8, true)),
        '\u{C0}'..='\u{DF}' => Some((c as u8 + 0x20, true)),
        '\u{E0}'..='\u{FF}' => Some((c as u8, false)),
        _ => None,
    }
}

/// Calls `f(range, letter)` for each legacy letter of `text`, in order: `range` is the
/// characters (one, or a VNI base and its mark) that stand for `letter`.
fn for_each_letter(text: &str, from: Legacy, mut f: impl FnMut(Range<usize>, char)) {
    match from {
        Legacy::Tcvn3 => {
            for (i, c) in text.char_indices() {
                if let '\u{A0}'..='\u{FF}' = c {
                    let l = TCVN3_HIGH[c as usize - 0xA0];
                    if l != '\0' {
                        f(i..i + c.len_utf8(), l);
                    }
                }
            }
        }
        Legacy::Vni => {
            let mut chars = text.char_indices().peekable();
            while let Some((i, c)) = chars.next() {
                let Some((b, cap)) = vni_lower(c) else {
                    continue;
                };
                // a base and its mark; the case is the base's
                if let (Some(base), Some(&(j, m))) =
                    (VNI_BASES.iter().position(|&x| x == b), chars.peek())
                {
                    let mark = vni_lower(m).map(|(mb, _)| mb).filter(|&mb| mb >= 0xE0);
                    if let Some(l) = mark
                        .map(|mb| VNI_PAIRS[base][(mb - 0xE0) as usize])
                        .filter(|&l| l != '\0')
                    {
                        chars.next();
                        f(i..j + m.len_utf8(), if cap { upper(l) } else { l });
                        continue;
                    }
                }
                if b >= 0xE0 {
                    let l = VNI_SINGLES[(b - 0xE0) as usize];
                    if l != '\0' {
                        f(i..i + c.len_utf8(), if cap { upper(l) } else { l });
                    }
                }
            }
        }
    }
}

/// `text` converted from `from` to Unicode (NFC). Only the characters that stand for a
/// Vietnamese letter in `from` change; everything else is kept. TCVN3 letters with a tone
/// come out in lower case (see the module documentation).
pub fn to_unicode(text: &str, from: Legacy) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut pos = 0;
    for_each_letter(text, from, |r, l| {
        out.push_str(&text[pos..r.start]);
        out.push(l);
        pos = r.end;
    });
    out.push_str(&text[pos..]);
    if is_surely_nfc(&out) {
        out
    } else {
        nfc(&out).into_owned()
    }
}

/// The part of `text` that changes when converted from `from`: from the first legacy letter to
/// the end of the last; `None` if there is none. Converting this part alone gives the same
/// letters as converting the whole text.
pub fn converted_range(text: &str, from: Legacy) -> Option<Range<usize>> {
    let mut range: Option<Range<usize>> = None;
    for_each_letter(text, from, |r, _| match &mut range {
        Some(x) => x.end = r.end,
        None => range = Some(r),
    });
    range
}

/// Letters that only Vietnamese Unicode text has (â ê ô are Latin-1, so TCVN3 or VNI text may
/// show them): ă đ ơ ư ĩ ũ and the precomposed vowels with tones (U+1EA0–U+1EF9), either case.
fn is_vietnamese_unicode(c: char) -> bool {
    matches!(
        c,
        'ă' | 'Ă' | 'đ' | 'Đ' | 'ơ' | 'Ơ' | 'ư' | 'Ư' | 'ĩ' | 'Ĩ' | 'ũ' | 'Ũ'
    ) || ('\u{1EA0}'..='\u{1EF9}').contains(&c)
}

/// Latin-1 characters that TCVN3 and VNI use for Vietnamese letters and marks.
fn is_legacy_mark(c: char) -> bool {
    ('\u{A1}'..='\u{FF}').contains(&c)
        && !matches!(c, '«' | '»' | '°' | '·' | '×' | '÷' | '§' | '©' | '®')
}

/// How much of the text the scoring reads: enough to decide, bounded on huge inputs.
const SCORE_PREFIX: usize = 64 * 1024;

/// Words with a converted letter, and how many of them are Vietnamese syllables.
fn score(text: &str, from: Legacy) -> (usize, usize) {
    let converted = to_unicode(text, from);
    let (mut marked, mut valid) = (0, 0);
    for w in words(&converted) {
        let word = w.text(&converted);
        if word.is_ascii() {
            continue;
        }
        marked += 1;
        if matches!(check(word), Verdict::Valid) {
            valid += 1;
        }
    }
    (marked, valid)
}

/// The legacy encoding `text` is in, if any: a text with no letter only Vietnamese Unicode has
/// (ă đ ơ ư ạ … ỹ), at least 8 Latin-1 letters and symbols, and which reads as Vietnamese once
/// converted — at least two in three of its converted words valid syllables. The encoding
/// giving more valid syllables wins.
pub fn detect(text: &str) -> Option<Legacy> {
    let mut legacy = 0usize;
    for c in text.chars() {
        if is_vietnamese_unicode(c) {
            return None;
        }
        legacy += usize::from(is_legacy_mark(c));
    }
    if legacy < 8 {
        return None;
    }
    let mut end = text.len().min(SCORE_PREFIX);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    [Legacy::Tcvn3, Legacy::Vni]
        .into_iter()
        .map(|l| (l, score(sample, l)))
        .filter(|&(_, (marked, valid))| valid >= 3 && valid * 3 >= marked * 2)
        .max_by_key(|&(_, (_, valid))| valid)
        .map(|(l, _)| l)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A VNI byte in upper case.
    fn vni_upper(b: u8) -> u8 {
        if b.is_ascii() {
            b.to_ascii_uppercase()
        } else {
            b - 0x20
        }
    }

    /// Test-only encoder from the same tables: Unicode letter → legacy text.
    fn encode(text: &str, to: Legacy) -> String {
        let mut out = String::new();
        for c in text.chars() {
            let lower = c.to_lowercase().next().unwrap_or(c);
            let cap = lower != c;
            let found = VOWELS
                .iter()
                .enumerate()
                .find_map(|(v, row)| row.iter().position(|&x| x == lower).map(|k| (v, k)));
            let bytes: Vec<u8> = match (to, found, lower) {
                (_, _, _) if c.is_ascii() => vec![c as u8],
                (Legacy::Tcvn3, _, _) if TCVN3_OTHERS.iter().any(|o| o.1 == c) => {
                    vec![TCVN3_OTHERS.iter().find(|o| o.1 == c).unwrap().0]
                }
                (Legacy::Tcvn3, Some((v, k)), _) => vec![TCVN3_VOWELS[v][k]],
                (Legacy::Vni, Some((v, k)), _) => {
                    let (b, m) = VNI_VOWELS[v][k];
                    let (b, m) = if cap {
                        (vni_upper(b), vni_upper(m))
                    } else {
                        (b, m)
                    };
                    if m == 0 {
                        vec![b]
                    } else {
                        vec![b, m]
                    }
                }
                (Legacy::Vni, None, 'đ') => vec![if cap { vni_upper(VNI_D) } else { VNI_D }],
                _ => panic!("{c} cannot be encoded"),
            };
            out.extend(bytes.into_iter().map(char::from));
        }
        out
    }

    /// Every Vietnamese letter that is not ASCII, lower case: 66 vowels and đ.
    fn lower_letters() -> Vec<char> {
        VOWELS
            .iter()
            .flatten()
            .copied()
            .filter(|c| !c.is_ascii())
            .chain(['đ'])
            .collect()
    }

    #[test]
    fn every_letter_round_trips() {
        let lower = lower_letters();
        assert_eq!(lower.len(), 67);
        let upper: Vec<char> = lower.iter().map(|&c| upper(c)).collect();
        for from in [Legacy::Tcvn3, Legacy::Vni] {
            for &c in &lower {
                let s = c.to_string();
                assert_eq!(to_unicode(&encode(&s, from), from), s, "{from:?} {c}");
            }
        }
        // VNI has every capital
        for &c in &upper {
            let s = c.to_string();
            assert_eq!(to_unicode(&encode(&s, Legacy::Vni), Legacy::Vni), s, "{c}");
        }
        // TCVN3 has seven
        for c in ['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ'] {
            let s = c.to_string();
            assert_eq!(to_unicode(&encode(&s, Legacy::Tcvn3), Legacy::Tcvn3), s);
        }
        // every code is distinct
        let mut codes: Vec<String> = lower
            .iter()
            .map(|c| encode(&c.to_string(), Legacy::Tcvn3))
            .collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), 67);
    }

    #[test]
    fn known_phrases_in_both_encodings() {
        let cases = [
            (
                "Céng hßa x· héi chñ nghÜa ViÖt Nam",
                "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam",
                "Cộng hòa xã hội chủ nghĩa Việt Nam",
            ),
            (
                "§éc lËp - Tù do - H¹nh phóc",
                "Ñoäc laäp - Töï do - Haïnh phuùc",
                "Độc lập - Tự do - Hạnh phúc",
            ),
        ];
        for (tcvn3, vni, unicode) in cases {
            assert_eq!(to_unicode(tcvn3, Legacy::Tcvn3), unicode);
            assert_eq!(encode(unicode, Legacy::Tcvn3), tcvn3);
            assert_eq!(to_unicode(vni, Legacy::Vni), unicode);
            assert_eq!(encode(unicode, Legacy::Vni), vni);
        }
        // VNI has the capital Ủ; TCVN3 has none: clerks type “Uû” (old-style “Uỷ”), or the
        // lower-case code in an H font
        assert_eq!(
            to_unicode("UÛy ban nhaân daân", Legacy::Vni),
            "Ủy ban nhân dân"
        );
        assert_eq!(encode("Ủy ban nhân dân", Legacy::Vni), "UÛy ban nhaân daân");
        assert_eq!(
            to_unicode("Uû ban nh©n d©n", Legacy::Tcvn3),
            "Uỷ ban nhân dân"
        );
        assert_eq!(encode("Ủy ban nhân dân", Legacy::Tcvn3), "ñy ban nh©n d©n");
        assert_eq!(
            to_unicode("ñy ban nh©n d©n", Legacy::Tcvn3),
            "ủy ban nhân dân"
        );
        // capitals in VNI, lower case in a TCVN3 H font
        assert_eq!(
            to_unicode("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", Legacy::Vni),
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        );
        assert_eq!(
            to_unicode("céng hßa x· héi chñ nghÜa viÖt nam", Legacy::Tcvn3),
            "cộng hòa xã hội chủ nghĩa việt nam"
        );
    }

    #[test]
    fn detects_the_encoding() {
        let unicode = "Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc. Ủy ban nhân dân tỉnh triển khai kế hoạch.";
        for from in [Legacy::Tcvn3, Legacy::Vni] {
            let legacy = encode(unicode, from);
            assert_eq!(detect(&legacy), Some(from), "{legacy}");
            assert_eq!(
                to_unicode(&legacy, from).to_lowercase(),
                unicode.to_lowercase()
            );
        }
        assert_eq!(detect(unicode), None);
        assert_eq!(detect("plain ASCII text, nothing else"), None);
        assert_eq!(
            detect("Les élèves étudient à l'école française pendant l'été, très bien, où déjà."),
            None
        );
    }

    #[test]
    fn leaves_other_characters_alone() {
        assert_eq!(
            to_unicode("Số 05 (x) 1°C — “q” ½", Legacy::Tcvn3),
            "Số 05 (x) 1°C — “q” ẵ"
        );
        assert_eq!(to_unicode("«x»", Legacy::Tcvn3), "ôxằ");
        assert_eq!(to_unicode("ab € — “q”", Legacy::Vni), "ab € — “q”");
        assert_eq!(to_unicode("aù", Legacy::Vni), "á");
        assert_eq!(to_unicode("xù", Legacy::Vni), "xù");
        assert_eq!(converted_range("ab Coäng z", Legacy::Vni), Some(4..7));
    }
}
