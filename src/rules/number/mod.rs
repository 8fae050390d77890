//! `number`: the document's own number and symbol.

// the rule modules, one per file declaring a rule (build/registry.rs)
include!(concat!(env!("OUT_DIR"), "/rules/number.rs"));
