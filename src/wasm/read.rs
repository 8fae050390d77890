//! Reads `Options` and `DocumentForm` from the plain objects JavaScript passes, field by field.
//!
//! Why not `serde_wasm_bindgen::from_value`: its error path formats serde's `Unexpected`, which
//! links float formatting, and its deserializers for the two types cost together about 8 KB of
//! the gzipped module. The objects are small and flat, and the messages name the field the way
//! the caller wrote it (`options.profile`, `form.signer.title`).
//!
//! Errors: a value of the wrong type is a `TypeError`, a value of the right type that means
//! nothing (`profile: "state"`) an `Error`; both name the field. An exception thrown while
//! reading a field (a getter, a proxy) propagates as it was thrown: it is never taken for an
//! absent field.

use crate::config::Citation;
use crate::form::{DocumentForm, Signer};
use crate::options::Options;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// The options only the JavaScript API has (the rest is `Options`, the schema `vanban.toml` is
/// read into too).
#[derive(Debug, Clone)]
pub struct Extra {
    /// Fingerprints of findings the user dismissed (`ignore.findings`), as given: a handful,
    /// searched in a list (a set would bring its own B-tree code into the module).
    pub ignore_findings: Vec<String>,
    /// Largest `.docx` `lintDocx` reads, in bytes (`maxSize`).
    pub max_size: u64,
}

/// The CLI's default `--max-size` (10MB, 1024-based as the CLI counts).
pub const DEFAULT_MAX_SIZE: u64 = 10 * 1024 * 1024;

/// The option keys only the JavaScript API has (`Options::KEYS` are the rest).
const JS_ONLY_KEYS: &[&str] = &["ignore", "maxFindings", "maxSize"];

type Result<T> = std::result::Result<T, JsValue>;

fn type_error(path: &str, what: &str, value: &JsValue) -> JsValue {
    js_sys::TypeError::new(&format!(
        "vanban: {path} must be {what}, not {}",
        super::kind_of(value)
    ))
    .into()
}

fn value_error(message: String) -> JsValue {
    js_sys::Error::new(&format!("vanban: {message}")).into()
}

/// A plain object's field: `None` when absent, `undefined` or `null`; a thrown exception is
/// returned as the error.
fn field(object: &JsValue, key: &str) -> Result<Option<JsValue>> {
    let value = Reflect::get(object, &JsValue::from_str(key))?;
    Ok((!value.is_undefined() && !value.is_null()).then_some(value))
}

/// A string; a whole number is accepted too (`number: 9` from a numeric input).
fn string(object: &JsValue, key: &str, path: &str) -> Result<Option<String>> {
    let Some(value) = field(object, key)? else {
        return Ok(None);
    };
    if let Some(s) = value.as_string() {
        return Ok(Some(s));
    }
    match value.as_f64() {
        Some(n) if n.fract() == 0.0 && n.abs() < 1e15 => Ok(Some((n as i64).to_string())),
        _ => Err(type_error(&format!("{path}.{key}"), "a string", &value)),
    }
}

fn boolean(object: &JsValue, key: &str, path: &str) -> Result<Option<bool>> {
    field(object, key)?
        .map(|v| {
            v.as_bool()
                .ok_or_else(|| type_error(&format!("{path}.{key}"), "true or false", &v))
        })
        .transpose()
}

/// A whole number ≥ 0.
fn count(object: &JsValue, key: &str, path: &str) -> Result<Option<u64>> {
    let Some(value) = field(object, key)? else {
        return Ok(None);
    };
    match value.as_f64() {
        Some(n) if n.fract() == 0.0 && (0.0..=9e15).contains(&n) => Ok(Some(n as u64)),
        Some(_) => Err(value_error(format!(
            "{path}.{key} must be a whole number ≥ 0"
        ))),
        None => Err(type_error(&format!("{path}.{key}"), "a number", &value)),
    }
}

/// An array field, each item read by `item` (given the item and its path, `options.words[1]`).
fn array<T>(
    object: &JsValue,
    key: &str,
    path: &str,
    what: &str,
    item: impl Fn(JsValue, &str) -> Result<T>,
) -> Result<Option<Vec<T>>> {
    let Some(value) = field(object, key)? else {
        return Ok(None);
    };
    let path = format!("{path}.{key}");
    if !Array::is_array(&value) {
        return Err(type_error(&path, what, &value));
    }
    let array = Array::from(&value);
    let mut out = Vec::with_capacity(array.length() as usize);
    for i in 0..array.length() {
        out.push(item(Reflect::get_u32(&array, i)?, &format!("{path}[{i}]"))?);
    }
    Ok(Some(out))
}

fn strings(object: &JsValue, key: &str, path: &str) -> Result<Option<Vec<String>>> {
    array(object, key, path, "an array of strings", |item, at| {
        item.as_string()
            .ok_or_else(|| type_error(at, "a string", &item))
    })
}

/// An error naming the first key of `object` that is none of `allowed`: a misspelt option must
/// not pass silently. `prefix` is the object's path under `options` (`"ignore."`).
fn only_keys(object: &JsValue, prefix: &str, allowed: &[&str]) -> Result<()> {
    for key in Object::keys(object.unchecked_ref::<Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        if !allowed.contains(&key.as_str()) {
            return Err(value_error(format!(
                "unknown option `{prefix}{key}` (expected one of: {})",
                allowed.join(", ")
            )));
        }
    }
    Ok(())
}

fn is_plain_object(value: &JsValue) -> bool {
    value.is_object() && !Array::is_array(value)
}

