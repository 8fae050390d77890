//! `vanban convert`: a text typed in a legacy font encoding (TCVN3, VNI) to Unicode.

use super::input;
use super::tr;
use clap::ValueEnum;
use std::path::PathBuf;
use vanban::encoding::legacy::{self, Legacy};
use vanban::Lang;

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
    /// Language of the messages [default: vi]
    #[arg(long, value_enum)]
    lang: Option<super::LangArg>,
}

#[derive(Clone, Copy, ValueEnum)]
enum FromArg {
    Auto,
    Tcvn3,
    Vni,
}

/// The input as text: decoded UTF-8/UTF-16 or a .docx's paragraphs; other bytes are the
/// legacy font's bytes, read as Windows-1252.
fn read_text(src: &input::Source, max_size: u64, lang: Lang) -> Result<String, String> {
    if src.path.as_deref().is_some_and(input::is_docx) {
        return input::read(src, max_size, lang).map(|d| d.text);
    }
    let bytes = input::read_bytes(src, max_size, lang)?;
    let bom = [&[0xEF, 0xBB, 0xBF][..], &[0xFF, 0xFE], &[0xFE, 0xFF]]
        .iter()
        .any(|b| bytes.starts_with(b));
    if bom || std::str::from_utf8(&bytes).is_ok() {
        return input::decode(bytes, lang)
            .map(|d| d.text)
            .map_err(|e| format!("{}: {e}", src.display));
    }
    Ok(vanban::encoding::decode_windows_1252(&bytes))
}

/// Runs `vanban convert`; returns the exit code.
pub fn run(args: ConvertArgs) -> i32 {
    let lang = args.lang.map_or(Lang::Vi, Lang::from);
    let src = input::Source {
        path: (args.file != "-").then(|| PathBuf::from(&args.file)),
        display: args.file.clone(),
        explicit: true,
    };
    let text = match read_text(&src, args.max_size, lang) {
        Ok(t) => t,
        Err(e) => {
            super::error(&e);
            return 2;
        }
    };
    let from = match args.from {
        FromArg::Tcvn3 => Legacy::Tcvn3,
        FromArg::Vni => Legacy::Vni,
        FromArg::Auto => match legacy::detect(&text) {
            Some(l) => l,
            None => {
                super::error(&tr(
                    lang,
                    format!("{}: không nhận ra văn bản TCVN3 hay VNI (đã là Unicode, hoặc quá ít chữ để biết); dùng --from tcvn3 hoặc --from vni để vẫn chuyển", src.display),
                    format!("{}: no TCVN3 or VNI text recognised (already Unicode, or too little text to tell); give --from tcvn3 or --from vni to convert anyway", src.display),
                ));
                return 2;
            }
        },
    };
    let out = legacy::to_unicode(&text, from);
    let written = match &args.output {
        Some(p) => std::fs::write(p, out.as_bytes())
            .map_err(|e| format!("{}: {}", p.display(), input::io_message(&e, lang))),
        None => {
            let code = super::output::Out::stdout(false).finish(&out, 0);
            if code != 0 {
                return code;
            }
            Ok(())
        }
    };
    if let Err(e) = written {
        super::error(&e);
        return 2;
    }
    let note = if from == Legacy::Tcvn3 {
        tr(
            lang,
            " (chữ in hoa có dấu gõ bằng phông .VnTimeH ra chữ thường: hãy xem lại)",
            " (capitals with tone marks, typed in .VnTimeH fonts, come out in lower case: review them)",
        )
    } else {
        String::new()
    };
    super::error(&tr(
        lang,
        format!(
            "{}: đã chuyển từ {} sang Unicode{note}",
            src.display,
            from.name()
        ),
        format!(
            "{}: converted from {} to Unicode{note}",
            src.display,
            from.name()
        ),
    ));
    0
}
