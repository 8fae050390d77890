//! Argument parsing and the commands.
//!
//! Everything printed in one run is in one language: Vietnamese by default, English with
//! `--lang en` (or `lang = "en"` in the configuration of the current folder).

mod convert;
pub(crate) mod input;
mod output;
pub(crate) mod write;

use clap::{Parser, Subcommand, ValueEnum};
use input::{Collected, ConfigFinder, Exclude, Source};
use output::Out;
use rayon::prelude::*;
use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use vanban::render::{self, FileResult, Summary};
use vanban::{Config, Lang, Profile, Severity};

/// `vi` or `en` of the run.
pub(crate) fn tr(lang: Lang, vi: impl Into<String>, en: impl Into<String>) -> String {
    match lang {
        Lang::Vi => vi.into(),
        Lang::En => en.into(),
    }
}

#[derive(Parser)]
#[command(
    name = "vanban",
    version,
    about = "Linter for Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP, Party, MTTQ)",
    after_help = "Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage, I/O, configuration or unreadable input."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check documents: files, folders (walked recursively for .txt, .md and .docx, any case,
    /// honouring .gitignore and .ignore, skipping hidden files) or `-` for standard input.
    Check(Box<CheckArgs>),
    /// List every rule: id, default severity, fix ("fix": safe fix, applied by --fix; "fix?":
    /// a fix a person must confirm, offered in editors), one-line summary.
    Rules {
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
        /// `json`: every rule with its documentation (what the npm package ships as
        /// `rules.json`).
        #[arg(long, value_enum, default_value = "text")]
        format: RulesFormat,
    },
    /// Print a rule's documentation with a wrong and a right example.
    Explain {
        rule: String,
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
    },
    /// Convert a text typed in a legacy font encoding (TCVN3, VNI) to Unicode.
    Convert(convert::ConvertArgs),
}

#[derive(clap::Args)]
struct CheckArgs {
    /// Files, folders or `-` for standard input [default: .]
    #[arg(default_value = ".", hide_default_value = true)]
    paths: Vec<String>,
    #[arg(long, value_enum, default_value = "pretty")]
    format: FormatArg,
    /// The format rules to apply [default: auto, or the configuration's]
    // (the values are the profiles' own names, the list `vanban.toml` and the JS API read)
    #[arg(long, value_parser = profile_parser())]
    profile: Option<Profile>,
    /// Configuration file [default: vanban.toml in the checked file's folder or a parent, up to
    /// the repository root]
    #[arg(long)]
    config: Option<PathBuf>,
    /// Exit with 1 when a finding is at or above this level.
    #[arg(long, value_enum, default_value = "error")]
    fail_on: FailOn,
    /// Accept unassigned numbers and blank dates.
    #[arg(long)]
    draft: bool,
    /// Apply safe fixes in place (.txt and .md; standard input: the fixed text goes to standard
    /// output and the report to standard error).
    #[arg(long)]
    fix: bool,
    /// With --fix: rewrite a file that has several hard links (the other names keep the old
    /// text) instead of refusing.
    #[arg(long, requires = "fix")]
    fix_break_hardlinks: bool,
    /// Print what --fix would change as a unified diff, without writing anything.
    #[arg(long, conflicts_with = "fix")]
    diff: bool,
    /// Language of everything printed [default: vi, or the configuration's]
    #[arg(long, value_enum)]
    lang: Option<LangArg>,
    /// Largest input read, e.g. 10MB, 500KB or a number of bytes (a larger file is exit 2; for
    /// a .docx, the unpacked size of its parts).
    #[arg(long, value_name = "SIZE", default_value = "10MB", value_parser = parse_size)]
    max_size: u64,
    /// Most findings shown per file (the most severe first, then by position); the others are
    /// counted and summarised. 0: no limit.
    #[arg(long, value_name = "N", default_value_t = vanban::config::DEFAULT_MAX_FINDINGS)]
    max_findings: usize,
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
enum FormatArg {
    Pretty,
    Concise,
    Json,
    Sarif,
    Github,
}

/// `--profile`: one of [`Profile::ALL`] by its name (all seven, as in `vanban.toml`).
fn profile_parser() -> impl clap::builder::TypedValueParser<Value = Profile> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(Profile::ALL.map(Profile::as_str))
        .map(|name: String| Profile::parse(&name).expect("a listed profile"))
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
pub(crate) enum LangArg {
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

/// Prints an error for people: `vanban: ` and the message, control characters made visible.
fn error(message: &str) {
    eprintln!("vanban: {}", render::clean(message));
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
        Command::Rules { format, lang } => {
            let text = match format {
                RulesFormat::Json => rules_json(),
                RulesFormat::Text => rules_text(lang.map_or(Lang::Vi, Lang::from)),
            };
            Out::stdout(false).finish(&text, 0)
        }
        Command::Explain { rule, lang } => {
            let lang = lang.map_or(Lang::Vi, Lang::from);
            match vanban::rules::by_id(&rule) {
                Some(r) => {
                    let m = r.meta();
                    let summary = tr(lang, m.summary, m.summary_en);
                    let text = format!(
                        "# {} ({})\n\n{summary}\n\n{}\n",
                        m.id,
                        m.severity,
                        m.doc_in(lang)
                    );
                    Out::stdout(false).finish(&text, 0)
                }
                None => {
                    error(&tr(
                        lang,
                        format!("không có quy tắc `{rule}` (xem `vanban rules`)"),
                        format!("unknown rule `{rule}` (see `vanban rules`)"),
                    ));
                    2
                }
            }
        }
        Command::Check(args) => check(*args),
        Command::Convert(args) => convert::run(args),
    }
}

fn rules_json() -> String {
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
    serde_json::to_string_pretty(&list).unwrap_or_default() + "\n"
}

fn rules_text(lang: Lang) -> String {
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
            tr(lang, m.summary, m.summary_en)
        ));
    }
    out.push_str(&tr(
        lang,
        "\nfix: có cách sửa chắc chắn, `vanban check --fix` tự sửa; fix?: có cách sửa cần người kiểm tra (trình soạn thảo đề xuất)\n",
        "\nfix: a safe fix, applied by `vanban check --fix`; fix?: a fix a person must confirm (offered in editors)\n",
    ));
    out
}

