//! `Document::parse` on any text and config (see `checks::parse`).
#![no_main]

mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::parse(data));
