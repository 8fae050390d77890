//! Lists of short strings compiled in as one string each, `"a|b|c|"`: the `words!` macro joins
//! the literals at compile time. A `&[&str]` table costs 8 bytes of pointer and length per entry
//! in the WebAssembly module's data, bytes that compress poorly; a separator costs one (the
//! `.wasm` budget, README "Size"). The lists are short and read by scanning them, as the slices
//! were.

/// A list of strings stored as one, each entry followed by `|`.
#[derive(Debug, Clone, Copy)]
pub struct Words(pub &'static str);

impl Words {
    /// The entries, in order.
    pub fn iter(self) -> std::str::SplitTerminator<'static, char> {
        self.0.split_terminator('|')
    }

    /// Whether `word` is one of the entries (whole).
    pub fn contains(self, word: &str) -> bool {
        self.iter().any(|w| w == word)
    }
}

impl IntoIterator for Words {
    type Item = &'static str;
    type IntoIter = std::str::SplitTerminator<'static, char>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// `words!["chu tri", "phoi hop"]`: a [`Words`] list of the literals (none may hold `|`).
macro_rules! words {
    ($($word:literal),* $(,)?) => {
        $crate::packed::Words(concat!($($word, "|"),*))
    };
}
pub(crate) use words;

#[cfg(test)]
mod tests {
    use super::*;

    const LIST: Words = words![
        "chu tri", // a comment between entries stays where it explains
        "phoi hop", "",
    ];

    #[test]
    fn entries_read_back_as_written() {
        assert_eq!(LIST.iter().collect::<Vec<_>>(), ["chu tri", "phoi hop", ""]);
        assert!(LIST.contains("phoi hop"));
        assert!(!LIST.contains("phoi"));
        assert!(words![].iter().next().is_none());
    }
}