/// A loaded configuration and what it excludes.
struct Loaded {
    config: Config,
    exclude: Option<Exclude>,
}

/// The configurations of a run: the `--config` file, or each file's nearest `vanban.toml`,
/// loaded once each, with the command-line flags on top.
struct Configs<'a> {
    args: &'a CheckArgs,
    finder: ConfigFinder,
    loaded: HashMap<Option<PathBuf>, Arc<Loaded>>,
    lang: Lang,
}

impl Configs<'_> {
    fn for_file(&mut self, file: Option<&Path>) -> Result<Arc<Loaded>, String> {
        let path = match &self.args.config {
            Some(p) => Some(p.clone()),
            None => self.finder.find(file),
        };
        if let Some(l) = self.loaded.get(&path) {
            return Ok(l.clone());
        }
        let lang = self.lang;
        let mut config = match &path {
            Some(p) => {
                let text = std::fs::read_to_string(p).map_err(|e| {
                    tr(
                        lang,
                        format!(
                            "không đọc được tệp cấu hình {}: {}",
                            p.display(),
                            input::io_message(&e, lang)
                        ),
                        format!(
                            "cannot read the configuration file {}: {}",
                            p.display(),
                            input::io_message(&e, lang)
                        ),
                    )
                })?;
                Config::from_toml(&text).map_err(|e| format!("{}: {e}", p.display()))?
            }
            None => Config::default(),
        };
        let exclude = match &path {
            Some(p) => {
                Exclude::new(p, &config.exclude).map_err(|e| format!("{}: {e}", p.display()))?
            }
            None => None,
        };
        let args = self.args;
        if let Some(p) = args.profile {
            config.profile = p;
        }
        if args.draft {
            config.draft = true;
        }
        config.lang = lang;
        config.max_findings = args.max_findings;
        if vanban::rules::FAMILIES
            .iter()
            .all(|f| config.level(&format!("{f}/"), Severity::Error) == vanban::RuleLevel::Off)
        {
            let name = path
                .as_ref()
                .map_or_else(|| "--config".to_string(), |p| p.display().to_string());
            error(&tr(
                lang,
                format!("{name}: mọi nhóm quy tắc đều bị tắt: không quy tắc nào được kiểm tra"),
                format!("{name}: every rule family is turned off: nothing is checked"),
            ));
        }
        let l = Arc::new(Loaded { config, exclude });
        self.loaded.insert(path, l.clone());
        Ok(l)
    }
}

/// What checking one input produced.
struct Checked {
    /// The rendered findings (empty with --diff or --fix on standard input).
    chunk: String,
    /// What goes to standard output instead of a report: the fixed text of standard input, or
    /// a diff.
    replacement_output: Option<String>,
    /// Notes and problems for standard error.
    notes: Vec<String>,
    report: vanban::Report,
    /// A diff was produced (with --diff).
    would_change: bool,
}

