//! Generates the rule registry from the rule files (`build/registry.rs`: `RuleId`, `all()`,
//! the family modules), and compiles the word lists (`data/vi-words.txt`,
//! `data/admin-words.txt`) into a compact binary (`$OUT_DIR/lexicon.bin`) that `src/vietnamese/lexicon.rs` embeds. The text lists stay the
//! source of truth (reviewed, diffable, validated by tests); the binary is what ships, a third
//! smaller than the text after gzip, which matters for the WebAssembly package.
//!
//! Format: five streams, each a little-endian `u32` length and its bytes:
//! 1. the syllables: each toneless base (most frequent first), then one byte (1..=63) with a
//!    bit per tone it takes (`syllable::Tone` order); syllable numbers count the (base, tone)
//!    pairs in that order;
//! 2. every entry, sorted by syllable numbers within each list, as one byte
//!    `list << 7 | ambiguous << 6 | syllables << 3 | shared`, where `shared` syllables are the
//!    same as the previous entry's;
//! 3. for the first unshared syllable of an entry that has a previous one at that position,
//!    the difference from it (LEB128);
//! 4. and 5. every other syllable number, its high bytes, then its low bytes.
//!
//! Apart, the streams compress to 10 KB less than the same bytes interleaved.

use std::collections::HashMap;
use std::{env, fs, path::Path};

#[path = "build/registry.rs"]
mod registry;

const LISTS: [&str; 2] = ["data/vi-words.txt", "data/admin-words.txt"];
const MAX_SYLLABLES: usize = 4;

fn main() {
    let out_dir = env::var("OUT_DIR").unwrap();
    registry::generate(Path::new(&out_dir));
    lexicon(Path::new(&out_dir));
}

