//! Vietnamese text in the Windows code page 1258 (what Notepad and older Office save as
//! "ANSI" on a Vietnamese Windows): decoded, and recognised as Vietnamese before it is used.
//! The table is Microsoft's cp1258 (generated from Python's codec); tone marks are combining
//! characters in cp1258, so the decoded text is decomposed and the linter normalizes it.

pub mod legacy;

use crate::vietnamese::nfc::nfc;
use crate::vietnamese::syllable::{check, Verdict};
use crate::vietnamese::words::words;

const CP1258_HIGH: [char; 128] = [
    '\u{20AC}', '\u{FFFD}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{02C6}', '\u{2030}', '\u{FFFD}', '\u{2039}', '\u{0152}', '\u{FFFD}', '\u{FFFD}', '\u{FFFD}',
    '\u{FFFD}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{02DC}', '\u{2122}', '\u{FFFD}', '\u{203A}', '\u{0153}', '\u{FFFD}', '\u{FFFD}', '\u{0178}',
    '\u{00A0}', '\u{00A1}', '\u{00A2}', '\u{00A3}', '\u{00A4}', '\u{00A5}', '\u{00A6}', '\u{00A7}',
    '\u{00A8}', '\u{00A9}', '\u{00AA}', '\u{00AB}', '\u{00AC}', '\u{00AD}', '\u{00AE}', '\u{00AF}',
    '\u{00B0}', '\u{00B1}', '\u{00B2}', '\u{00B3}', '\u{00B4}', '\u{00B5}', '\u{00B6}', '\u{00B7}',
    '\u{00B8}', '\u{00B9}', '\u{00BA}', '\u{00BB}', '\u{00BC}', '\u{00BD}', '\u{00BE}', '\u{00BF}',
    '\u{00C0}', '\u{00C1}', '\u{00C2}', '\u{0102}', '\u{00C4}', '\u{00C5}', '\u{00C6}', '\u{00C7}',
    '\u{00C8}', '\u{00C9}', '\u{00CA}', '\u{00CB}', '\u{0300}', '\u{00CD}', '\u{00CE}', '\u{00CF}',
    '\u{0110}', '\u{00D1}', '\u{0309}', '\u{00D3}', '\u{00D4}', '\u{01A0}', '\u{00D6}', '\u{00D7}',
    '\u{00D8}', '\u{00D9}', '\u{00DA}', '\u{00DB}', '\u{00DC}', '\u{01AF}', '\u{0303}', '\u{00DF}',
    '\u{00E0}', '\u{00E1}', '\u{00E2}', '\u{0103}', '\u{00E4}', '\u{00E5}', '\u{00E6}', '\u{00E7}',
    '\u{00E8}', '\u{00E9}', '\u{00EA}', '\u{00EB}', '\u{0301}', '\u{00ED}', '\u{00EE}', '\u{00EF}',
    '\u{0111}', '\u{00F1}', '\u{0323}', '\u{00F3}', '\u{00F4}', '\u{01A1}', '\u{00F6}', '\u{00F7}',
    '\u{00F8}', '\u{00F9}', '\u{00FA}', '\u{00FB}', '\u{00FC}', '\u{01B0}', '\u{20AB}', '\u{00FF}',
];

/// Decodes Windows-1258 bytes; `None` if a byte is undefined in the code page.
pub fn decode_windows_1258(bytes: &[u8]) -> Option<String> {
    bytes
        .iter()
        .map(|&b| {
            if b < 0x80 {
                Some(b as char)
            } else {
                Some(CP1258_HIGH[(b - 0x80) as usize]).filter(|&c| c != '\u{FFFD}')
            }
        })
        .collect()
}

/// Windows-1252 at 0x80..=0x9F (Microsoft's cp1252, as in the WHATWG index); the five bytes
/// it leaves undefined read as the C1 controls of the same number, as browsers do.
const CP1252_C1: [char; 32] = [
    '\u{20AC}', '\u{81}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{8D}', '\u{017D}', '\u{8F}',
    '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{9D}', '\u{017E}', '\u{0178}',
];

/// Decodes Windows-1252 bytes (every byte has a character): how the bytes of a file typed in a
/// TCVN3 or VNI font and saved as “ANSI” text read, ready for [`legacy::to_unicode`].
pub fn decode_windows_1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => CP1252_C1[(b - 0x80) as usize],
            _ => char::from(b),
        })
        .collect()
}

/// Whether a text reads as Vietnamese: at least 10 words with Vietnamese marks, and at least
/// nine in ten of them valid syllables. Text decoded with the wrong code page fails this.
pub fn looks_vietnamese(text: &str) -> bool {
    let text = nfc(text);
    let (mut marked, mut valid) = (0usize, 0usize);
    for w in words(&text) {
        let word = w.text(&text);
        if word.is_ascii() {
            continue;
        }
        marked += 1;
        if matches!(check(word), Verdict::Valid) {
            valid += 1;
        }
    }
    marked >= 10 && valid * 10 >= marked * 9
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_vietnamese_in_cp1258() {
        // "Cộng hòa" in cp1258: C o^ (0xF4) + dot below (0xF2) n g, h o (0xF2 is dot) …
        let bytes = b"C\xf4\xf2ng h\xf2a x\xe3 h\xf4\xf2i";
        let text = decode_windows_1258(bytes).unwrap();
        assert!(nfc(&text).starts_with("Cộng"), "{text}");
        assert_eq!(decode_windows_1258(b"\x81"), None);
    }

    #[test]
    fn decodes_windows_1252() {
        assert_eq!(
            decode_windows_1252(b"C\xe9ng \x93x\x94 \x81"),
            "Céng “x” \u{81}"
        );
    }

    #[test]
    fn recognises_vietnamese_and_rejects_mojibake() {
        let vi = "Ủy ban nhân dân tỉnh triển khai kế hoạch phòng, chống thiên tai, bảo đảm an toàn cho người dân và tài sản của Nhà nước.";
        assert!(looks_vietnamese(vi));
        assert!(!looks_vietnamese("Ã¼ber Ã¤hnlich Ã¶ffentlich Ã¼ber Ã¤hnlich Ã¶ffentlich Ã¼ber Ã¤hnlich Ã¶ffentlich Ã¼ber"));
        assert!(!looks_vietnamese("plain English text only"));
    }
}
