//! The JavaScript API in headless Chromium (wasm-bindgen-test, run_in_browser): the errors a
//! page sees are the browser's own `TypeError`/`RangeError`, a `.docx` read from a `File`'s
//! `ArrayBuffer` is checked, and the module keeps working after every bad call.
//! (`attachForm` and the editor adapters are JavaScript: e2e/*.test.mjs drive them in Playwright.)
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn json(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap()
}

#[wasm_bindgen_test]
fn wrong_arguments_throw_the_pages_own_error_types() {
    let e = vanban::wasm::lint(JsValue::from(123), JsValue::UNDEFINED).unwrap_err();
    assert!(e.is_instance_of::<js_sys::TypeError>());
    let message = get(&e, "message").as_string().unwrap();
    assert!(message.contains("lint(text)"), "{message}");

    let e =
        vanban::wasm::lint_docx(json(r#"{"length":1000000000}"#), JsValue::UNDEFINED).unwrap_err();
    assert!(e.is_instance_of::<js_sys::TypeError>());

    let big = js_sys::Uint8Array::new_with_length(3000);
    let e = vanban::wasm::lint_docx(big.into(), json(r#"{"maxSize":2000}"#)).unwrap_err();
    assert!(e.is_instance_of::<js_sys::RangeError>());

    let e = vanban::wasm::lint(JsValue::from_str("x"), json(r#"{"profile":"state"}"#)).unwrap_err();
    assert!(e.is_instance_of::<js_sys::Error>() && !e.is_instance_of::<js_sys::TypeError>());

    let found = vanban::wasm::lint(JsValue::from_str("Số: 09 /KH-UBND\n"), JsValue::UNDEFINED)
        .unwrap()
        .dyn_into::<Array>()
        .unwrap();
    assert!(found
        .iter()
        .any(|d| get(&d, "rule").as_string().as_deref() == Some("number/malformed")));
}

#[wasm_bindgen_test]
fn a_docx_in_an_array_buffer_is_read_and_a_damaged_one_gives_the_reason() {
    let e = vanban::wasm::lint_docx(js_sys::ArrayBuffer::new(64).into(), JsValue::UNDEFINED)
        .unwrap_err();
    let message = get(&e, "message").as_string().unwrap();
    assert!(message.contains(".docx"), "{message}");
}

#[wasm_bindgen_test]
fn check_gives_the_findings_and_the_outline_in_the_browser() {
    let r = vanban::wasm::check(
        JsValue::from_str(include_str!("../examples/ke-hoach-co-loi.txt")),
        JsValue::UNDEFINED,
    )
    .unwrap();
    assert!(Array::from(&get(&r, "diagnostics")).length() >= 13);
    assert_eq!(get(&get(&r, "outline"), "profile"), get(&r, "profile"));
}
