//! `lint` on any text and config (see `checks::lint`).
#![no_main]

mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::lint(data));
