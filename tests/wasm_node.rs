//! The exported JavaScript API, run by wasm-bindgen-test in Node
//! (`cargo test --target wasm32-unknown-unknown`).
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

const MISTAKES: &str = include_str!("../examples/ke-hoach-co-loi.txt");
const CORRECT: &str = include_str!("../examples/ke-hoach-dung.txt");

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn num(v: &JsValue, key: &str) -> u32 {
    get(v, key).as_f64().unwrap() as u32
}

fn text(v: &JsValue, key: &str) -> String {
    get(v, key).as_string().unwrap_or_default()
}

fn lint(s: &str, options: Option<JsValue>) -> Array {
    vanban::wasm::lint(s, options.map(JsCast::unchecked_into))
        .map_err(JsValue::from)
        .unwrap()
        .dyn_into::<Array>()
        .unwrap()
}

fn options(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap()
}

/// `text.slice(from, to)` as JavaScript computes it (UTF-16).
fn js_slice(s: &str, from: u32, to: u32) -> String {
    js_sys::JsString::from(s)
        .slice(from, to)
        .as_string()
        .unwrap()
}

#[wasm_bindgen_test]
fn lint_returns_plain_objects_with_utf16_offsets_that_slice_the_flagged_text() {
    let found = lint("Số: 09 /KH-UBND\n", None);
    let d = found
        .iter()
        .find(|d| text(d, "rule") == "number/malformed")
        .expect("number/malformed");
    let (from, to) = (num(&d, "from"), num(&d, "to"));
    // "Số" is 2 UTF-16 units but 3 UTF-8 bytes: the offsets must be UTF-16
    assert_eq!(js_slice("Số: 09 /KH-UBND\n", from, to), "09 /KH-UBND");
    assert_eq!(num(&d, "start"), 6, "byte offset kept (\"ố\" is 3 bytes)");
    assert_eq!(num(&d, "line"), 1);
    assert_eq!(num(&d, "column"), from + 1);
    assert_eq!(text(&d, "severity"), "error");
    let fix = get(&d, "fix");
    assert_eq!(text(&fix, "replacement"), "09/KH-UBND");
    assert_eq!(text(&fix, "applicability"), "safe");
}

#[wasm_bindgen_test]
fn every_offset_slices_the_same_text_as_the_byte_offsets() {
    for d in lint(MISTAKES, None).iter() {
        let (start, end) = (num(&d, "start") as usize, num(&d, "end") as usize);
        assert_eq!(
            js_slice(MISTAKES, num(&d, "from"), num(&d, "to")),
            MISTAKES[start..end],
            "{}",
            text(&d, "rule")
        );
    }
}

#[wasm_bindgen_test]
fn the_correct_example_has_no_findings_and_the_mistakes_example_has_many() {
    assert_eq!(lint(CORRECT, None).length(), 0);
    assert!(lint(MISTAKES, None).length() >= 13);
}

