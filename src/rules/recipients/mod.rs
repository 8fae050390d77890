//! `recipients`: the Nơi nhận block and unlisted recipients.

// the rule modules, one per file declaring a rule (build/registry.rs)
include!(concat!(env!("OUT_DIR"), "/rules/recipients.rs"));
pub mod names;
