//! Configuration: the `vanban.toml` file and the options the CLI and the library share.
//!
//! ```toml
//! profile = "mttq"          # auto | nd30 | mttq | party
//! draft = false             # accept unassigned numbers and blank dates
//! lang = "vi"               # vi | en
//! exclude = ["drafts/**"]   # files the CLI skips (globs relative to this file)
//!
//! [rules]
//! "text/spacing" = "off"    # a rule id ...
//! "citation" = "warning"    # ... or a whole family
//!
//! [recipients.aliases]
//! "BPT" = "Ban Phong trào"
//!
//! [lexicon]
//! words = ["chuyển đổi số"]  # compounds for text/tone-typo
//! ```

use crate::diagnostic::Severity;
use crate::options::OptionKey;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// Which set of format rules applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Profile {
    /// Detect from the text.
    #[default]
    Auto,
    /// State bodies: Nghị định 30/2020/NĐ-CP.
    Nd30,
    /// Fatherland Front (MTTQ) and mass organisations: NĐ30 with two-group issuer symbols.
    Mttq,
    /// Party bodies: Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW.
    Party,
    /// Hội Nông dân Việt Nam: its own title and Party-style numbers (`06-KH/HNDT`).
    #[serde(rename = "hnd")]
    Farmers,
    /// Đoàn TNCS Hồ Chí Minh: Hướng dẫn 29-HD/TWĐTN-VP (`Số: 29-HD/TWĐTN-VP`).
    #[serde(rename = "doan")]
    Youth,
    /// Công đoàn, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh: the state pattern, where their
    /// own practice is settled.
    Mass,
}

impl Profile {
    pub fn as_str(self) -> &'static str {
        match self {
            Profile::Auto => "auto",
            Profile::Nd30 => "nd30",
            Profile::Mttq => "mttq",
            Profile::Party => "party",
            Profile::Farmers => "hnd",
            Profile::Youth => "doan",
            Profile::Mass => "mass",
        }
    }

    /// Every profile, in the order the help lists them.
    pub const ALL: [Profile; 7] = [
        Profile::Auto,
        Profile::Nd30,
        Profile::Mttq,
        Profile::Party,
        Profile::Farmers,
        Profile::Youth,
        Profile::Mass,
    ];

    pub fn parse(s: &str) -> Option<Profile> {
        match s {
            "auto" => Some(Profile::Auto),
            "nd30" => Some(Profile::Nd30),
            "mttq" => Some(Profile::Mttq),
            "party" => Some(Profile::Party),
            "hnd" => Some(Profile::Farmers),
            "doan" => Some(Profile::Youth),
            "mass" => Some(Profile::Mass),
            _ => None,
        }
    }

    /// The state pattern: the national title and `15/QĐ-BNV` numbers (nd30, mttq, mass).
    pub fn is_state(self) -> bool {
        matches!(self, Profile::Nd30 | Profile::Mttq | Profile::Mass)
    }
}

/// Language of messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Vi,
    En,
}

/// A rule's configured level: a severity or `off`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleLevel {
    Off,
    On(Severity),
}

impl RuleLevel {
    /// The level a setting `key = value` gives (`vanban.toml`'s `[rules]`, the JavaScript
    /// `rules` option): one check and one message for both. The key must be a rule id or a
    /// family, the value `off`, `info`, `warning` or `error`.
    pub fn setting(key: &str, value: &str) -> Result<RuleLevel, String> {
        if !crate::rules::is_known_id_or_family(key) {
            return Err(format!(
                "unknown rule or family `{key}` (see `vanban rules`)"
            ));
        }
        match value {
            "off" => Ok(RuleLevel::Off),
            s => Severity::parse(s).map(RuleLevel::On).ok_or_else(|| {
                format!(
                    "`{key}` = \"{value}\": expected \"off\", \"info\", \"warning\" or \"error\""
                )
            }),
        }
    }
}

/// Levels set by rule id or family: a handful of pairs, searched in order (a B-tree of its
/// own would cost the WebAssembly module 4 kB). Setting a key again replaces its level.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuleLevels(Vec<(String, RuleLevel)>);

impl RuleLevels {
    pub fn new() -> Self {
        RuleLevels::default()
    }

    /// Sets `key`'s level; returns the level it replaces.
    pub fn insert(&mut self, key: String, level: RuleLevel) -> Option<RuleLevel> {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some((_, old)) => Some(std::mem::replace(old, level)),
            None => {
                self.0.push((key, level));
                None
            }
        }
    }

    /// The level set for `key`.
    pub fn get(&self, key: &str) -> Option<&RuleLevel> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, l)| l)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The keys and their levels, in the order they were first set.
    pub fn iter(&self) -> impl Iterator<Item = (&str, RuleLevel)> {
        self.0.iter().map(|(k, l)| (k.as_str(), *l))
    }
}

