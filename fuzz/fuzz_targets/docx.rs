//! The .docx reader on any bytes (see `checks::docx`).
#![no_main]

mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::docx(data));
