//! Argument parsing and the commands.

mod convert;
mod input;

use clap::{Parser, Subcommand, ValueEnum};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use vanban::render::{self, FileResult};
use vanban::{lint, Config, Lang, Profile, Severity};

#[derive(Parser)]
#[command(
    name = "vanban",
    version,
    about = "Linter for Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP, Party, MTTQ)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check files, folders (walked recursively for .txt and .md) or `-` (stdin).
    Check(CheckArgs),
    /// List every rule: id, default severity, one-line summary.
    Rules {
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
        /// `json`: every rule with its documentation (what the npm package ships as
        /// `rules.json`).
        #[arg(long, value_enum, default_value = "text")]
        format: RulesFormat,
    },
    /// Print a rule's documentation with a wrong and a right example.
    Explain { rule: String },
    /// Convert a text typed in a legacy font encoding (TCVN3, VNI) to Unicode.
    Convert(convert::ConvertArgs),
}

#[derive(clap::Args)]
struct CheckArgs {
    /// Files, folders or `-` for standard input.
    #[arg(default_value = ".")]
    paths: Vec<String>,
    #[arg(long, value_enum, default_value = "pretty")]
    format: Format,
    #[arg(long, value_enum)]
    profile: Option<ProfileArg>,
    /// Configuration file (default: vanban.toml in the checked file's folder or a parent).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Exit with 1 when a finding is at or above this level.
    #[arg(long, value_enum, default_value = "error")]
    fail_on: FailOn,
    /// Accept unassigned numbers and blank dates.
    #[arg(long)]
    draft: bool,
    /// Apply safe fixes in place (.txt and .md only).
    #[arg(long)]
    fix: bool,
    #[arg(long, value_enum)]
    lang: Option<LangArg>,
    /// Largest input read, e.g. 10MB, 500KB or a number of bytes (a larger file is exit 2).
    #[arg(long, value_name = "SIZE", default_value = "10MB", value_parser = parse_size)]
    max_size: u64,
}

/// "10MB", "500KB", "2MiB", "1048576" → bytes (KB/MB are 1024-based, as file managers show).
fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (number, unit) = t.split_at(digits);
    let n: u64 = number
        .parse()
        .map_err(|_| format!("`{s}`: expected a size like 10MB, 500KB or 1048576"))?;
    let factor = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        _ => return Err(format!("`{s}`: unknown unit (use B, KB, MB or GB)")),
    };
    n.checked_mul(factor)
        .filter(|&b| b > 0)
        .ok_or_else(|| format!("`{s}`: must be more than 0 and fit in 64 bits"))
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Pretty,
    Concise,
    Json,
    Sarif,
    Github,
}

#[derive(Clone, Copy, ValueEnum)]
enum ProfileArg {
    Auto,
    Nd30,
    Mttq,
    Party,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum RulesFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum LangArg {
    Vi,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Vi => Lang::Vi,
            LangArg::En => Lang::En,
        }
    }
}

/// Runs the command line; returns the exit code.
pub fn run() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    match cli.command {
        Command::Rules {
            format: RulesFormat::Json,
            ..
        } => {
            let list: Vec<serde_json::Value> = vanban::rules::all()
                .iter()
                .map(|r| {
                    let m = r.meta();
                    serde_json::json!({
                        "id": m.id,
                        "family": m.family(),
                        "severity": m.severity.as_str(),
                        "fix": m.fix.as_str(),
                        "summary": m.summary,
                        "summary_en": m.summary_en,
                        "doc": m.doc_text(),
                    })
                })
                .collect();
            println!(
                "{}",
                serde_json::to_string_pretty(&list).unwrap_or_default()
            );
            0
        }
        Command::Rules { lang, .. } => {
            let en = matches!(lang, Some(LangArg::En));
            let mut out = String::new();
            for r in vanban::rules::all() {
                let m = r.meta();
                let fix = match m.fix {
                    vanban::rules::FixKind::Safe => "fix",
                    vanban::rules::FixKind::Unsafe => "fix?",
                    vanban::rules::FixKind::None => "",
                };
                out.push_str(&format!(
                    "{:<34} {:<8} {:<5} {}\n",
                    m.id,
                    m.severity.as_str(),
                    fix,
                    if en { m.summary_en } else { m.summary }
                ));
            }
            print!("{out}");
            0
        }
        Command::Explain { rule } => match vanban::rules::by_id(&rule) {
            Some(r) => {
                let m = r.meta();
                println!(
                    "# {} ({})\n\n{}\n\n{}",
                    m.id,
                    m.severity,
                    m.summary,
                    m.doc_text()
                );
                0
            }
            None => {
                eprintln!("vanban: unknown rule `{rule}` (see `vanban rules`)");
                2
            }
        },
        Command::Check(args) => check(args),
        Command::Convert(args) => convert::run(args),
    }
}

