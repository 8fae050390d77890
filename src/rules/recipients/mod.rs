//! `recipients`: the Nơi nhận block and unlisted recipients.

pub mod archive_line;
pub mod as_article;
pub mod line_punctuation;
pub mod missing;
pub mod names;
pub mod unlisted;
