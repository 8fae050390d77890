//! `citation`: references to other documents.

pub mod conflicting_date;
pub mod conflicting_issuer;
pub mod number_style_issuer;
pub mod registry;
