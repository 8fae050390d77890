//! The original text and its two derived views, each built once in O(n):
//!
//! * [`Normalized`]: the NFC form every rule matches against, with a map back to byte offsets in
//!   the original text (decomposed input, as macOS produces, is common);
//! * [`LineIndex`]: byte offset → 1-based line, column in Unicode scalar values and column in
//!   UTF-16 code units, through per-line starts and sparse checkpoints.
//!
//! Findings are located by offsets computed while parsing; nothing here searches the text.

use crate::vietnamese::nfc;
use std::borrow::Cow;

/// The NFC view of a text, with the way back to the original byte offsets.
#[derive(Debug, Clone)]
pub struct Normalized<'a> {
    text: Cow<'a, str>,
    /// `to_original[i]` is the original byte offset of normalized byte `i` (one extra entry for
    /// the end). `None` when the input already was NFC, so both views are the same bytes.
    to_original: Option<Vec<u32>>,
}

impl<'a> Normalized<'a> {
    /// Normalizes `source` to NFC (see [`nfc`] for what that covers). Each normalized segment
    /// (a starter and its combining marks) maps to where it starts in `source`.
    pub fn new(source: &'a str) -> Self {
        let unchanged = Normalized {
            text: Cow::Borrowed(source),
            to_original: None,
        };
        if nfc::is_surely_nfc(source) {
            return unchanged;
        }
        let mut text = String::with_capacity(source.len());
        let mut map: Vec<u32> = Vec::with_capacity(source.len() + 1);
        nfc::for_each_segment(source, |start, segment| {
            text.push_str(segment);
            map.extend(std::iter::repeat_n(start as u32, segment.len()));
        });
        if text == source {
            return unchanged;
        }
        map.push(source.len() as u32);
        Normalized {
            text: Cow::Owned(text),
            to_original: Some(map),
        }
    }

    /// The NFC text.
    #[inline(always)]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether the input needed any change to be NFC.
    pub fn changed(&self) -> bool {
        self.to_original.is_some()
    }

    /// Maps a byte offset in the NFC text to a byte offset in the original text. Offsets inside
    /// a composed character map to the start of the cluster it came from.
    pub fn to_original(&self, offset: usize) -> usize {
        match &self.to_original {
            None => offset,
            Some(map) => map[offset.min(map.len() - 1)] as usize,
        }
    }
}

/// How often (in bytes) the line index stores a checkpoint inside long lines.
const CHECKPOINT: usize = 64;

/// A position in the text, 1-based.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    /// Column counted in Unicode scalar values (Rust and CLI output).
    pub column: usize,
    /// Column counted in UTF-16 code units (JavaScript, Monaco).
    pub column_utf16: usize,
    /// Offset counted in UTF-16 code units from the start of the text.
    pub utf16: usize,
}

/// Offsets → lines and columns, built once per document in O(n).
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offset where each line starts (after `\n`, `\r\n` or `\r`).
    line_starts: Vec<usize>,
    /// Checkpoints `(byte, chars, utf16)` at every line start and every ~64 bytes, sorted.
    checkpoints: Vec<(usize, usize, usize)>,
}

/// Running counts while a [`LineIndex`] is built.
#[derive(Default)]
struct Counter {
    /// Bytes counted so far.
    counted: usize,
    chars: usize,
    utf16: usize,
    last_checkpoint: usize,
}

impl Counter {
    /// Counts the bytes up to `upto`, leaving a checkpoint at the first char boundary
    /// [`CHECKPOINT`] bytes or more after the previous one.
    fn count_to(
        &mut self,
        bytes: &[u8],
        upto: usize,
        checkpoints: &mut Vec<(usize, usize, usize)>,
    ) {
        loop {
            let mut cp = self.last_checkpoint + CHECKPOINT;
            while cp < upto && bytes[cp] & 0xC0 == 0x80 {
                cp += 1;
            }
            if cp >= upto {
                break;
            }
            self.add(&bytes[self.counted..cp]);
            checkpoints.push((cp, self.chars, self.utf16));
            self.last_checkpoint = cp;
        }
        self.add(&bytes[self.counted..upto]);
    }

