//! `vanban`: the command line. `vanban check`, `vanban rules`, `vanban explain RULE`.
//!
//! The command line is native only; on wasm32 the crate is the npm package (`src/wasm/`).

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(cli::run());
}

#[cfg(target_arch = "wasm32")]
fn main() {}
