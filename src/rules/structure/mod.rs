//! `structure`: parts, numbering, mandatory sections, self-reference, closing.

pub mod article_order;
pub mod basis_punctuation;
pub mod division_order;
pub mod enacting_word;
pub mod item_numbering;
pub mod letter_sequence;
pub mod missing_closing_mark;
pub mod missing_plan_part;
pub mod numbering_style;
pub mod part_order;
pub mod self_reference;
pub mod sequence;
