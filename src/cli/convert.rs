//! `vanban convert`: a text typed in a legacy font encoding (TCVN3, VNI) to Unicode.

use super::input;
use clap::ValueEnum;
use std::io::Write;
use std::path::PathBuf;
use vanban::encoding::legacy::{self, Legacy};

#[derive(clap::Args)]
pub struct ConvertArgs {
    /// The file to convert (.txt, .md, .docx) or `-` for standard input: UTF-8 text showing
    /// TCVN3/VNI mojibake, or the legacy bytes themselves (“ANSI” text, read as Windows-1252).
    file: String,
    /// The legacy encoding; `auto` recognises it and fails (exit 2) when it cannot.
    #[arg(long, value_enum, default_value = "auto")]
    from: FromArg,
    /// Write the Unicode (UTF-8) text to this file instead of standard output.
    #[arg(short, long, value_name = "OUT")]
    output: Option<PathBuf>,
    /// Largest input read, e.g. 10MB, 500KB or a number of bytes (a larger file is exit 2).
    #[arg(long, value_name = "SIZE", default_value = "10MB", value_parser = super::parse_size)]
    max_size: u64,
}

#[derive(Clone, Copy, ValueEnum)]
enum FromArg {
    Auto,
    Tcvn3,
    Vni,
}

/// The input as text: decoded UTF-8/UTF-16 or a .docx's paragraphs; other bytes are the
/// legacy font's bytes, read as Windows-1252.
fn read_text(src: &input::Source, max_size: u64) -> Result<String, String> {
    if src.path.as_deref().is_some_and(input::is_docx) {
        return input::read(src, max_size).map(|d| d.text);
    }
    let bytes = input::read_bytes(src, max_size)?;
    let bom = [&[0xEF, 0xBB, 0xBF][..], &[0xFF, 0xFE], &[0xFE, 0xFF]]
        .iter()
        .any(|b| bytes.starts_with(b));
    if bom || std::str::from_utf8(&bytes).is_ok() {
        return input::decode(&bytes)
            .map(|d| d.text)
            .map_err(|e| format!("{}: {e}", src.display));
    }
    Ok(vanban::encoding::decode_windows_1252(&bytes))
}

/// Runs `vanban convert`; returns the exit code.
pub fn run(args: ConvertArgs) -> i32 {
    let src = input::Source {
        path: (args.file != "-").then(|| PathBuf::from(&args.file)),
        display: args.file.clone(),
    };
    let text = match read_text(&src, args.max_size) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("vanban: {e}");
            return 2;
        }
    };
    let from = match args.from {
        FromArg::Tcvn3 => Legacy::Tcvn3,
        FromArg::Vni => Legacy::Vni,
        FromArg::Auto => match legacy::detect(&text) {
            Some(l) => l,
            None => {
                eprintln!(
                    "vanban: {}: no TCVN3 or VNI text recognised (already Unicode, or too little text to tell); give --from tcvn3 or --from vni to convert anyway",
                    src.display
                );
                return 2;
            }
        },
    };
    let out = legacy::to_unicode(&text, from);
    let written = match &args.output {
        Some(p) => std::fs::write(p, out.as_bytes()).map_err(|e| format!("{}: {e}", p.display())),
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout
                .write_all(out.as_bytes())
                .and_then(|()| stdout.flush())
                .map_err(|e| format!("standard output: {e}"))
        }
    };
    if let Err(e) = written {
        eprintln!("vanban: {e}");
        return 2;
    }
    let note = if from == Legacy::Tcvn3 {
        " (capitals with tone marks, typed in .VnTimeH fonts, come out in lower case: review them)"
    } else {
        ""
    };
    eprintln!(
        "vanban: {}: converted from {} to Unicode{note}",
        src.display,
        from.name()
    );
    0
}
