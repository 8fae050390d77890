//! The rule engine: every rule, its metadata and documentation, and the [`Context`] a rule
//! reports through.
//!
//! A rule lives in `src/rules/<family>/<rule>.rs`, declared with [`declare_rule!`](crate::declare_rule): its doc
//! comment (What it does / Why / Example / Correct / Basis) becomes `vanban explain`'s text,
//! and the code blocks under *Example* and *Correct* are run as tests.

use crate::config::{Config, Lang, RuleLevel};
use crate::diagnostic::{Applicability, Severity};
use crate::document::{Document, Span};

pub mod citation;
pub mod date;
pub mod header;
pub mod number;
pub mod recipients;
pub mod signature;
pub mod structure;
pub mod text;

/// Whether a rule can fix what it finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixKind {
    None,
    /// Some findings carry a safe fix.
    Safe,
    /// Fixes need a person's confirmation.
    Unsafe,
}

impl FixKind {
    /// `"safe"`, `"unsafe"` or `"none"`, as the JSON and the npm package name them.
    pub fn as_str(self) -> &'static str {
        match self {
            FixKind::None => "none",
            FixKind::Safe => "safe",
            FixKind::Unsafe => "unsafe",
        }
    }
}

/// What `vanban rules` lists and `vanban explain` prints.
#[derive(Debug)]
pub struct RuleMeta {
    pub id: &'static str,
    pub severity: Severity,
    pub fix: FixKind,
    /// One line, Vietnamese.
    pub summary: &'static str,
    /// One line, English.
    pub summary_en: &'static str,
    /// The rule's documentation (Markdown); empty in the WebAssembly build.
    pub doc: &'static str,
}

impl RuleMeta {
    /// The documentation as Markdown (doc comments keep one leading space per line).
    pub fn doc_text(&self) -> String {
        self.doc
            .lines()
            .map(|l| l.strip_prefix(' ').unwrap_or(l))
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn family(&self) -> &'static str {
        self.id.split('/').next().unwrap_or(self.id)
    }

    /// The documentation in `lang`: in Vietnamese, the `## Tiếng Việt` section (its headings
    /// brought up a level) and then the shared examples; in English, everything but that
    /// section.
    pub fn doc_in(&self, lang: Lang) -> String {
        let doc = self.doc_text();
        let (english, vietnamese) = match doc.find("\n## Tiếng Việt\n") {
            Some(at) => (&doc[..at], Some(&doc[at + "\n## Tiếng Việt\n".len()..])),
            None => (doc.as_str(), None),
        };
        match (lang, vietnamese) {
            (Lang::Vi, Some(vi)) => {
                let mut out = vi.trim().replace("### ", "## ");
                for (heading, title) in [("Example", "Ví dụ sai"), ("Correct", "Viết đúng")]
                {
                    if let Some(section) = doc_section(english, heading) {
                        out.push_str(&format!("\n\n## {title}\n{section}"));
                    }
                }
                out.push('\n');
                out
            }
            _ => english.trim_end().to_string() + "\n",
        }
    }
}

/// The body of the `## heading` section of a Markdown doc, up to the next `## `.
fn doc_section<'d>(doc: &'d str, heading: &str) -> Option<&'d str> {
    let start = doc.find(&format!("## {heading}\n"))? + heading.len() + 3;
    let rest = &doc[start..];
    Some(rest[..rest.find("\n## ").unwrap_or(rest.len())].trim_end())
}

/// What a rule is: its metadata. Implemented by [`declare_rule!`](crate::declare_rule).
pub trait Described {
    fn meta(&self) -> &'static RuleMeta;
}

/// A check over a parsed document.
pub trait Rule: Described + Sync + Send {
    fn check(&self, doc: &Document, ctx: &mut Context);
}

/// Declares a rule: its unit struct, documentation and metadata.
#[macro_export]
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        pub struct $name:ident {
            id: $id:literal,
            severity: $sev:ident,
            fix: $fix:ident,
            summary: $summary:literal,
            summary_en: $summary_en:literal $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        pub struct $name;
        impl $name {
            pub const META: $crate::rules::RuleMeta = $crate::rules::RuleMeta {
                id: $id,
                severity: $crate::diagnostic::Severity::$sev,
                fix: $crate::rules::FixKind::$fix,
                // the summaries and the documentation are not in the WebAssembly module (4 and
                // 14 KB gzipped): the npm package ships them as rules.json and summaries.js,
                // written from the CLI's list
                summary: if cfg!(target_arch = "wasm32") { "" } else { $summary },
                summary_en: if cfg!(target_arch = "wasm32") { "" } else { $summary_en },
                doc: if cfg!(target_arch = "wasm32") {
                    ""
                } else {
                    concat!($($doc, "\n"),*)
                },
            };
        }
        impl $crate::rules::Described for $name {
            fn meta(&self) -> &'static $crate::rules::RuleMeta {
                &Self::META
            }
        }
    };
}

