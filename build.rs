//! Generates the rule registry from the rule files (`build/registry.rs`: `RuleId`, `all()`,
//! the family modules), and compiles the word lists (`data/vi-words.txt`,
//! `data/admin-words.txt`) into a compact binary (`$OUT_DIR/lexicon.bin`) that `src/vietnamese/lexicon.rs` embeds. The text lists stay the
//! source of truth (reviewed, diffable, validated by tests); the binary is what ships, a third
//! smaller than the text after gzip, which matters for the WebAssembly package.
//!
//! Format: seven streams, each a little-endian `u32` length and its bytes:
//! 1. the syllables of both lists: each toneless base (most frequent first), then one byte
//!    (1..=63) with a bit per tone it takes (`syllable::Tone` order); syllable numbers count the
//!    (base, tone) pairs in that order;
//! 2. the entries stored whole — the general list's words whose syllables all have a base the
//!    administrative words' syllables use twice or more ("common" syllables, see stream 7),
//!    then the administrative list,
//!    each sorted by syllable numbers on its own — as one byte
//!    `class << 6 | syllables << 3 | shared`, where `shared` syllables are the same as the
//!    previous entry's and `class` is [`GENERAL`] for a word of the general list, and for an
//!    administrative word whether it is offered as a correction (see [`correction_classes`]):
//!    0 no, 1 yes, 2 yes but only for a difference of tone;
//! 3. for the first unshared syllable of an entry that has a previous one at that position,
//!    the difference from it (LEB128);
//! 4. and 5. every other syllable number, its high bytes, then its low bytes;
//! 6. the general list's other words (each with a syllable of a rarer base) as a binary fuse
//!    filter (xorf's `BinaryFuse8`) of their packed syllable numbers: their count (`u32`), the
//!    filter's descriptor, its fingerprints;
//! 7. which bases are common, a bit each (bit `i % 8` of byte `i / 8`), in the table's order.
//!
//! Why a filter for part of the list: the general list is only asked whether a phrase is a
//! word, never enumerated, and a filter holds a word in 9 bits where the entries took 16
//! gzipped — but it takes one phrase in 256 that is no word for one (a typo not reported, two
//! names read as one). Tried on the whole list, that cost three to five findings on the
//! corpus. Split by the syllables, the phrases of administrative text, and a typo of them
//! (a tone changed keeps the base), are answered by the exact entries, and only phrases with
//! a rarer syllable reach the filter (a base used by one administrative word or none): 0.1 %
//! of the phrases a changed tone makes pass it, the corpus gives the same findings, and the
//! word lists are 12.6 kB smaller (gzipped).
//!
//! Apart, the streams compress to 10 KB less than the same bytes interleaved. Which
//! administrative words are corrections depends on every word of both lists, so it is decided
//! here, where the general list is still whole.

use std::collections::HashMap;
use std::{env, fs, path::Path};

#[path = "build/registry.rs"]
mod registry;

