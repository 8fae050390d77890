//! A fast hasher for the linter's own tables (words, syllables): the keys are short strings
//! from the document or the compiled-in word lists, where SipHash's protection against chosen
//! keys buys nothing and showed in the profile. It is the Fx hash (rustc's), eight bytes per
//! multiply rather than one, with rustc-hash 2's constant and final rotation so that the high
//! bits hashbrown uses for its control bytes are well mixed.

use std::collections::HashMap;
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

/// The value a `FastMap<_, u32>` memo stores for "none": memos keep `u32` values rather than
/// `Option`s so that they share one table type (each costs the WebAssembly module kilobytes).
pub const NONE: u32 = u32::MAX;

/// A packed word (see [`pack16`]): two halves rather than a `u128`, whose 16-byte alignment
/// would make every table entry keyed by it 32 bytes instead of 24.
pub type Packed = (u64, u64);

/// A string of up to 16 bytes packed into 16 bytes (zero-padded, little-endian), to key tables
/// of words without comparing strings; `None` for longer strings. Only for strings without NUL
/// bytes (words), where the padding cannot be confused with content.
#[inline(always)]
pub fn pack16(s: &str) -> Option<Packed> {
    let x = pack16_u128(s)?;
    Some((x as u64, (x >> 64) as u64))
}

#[inline(always)]
fn pack16_u128(s: &str) -> Option<u128> {
    // built from at most two overlapping loads instead of a variable-length copy (this runs
    // once per word of every document): the bytes the loads share land at the same place, so
    // OR-ing them gives exactly the zero-padded little-endian packing
    let b = s.as_bytes();
    let n = b.len();
    let wide = |a: usize| u128::from(u64::from_le_bytes(b[a..a + 8].try_into().unwrap()));
    let half = |a: usize| u128::from(u32::from_le_bytes(b[a..a + 4].try_into().unwrap()));
    Some(match n {
        0 => 0,
        1..=3 => {
            u128::from(b[0])
                | u128::from(b[n / 2]) << (8 * (n / 2))
                | u128::from(b[n - 1]) << (8 * (n - 1))
        }
        4..=7 => half(0) | half(n - 4) << (8 * (n - 4)),
        8..=16 => wide(0) | wide(n - 8) << (8 * (n - 8)),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::pack16_u128;

    /// The straightforward packing `pack16` must equal.
    fn copied(s: &str) -> Option<u128> {
        let b = s.as_bytes();
        (b.len() <= 16).then(|| {
            let mut key = [0u8; 16];
            key[..b.len()].copy_from_slice(b);
            u128::from_le_bytes(key)
        })
    }

    #[test]
    fn packs_every_length_like_a_copy() {
        let alphabet = "aĐệ😀b";
        for len in 0..=24 {
            for shift in 0..alphabet.len() {
                let s: String = alphabet.chars().cycle().skip(shift).take(len).collect();
                for cut in 0..=s.len() {
                    if s.is_char_boundary(cut) {
                        assert_eq!(pack16_u128(&s[..cut]), copied(&s[..cut]), "{:?}", &s[..cut]);
                    }
                }
            }
        }
    }
}