/// One finding as a rule reports it, in NFC-text coordinates.
#[derive(Debug, Clone)]
pub struct Finding {
    pub span: Span,
    pub message: String,
    pub fix: Option<(Span, String, Applicability)>,
    pub suggestions: Vec<String>,
    pub related: Option<(Span, String)>,
    /// The rule is not sure of this one (a convention practice is divided on): reported as
    /// info whatever the rule's severity.
    pub tentative: bool,
    /// The run's language, for the messages added after the finding is reported.
    lang: Lang,
}

/// What a rule reports through: it knows the rule, its effective severity and the language.
pub struct Context<'c> {
    pub config: &'c Config,
    pub severity: Severity,
    pub findings: Vec<Finding>,
    /// Findings dropped because the rule reported more than the document keeps
    /// ([`Config::max_findings`]): the earliest ones are kept.
    pub dropped: usize,
}

impl<'c> Context<'c> {
    /// A context for one rule at `severity`.
    pub fn new(config: &'c Config, severity: Severity) -> Self {
        Context {
            config,
            severity,
            findings: Vec::new(),
            dropped: 0,
        }
    }

    /// Picks the message in the configured language.
    pub fn msg(&self, vi: impl Into<String>, en: impl Into<String>) -> String {
        match self.config.lang {
            Lang::Vi => vi.into(),
            Lang::En => en.into(),
        }
    }

    /// Reports a finding with a message already chosen by [`Context::msg`].
    pub fn report(&mut self, span: Span, message: String) -> &mut Finding {
        // a rule that finds a million things keeps memory bounded: past twice the cap, keep
        // the earliest `cap` (the last finding stays valid for the caller to add to)
        let cap = self.config.max_findings;
        if cap > 0 && self.findings.len() >= 2 * cap {
            self.dropped += keep_first(&mut self.findings, cap, |f| {
                crate::sort::span_key(f.span.start, f.span.end)
            });
        }
        self.findings.push(Finding {
            span,
            message,
            fix: None,
            suggestions: Vec::new(),
            related: None,
            tentative: false,
            lang: self.config.lang,
        });
        self.findings.last_mut().unwrap()
    }

    /// Reports a finding in Vietnamese or English.
    pub fn emit(
        &mut self,
        span: Span,
        vi: impl Into<String>,
        en: impl Into<String>,
    ) -> &mut Finding {
        let m = self.msg(vi, en);
        self.report(span, m)
    }
}

impl Context<'_> {
    /// Reports fixed text written wrong (the national title, the motto, a title, a type name):
    /// `"{what} viết sai: “{text}”; đúng là “{right}”"`. `right` is a safe fix over `span` when
    /// `whole` (the span holds that text and nothing else), else a suggestion.
    pub fn misspelt(&mut self, span: Span, text: &str, right: &str, what: [&str; 2], whole: bool) {
        let f = self.emit(
            span,
            format!("{} viết sai: “{text}”; đúng là “{right}”", what[0]),
            format!("{} is written “{text}”; it must be “{right}”", what[1]),
        );
        if whole {
            f.safe_fix(span, right);
        } else {
            f.suggest(right);
        }
    }
}

impl Finding {
    pub fn safe_fix(&mut self, span: Span, replacement: impl Into<String>) -> &mut Self {
        self.fix = Some((span, replacement.into(), Applicability::Safe));
        self
    }

    pub fn unsafe_fix(&mut self, span: Span, replacement: impl Into<String>) -> &mut Self {
        self.fix = Some((span, replacement.into(), Applicability::Unsafe));
        self
    }

    /// Marks the finding as one the rule is not sure of: it is reported as info.
    pub fn tentative(&mut self) -> &mut Self {
        self.tentative = true;
        self
    }