/// Everything that changes what `lint` reports.
#[derive(Debug, Clone)]
pub struct Config {
    pub profile: Profile,
    pub draft: bool,
    pub lang: Lang,
    /// Overrides by rule id (`number/malformed`) or family (`number`). Ids are checked.
    pub rules: RuleLevels,
    /// Extra abbreviations for recipient matching: `BPT` → `Ban Phong trào` (a later pair
    /// for the same abbreviation wins). A list of pairs: a map of strings would bring a B-tree
    /// of its own into the WebAssembly module.
    pub recipient_aliases: Vec<(String, String)>,
    /// Globs (relative to the config file's folder) that the CLI does not check.
    pub exclude: Vec<String>,
    /// Extra compound words for `text/tone-typo` (`[lexicon] words`): never reported, and
    /// offered as corrections.
    pub extra_words: Vec<String>,
    /// The organisation's own documents for `citation/registry` (`[[citations]]`).
    pub known_documents: Vec<KnownDocument>,
    /// The input is Markdown: Markdown marks are markup, not conversion residue.
    pub markdown: bool,
    /// Most findings reported for one document (the most severe, then the earliest); the rest
    /// are counted in [`crate::Report::omitted`]. `0`: no limit. Default 1000, which bounds the
    /// memory a hostile or broken input can take.
    pub max_findings: usize,
    /// `root = true`: outside a repository, this file counts even above the current folder.
    pub root: bool,
}

/// The default of [`Config::max_findings`].
pub const DEFAULT_MAX_FINDINGS: usize = 1000;

impl Default for Config {
    fn default() -> Self {
        Config {
            profile: Profile::default(),
            draft: false,
            lang: Lang::default(),
            rules: RuleLevels::new(),
            recipient_aliases: Vec::new(),
            exclude: Vec::new(),
            extra_words: Vec::new(),
            known_documents: Vec::new(),
            markdown: false,
            max_findings: DEFAULT_MAX_FINDINGS,
            root: false,
        }
    }
}

impl Config {
    /// The effective level of a rule: an override of its id, else of its family, else default.
    pub fn level(&self, id: &str, default: Severity) -> RuleLevel {
        if let Some(l) = self.rules.get(id) {
            return *l;
        }
        let family = id.split('/').next().unwrap_or(id);
        if let Some(l) = self.rules.get(family) {
            return *l;
        }
        RuleLevel::On(default)
    }

    /// Parses a `vanban.toml`. Unknown keys, unknown rule ids and bad values are errors that
    /// name the line of the file.
    pub fn from_toml(text: &str) -> Result<Config, ConfigError> {
        let raw: RawConfig = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| line_of(text, s.start)).unwrap_or_default();
            ConfigError {
                line,
                message: e.message().to_string(),
            }
        })?;
        // the one schema and the one check the JavaScript API has too: the same words for a
        // bad value, here after the line it is written on
        let options = crate::options::Options {
            profile: raw.profile,
            draft: raw.draft,
            lang: raw.lang,
            rules: raw.rules.map(|rules| rules.into_iter().collect()),
            recipient_aliases: raw
                .recipients
                .and_then(|r| r.aliases)
                .map(|aliases| aliases.into_iter().collect()),
            words: raw.lexicon.and_then(|l| l.words),
            citations: raw.citations,
        };
        let mut config = options.to_config().map_err(|e| ConfigError {
            line: option_line(text, &options, &e.key),
            message: format!("{}: {}", e.toml_path(), e.message),
        })?;
        config.exclude = raw.exclude.unwrap_or_default();
        config.root = raw.root.unwrap_or(false);
        Ok(config)
    }
}

/// `27/01/2022` → a valid date.
fn parse_dmy(s: &str) -> Option<crate::document::Date> {
    // also `27-01-2022` and `2022-01-27`, as a form's date field
    crate::document::Date::parse_numeric(s).filter(|date| date.valid())
}

/// The line on which a string value is written.
fn find_value_line(text: &str, value: &str) -> usize {
    text.lines()
        .position(|l| l.contains(value))
        .map(|i| i + 1)
        .unwrap_or(0)
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// The line on which a `[rules]` key is written (quoted or bare), for error messages.
fn find_key_line(text: &str, key: &str) -> usize {
    let quoted = format!("\"{key}\"");
    text.lines()
        .position(|l| {
            let t = l.trim_start();
            t.starts_with(&quoted)
                || t.starts_with(&format!("{key} "))
                || t.starts_with(&format!("{key}="))
        })
        .map(|i| i + 1)
        .unwrap_or(0)
}

/// The line of `vanban.toml` a bad option is written on (looked for only for an error).
fn option_line(text: &str, options: &crate::options::Options, key: &OptionKey) -> usize {
    match key {
        OptionKey::Profile => find_key_line(text, "profile"),
        OptionKey::Lang => find_key_line(text, "lang"),
        OptionKey::Rule(rule) => find_key_line(text, rule),
        // the date's line, or the number's; for an empty one, the entry's `[[citations]]`
        OptionKey::Citation(i) => options
            .citations
            .as_ref()
            .and_then(|c| c.get(*i))
            .map(|c| {
                let value = c.date.as_deref().unwrap_or(&c.number);
                if value.trim().is_empty() {
                    text.lines()
                        .enumerate()
                        .filter(|(_, l)| l.trim() == "[[citations]]")
                        .nth(*i)
                        .map_or(0, |(n, _)| n + 1)
                } else {
                    find_value_line(text, value)
                }
            })
            .unwrap_or(0),
    }
}

/// A document whose number, date and issuer are known: `[[citations]]` in `vanban.toml`,
/// `citations` in the JavaScript options. A citation of it with another date or issuer is
/// reported by `citation/registry`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// The type as cited: `"Kế hoạch"`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Number and symbol: `"48-KH/TU"`.
    pub number: String,
    /// `"dd/mm/yyyy"`.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub date: Option<String>,
    /// `"Ban Thường vụ Tỉnh ủy"`.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub issuer: Option<String>,
}

