//! `structure`: parts, numbering, mandatory sections, self-reference, closing.

// the rule modules, one per file declaring a rule (build/registry.rs)
include!(concat!(env!("OUT_DIR"), "/rules/structure.rs"));
pub mod sequence;
