//! Vietnamese language helpers shared by the parser and the rules.

pub mod case;
pub mod fold;
pub mod lexicon;
pub mod nfc;
mod nfc_table;
pub mod syllable;
pub mod words;

pub use fold::{fold, is_upper, single_spaced, starts_lower, starts_upper};