fn check(args: CheckArgs) -> i32 {
    // the language of the run, before anything is printed
    let lang = match args.lang {
        Some(l) => l.into(),
        None => {
            let mut finder = ConfigFinder::new();
            let first = args
                .paths
                .first()
                .filter(|p| *p != "-")
                .map(|p| Path::new(p).join("x"));
            args.config
                .clone()
                .or_else(|| finder.find(first.as_deref()))
                .and_then(|p| std::fs::read_to_string(p).ok())
                .and_then(|t| Config::from_toml(&t).ok())
                .map_or(Lang::Vi, |c| c.lang)
        }
    };

    // the inputs, each once however it is reached
    let mut collected = Collected::default();
    for p in &args.paths {
        input::collect(p, lang, &mut collected);
    }
    let mut seen = std::collections::HashSet::new();
    let inputs: Vec<Source> = collected
        .inputs
        .into_iter()
        .filter(|s| match &s.path {
            None => seen.insert(None),
            Some(p) => seen.insert(
                write::identity(p)
                    .map(|(a, b)| (a, b, PathBuf::new()))
                    .or_else(|| std::fs::canonicalize(p).ok().map(|c| (0, 0, c))),
            ),
        })
        .collect();
    let mut problems = collected.problems;

    // configurations, checked before any work: a bad configuration is a usage error
    let mut configs = Configs {
        args: &args,
        finder: ConfigFinder::new(),
        loaded: HashMap::new(),
        lang,
    };
    let mut jobs = Vec::new();
    for f in inputs {
        let loaded = match configs.for_file(f.path.as_deref()) {
            Ok(c) => c,
            Err(e) => {
                error(&e);
                return 2;
            }
        };
        // an exclude never drops a file named on the command line
        let excluded = !f.explicit
            && f.path
                .as_deref()
                .zip(loaded.exclude.as_ref())
                .is_some_and(|(p, ex)| ex.matches(p));
        if !excluded {
            jobs.push((f, loaded));
        }
    }
    if jobs.is_empty() && problems.is_empty() {
        error(&tr(
            lang,
            format!(
                "không tìm thấy văn bản nào (.txt, .md, .docx) trong: {}",
                args.paths.join(", ")
            ),
            format!(
                "no documents (.txt, .md, .docx) found in: {}",
                args.paths.join(", ")
            ),
        ));
        return 2;
    }

    let format = match args.format {
        FormatArg::Pretty => render::Format::Pretty {
            color: std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
            lang,
        },
        FormatArg::Concise => render::Format::Concise { lang },
        FormatArg::Json => render::Format::Json,
        FormatArg::Sarif => render::Format::Sarif,
        FormatArg::Github => render::Format::Github,
    };
    let progress = (jobs.len() > 50 && std::io::stderr().is_terminal()).then(|| {
        let pb = indicatif::ProgressBar::new(jobs.len() as u64);
        pb.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {msg}").unwrap(),
        );
        pb
    });
    let outcomes: Vec<Result<Checked, String>> = jobs
        .par_iter()
        .map(|(f, loaded)| {
            let r = process(f, &loaded.config, &args, format, lang);
            if let Some(pb) = &progress {
                pb.inc(1);
            }
            r
        })
        .collect();
    if let Some(pb) = progress {
        pb.finish_and_clear();
    }

    // the result, known before anything is written: a closed pipe ends the output, not the
    // verdict
    let threshold = match args.fail_on {
        FailOn::Never => None,
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Info => Some(Severity::Info),
    };
    let mut summary = Summary::default();
    let mut fails = false;
    let mut would_change = false;
    let mut checked = Vec::new();
    for o in outcomes {
        match o {
            Ok(c) => {
                summary.add(&c.report);
                if let Some(t) = threshold {
                    fails |= [Severity::Error, Severity::Warning, Severity::Info]
                        .iter()
                        .any(|&s| s >= t && c.report.count(s) > 0);
                }
                would_change |= c.would_change;
                checked.push(c);
            }
            Err(e) => problems.push(e),
        }
    }
    let code = if !problems.is_empty() {
        2
    } else if args.diff {
        i32::from(would_change)
    } else {
        i32::from(fails)
    };

    // notes and problems first (standard error), then the report in input order
    for c in &checked {
        for n in &c.notes {
            error(n);
        }
    }
    for p in &problems {
        error(p);
    }
    let replaced: String = checked
        .iter()
        .filter_map(|c| c.replacement_output.as_deref())
        .collect();
    if args.diff {
        return Out::stdout(false).finish(&replaced, code);
    }
    // --fix on standard input: the fixed text is the output, the report goes to standard error
    let stdin_fix = args.fix && jobs.iter().any(|(f, _)| f.path.is_none());
    let mut out = if stdin_fix {
        Out::stderr()
    } else {
        Out::stdout(matches!(format, render::Format::Pretty { color: true, .. }))
    };
    let mut first = true;
    let mut write = |s: &str| out.write(s, code);
    let written = (|| {
        write(&format.begin())?;
        for c in &checked {
            if c.chunk.is_empty() {
                continue;
            }
            if !first {
                write(format.separator())?;
            }
            first = false;
            write(&c.chunk)?;
        }
        write(&format.end(&summary))
    })();
    if let Err(code) = written {
        return code;
    }
    if stdin_fix {
        let _ = out.finish("", code);
        return Out::stdout(false).finish(&replaced, code);
    }
    out.finish("", code)
}