impl Citation {
    /// The known document it describes; the error names the bad value (the caller says where
    /// it is written).
    pub fn known(&self) -> Result<KnownDocument, String> {
        KnownDocument::new(
            self.kind.clone(),
            self.number.clone(),
            self.date.as_deref(),
            self.issuer.clone(),
        )
    }
}

/// A document whose number, date and issuer are known (`[[citations]]` in the config).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownDocument {
    /// Type as cited: "Kế hoạch".
    pub kind: String,
    /// Number and symbol: "48-KH/TU".
    pub number: String,
    pub date: Option<crate::document::Date>,
    pub issuer: Option<String>,
}

impl KnownDocument {
    /// A known document as `[[citations]]` gives it; the error names the bad value (the
    /// caller says where it is written).
    pub fn new(
        kind: String,
        number: String,
        date: Option<&str>,
        issuer: Option<String>,
    ) -> Result<KnownDocument, String> {
        if kind.trim().is_empty() || number.trim().is_empty() {
            return Err("type and number are required".into());
        }
        let date = match date {
            None => None,
            Some(d) => {
                Some(parse_dmy(d).ok_or_else(|| format!("date = \"{d}\": expected dd/mm/yyyy"))?)
            }
        };
        Ok(KnownDocument {
            kind,
            number,
            date,
            issuer,
        })
    }
}

/// A configuration error with the 1-based line of the file (0 when unknown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "line {}: {}", self.line, self.message)
        } else {
            f.write_str(&self.message)
        }
    }
}

impl std::error::Error for ConfigError {}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    root: Option<bool>,
    profile: Option<String>,
    draft: Option<bool>,
    lang: Option<String>,
    exclude: Option<Vec<String>>,
    rules: Option<BTreeMap<String, String>>,
    recipients: Option<RawRecipients>,
    lexicon: Option<RawLexicon>,
    citations: Option<Vec<Citation>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLexicon {
    words: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRecipients {
    aliases: Option<BTreeMap<String, String>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_key_names_its_line() {
        let err = Config::from_toml("profile = \"mttq\"\n\nbogus = 1\n").unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.message.contains("bogus"), "{}", err.message);
    }

    #[test]
    fn unknown_rule_names_its_line() {
        let err = Config::from_toml("[rules]\n\"number/nope\" = \"off\"\n").unwrap_err();
        assert_eq!(err.line, 2);
    }

    #[test]
    fn known_documents_and_bad_dates() {
        let c = Config::from_toml(
            "[[citations]]\ntype = \"Kế hoạch\"\nnumber = \"48-KH/TU\"\ndate = \"27/01/2022\"\n",
        )
        .unwrap();
        assert_eq!(
            c.known_documents[0].date,
            Some(crate::document::Date::new(27, 1, 2022))
        );
        let e = Config::from_toml(
            "[[citations]]\ntype = \"Kế hoạch\"\nnumber = \"48-KH/TU\"\ndate = \"31/02/2022\"\n",
        )
        .unwrap_err();
        assert_eq!(e.line, 4);
        // an empty number: the entry's own `[[citations]]` line
        let e = Config::from_toml(
            "profile = \"auto\"\n\n[[citations]]\ntype = \"Kế hoạch\"\nnumber = \"1\"\n\n[[citations]]\ntype = \"Kế hoạch\"\nnumber = \"\"\n",
        )
        .unwrap_err();
        assert_eq!(e.line, 7, "{e}");
    }

    #[test]
    fn family_override_applies_to_its_rules() {
        let c = Config::from_toml("[rules]\ntext = \"off\"\n\"number/malformed\" = \"warning\"\n")
            .unwrap();
        assert_eq!(c.level("text/spacing", Severity::Info), RuleLevel::Off);
        assert_eq!(
            c.level("number/malformed", Severity::Error),
            RuleLevel::On(Severity::Warning)
        );
        assert_eq!(
            c.level("date/format", Severity::Error),
            RuleLevel::On(Severity::Error)
        );
    }
}
