//! `signature`: authority prefix, title and signer's name.

// the rule modules, one per file declaring a rule (build/registry.rs)
include!(concat!(env!("OUT_DIR"), "/rules/signature.rs"));
pub(crate) mod titles;
