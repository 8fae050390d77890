//! A fast hasher for the linter's own tables (words, syllables): the keys are short strings
//! from the document or the compiled-in word lists, where SipHash's protection against chosen
//! keys buys nothing and showed in the profile. It is the Fx hash (rustc's), eight bytes per
//! multiply rather than one, with rustc-hash 2's constant and final rotation so that the high
//! bits hashbrown uses for its control bytes are well mixed.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

const K: u64 = 0xf135_7aea_2e62_a9c5;

/// Fx hash, 64 bits.
#[derive(Default)]
pub struct Fnv(u64);

impl Fnv {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0 ^ word).wrapping_mul(K);
    }
}

impl Hasher for Fnv {
    #[inline]
    fn finish(&self) -> u64 {
        self.0.rotate_left(26)
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap()));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            // the length keeps "a" and "a\0" apart
            self.add(u64::from_le_bytes(last) ^ ((rest.len() as u64) << 59));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
pub type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// A string of up to 16 bytes packed into a `u128` (zero-padded), to key tables of words
/// without comparing strings; `None` for longer strings. Only for strings without NUL bytes
/// (words), where the padding cannot be confused with content.
#[inline]
pub fn pack16(s: &str) -> Option<u128> {
    let b = s.as_bytes();
    (b.len() <= 16).then(|| {
        let mut key = [0u8; 16];
        key[..b.len()].copy_from_slice(b);
        u128::from_le_bytes(key)
    })
}
