//! `vanban`: the command line. `vanban check`, `vanban rules`, `vanban explain RULE`.

mod cli;

fn main() {
    std::process::exit(cli::run());
}