    fn add(&mut self, run: &[u8]) {
        // one pass, counted in u8 lanes of 255-byte blocks so that it vectorises
        let (mut starts, mut astral) = (0usize, 0usize);
        for block in run.chunks(255) {
            let (s, a) = block.iter().fold((0u8, 0u8), |(s, a), &b| {
                (s + u8::from(b & 0xC0 != 0x80), a + u8::from(b >= 0xF0))
            });
            starts += usize::from(s);
            astral += usize::from(a);
        }
        self.chars += starts;
        self.utf16 += starts + astral;
        self.counted += run.len();
    }
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        // counted on bytes, without decoding: every byte that is not a UTF-8 continuation byte
        // starts a char, and a 4-byte char is two UTF-16 units. Line breaks are found with
        // memchr and the bytes between them counted in bulk (both vectorise).
        let bytes = text.as_bytes();
        let mut index = LineIndex {
            line_starts: vec![0],
            checkpoints: vec![(0, 0, 0)],
        };
        let mut counter = Counter::default();
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                continue; // CRLF: the break is the LF
            }
            let next = i + 1;
            counter.count_to(bytes, next, &mut index.checkpoints);
            index.line_starts.push(next);
            if next > counter.last_checkpoint {
                index.checkpoints.push((next, counter.chars, counter.utf16));
                counter.last_checkpoint = next;
            }
        }
        counter.count_to(bytes, bytes.len(), &mut index.checkpoints);
        index
    }

    /// Number of lines (a text ending with a newline has an empty last line).
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// Byte offset of the start of the 0-based line `line`.
    pub fn line_start(&self, line: usize) -> usize {
        self.line_starts[line]
    }

    /// The position of a byte offset (clamped to the text, moved back to a char boundary).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let line_start = self.line_starts[line];
        let cp = self.checkpoints.partition_point(|&(b, _, _)| b <= offset) - 1;
        let (cp_byte, mut chars, mut utf16) = self.checkpoints[cp];
        for c in text[cp_byte..offset].chars() {
            chars += 1;
            utf16 += c.len_utf16();
        }
        // the line start is itself a checkpoint, so its counts are exact
        let ls = self
            .checkpoints
            .partition_point(|&(b, _, _)| b <= line_start)
            - 1;
        let (_, line_chars, line_utf16) = self.checkpoints[ls];
        Position {
            line: line + 1,
            column: chars - line_chars + 1,
            column_utf16: utf16 - line_utf16 + 1,
            utf16,
        }
    }

    /// Converts a UTF-16 offset back to a byte offset (for editor integrations).
    pub fn byte_of_utf16(&self, text: &str, utf16_offset: usize) -> usize {
        let cp = self
            .checkpoints
            .partition_point(|&(_, _, u)| u <= utf16_offset)
            .saturating_sub(1);
        let (mut byte, _, mut utf16) = self.checkpoints[cp];
        for c in text[byte..].chars() {
            if utf16 >= utf16_offset {
                break;
            }
            utf16 += c.len_utf16();
            byte += c.len_utf8();
        }
        byte
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfc_input_is_borrowed() {
        let n = Normalized::new("Độc lập");
        assert!(!n.changed());
        assert_eq!(n.to_original(3), 3);
    }

    #[test]
    fn marks_that_compose_with_nothing_keep_the_input_borrowed() {
        let n = Normalized::new("x\u{301} \u{305}");
        assert!(!n.changed());
        assert_eq!(n.text(), "x\u{301} \u{305}");
    }

    #[test]
    fn nfd_maps_back_to_cluster_starts() {
        use unicode_normalization::UnicodeNormalization;
        let nfd: String = "Độc lập".nfd().collect();
        let n = Normalized::new(&nfd);
        assert!(n.changed());
        assert_eq!(n.text(), "Độc lập");
        // "l" of "lập" is byte 6 in NFC ("Độc " = 1+3? Đ=2, ộ=3, c=1, space=1)
        let l_nfc = n.text().find('l').unwrap();
        let l_orig = nfd.find('l').unwrap();
        assert_eq!(n.to_original(l_nfc), l_orig);
        assert_eq!(n.to_original(n.text().len()), nfd.len());
    }

    proptest::proptest! {
        #[test]
        fn decomposed_text_maps_back_to_segment_starts(pieces in proptest::collection::vec(
            proptest::sample::select(vec![
                "Độc", "lập", "Tự", "do", "Hạnh", "phúc", "Ủy", "ban", "nghị", "định", "ẶNG",
                " ", "\n", "😀", "x\u{301}", "\u{323}",
            ]),
            0..20,
        )) {
            use unicode_normalization::UnicodeNormalization;
            let nfd: String = pieces.concat().nfd().collect();
            let n = Normalized::new(&nfd);
            proptest::prop_assert_eq!(n.text(), nfd.nfc().collect::<String>());
            let mut last = 0;
            let boundaries = n.text().char_indices().map(|(i, _)| i).chain([n.text().len()]);
            for i in boundaries {
                let original = n.to_original(i);
                proptest::prop_assert!(original >= last && nfd.is_char_boundary(original));
                last = original;
            }
            proptest::prop_assert_eq!(last, nfd.len());
            // a starter maps to the start of the marks it was composed from
            for (i, c) in n.text().char_indices() {
                if nfc::canonical_combining_class(c) == 0 {
                    proptest::prop_assert_eq!(nfd[n.to_original(i)..].nfc().next(), Some(c));
                }
            }
        }
    }

    #[test]
    fn positions_count_chars_and_utf16() {
        let text = "Số: 09\r\nTrà Vinh 😀 ngày\rX";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_count(), 3);
        let p = idx.position(text, text.find("ngày").unwrap());
        assert_eq!(p.line, 2);
        assert_eq!(p.column, 12);
        assert_eq!(p.column_utf16, 13);
        let x = idx.position(text, text.find('X').unwrap());
        assert_eq!((x.line, x.column), (3, 1));
    }
}
