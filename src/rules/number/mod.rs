//! `number`: the document's own number and symbol.

pub mod dd_for_d;
pub mod leading_zero;
pub mod malformed;
pub mod missing;
pub mod style;
pub mod symbol_form;
pub mod type_mismatch;
pub mod unassigned;
pub mod unknown_type_code;