    pub fn suggest(&mut self, s: impl Into<String>) -> &mut Self {
        self.suggestions.push(s.into());
        self
    }

    /// A second place that explains the finding, named in the run's language.
    pub fn related(&mut self, span: Span, vi: &str, en: &str) -> &mut Self {
        let message = match self.lang {
            Lang::Vi => vi,
            Lang::En => en,
        };
        self.related = Some((span, message.to_string()));
        self
    }

    /// [`Self::related`] when the place is known.
    pub fn related_opt(&mut self, span: Option<Span>, vi: &str, en: &str) -> &mut Self {
        match span {
            Some(span) => self.related(span, vi, en),
            None => self,
        }
    }
}

// `RuleId`, `RULES` and `FAMILIES`, generated from the rule files (build/registry.rs)
include!(concat!(env!("OUT_DIR"), "/rule_registry.rs"));

/// Every rule: by family (in [`FAMILIES`] order), then by id.
pub fn all() -> &'static [&'static dyn Rule] {
    &RULES
}

impl RuleId {
    /// The rule with this id.
    pub fn rule(self) -> &'static dyn Rule {
        RULES[self as usize]
    }

    /// The rule's metadata.
    pub fn meta(self) -> &'static RuleMeta {
        self.rule().meta()
    }

    /// The family, the part of the id before `/`.
    pub fn family(self) -> &'static str {
        self.meta().family()
    }
}

impl std::fmt::Display for RuleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for RuleId {
    type Err = UnknownRule;
    fn from_str(s: &str) -> Result<Self, UnknownRule> {
        RuleId::from_id(s).ok_or_else(|| UnknownRule(s.to_string()))
    }
}

impl From<RuleId> for &'static str {
    fn from(id: RuleId) -> Self {
        id.as_str()
    }
}

impl PartialEq<str> for RuleId {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<String> for RuleId {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for RuleId {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl serde::Serialize for RuleId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RuleId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        RuleId::from_id(&s).ok_or_else(|| serde::de::Error::custom(UnknownRule(s.into_owned())))
    }
}

/// A string that names no rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownRule(pub String);

impl std::fmt::Display for UnknownRule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "unknown rule `{}`", self.0)
    }
}

impl std::error::Error for UnknownRule {}

/// The rule with this id.
pub fn by_id(id: &str) -> Option<&'static dyn Rule> {
    RuleId::from_id(id).map(RuleId::rule)
}

/// Whether `key` names a rule or a family (for config validation).
pub fn is_known_id_or_family(key: &str) -> bool {
    FAMILIES.contains(&key) || RuleId::from_id(key).is_some()
}

/// Keeps the `n` smallest items of `v` by `key` (sorted by it); returns how many were
/// dropped. Through the crate's one sort (see [`crate::sort`]): a selection of its own would
/// cost kilobytes of WebAssembly per instantiation.
fn keep_first<T>(v: &mut Vec<T>, n: usize, key: impl Fn(&T) -> u64) -> usize {
    if v.len() <= n {
        return 0;
    }
    crate::sort::by_key(v, key);
    let dropped = v.len() - n;
    v.truncate(n);
    dropped
}

/// How many findings of each severity a report leaves out (over [`Config::max_findings`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Omitted {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Omitted {
    pub fn add(&mut self, severity: Severity, n: usize) {
        match severity {
            Severity::Error => self.errors += n,
            Severity::Warning => self.warnings += n,
            Severity::Info => self.infos += n,
        }
    }

    pub fn of(&self, severity: Severity) -> usize {
        match severity {
            Severity::Error => self.errors,
            Severity::Warning => self.warnings,
            Severity::Info => self.infos,
        }
    }

    pub fn total(&self) -> usize {
        self.errors + self.warnings + self.infos
    }
}