/// Reads, lints and (with --fix or --diff) fixes one input.
fn process(
    f: &Source,
    config: &Config,
    args: &CheckArgs,
    format: render::Format,
    lang: Lang,
) -> Result<Checked, String> {
    let decoded = input::read(f, args.max_size, lang)?;
    if decoded.text.trim().is_empty() {
        // an empty file is a mistake of the pipeline (a failed export, a wrong path), not a
        // document with every part missing
        return Err(tr(
            lang,
            format!("{}: tệp rỗng: không có gì để kiểm tra", f.display),
            format!("{}: the file is empty: nothing to check", f.display),
        ));
    }
    let mut config = config.clone();
    config.markdown = f.path.as_deref().is_some_and(input::is_markdown);
    let mut notes = Vec::new();
    if decoded.encoding == input::Encoding::Windows1258 {
        notes.push(tr(
            lang,
            format!("{}: không phải UTF-8; đọc theo Windows-1258", f.display),
            format!("{}: not UTF-8; read as Windows-1258", f.display),
        ));
    }
    let lint_once = |text: &str| match &decoded.layout {
        Some(layout) => vanban::lint_docx(
            &vanban::docx::DocxText {
                text: text.to_string(),
                layout: layout.clone(),
            },
            &config,
        ),
        None => vanban::lint(text, &config),
    };
    let fixing = args.fix || args.diff;
    if fixing {
        if let Some(kind) = decoded.encoding.read_only() {
            notes.push(tr(
                lang,
                format!(
                    "{}: đọc dạng {kind}; --fix không ghi loại tệp này (chỉ báo cáo)",
                    f.display
                ),
                format!(
                    "{}: read as {kind}; --fix does not write it (report only)",
                    f.display
                ),
            ));
        }
    }
    let writable = decoded.encoding.read_only().is_none();
    if !(fixing && writable) {
        let report = lint_once(&decoded.text);
        return Ok(Checked {
            chunk: format.file(&FileResult {
                path: f.display.clone(),
                source: decoded.text,
                report: report.clone(),
            }),
            replacement_output: None,
            notes,
            report,
            would_change: false,
        });
    }
    let outcome = vanban::lint_fix(&decoded.text, &config);
    let changed = outcome.text != decoded.text;
    let n = outcome.applied.len();
    if args.diff {
        let diff = if changed {
            let name = f.display.as_str();
            similar::TextDiff::from_lines(decoded.text.as_str(), outcome.text.as_str())
                .unified_diff()
                .header(name, name)
                .to_string()
        } else {
            String::new()
        };
        return Ok(Checked {
            chunk: String::new(),
            replacement_output: Some(diff),
            notes,
            report: outcome.report,
            would_change: changed,
        });
    }
    match &f.path {
        None => {
            // standard input: the fixed text is the output
            notes.push(fixed_note(&f.display, n, lang));
            Ok(Checked {
                chunk: format.file(&FileResult {
                    path: f.display.clone(),
                    source: outcome.text.clone(),
                    report: outcome.report.clone(),
                }),
                replacement_output: Some(outcome.text),
                notes,
                report: outcome.report,
                would_change: changed,
            })
        }
        Some(path) => {
            if changed {
                let links = if args.fix_break_hardlinks {
                    write::HardLinks::Break
                } else {
                    write::HardLinks::Refuse
                };
                match write::write_fixed(path, &decoded, &outcome.text, links, lang)? {
                    write::Written::Done => notes.push(fixed_note(&f.display, n, lang)),
                    write::Written::AlreadyFixed => notes.push(tr(
                        lang,
                        format!("{}: đã được sửa bởi một lần chạy khác", f.display),
                        format!("{}: already fixed by another run", f.display),
                    )),
                }
            }
            if !outcome.converged {
                notes.push(tr(
                    lang,
                    format!(
                        "{}: các bản sửa chưa ổn định sau {} lượt; hãy chạy lại",
                        f.display,
                        vanban::fix::MAX_FIX_ROUNDS
                    ),
                    format!(
                        "{}: fixes did not settle after {} rounds; run again",
                        f.display,
                        vanban::fix::MAX_FIX_ROUNDS
                    ),
                ));
            }
            Ok(Checked {
                chunk: format.file(&FileResult {
                    path: f.display.clone(),
                    source: outcome.text,
                    report: outcome.report.clone(),
                }),
                replacement_output: None,
                notes,
                report: outcome.report,
                would_change: changed,
            })
        }
    }
}

fn fixed_note(name: &str, n: usize, lang: Lang) -> String {
    tr(
        lang,
        format!("{name}: đã sửa {n} lỗi"),
        format!("{name}: fixed {n} finding(s)"),
    )
}
