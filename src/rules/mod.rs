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
                summary: $summary,
                summary_en: $summary_en,
                // not in the WebAssembly module (14 KB gzipped): the npm package ships the
                // documentation as rules.json, written by the CLI
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

impl Finding {
    pub fn safe_fix(&mut self, span: Span, replacement: impl Into<String>) -> &mut Self {
        self.fix = Some((span, replacement.into(), Applicability::Safe));
        self
    }

    pub fn unsafe_fix(&mut self, span: Span, replacement: impl Into<String>) -> &mut Self {
        self.fix = Some((span, replacement.into(), Applicability::Unsafe));
        self
    }

    pub fn suggest(&mut self, s: impl Into<String>) -> &mut Self {
        self.suggestions.push(s.into());
        self
    }

    pub fn related(&mut self, span: Span, message: impl Into<String>) -> &mut Self {
        self.related = Some((span, message.into()));
        self
    }
}

/// Every rule, in the order `vanban rules` lists them.
pub fn all() -> &'static [&'static dyn Rule] {
    use self::{
        citation as c, date as d, header as h, number as n, recipients as r, signature as s,
        structure as st, text as t,
    };
    static RULES: &[&dyn Rule] = &[
        &h::missing_national_title::MissingNationalTitle,
        &h::missing_motto::MissingMotto,
        &h::missing_party_title::MissingPartyTitle,
        &h::national_title_text::NationalTitleText,
        &h::motto_text::MottoText,
        &h::motto_dash::MottoDash,
        &h::missing_issuing_body::MissingIssuingBody,
        &h::missing_type_name::MissingTypeName,
        &h::type_name_case::TypeNameCase,
        &h::type_name_text::TypeNameText,
        &h::title_text::TitleText,
        &h::missing_org_title::MissingOrgTitle,
        &h::missing_letter_summary::MissingLetterSummary,
        &h::missing_asterisk::MissingAsterisk,
        &h::issuing_body_incomplete::IssuingBodyIncomplete,
        &h::place_name::PlaceName,
        &n::missing::Missing,
        &n::malformed::Malformed,
        &n::leading_zero::LeadingZero,
        &n::unassigned::Unassigned,
        &n::unknown_type_code::UnknownTypeCode,
        &n::type_mismatch::TypeMismatch,
        &n::style::Style,
        &n::symbol_form::SymbolForm,
        &n::dd_for_d::DdForD,
        &d::missing_place_date::MissingPlaceDate,
        &d::format::Format,
        &d::zero_padding::ZeroPadding,
        &d::extra_zero::ExtraZero,
        &d::blank::Blank,
        &d::impossible::Impossible,
        &d::cited_after_issue::CitedAfterIssue,
        &d::deadline_before_issue::DeadlineBeforeIssue,
        &d::plan_year::PlanYear,
        &d::weekday::Weekday,
        &d::period_order::PeriodOrder,
        &d::lunar_year::LunarYear,
        &d::anniversary::Anniversary,
        &d::abolished_unit::AbolishedUnit,
        &st::part_order::PartOrder,
        &st::division_order::DivisionOrder,
        &st::article_order::ArticleOrder,
        &st::enacting_word::EnactingWord,
        &st::item_numbering::ItemNumbering,
        &st::numbering_style::NumberingStyle,
        &st::letter_sequence::LetterSequence,
        &st::missing_plan_part::MissingPlanPart,
        &st::self_reference::SelfReference,
        &st::missing_closing_mark::MissingClosingMark,
        &st::basis_punctuation::BasisPunctuation,
        &r::missing::Missing,
        &r::line_punctuation::LinePunctuation,
        &r::archive_line::ArchiveLine,
        &r::unlisted::Unlisted,
        &r::as_article::AsArticle,
        &s::missing::Missing,
        &s::missing_name::MissingName,
        &s::prefix_profile::PrefixProfile,
        &s::kt_deputy::KtDeputy,
        &s::authority_title::AuthorityTitle,
        &s::prefix_form::PrefixForm,
        &s::academic_title::AcademicTitle,
        &c::conflicting_date::ConflictingDate,
        &c::conflicting_issuer::ConflictingIssuer,
        &c::number_style_issuer::NumberStyleIssuer,
        &c::registry::Registry,
        &c::issuer_code::IssuerCode,
        &c::type_code::TypeCode,
        &c::number_form::NumberForm,
        &c::number_date::NumberDate,
        &c::attachment_reference::AttachmentReference,
        &t::legacy_encoding::LegacyEncoding,
        &t::conversion_residue::ConversionResidue,
        &t::markdown_residue::MarkdownResidue,
        &t::unbalanced_quote::UnbalancedQuote,
        &t::unbalanced_bracket::UnbalancedBracket,
        &t::invalid_syllable::InvalidSyllable,
        &t::spacing::Spacing,
        &t::tone_typo::ToneTypo,
        &t::tone_placement::TonePlacement,
        &t::repeated_word::RepeatedWord,
        &t::page_setup::PageSetup,
        &t::font::Font,
        &t::font_size::FontSize,
    ];
    RULES
}

/// The families, in order.
pub const FAMILIES: &[&str] = &[
    "header",
    "number",
    "date",
    "structure",
    "recipients",
    "signature",
    "citation",
    "text",
];

/// The rule with this id.
pub fn by_id(id: &str) -> Option<&'static dyn Rule> {
    all().iter().copied().find(|r| r.meta().id == id)
}

/// Whether `key` names a rule or a family (for config validation).
pub fn is_known_id_or_family(key: &str) -> bool {
    FAMILIES.contains(&key) || by_id(key).is_some()
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

/// Runs every enabled rule; returns (rule meta, severity, finding), at most
/// [`Config::max_findings`] of them (the most severe, then the earliest), and what was left out.
pub fn run(
    doc: &Document,
    config: &Config,
) -> (Vec<(&'static RuleMeta, Severity, Finding)>, Omitted) {
    let mut out = Vec::new();
    let mut omitted = Omitted::default();
    for rule in all() {
        let meta = rule.meta();
        let RuleLevel::On(severity) = config.level(meta.id, meta.severity) else {
            continue;
        };
        let mut ctx = Context::new(config, severity);
        rule.check(doc, &mut ctx);
        omitted.add(severity, ctx.dropped);
        out.extend(ctx.findings.into_iter().map(|f| (meta, severity, f)));
    }
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
}
