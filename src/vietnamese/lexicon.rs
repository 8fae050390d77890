//! The lexicon of Vietnamese compound words used to find tone typos ("tinh hình" for "tình
//! hình"). It is data — `data/vi-words.txt`, compiled in — validated when first loaded: every
//! entry must be made of valid syllables, and an entry whose form without marks is shared with
//! another entry must be marked ambiguous (`\t~`); ambiguous entries are valid text but are
//! never offered as a correction.
//!
//! Words are compared in one tone placement (the traditional one: hòa, thủy), so that "hoà
//! bình" and "hòa bình" are the same entry.

use super::fold::fold;
use super::syllable::{self, Verdict};
use crate::hash::{FastMap, FastSet};
use std::collections::HashSet;
use std::fmt;
use std::sync::OnceLock;

/// The general word list (pyvi): what counts as a valid compound.
const WORDS: &str = include_str!("../../data/vi-words.txt");
/// The administrative vocabulary: the words offered as corrections.
const ADMIN: &str = include_str!("../../data/admin-words.txt");

/// Function words: a correction that contains one ("các cấp", "tại chỗ") would fire on every
/// "các" + noun and "tại" + noun that is one mark away, so such entries are never corrections.
const FUNCTION_WORDS: &[&str] = &[
    "cac", "cua", "va", "voi", "cho", "tai", "tu", "den", "ve", "theo", "trong", "ngoai", "tren",
    "duoi", "nhung", "mot", "moi", "da", "se", "dang", "co", "la", "bi", "duoc", "thi", "ma",
    "nay", "do", "khi", "neu", "de",
];

/// Longest entry, in syllables.
pub const MAX_SYLLABLES: usize = 4;

/// A lexicon: valid compounds, and for each unambiguous mark-less form, its right spelling.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Every entry, lower case, traditional tone placement.
    valid: FastSet<String>,
    /// Folded form (no marks) → the entry, for unambiguous entries.
    targets: FastMap<String, String>,
    /// Folded syllables of the targets, numbered: the text is matched on numbers, not strings.
    syllable_ids: FastMap<String, u32>,
    /// Targets by their packed syllable numbers (see [`pack`]).
    target_ids: FastMap<u64, String>,
}

/// Packs up to three syllable numbers (each below 2^20) into one key; `None` for longer runs.
fn pack(ids: &[u32]) -> Option<u64> {
    if ids.len() > 3 || ids.iter().any(|&i| i >= 1 << 20) {
        return None;
    }
    // +1 so that a missing syllable (0) differs from syllable number 0
    Some(
        ids.iter()
            .fold(0u64, |acc, &i| (acc << 21) | u64::from(i + 1)),
    )
}

/// A problem found while loading a lexicon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// A word in lower case with the traditional tone placement (hoà → hòa).
pub fn canonical(word: &str) -> String {
    let lower = word.to_lowercase();
    let tone = syllable::tone_of(&lower);
    syllable::with_tone(&syllable::strip_tone(&lower), tone)
}

/// A phrase of space-separated words, each made canonical.
pub fn canonical_phrase(phrase: &str) -> String {
    phrase
        .split(' ')
        .map(canonical)
        .collect::<Vec<_>>()
        .join(" ")
}

impl Lexicon {
    /// Parses a word list: one entry per line, `#` comments, `\t~` marks an ambiguous entry.
    /// Returns every problem found (the lexicon is still built from the good entries).
    pub fn parse(text: &str) -> (Lexicon, Vec<LexiconError>) {
        Self::parse_with(text, true)
    }

