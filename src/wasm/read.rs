//! Reads `Options` and `DocumentForm` from the plain objects JavaScript passes, field by field.
//!
//! Why not `serde_wasm_bindgen::from_value`: its error path formats serde's `Unexpected`, which
//! links float formatting, and its deserializers for the two types cost together about 8 KB of
//! the gzipped module, against a size budget of 250 KB. The objects are small and flat, and the
//! messages name the field the way the caller wrote it (`options.profile`, `form.signer.title`).

use crate::form::{DocumentForm, Signer};
use crate::options::Options;
use js_sys::{Array, Object, Reflect};
use std::collections::BTreeMap;
use wasm_bindgen::{JsCast, JsValue};

/// A plain object's field: `None` when absent, `undefined` or `null`.
fn field(object: &JsValue, key: &str) -> Option<JsValue> {
    let value = Reflect::get(object, &JsValue::from_str(key)).ok()?;
    (!value.is_undefined() && !value.is_null()).then_some(value)
}

fn expected(path: &str, what: &str) -> String {
    format!("{path}: expected {what}")
}

/// A string; a whole number is accepted too (`number: 9` from a numeric input).
fn string(object: &JsValue, key: &str, path: &str) -> Result<Option<String>, String> {
    let Some(value) = field(object, key) else {
        return Ok(None);
    };
    if let Some(s) = value.as_string() {
        return Ok(Some(s));
    }
    match value.as_f64() {
        Some(n) if n.fract() == 0.0 && n.abs() < 1e15 => Ok(Some((n as i64).to_string())),
        _ => Err(expected(&format!("{path}.{key}"), "a string")),
    }
}

fn boolean(object: &JsValue, key: &str, path: &str) -> Result<Option<bool>, String> {
    field(object, key)
        .map(|v| {
            v.as_bool()
                .ok_or_else(|| expected(&format!("{path}.{key}"), "true or false"))
        })
        .transpose()
}

fn strings(object: &JsValue, key: &str, path: &str) -> Result<Option<Vec<String>>, String> {
    let Some(value) = field(object, key) else {
        return Ok(None);
    };
    let path = format!("{path}.{key}");
    if !Array::is_array(&value) {
        return Err(expected(&path, "an array of strings"));
    }
    Array::from(&value)
        .iter()
        .map(|v| {
            v.as_string()
                .ok_or_else(|| expected(&path, "an array of strings"))
        })
        .collect::<Result<_, _>>()
        .map(Some)
}

fn string_map(
    object: &JsValue,
    key: &str,
    path: &str,
) -> Result<Option<BTreeMap<String, String>>, String> {
    let Some(value) = field(object, key) else {
        return Ok(None);
    };
    let path = format!("{path}.{key}");
    if !value.is_object() || Array::is_array(&value) {
        return Err(expected(&path, "an object of strings"));
    }
    Object::entries(value.unchecked_ref::<Object>())
        .iter()
        .map(|entry| {
            let pair = Array::from(&entry);
            let name = pair.get(0).as_string().unwrap_or_default();
            let text = pair
                .get(1)
                .as_string()
                .ok_or_else(|| expected(&format!("{path}[\"{name}\"]"), "a string"))?;
            Ok((name, text))
        })
        .collect::<Result<_, _>>()
        .map(Some)
}

fn object(value: &JsValue, path: &str) -> Result<(), String> {
    if value.is_object() && !Array::is_array(value) {
        Ok(())
    } else {
        Err(expected(path, "an object"))
    }
}

/// The options object (`undefined` and `null` are the defaults). A key it does not know is an
/// error: a misspelt option must not pass silently.
pub fn options(value: &JsValue) -> Result<Options, String> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    object(value, "options")?;
    for key in Object::keys(value.unchecked_ref::<Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        if !Options::FIELDS.contains(&key.as_str()) {
            return Err(format!(
                "unknown option `{key}` (expected one of: {})",
                Options::FIELDS.join(", ")
            ));
        }
    }
    let at = "options";
    Ok(Options {
        profile: string(value, "profile", at)?,
        draft: boolean(value, "draft", at)?,
        lang: string(value, "lang", at)?,
        rules: string_map(value, "rules", at)?,
        recipient_aliases: string_map(value, "recipientAliases", at)?,
        words: strings(value, "words", at)?,
    })
}

/// The form object; fields it does not know are ignored (a portal's form has more).
pub fn form(value: &JsValue) -> Result<DocumentForm, String> {
    object(value, "form")?;
    let text = |key: &str| string(value, key, "form").map(Option::unwrap_or_default);
    let signer = match field(value, "signer") {
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