const LISTS: [&str; 2] = ["data/vi-words.txt", "data/admin-words.txt"];
const MAX_SYLLABLES: usize = 4;
/// The class of an entry of the general list stored whole (see the format above).
const GENERAL: u8 = 3;

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
    let table_bases: Vec<String> = base_order.iter().map(|b| (*b).clone()).collect();
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

    let key = |syllables: &[String]| -> Vec<u32> {
        syllables.iter().map(|s| number[s.as_str()]).collect()
    };
    let classes = correction_classes(&lists);
    // the bases of the administrative words' syllables: the words of the general list made of
    // those alone are stored whole (see the format above)
    // (a base used once only, by one administrative word, is left to the filter: 2 kB of the
    // module, and a typo of that one word is the only phrase of administrative text that may
    // meet the filter's one in 256)
    let mut uses: HashMap<String, usize> = HashMap::new();
    for (syllables, _) in &lists[1] {
        for s in syllables {
            *uses.entry(split_tone(s).0).or_default() += 1;
        }
    }
    let common = |base: &str| uses.get(base).is_some_and(|&n| n >= 2);
    let whole = |syllables: &[String]| syllables.iter().all(|s| common(&split_tone(s).0));
    // the common bases, a bit each in the table's order
    let mut common_bits = vec![0u8; table_bases.len().div_ceil(8)];
    for (i, base) in table_bases.iter().enumerate() {
        if common(base) {
            common_bits[i / 8] |= 1 << (i % 8);
        }
    }

    // the administrative entries, in four streams that gzip compresses better apart than
    // interleaved
    let (mut heads, mut deltas, mut high, mut low) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    // (the general list's longer words first, then the administrative list's, each sorted on
    // its own)
    let mut longer: Vec<(Vec<u32>, u8)> = lists[0]
        .iter()
        .filter(|(syllables, _)| whole(syllables))
        .map(|(syllables, _)| (key(syllables), GENERAL))
        .collect();
    longer.sort();
    longer.dedup();
    let mut administrative: Vec<(Vec<u32>, u8)> = lists[1]
        .iter()
        .zip(&classes)
        .map(|((syllables, _), &class)| (key(syllables), class))
        .collect();
    administrative.sort();
    administrative.dedup();
    let mut prev: Vec<u32> = Vec::new();
    for (ids, class) in longer.into_iter().chain(administrative) {
        if class != GENERAL && heads.last().is_some_and(|h| h >> 6 == GENERAL) {
            prev.clear();
        }
        let mut shared = 0;
        while shared + 1 < ids.len() && shared < prev.len() && prev[shared] == ids[shared] {
            shared += 1;
        }
        heads.push((class << 6) | ((ids.len() as u8) << 3) | shared as u8);
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

    // the general list's other words: a filter of their packed numbers (as
    // `Compiled::key` in src/vietnamese/lexicon.rs packs them)
    let mut general: Vec<u64> = lists[0]
        .iter()
        .filter(|(syllables, _)| !whole(syllables))
        .map(|(syllables, _)| {
            key(syllables)
                .iter()
                .fold(0u64, |acc, &id| (acc << 16) | u64::from(id + 1))
        })
        .collect();
    general.sort_unstable();
    general.dedup();
    let filter = xorf::BinaryFuse8::try_from(&general).expect("the general list's filter");
    let mut filter_bytes = (general.len() as u32).to_le_bytes().to_vec();
    let mut descriptor = [0u8; <xorf::BinaryFuse8 as xorf::DmaSerializable>::DESCRIPTOR_LEN];
    xorf::DmaSerializable::dma_copy_descriptor_to(&filter, &mut descriptor);
    filter_bytes.extend_from_slice(&descriptor);
    filter_bytes.extend_from_slice(xorf::DmaSerializable::dma_fingerprints(&filter));

    let mut out = Vec::new();
    for stream in [
        &table_bytes,
        &heads,
        &deltas,
        &high,
        &low,
        &filter_bytes,
        &common_bits,
    ] {
        out.extend_from_slice(&(stream.len() as u32).to_le_bytes());
        out.extend_from_slice(stream);
    }
    let dest = out_dir.join("lexicon.bin");
    fs::write(dest, out).unwrap();
}

/// For each entry of the administrative list, whether it is offered as a correction of the
/// words that read like it without marks: 0 never — another administrative word reads alike,
/// it is marked ambiguous (`\t~`), or a word of either list reads alike and differs from it in
/// tones alone (then a tone cannot tell which was meant); 2 only for a difference of tone —
/// words read alike but each differs from it in a letter ("xã hội" and "xả hơi"); 1 otherwise.
/// (The function words are left out when loading, where their list is.)
fn correction_classes(lists: &[Vec<(Vec<String>, bool)>]) -> Vec<u8> {
    let unmarked = |syllables: &[String]| -> String {
        let folded: Vec<String> = syllables
            .iter()
            .map(|s| {
                split_tone(s)
                    .0
                    .chars()
                    .map(|c| match c {
                        'ă' | 'â' => 'a',
                        'ê' => 'e',
                        'ô' | 'ơ' => 'o',
                        'ư' => 'u',
                        'đ' => 'd',
                        c => c,
                    })
                    .collect()
            })
            .collect();
        folded.join(" ")
    };
    let bases = |syllables: &[String]| -> Vec<String> {
        syllables.iter().map(|s| split_tone(s).0).collect()
    };
    // every distinct word of both lists by its unmarked form, and whether it is administrative
    let mut alike: HashMap<String, Vec<(&[String], bool)>> = HashMap::new();
    for (list, entries) in lists.iter().enumerate() {
        for (syllables, _) in entries {
            let words = alike.entry(unmarked(syllables)).or_default();
            if !words.iter().any(|(w, _)| *w == syllables.as_slice()) {
                words.push((syllables, list == 1));
            }
        }
    }
    lists[1]
        .iter()
        .map(|(word, ambiguous)| {
            let others: Vec<(&[String], bool)> = alike[&unmarked(word)]
                .iter()
                .filter(|(w, _)| *w != word.as_slice())
                .copied()
                .collect();
            let admin_alike = others.iter().any(|(_, admin)| *admin);
            if *ambiguous || admin_alike || others.iter().any(|(w, _)| bases(w) == bases(word)) {
                0
            } else if others.is_empty() {
                1
            } else {
                2
            }
        })
        .collect()
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