/// Writes `$OUT_DIR/lexicon.bin` (the format above).
fn lexicon(out_dir: &Path) {
    let mut lists: Vec<Vec<(Vec<String>, bool)>> = Vec::new();
    for path in LISTS {
        println!("cargo:rerun-if-changed={path}");
        let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let mut entries = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let (phrase, ambiguous) = match line.split_once('\t') {
                Some((p, "~")) => (p, true),
                Some((_, mark)) => panic!("{path}:{}: unknown mark `{mark}`", i + 1),
                None => (line, false),
            };
            let syllables: Vec<String> = phrase.split(' ').map(str::to_string).collect();
            assert!(
                (1..=MAX_SYLLABLES).contains(&syllables.len()) && syllables.iter().all(|s| !s.is_empty()),
                "{path}:{}: `{phrase}` must have 1 to {MAX_SYLLABLES} syllables separated by one space",
                i + 1
            );
            entries.push((syllables, ambiguous));
        }
        lists.push(entries);
    }
    // a word of both lists is stored once, in the administrative list, whose entries are valid
    // words too (the general list's mark of ambiguity is read only for corrections, which come
    // from the administrative list): 1 600 entries, about 3 kB of the gzipped WebAssembly
    let admin: std::collections::HashSet<&Vec<String>> = lists[1].iter().map(|(s, _)| s).collect();
    let general: Vec<(Vec<String>, bool)> = lists[0]
        .iter()
        .filter(|(s, _)| !admin.contains(s))
        .cloned()
        .collect();
    lists[0] = general;

    // Syllables are stored as their toneless base and the set of tones they occur with
    // (bases number ~2 300 against ~5 800 syllables, and compress far better); bases are
    // ordered by frequency, so common syllables get small numbers.
    let mut frequency: HashMap<&str, usize> = HashMap::new();
    for (syllables, _) in lists.iter().flatten() {
        for s in syllables {
            *frequency.entry(s).or_default() += 1;
        }
    }
    let mut bases: HashMap<String, (usize, u8)> = HashMap::new();
    let mut by_base_tone: HashMap<(String, usize), &str> = HashMap::new();
    for (&s, &n) in &frequency {
        let (base, tone) = split_tone(s);
        let entry = bases.entry(base.clone()).or_default();
        entry.0 += n;
        entry.1 |= 1 << tone;
        assert!(
            by_base_tone.insert((base, tone), s).is_none(),
            "`{s}`: two spellings of one syllable (not canonical)"
        );
    }
    let mut base_order: Vec<&String> = bases.keys().collect();
    base_order.sort_by(|a, b| bases[*b].0.cmp(&bases[*a].0).then(a.cmp(b)));
    let mut table_bytes = Vec::new();
    let mut table: Vec<&str> = Vec::new();
    for base in base_order {
        let mask = bases[base].1;
        table_bytes.extend_from_slice(base.as_bytes());
        table_bytes.push(mask); // 1..=63: below every letter's bytes, so it ends the base
        for tone in 0..6 {
            if mask & (1 << tone) != 0 {
                table.push(by_base_tone[&(base.clone(), tone)]);
            }
        }
    }
    assert!(
        table.len() < u16::MAX as usize,
        "too many distinct syllables"
    );
    let number: HashMap<&str, u32> = table
        .iter()
        .enumerate()
        .map(|(i, s)| (*s, i as u32))
        .collect();

    // the entries, in four streams that gzip compresses better apart than interleaved
    let (mut heads, mut deltas, mut high, mut low) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for (list, entries) in lists.iter().enumerate() {
        let mut numbered: Vec<(Vec<u32>, bool)> = entries
            .iter()
            .map(|(syllables, amb)| (syllables.iter().map(|s| number[s.as_str()]).collect(), *amb))
            .collect();
        numbered.sort();
        let mut prev: Vec<u32> = Vec::new();
        for (ids, ambiguous) in numbered {
            let mut shared = 0;
            while shared + 1 < ids.len() && shared < prev.len() && prev[shared] == ids[shared] {
                shared += 1;
            }
            heads.push(
                ((list as u8) << 7)
                    | (u8::from(ambiguous) << 6)
                    | ((ids.len() as u8) << 3)
                    | shared as u8,
            );
            for (k, &id) in ids[shared..].iter().enumerate() {
                if k == 0 && shared < prev.len() {
                    assert!(id >= prev[shared], "entries are sorted");
                    leb128(&mut deltas, id - prev[shared]);
                } else {
                    high.push((id >> 8) as u8);
                    low.push(id as u8);
                }
            }
            prev = ids;
        }
    }
    let mut out = Vec::new();
    for stream in [&table_bytes, &heads, &deltas, &high, &low] {
        out.extend_from_slice(&(stream.len() as u32).to_le_bytes());
        out.extend_from_slice(stream);
    }
    let dest = out_dir.join("lexicon.bin");
    fs::write(dest, out).unwrap();
}

/// The vowels with their tones, in the order of `syllable::Tone` (level, grave, acute, hook,
/// tilde, dot), as in `src/vietnamese/syllable.rs`.
const VOWELS: [&str; 12] = [
    "aàáảãạ",
    "ăằắẳẵặ",
    "âầấẩẫậ",
    "eèéẻẽẹ",
    "êềếểễệ",
    "iìíỉĩị",
    "oòóỏõọ",
    "ôồốổỗộ",
    "ơờớởỡợ",
    "uùúủũụ",
    "ưừứửữự",
    "yỳýỷỹỵ",
];

/// A syllable's toneless base and its tone's number.
fn split_tone(syllable: &str) -> (String, usize) {
    let mut tone = 0;
    let base = syllable
        .chars()
        .map(|c| {
            for row in VOWELS {
                if let Some(t) = row.chars().position(|v| v == c) {
                    if t > 0 {
                        tone = t;
                    }
                    return row.chars().next().unwrap();
                }
            }
            c
        })
        .collect();
    (base, tone)
}

fn leb128(out: &mut Vec<u8>, mut value: u32) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}