    /// As [`Lexicon::parse`]; `validate = false` trusts the entries to be valid and canonical
    /// (the built-in lists, which the tests validate), which makes loading several times faster.
    fn parse_with(text: &str, validate: bool) -> (Lexicon, Vec<LexiconError>) {
        let mut errors = Vec::new();
        let mut entries: Vec<(usize, String, bool)> = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            if raw.trim().is_empty() || raw.starts_with('#') {
                continue;
            }
            let (phrase, ambiguous) = match raw.split_once('\t') {
                Some((p, "~")) => (p, true),
                Some((_, mark)) => {
                    errors.push(LexiconError {
                        line,
                        message: format!("unknown mark `{mark}` (only `~`)"),
                    });
                    continue;
                }
                None => (raw, false),
            };
            if !validate {
                entries.push((line, phrase.to_string(), ambiguous));
                continue;
            }
            let bad = phrase
                .split(' ')
                .find(|s| s.is_empty() || matches!(syllable::check(s), Verdict::Invalid { .. }));
            if let Some(s) = bad {
                errors.push(LexiconError {
                    line,
                    message: format!("`{phrase}`: `{s}` is not a valid syllable"),
                });
                continue;
            }
            entries.push((line, canonical_phrase(phrase), ambiguous));
        }
        let mut by_fold: FastMap<String, Vec<usize>> = FastMap::default();
        for (k, (_, phrase, _)) in entries.iter().enumerate() {
            by_fold.entry(fold(phrase)).or_default().push(k);
        }
        let mut lex = Lexicon::default();
        for (key, group) in by_fold {
            let distinct: HashSet<&str> = group.iter().map(|&k| entries[k].1.as_str()).collect();
            if distinct.len() > 1 {
                for &k in &group {
                    if !entries[k].2 {
                        errors.push(LexiconError {
                            line: entries[k].0,
                            message: format!("`{}` shares its unmarked form `{key}` with another entry: mark it with a tab and `~`", entries[k].1),
                        });
                    }
                }
            } else if !entries[group[0]].2 {
                lex.targets.insert(key, entries[group[0]].1.clone());
            }
        }
        lex.valid = entries.into_iter().map(|(_, p, _)| p).collect();
        lex.index_targets();
        (lex, errors)
    }

    /// The built-in lexicon (loaded once): every word of both lists is valid; corrections are
    /// the administrative words whose unmarked form no other known word shares.
    pub fn builtin() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(|| {
            let (words, _) = Lexicon::parse_with(WORDS, false);
            let (admin, _) = Lexicon::parse_with(ADMIN, false);
            let mut shared: FastMap<String, HashSet<&str>> = FastMap::default();
            for w in words.valid.iter().chain(admin.valid.iter()) {
                shared.entry(fold(w)).or_default().insert(w.as_str());
            }
            let targets: FastMap<String, String> = admin
                .targets
                .iter()
                .filter(|(key, _)| shared.get(key.as_str()).is_some_and(|s| s.len() == 1))
                .filter(|(key, _)| !key.split(' ').any(|syl| FUNCTION_WORDS.contains(&syl)))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            let mut valid = words.valid;
            valid.extend(admin.valid);
            let mut lex = Lexicon {
                valid,
                targets,
                ..Lexicon::default()
            };
            lex.index_targets();
            lex
        })
    }

    fn index_targets(&mut self) {
        let mut ids: FastMap<String, u32> = FastMap::default();
        let mut by_ids: FastMap<u64, String> = FastMap::default();
        for (key, entry) in &self.targets {
            let mut seq = Vec::with_capacity(MAX_SYLLABLES);
            for syl in key.split(' ') {
                let next = ids.len() as u32;
                seq.push(*ids.entry(syl.to_string()).or_insert(next));
            }
            if let Some(packed) = pack(&seq) {
                by_ids.insert(packed, entry.clone());
            }
        }
        self.syllable_ids = ids;
        self.target_ids = by_ids;
    }

    /// The number of a folded syllable that occurs in some correction.
    pub fn syllable_id(&self, folded_syllable: &str) -> Option<u32> {
        self.syllable_ids.get(folded_syllable).copied()
    }

    /// The correction made of these syllable numbers, if any.
    pub fn target_of(&self, ids: &[u32]) -> Option<&str> {
        self.target_ids.get(&pack(ids)?).map(String::as_str)
    }

    /// Whether a canonical phrase is a known word.
    pub fn is_valid(&self, canonical: &str) -> bool {
        self.valid.contains(canonical)
    }

    /// The entry whose unmarked form is `folded`, if exactly one.
    pub fn target(&self, folded: &str) -> Option<&str> {
        self.targets.get(folded).map(String::as_str)
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.valid.len()
    }

    pub fn is_empty(&self) -> bool {
        self.valid.is_empty()
    }

    /// Adds phrases from the configuration: valid text, and corrections when unambiguous.
    pub fn extend<'a>(&mut self, phrases: impl IntoIterator<Item = &'a str>) {
        for p in phrases {
            let c = canonical_phrase(&p.to_lowercase());
            self.targets.entry(fold(&c)).or_insert_with(|| c.clone());
            self.valid.insert(c);
        }
        self.index_targets();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicon_is_valid() {
        for list in [WORDS, ADMIN] {
            let (_, errors) = Lexicon::parse(list);
            assert!(errors.is_empty(), "{:?}", &errors[..errors.len().min(10)]);
            // the lists are stored canonical, so loading can skip the conversion
            for line in list
                .lines()
                .filter(|l| !l.starts_with('#') && !l.is_empty())
            {
                let phrase = line.split('\t').next().unwrap();
                assert_eq!(canonical_phrase(phrase), phrase);
            }
        }
        let lex = Lexicon::builtin();
        assert!(lex.len() > 20_000);
        for w in [
            "tình hình",
            "dân tộc",
            "thống nhất",
            "phổ biến",
            "biểu dương",
            "quê hương",
            "thống kê",
            "ấn phẩm",
        ] {
            assert!(lex.is_valid(&canonical_phrase(w)), "{w}");
            assert_eq!(
                lex.target(&fold(w)),
                Some(canonical_phrase(w).as_str()),
                "{w}"
            );
        }
        // both tone placements are one word
        assert!(
            lex.is_valid(&canonical_phrase("hoà bình"))
                && lex.is_valid(&canonical_phrase("hòa bình"))
        );
    }

    #[test]
    fn unmarked_ambiguity_and_bad_syllables_are_errors_with_lines() {
        let (_, errors) = Lexicon::parse("# c\nbảo vệ\nbáo vệ\nquê hướng\tx\ntât cả\n");
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert!(
            lines.contains(&2) && lines.contains(&3) && lines.contains(&4) && lines.contains(&5),
            "{errors:?}"
        );
        let (lex, errors) = Lexicon::parse("bảo vệ\t~\nbáo vệ\t~\n");
        assert!(errors.is_empty());
        assert_eq!(lex.target("bao ve"), None);
    }
}
