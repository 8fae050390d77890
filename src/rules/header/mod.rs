//! `header`: national title and motto, Party title, issuing body, type name.

// the rule modules, one per file declaring a rule (build/registry.rs)
include!(concat!(env!("OUT_DIR"), "/rules/header.rs"));