/// Runs every enabled rule; returns (rule, severity, finding), at most
/// [`Config::max_findings`] of them (the most severe, then the earliest), and what was left out.
pub fn run(doc: &Document, config: &Config) -> (Vec<(RuleId, Severity, Finding)>, Omitted) {
    let mut out = Vec::new();
    let mut omitted = Omitted::default();
    for id in RuleId::ALL {
        let rule = id.rule();
        let meta = rule.meta();
        let RuleLevel::On(severity) = config.level(meta.id, meta.severity) else {
            continue;
        };
        let mut ctx = Context::new(config, severity);
        rule.check(doc, &mut ctx);
        omitted.add(severity, ctx.dropped);
        out.extend(ctx.findings.into_iter().map(|f| {
            let severity = if f.tentative {
                severity.min(Severity::Info)
            } else {
                severity
            };
            (id, severity, f)
        }));
    }
    drop_covered(&mut out);
    let cap = config.max_findings;
    if cap > 0 && out.len() > cap {
        let mut by_severity = [0usize; 3];
        for (_, s, _) in &out {
            by_severity[*s as usize] += 1;
        }
        // the most severe first, then by position: severity in the top bits
        keep_first(&mut out, cap, |(_, s, f)| {
            let rank = 2 - (*s as u64).min(2);
            (rank << 62)
                | ((f.span.start as u64 & 0x7fff_ffff) << 31)
                | (f.span.end as u64 & 0x7fff_ffff)
        });
        for (_, s, _) in &out {
            by_severity[*s as usize] -= 1;
        }
        omitted.infos += by_severity[Severity::Info as usize];
        omitted.warnings += by_severity[Severity::Warning as usize];
        omitted.errors += by_severity[Severity::Error as usize];
    }
    (out, omitted)
}

/// One mistake, one finding: a finding that reports a whole line or phrase with its right form
/// hides the findings of narrower rules inside it. A header line written wrong ("CỘNG HÒA …
/// VIÊT NAM", "BÁO CAO") is reported whole, with the right line; a compound typed wrong ("ngân
/// sach") is reported as the compound, not again as its syllable.
const COVERS: &[(&[RuleId], &[RuleId])] = &[
    (
        &[
            RuleId::HeaderNationalTitleText,
            RuleId::HeaderMottoText,
            RuleId::HeaderTitleText,
            RuleId::HeaderTypeNameText,
        ],
        &[RuleId::TextInvalidSyllable, RuleId::TextToneTypo],
    ),
    (&[RuleId::TextToneTypo], &[RuleId::TextInvalidSyllable]),
];

fn drop_covered(out: &mut Vec<(RuleId, Severity, Finding)>) {
    for (wide, narrow) in COVERS {
        let covering: Vec<Span> = out
            .iter()
            .filter(|(id, _, _)| wide.contains(id))
            .map(|(_, _, f)| f.span)
            .collect();
        if covering.is_empty() {
            continue;
        }
        out.retain(|(id, _, f)| {
            !(narrow.contains(id)
                && covering
                    .iter()
                    .any(|c| c.start <= f.span.start && f.span.end <= c.end))
        });
    }
}

/// For a rule's own tests: the messages one rule gives on a text, with the default config.
#[cfg(test)]
pub(crate) mod test_support {
    pub fn findings(rule: &str, text: &str) -> Vec<String> {
        crate::lint(text, &crate::Config::default())
            .diagnostics
            .into_iter()
            .filter(|d| d.rule == rule)
            .map(|d| format!("{}:{} {}", d.line, d.column, d.message))
            .collect()
    }

    /// The severity and fix applicability of each finding of `rule`: a tentative finding is
    /// `(Info, Some(Unsafe))` whatever the rule's level.
    pub fn graded(rule: &str, text: &str) -> Vec<(crate::Severity, Option<crate::Applicability>)> {
        crate::lint(text, &crate::Config::default())
            .diagnostics
            .into_iter()
            .filter(|d| d.rule == rule)
            .map(|d| (d.severity, d.fix.map(|f| f.applicability)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::{lint, Config, Lang};

    /// The second place a finding points to is named in the run's language, as its message is.
    #[test]
    fn related_place_is_named_in_the_language_of_the_run() {
        let text = "Thực hiện Chỉ thị số 45-CT/TW ngày 19/5/2015 của Bộ Chính trị.\n\
                    Tiếp tục thực hiện Chỉ thị số 45-CT/TW ngày 19/6/2015 của Bộ Chính trị.\n";
        let related = |lang| {
            let config = Config {
                lang,
                ..Config::default()
            };
            lint(text, &config)
                .diagnostics
                .into_iter()
                .find(|d| d.rule == "citation/conflicting-date")
                .and_then(|d| d.related)
                .map(|r| (r.line, r.message))
        };
        assert_eq!(
            related(Lang::Vi),
            Some((1, "lần viện dẫn trước".to_string()))
        );
        assert_eq!(related(Lang::En), Some((1, "earlier citation".to_string())));
    }
}