/// An object of strings, as its pairs in the object's order.
fn string_map(object: &JsValue, key: &str, path: &str) -> Result<Option<Vec<(String, String)>>> {
    let Some(value) = field(object, key)? else {
        return Ok(None);
    };
    let path = format!("{path}.{key}");
    if !is_plain_object(&value) {
        return Err(type_error(&path, "an object of strings", &value));
    }
    let mut out = Vec::new();
    for name in Object::keys(value.unchecked_ref::<Object>()).iter() {
        let text = Reflect::get(&value, &name)?;
        let name = name.as_string().unwrap_or_default();
        match text.as_string() {
            Some(t) => out.push((name, t)),
            None => {
                return Err(type_error(
                    &format!("{path}[\"{name}\"]"),
                    "a string",
                    &text,
                ))
            }
        };
    }
    Ok(Some(out))
}

/// `citations`: `[{ type, number, date?, issuer? }, …]`, as `[[citations]]` in vanban.toml.
fn citations(options: &JsValue, path: &str) -> Result<Option<Vec<Citation>>> {
    array(
        options,
        "citations",
        path,
        "an array of objects",
        |item, at| {
            object(&item, at)?;
            // (unknown keys named as the other options are: `citations[0].when`)
            let prefix = format!("{}.", at.strip_prefix("options.").unwrap_or(at));
            only_keys(&item, &prefix, &["type", "number", "date", "issuer"])?;
            Ok(Citation {
                kind: string(&item, "type", at)?.unwrap_or_default(),
                number: string(&item, "number", at)?.unwrap_or_default(),
                date: string(&item, "date", at)?,
                issuer: string(&item, "issuer", at)?,
            })
        },
    )
}

fn object(value: &JsValue, path: &str) -> Result<()> {
    if is_plain_object(value) {
        Ok(())
    } else {
        Err(type_error(path, "an object", value))
    }
}

/// The options object (`undefined` and `null` are the defaults) as the configuration it
/// describes. A key it does not know is an error: a misspelt option must not pass silently.
pub fn options(value: &JsValue) -> Result<(crate::Config, Extra)> {
    let mut extra = Extra {
        ignore_findings: Vec::new(),
        max_size: DEFAULT_MAX_SIZE,
    };
    if value.is_undefined() || value.is_null() {
        return Ok((crate::Config::default(), extra));
    }
    object(value, "options")?;
    only_keys(value, "", &[Options::KEYS, JS_ONLY_KEYS].concat())?;
    let at = "options";
    let options = Options {
        profile: string(value, "profile", at)?,
        draft: boolean(value, "draft", at)?,
        lang: string(value, "lang", at)?,
        rules: string_map(value, "rules", at)?,
        recipient_aliases: string_map(value, "recipientAliases", at)?,
        words: strings(value, "words", at)?,
        citations: citations(value, at)?,
    };
    let mut config = options
        .to_config()
        .map_err(|e| value_error(e.to_string()))?;
    if let Some(n) = count(value, "maxFindings", at)? {
        config.max_findings = usize::try_from(n).unwrap_or(usize::MAX);
    }
    if let Some(n) = count(value, "maxSize", at)? {
        extra.max_size = n;
    }
    if let Some(ignore) = field(value, "ignore")? {
        object(&ignore, "options.ignore")?;
        only_keys(&ignore, "ignore.", &["rules", "findings"])?;
        for rule in strings(&ignore, "rules", "options.ignore")?.unwrap_or_default() {
            if !crate::rules::is_known_id_or_family(&rule) {
                return Err(value_error(format!(
                    "options.ignore.rules: unknown rule or family `{rule}`"
                )));
            }
            config.rules.insert(rule, crate::RuleLevel::Off);
        }
        extra
            .ignore_findings
            .extend(strings(&ignore, "findings", "options.ignore")?.unwrap_or_default());
    }
    Ok((config, extra))
}

/// The form object; fields it does not know are ignored (a portal's form has more).
pub fn form(value: &JsValue) -> Result<DocumentForm> {
    object(value, "validateForm(form): form")?;
    let text = |key: &str| string(value, key, "form").map(Option::unwrap_or_default);
    let signer = match field(value, "signer")? {
        Some(s) => {
            object(&s, "form.signer")?;
            let part = |key: &str| string(&s, key, "form.signer").map(Option::unwrap_or_default);
            Signer {
                authority: part("authority")?,
                title: part("title")?,
                name: part("name")?,
            }
        }
        None => Signer::default(),
    };
    Ok(DocumentForm {
        doc_type: text("docType")?,
        number: text("number")?,
        symbol: text("symbol")?,
        issuer: text("issuer")?,
        parent_issuer: text("parentIssuer")?,
        place: text("place")?,
        issue_date: text("issueDate")?,
        summary: text("summary")?,
        signer,
        recipients: strings(value, "recipients", "form")?.unwrap_or_default(),
        profile: string(value, "profile", "form")?,
    })
}

/// `10485760` → `"10 MB"`, `1536` → `"1.5 KB"` (1024-based, as the CLI's `--max-size`).
pub fn human_size(bytes: u64) -> String {
    let (unit, name) = match bytes {
        b if b >= 1 << 30 => (1u64 << 30, "GB"),
        b if b >= 1 << 20 => (1 << 20, "MB"),
        b if b >= 1 << 10 => (1 << 10, "KB"),
        _ => return format!("{bytes} bytes"),
    };
    let tenths = (bytes * 10 + unit / 2) / unit;
    if tenths % 10 == 0 {
        format!("{} {name}", tenths / 10)
    } else {
        format!("{}.{} {name}", tenths / 10, tenths % 10)
    }
}