#[wasm_bindgen_test]
fn options_change_what_is_reported() {
    let all = lint(MISTAKES, None);
    let quiet = lint(MISTAKES, Some(options(r#"{"rules":{"number":"off"}}"#)));
    assert!(all.iter().any(|d| text(&d, "rule").starts_with("number/")));
    assert!(!quiet
        .iter()
        .any(|d| text(&d, "rule").starts_with("number/")));
    let en = lint(MISTAKES, Some(options(r#"{"lang":"en"}"#)));
    assert_ne!(text(&en.get(0), "message"), text(&all.get(0), "message"));
}

#[wasm_bindgen_test]
fn bad_options_throw_an_error_naming_the_option() {
    let err = vanban::wasm::lint(
        "x",
        Some(options(r#"{"profile":"state"}"#).unchecked_into()),
    )
    .unwrap_err();
    let err: JsValue = err.into();
    let message = text(&err, "message");
    assert!(message.contains("options.profile"), "{message}");
}

#[wasm_bindgen_test]
fn every_kind_of_bad_value_names_its_field() {
    let message = |result: Result<JsValue, wasm_bindgen::JsError>| -> String {
        text(&JsValue::from(result.unwrap_err()), "message")
    };
    let lint_with = |json: &str| vanban::wasm::lint("x", Some(options(json).unchecked_into()));
    assert!(message(lint_with(r#"{"draft":"yes"}"#)).contains("options.draft"));
    assert!(message(lint_with(r#"{"words":"họp"}"#)).contains("options.words"));
    let m = message(lint_with(r#"{"rules":{"text/spacing":0}}"#));
    assert!(m.contains(r#"options.rules["text/spacing"]"#), "{m}");
    let m = message(vanban::wasm::validate_form(
        options(r#"{"signer":"An"}"#),
        None,
    ));
    assert!(m.contains("form.signer"), "{m}");
    let m = message(vanban::wasm::validate_form(
        options(r#"{"place":1.5}"#),
        None,
    ));
    assert!(m.contains("form.place"), "{m}");
    // a whole number where a string goes is read as one: a numeric input's value
    let report = vanban::wasm::validate_form(options(r#"{"number":9}"#), None)
        .map_err(JsValue::from)
        .unwrap();
    let fields = get(&report, "fields");
    assert!(get(&fields, "number").is_undefined(), "9 is a good number");
}

#[wasm_bindgen_test]
fn validate_form_reports_fields_and_cross_field_findings() {
    let form = options(
        r#"{"docType":"Hướng dẫn","number":"9","symbol":"KH-MTTQ-BTT","issuer":"BAN THƯỜNG TRỰC",
            "parentIssuer":"ỦY BAN MTTQ VIỆT NAM TỈNH TRÀ VINH","place":"Trà Vinh","issueDate":"2022-02-30",
            "summary":"Tổ chức các hoạt động","signer":{"authority":"KT. CHỦ TỊCH","title":"PHÓ CHỦ TỊCH",
            "name":"Nguyễn Văn An"},"recipients":["Các tổ chức thành viên","Lưu: VT"]}"#,
    );
    let report = vanban::wasm::validate_form(form, None)
        .map_err(JsValue::from)
        .unwrap();
    assert_eq!(get(&report, "valid"), JsValue::FALSE);
    let fields = get(&report, "fields");
    let date = Array::from(&get(&fields, "issueDate"));
    assert_eq!(text(&date.get(0), "rule"), "date/impossible");
    let number = Array::from(&get(&fields, "number"));
    assert_eq!(text(&number.get(0), "rule"), "number/leading-zero");
    let cross = Array::from(&get(&report, "form"));
    let mismatch = cross
        .iter()
        .find(|d| text(d, "rule") == "number/type-mismatch")
        .expect("type mismatch is cross-field");
    let involved: Vec<String> = Array::from(&get(&mismatch, "fields"))
        .iter()
        .filter_map(|f| f.as_string())
        .collect();
    assert!(involved.contains(&"symbol".to_string()), "{involved:?}");
    let preview = get(&report, "preview");
    assert_eq!(text(&preview, "number"), "Số: 9/KH-MTTQ-BTT");
}

#[wasm_bindgen_test]
fn rules_lists_every_rule() {
    let rules = Array::from(&vanban::wasm::rules().map_err(JsValue::from).unwrap());
    assert_eq!(rules.length() as usize, vanban::rules::all().len());
    let first = rules.get(0);
    assert!(text(&first, "id").contains('/'));
    assert!(!text(&first, "summary").is_empty());
}

#[wasm_bindgen_test]
fn outline_shows_what_is_missing() {
    let o = vanban::wasm::outline("KẾ HOẠCH\nI. MỤC ĐÍCH\nNội dung.\n", None)
        .map_err(JsValue::from)
        .unwrap();
    assert_eq!(get(&get(&o, "signature"), "present"), JsValue::FALSE);
    assert_eq!(Array::from(&get(&o, "parts")).length(), 1);
}

#[wasm_bindgen_test]
fn fix_all_applies_the_safe_fixes() {
    let r = vanban::wasm::fix_all("Số: 09 /KH-UBND\n", None)
        .map_err(JsValue::from)
        .unwrap();
    assert!(text(&r, "text").starts_with("Số: 09/KH-UBND"));
    assert!(num(&r, "fixed") >= 1);
}

#[wasm_bindgen_test]
fn a_damaged_docx_throws_with_the_reason_and_never_panics() {
    let err = vanban::wasm::lint_docx(b"PK\x03\x04 not really a zip", None).unwrap_err();
    let message = text(&err.into(), "message");
    assert!(message.contains(".docx"), "{message}");
}
