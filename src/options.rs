//! `Options`: the one schema of the settings that change what `lint` reports, and the one place
//! they are checked.
//!
//! The JavaScript API reads it from the object a portal passes (`lint(text, options)`,
//! `wasm::read`); `vanban.toml` is read into it too (`Config::from_toml`: its `[rules]`,
//! `[recipients] aliases`, `[lexicon] words` and `[[citations]]` are `rules`,
//! `recipientAliases`, `words` and `citations` here). So a portal and the CLI configured alike
//! report alike, and a bad value gets the same words from both, each front end only naming
//! the option its own way ([`OptionError`]). Unknown rule ids and bad values are errors, never
//! silently ignored.

use crate::config::{Citation, Config, Lang, Profile, RuleLevel};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Options for `lint`, `validateForm` and `attachForm`. Every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Options {
    /// `"auto"` (default), `"nd30"`, `"mttq"`, `"party"`, `"hnd"`, `"doan"` or `"mass"`.
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(
            optional,
            type = "\"auto\" | \"nd30\" | \"mttq\" | \"party\" | \"hnd\" | \"doan\" | \"mass\""
        )
    )]
    pub profile: Option<String>,
    /// Accept unassigned numbers and blank dates (a draft not yet registered).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub draft: Option<bool>,
    /// Language of messages: `"vi"` (default) or `"en"`.
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "\"vi\" | \"en\""))]
    pub lang: Option<String>,
    /// Rule id or family → `"off"`, `"info"`, `"warning"` or `"error"`.
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(
            optional,
            type = "Record<string, \"off\" | \"info\" | \"warning\" | \"error\">"
        )
    )]
    #[serde(with = "pairs")]
    pub rules: Option<Vec<(String, String)>>,
    /// Abbreviation → full name, for matching recipients (`{"BPT": "Ban Phong trào"}`).
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(optional, type = "Record<string, string>")
    )]
    #[serde(with = "pairs")]
    pub recipient_aliases: Option<Vec<(String, String)>>,
    /// Extra compound words for `text/tone-typo` (`["chuyển đổi số"]`).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub words: Option<Vec<String>>,
    /// The organisation's own documents for `citation/registry` (`[[citations]]`).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub citations: Option<Vec<Citation>>,
}

/// An object of strings as a list of pairs, sorted by key (serde's side, read through a map;
/// the JavaScript API reads the object itself, in its order: `wasm::read`). Pairs, not a map: a map of strings
/// would bring a B-tree of its own into the WebAssembly module.
mod pairs {
    use serde::{Deserialize, Deserializer, Serializer};
    use std::collections::BTreeMap;

    pub fn serialize<S: Serializer>(
        value: &Option<Vec<(String, String)>>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(pairs) => serializer.collect_map(pairs.iter().map(|(k, v)| (k, v))),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Vec<(String, String)>>, D::Error> {
        let map: Option<BTreeMap<String, String>> = Option::deserialize(deserializer)?;
        Ok(map.map(|m| m.into_iter().collect()))
    }
}

/// The option a bad value was given for.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum OptionKey {
    Profile,
    Lang,
    /// A `rules` entry, by its key (a rule id or family, as written).
    Rule(String),
    /// The `citations` entry at this index.
    Citation(usize),
}

/// A bad option value: which option, and what is wrong with it, in words both front ends print
/// after naming the option their own way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionError {
    pub key: OptionKey,
    pub message: String,
}

impl OptionError {
    /// The option as the JavaScript API names it: `options.profile`, `options.citations[0]`.
    pub fn js_path(&self) -> String {
        match &self.key {
            OptionKey::Profile => "options.profile".into(),
            OptionKey::Lang => "options.lang".into(),
            OptionKey::Rule(_) => "options.rules".into(),
            OptionKey::Citation(i) => format!("options.citations[{i}]"),
        }
    }

    /// The option as `vanban.toml` writes it: `profile`, `[rules]`, `[[citations]]`.
    pub fn toml_path(&self) -> &'static str {
        match &self.key {
            OptionKey::Profile => "profile",
            OptionKey::Lang => "lang",
            OptionKey::Rule(_) => "[rules]",
            OptionKey::Citation(_) => "[[citations]]",
        }
    }
}

/// As the JavaScript API throws it: `options.profile: "state" is not a profile; …`.
impl fmt::Display for OptionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.js_path(), self.message)
    }
}

