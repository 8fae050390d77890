//! `attachForm` on a real DOM form in headless Chromium (wasm-bindgen-test, run_in_browser).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{HtmlFormElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

const FORM: &str = r#"
<input name="docType" value="Kế hoạch">
<input name="number" value="09">
<input name="symbol" value="KH-MTTQ-BTT">
<input name="issuer" value="BAN THƯỜNG TRỰC">
<input name="parentIssuer" value="ỦY BAN MTTQ VIỆT NAM TỈNH TRÀ VINH">
<input name="place" value="Trà Vinh">
<input name="issueDate" value="2022-02-21">
<input name="summary" value="Tổ chức các hoạt động">
<input name="signer.authority" value="TM. BAN THƯỜNG TRỰC">
<input name="signer.title" value="PHÓ CHỦ TỊCH">
<input name="signer.name" value="Nguyễn Văn An">
<textarea name="recipients">Các tổ chức thành viên
Lưu: VT</textarea>"#;

fn make_form() -> HtmlFormElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let form: HtmlFormElement = document.create_element("form").unwrap().dyn_into().unwrap();
    form.set_inner_html(FORM);
    document.body().unwrap().append_child(&form).unwrap();
    form
}

fn input(form: &HtmlFormElement, name: &str) -> HtmlInputElement {
    form.query_selector(&format!("[name=\"{name}\"]"))
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap()
}

fn type_into(form: &HtmlFormElement, name: &str, value: &str) {
    let el = input(form, name);
    el.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
}

fn message_for(form: &HtmlFormElement, name: &str) -> String {
    form.query_selector(&format!("[data-vanban-for=\"{name}\"]"))
        .unwrap()
        .and_then(|m| m.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
fn a_correct_form_is_valid() {
    let form = make_form();
    let detach = vanban::wasm::attach_form(form.clone(), None)
        .map_err(JsValue::from)
        .unwrap();
    assert!(form.check_validity());
    detach
        .unchecked_ref::<js_sys::Function>()
        .call0(&JsValue::NULL)
        .unwrap();
    form.remove();
}

#[wasm_bindgen_test]
fn an_impossible_date_marks_the_field_and_the_form_is_invalid_until_corrected() {
    let form = make_form();
    let detach = vanban::wasm::attach_form(form.clone(), None)
        .map_err(JsValue::from)
        .unwrap();
    type_into(&form, "issueDate", "2022-02-30");
    let date = input(&form, "issueDate");
    assert!(!form.check_validity());
    assert_eq!(date.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(!date.validation_message().unwrap().is_empty());
    assert!(message_for(&form, "issueDate").contains("date/impossible"));
    // the message is linked for screen readers
    let described = date.get_attribute("aria-describedby").unwrap();
    assert!(form
        .query_selector(&format!("#{described}"))
        .unwrap()
        .is_some());

    type_into(&form, "issueDate", "2022-02-21");
    assert!(form.check_validity());
    assert_eq!(date.get_attribute("aria-invalid"), None);
    assert_eq!(message_for(&form, "issueDate"), "");

    // detaching removes what was added
    type_into(&form, "issueDate", "2022-02-30");
    detach
        .unchecked_ref::<js_sys::Function>()
        .call0(&JsValue::NULL)
        .unwrap();
    assert!(form.check_validity());
    assert!(form.query_selector("[data-vanban-for]").unwrap().is_none());
    assert_eq!(date.get_attribute("aria-describedby"), None);
    form.remove();
}

#[wasm_bindgen_test]
fn messages_are_text_never_html() {
    let form = make_form();
    let detach = vanban::wasm::attach_form(form.clone(), None)
        .map_err(JsValue::from)
        .unwrap();
    type_into(&form, "docType", "<img src=x onerror=alert(1)>");
    let message = form
        .query_selector("[data-vanban-for=\"docType\"]")
        .unwrap()
        .unwrap();
    assert!(message.query_selector("img").unwrap().is_none());
    assert!(message.text_content().unwrap().contains("<img"));
    detach
        .unchecked_ref::<js_sys::Function>()
        .call0(&JsValue::NULL)
        .unwrap();
    form.remove();
}
