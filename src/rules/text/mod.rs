//! `text`: typography, conversion residue, quotes and brackets, spelling.

pub mod conversion_residue;
pub mod font;
pub mod font_size;
pub mod invalid_syllable;
pub mod legacy_encoding;
pub mod markdown_residue;
pub mod page_setup;
pub mod repeated_word;
pub mod spacing;
pub mod tone_placement;
pub mod tone_typo;
pub mod unbalanced_bracket;
pub mod unbalanced_quote;