impl std::error::Error for OptionError {}

/// `"a", "b" or "c"`: the values an option takes, for its message.
fn one_of(values: &[&str]) -> String {
    let quoted: Vec<String> = values.iter().map(|v| format!("\"{v}\"")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => quoted.concat(),
    }
}

impl Options {
    /// Every key of the schema, as the JavaScript API writes them (a test ties it to the
    /// fields).
    #[cfg(any(target_arch = "wasm32", test))]
    pub const KEYS: &'static [&'static str] = &[
        "profile",
        "draft",
        "lang",
        "rules",
        "recipientAliases",
        "words",
        "citations",
    ];

    /// The `Config` these options describe, or the first bad option.
    pub fn to_config(&self) -> Result<Config, OptionError> {
        let mut config = Config::default();
        if let Some(p) = &self.profile {
            config.profile = Profile::parse(p).ok_or_else(|| OptionError {
                key: OptionKey::Profile,
                message: format!(
                    "\"{p}\" is not a profile; expected {}",
                    one_of(&Profile::ALL.map(Profile::as_str))
                ),
            })?;
        }
        config.draft = self.draft.unwrap_or(false);
        if let Some(l) = &self.lang {
            config.lang = match l.as_str() {
                "vi" => Lang::Vi,
                "en" => Lang::En,
                _ => {
                    return Err(OptionError {
                        key: OptionKey::Lang,
                        message: format!(
                            "\"{l}\" is not a language; expected {}",
                            one_of(&["vi", "en"])
                        ),
                    })
                }
            };
        }
        for (key, value) in self.rules.iter().flatten() {
            let level = RuleLevel::setting(key, value).map_err(|message| OptionError {
                key: OptionKey::Rule(key.clone()),
                message,
            })?;
            config.rules.insert(key.clone(), level);
        }
        if let Some(aliases) = &self.recipient_aliases {
            config.recipient_aliases = aliases.clone();
        }
        if let Some(words) = &self.words {
            config.extra_words = words.clone();
        }
        for (i, citation) in self.citations.iter().flatten().enumerate() {
            let known = citation.known().map_err(|message| OptionError {
                key: OptionKey::Citation(i),
                message,
            })?;
            config.known_documents.push(known);
        }
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Severity;

    fn parse(json: &str) -> Result<Config, String> {
        serde_json::from_str::<Options>(json)
            .map_err(|e| e.to_string())?
            .to_config()
            .map_err(|e| e.to_string())
    }

    /// The key list the JavaScript reader checks objects against is the struct's fields.
    #[test]
    fn keys_are_the_fields() {
        let full = Options {
            profile: Some("auto".into()),
            draft: Some(false),
            lang: Some("vi".into()),
            rules: Some(Vec::new()),
            recipient_aliases: Some(Vec::new()),
            words: Some(Vec::new()),
            citations: Some(Vec::new()),
        };
        let json = serde_json::to_value(full).unwrap();
        let keys: Vec<&str> = json
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut expected = Options::KEYS.to_vec();
        expected.sort_unstable();
        let mut keys = keys;
        keys.sort_unstable();
        assert_eq!(keys, expected);
    }

    #[test]
    fn empty_options_are_the_default_config() {
        let c = parse("{}").unwrap();
        assert_eq!(c.profile, Profile::Auto);
        assert!(!c.draft);
        assert_eq!(c.lang, Lang::Vi);
        assert!(c.rules.is_empty());
    }

    #[test]
    fn every_field_reaches_the_config() {
        let c = parse(
            r#"{"profile":"mttq","draft":true,"lang":"en","rules":{"text/spacing":"off","citation":"warning"},
                "recipientAliases":{"BPT":"Ban Phong trào"},"words":["chuyển đổi số"]}"#,
        )
        .unwrap();
        assert_eq!(c.profile, Profile::Mttq);
        assert!(c.draft);
        assert_eq!(c.lang, Lang::En);
        assert_eq!(c.rules.get("text/spacing"), Some(&RuleLevel::Off));
        assert_eq!(
            c.rules.get("citation"),
            Some(&RuleLevel::On(Severity::Warning))
        );
        assert_eq!(
            c.recipient_aliases,
            [("BPT".to_string(), "Ban Phong trào".to_string())]
        );
        assert_eq!(c.extra_words, vec!["chuyển đổi số".to_string()]);
    }

    #[test]
    fn bad_values_name_the_option() {
        assert!(parse(r#"{"profile":"state"}"#)
            .unwrap_err()
            .contains("options.profile"));
        assert!(parse(r#"{"lang":"fr"}"#)
            .unwrap_err()
            .contains("options.lang"));
        assert!(parse(r#"{"rules":{"text/nope":"off"}}"#)
            .unwrap_err()
            .contains("text/nope"));
        assert!(parse(r#"{"rules":{"text/spacing":"loud"}}"#)
            .unwrap_err()
            .contains("loud"));
        assert!(parse(r#"{"drafts":true}"#).unwrap_err().contains("drafts"));
    }

    #[test]
    fn rule_settings_read_alike_in_toml_and_options() {
        // one check, one message: the TOML error only adds where it is written
        let toml = Config::from_toml("[rules]\n\"text/nope\" = \"off\"\n").unwrap_err();
        let options = parse(r#"{"rules":{"text/nope":"off"}}"#).unwrap_err();
        assert_eq!(
            toml.message.strip_prefix("[rules]: "),
            options.strip_prefix("options.rules: ")
        );
        let toml = Config::from_toml("[rules]\n\"text/spacing\" = \"loud\"\n").unwrap_err();
        let options = parse(r#"{"rules":{"text/spacing":"loud"}}"#).unwrap_err();
        assert_eq!(
            toml.message.strip_prefix("[rules]: "),
            options.strip_prefix("options.rules: ")
        );
    }

    /// A bad profile or language reads alike from both, and every profile is offered.
    #[test]
    fn profile_and_lang_read_alike_in_toml_and_options() {
        let toml = Config::from_toml("draft = true\nprofile = \"state\"\n").unwrap_err();
        assert_eq!(toml.line, 2);
        let options = parse(r#"{"profile":"state"}"#).unwrap_err();
        assert_eq!(
            toml.message.strip_prefix("profile: "),
            options.strip_prefix("options.profile: ")
        );
        for profile in Profile::ALL {
            assert!(
                options.contains(&format!("\"{}\"", profile.as_str())),
                "{options}"
            );
            let json = format!(r#"{{"profile":"{}"}}"#, profile.as_str());
            assert_eq!(parse(&json).unwrap().profile, profile);
            let toml = format!("profile = \"{}\"\n", profile.as_str());
            assert_eq!(Config::from_toml(&toml).unwrap().profile, profile);
        }
        let toml = Config::from_toml("lang = \"fr\"\n").unwrap_err();
        let options = parse(r#"{"lang":"fr"}"#).unwrap_err();
        assert_eq!(
            toml.message.strip_prefix("lang: "),
            options.strip_prefix("options.lang: ")
        );
        assert!(options.contains(r#"expected "vi" or "en""#), "{options}");
    }

    /// `citations` is `[[citations]]`: the same known documents, the same message for a bad
    /// value (after where it is written).
    #[test]
    fn citations_read_alike_in_toml_and_options() {
        let toml = Config::from_toml(
            "[[citations]]\ntype = \"Kế hoạch\"\nnumber = \"48-KH/TU\"\ndate = \"27/01/2022\"\nissuer = \"Ban Thường vụ Tỉnh ủy\"\n",
        )
        .unwrap();
        let options = parse(
            r#"{"citations":[{"type":"Kế hoạch","number":"48-KH/TU","date":"27/01/2022","issuer":"Ban Thường vụ Tỉnh ủy"}]}"#,
        )
        .unwrap();
        assert_eq!(options.known_documents.len(), 1);
        assert_eq!(toml.known_documents, options.known_documents);
        let toml = Config::from_toml(
            "[[citations]]\ntype = \"Kế hoạch\"\nnumber = \"48-KH/TU\"\ndate = \"31/02/2022\"\n",
        )
        .unwrap_err();
        let options =
            parse(r#"{"citations":[{"type":"Kế hoạch","number":"48-KH/TU","date":"31/02/2022"}]}"#)
                .unwrap_err();
        assert_eq!(
            toml.message.strip_prefix("[[citations]]: "),
            options.strip_prefix("options.citations[0]: "),
        );
        assert!(
            parse(r#"{"citations":[{"type":"Kế hoạch","number":"1","when":"x"}]}"#)
                .unwrap_err()
                .contains("when")
        );
    }
}
