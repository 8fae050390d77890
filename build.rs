//! Compiles the word lists (`data/vi-words.txt`, `data/admin-words.txt`) into a compact binary
//! (`$OUT_DIR/lexicon.bin`) that `src/vietnamese/lexicon.rs` embeds. The text lists stay the
//! source of truth (reviewed, diffable, validated by tests); the binary is what ships, a third
//! smaller than the text after gzip, which matters for the WebAssembly package.
//!
//! Format: the distinct syllables, most frequent first, joined by `\n`; a 0 byte; then every
//! entry, sorted by syllable numbers within each list: one byte
//! `list << 7 | ambiguous << 6 | syllables << 3 | shared`, where `shared` syllables are the
//! same as the previous entry's, then the other syllable numbers as LEB128 — the first of them
//! as the difference from the previous entry's number at that position when it has one.

use std::collections::HashMap;
use std::{env, fs, path::Path};

const LISTS: [&str; 2] = ["data/vi-words.txt", "data/admin-words.txt"];
const MAX_SYLLABLES: usize = 4;

fn main() {
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

    // syllable numbers by frequency: the common ones take one LEB128 byte
    let mut frequency: HashMap<&str, usize> = HashMap::new();
    for (syllables, _) in lists.iter().flatten() {
        for s in syllables {
            *frequency.entry(s).or_default() += 1;
        }
    }
    let mut table: Vec<&str> = frequency.keys().copied().collect();
    table.sort_by(|a, b| frequency[b].cmp(&frequency[a]).then(a.cmp(b)));
    assert!(
        table.len() < u16::MAX as usize,
        "too many distinct syllables"
    );
    let number: HashMap<&str, u32> = table
        .iter()
        .enumerate()
        .map(|(i, s)| (*s, i as u32))
        .collect();

    let mut out = table.join("\n").into_bytes();
    out.push(0);
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
            out.push(
                ((list as u8) << 7)
                    | (u8::from(ambiguous) << 6)
                    | ((ids.len() as u8) << 3)
                    | shared as u8,
            );
            for (k, &id) in ids[shared..].iter().enumerate() {
                let value = if k == 0 && shared < prev.len() {
                    assert!(id >= prev[shared], "entries are sorted");
                    id - prev[shared]
                } else {
                    id
                };
                leb128(&mut out, value);
            }
            prev = ids;
        }
    }
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("lexicon.bin");
    fs::write(dest, out).unwrap();
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
