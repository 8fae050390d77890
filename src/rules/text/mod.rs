//! `text`: typography, conversion residue, quotes and brackets, spelling.

// the rule modules, one per file declaring a rule (build/registry.rs)
include!(concat!(env!("OUT_DIR"), "/rules/text.rs"));
