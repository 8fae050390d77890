//! `date`: the place-and-date line, every date in the text, deadlines and years.

// the rule modules, one per file declaring a rule (build/registry.rs)
include!(concat!(env!("OUT_DIR"), "/rules/date.rs"));