/// The configuration for one file: the explicit file, else the nearest vanban.toml, then the
/// command-line flags on top.
fn config_for(
    args: &CheckArgs,
    file: Option<&Path>,
    cache: &mut Vec<(PathBuf, Config)>,
) -> Result<(Config, Option<PathBuf>), String> {
    let found = match (&args.config, file) {
        (Some(p), _) => Some(p.clone()),
        (None, Some(f)) => input::find_config(f),
        (None, None) => input::find_config(Path::new("./-")),
    };
    let mut config = match &found {
        Some(p) => {
            if let Some((_, c)) = cache.iter().find(|(q, _)| q == p) {
                c.clone()
            } else {
                let text =
                    std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
                let c = Config::from_toml(&text).map_err(|e| format!("{}: {e}", p.display()))?;
                cache.push((p.clone(), c.clone()));
                c
            }
        }
        None => Config::default(),
    };
    if let Some(p) = args.profile {
        config.profile = match p {
            ProfileArg::Auto => Profile::Auto,
            ProfileArg::Nd30 => Profile::Nd30,
            ProfileArg::Mttq => Profile::Mttq,
            ProfileArg::Party => Profile::Party,
        };
    }
    if args.draft {
        config.draft = true;
    }
    if let Some(l) = args.lang {
        config.lang = l.into();
    }
    Ok((config, found))
}

fn check(args: CheckArgs) -> i32 {
    // collect the files
    let mut files: Vec<input::Source> = Vec::new();
    for p in &args.paths {
        match input::collect(p) {
            Ok(mut v) => files.append(&mut v),
            Err(e) => {
                eprintln!("vanban: {e}");
                return 2;
            }
        }
    }
    // configurations (checked before any work: a bad config is a usage error)
    let mut cache = Vec::new();
    let mut jobs = Vec::new();
    for f in files {
        let (mut config, config_path) = match config_for(&args, f.path.as_deref(), &mut cache) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("vanban: {e}");
                return 2;
            }
        };
        if let (Some(cp), Some(fp)) = (&config_path, &f.path) {
            if input::excluded(cp, fp, &config.exclude) {
                continue;
            }
        }
        config.markdown = f.display.ends_with(".md");
        jobs.push((f, config));
    }
    let lang = args
        .lang
        .map(Lang::from)
        .unwrap_or_else(|| jobs.first().map(|j| j.1.lang).unwrap_or_default());

    let progress = (jobs.len() > 50 && std::io::stderr().is_terminal()).then(|| {
        let pb = indicatif::ProgressBar::new(jobs.len() as u64);
        pb.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {msg}").unwrap(),
        );
        pb
    });
    let outcomes: Vec<Result<FileResult, String>> = jobs
        .par_iter()
        .map(|(f, config)| {
            let r = process(f, config, args.fix, args.max_size);
            if let Some(pb) = &progress {
                pb.inc(1);
            }
            r
        })
        .collect();
    if let Some(pb) = progress {
        pb.finish_and_clear();
    }
    let mut results = Vec::new();
    let mut io_error = false;
    for o in outcomes {
        match o {
            Ok(r) => results.push(r),
            Err(e) => {
                eprintln!("vanban: {e}");
                io_error = true;
            }
        }
    }
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let text = match args.format {
        Format::Pretty => render::pretty::render(&results, color, lang),
        Format::Concise => render::concise::render(&results),
        Format::Json => render::json::render(&results),
        Format::Sarif => render::sarif::render(&results),
        Format::Github => render::github::render(&results),
    };
    let mut stdout = std::io::stdout().lock();
    if color {
        let _ = anstream::AutoStream::always(&mut stdout).write_all(text.as_bytes());
    } else {
        let _ = anstream::AutoStream::never(&mut stdout).write_all(text.as_bytes());
    }
    let _ = stdout.flush();
    if io_error {
        return 2;
    }
    let threshold = match args.fail_on {
        FailOn::Never => return 0,
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
        FailOn::Info => Severity::Info,
    };
    let failed = results
        .iter()
        .any(|r| r.report.diagnostics.iter().any(|d| d.severity >= threshold));
    i32::from(failed)
}

/// Reads, lints and (with --fix) rewrites one input.
fn process(
    f: &input::Source,
    config: &Config,
    fix: bool,
    max_size: u64,
) -> Result<FileResult, String> {
    let decoded = input::read(f, max_size)?;
    if decoded.text.trim().is_empty() {
        // an empty file is a mistake of the pipeline (a failed export, a wrong path), not a
        // document with every part missing
        return Err(format!(
            "{}: the file is empty: nothing to check",
            f.display
        ));
    }
    if decoded.read_only == Some("Windows-1258") {
        eprintln!("vanban: {}: not UTF-8; read as Windows-1258", f.display);
    }
    if let (true, Some(kind)) = (fix, decoded.read_only) {
        eprintln!(
            "vanban: {}: read as {kind}; --fix does not write it (report only)",
            f.display
        );
    }
    let mut text = decoded.text.clone();
    let mut report = match &decoded.layout {
        Some(layout) => vanban::lint_docx(
            &vanban::docx::DocxText {
                text: text.clone(),
                layout: layout.clone(),
            },
            config,
        ),
        None => lint(&text, config),
    };
    if let (true, Some(path)) = (fix, f.path.as_ref().filter(|_| decoded.read_only.is_none())) {
        let mut changed = false;
        for _ in 0..8 {
            let (fixed, n) = vanban::fix::apply_safe_fixes(&text, &report.diagnostics);
            if n == 0 || fixed == text {
                break;
            }
            text = fixed;
            changed = true;
            report = lint(&text, config);
        }
        if changed {
            input::write_atomic(path, &decoded, &text)?;
        }
    }
    Ok(FileResult {
        path: f.display.clone(),
        source: text,
        report,
    })
}
