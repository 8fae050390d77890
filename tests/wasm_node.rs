//! The exported JavaScript API, run by wasm-bindgen-test in Node
//! (`cargo test --target wasm32-unknown-unknown`): shapes, options, and the errors a wrong
//! argument gives (a `TypeError` naming it, never a trap), after which the module keeps working.
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

fn s(text: &str) -> JsValue {
    JsValue::from_str(text)
}

fn json(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap()
}

fn lint(text: &str, options: JsValue) -> Array {
    vanban::wasm::lint(s(text), options)
        .unwrap()
        .dyn_into::<Array>()
        .unwrap()
}

/// The error a call threw: its constructor's name and its message.
fn thrown(result: Result<JsValue, JsValue>) -> (String, String) {
    let e = result.expect_err("an exception");
    let name = text(&get(&e, "constructor"), "name");
    (name, text(&e, "message"))
}

/// `text.slice(from, to)` as JavaScript computes it (UTF-16).
fn js_slice(s: &str, from: u32, to: u32) -> String {
    js_sys::JsString::from(s)
        .slice(from, to)
        .as_string()
        .unwrap()
}

#[wasm_bindgen_test]
fn lint_returns_plain_camel_case_objects_with_utf16_offsets() {
    let found = lint("Số: 09 /KH-UBND\n", JsValue::UNDEFINED);
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
    assert_eq!(num(&d, "endLine"), 1);
    assert_eq!(num(&d, "endColumn"), to + 1);
    assert!(get(&d, "end_line").is_undefined(), "one naming convention");
    assert_eq!(text(&d, "severity"), "error");
    assert_eq!(text(&d, "fingerprint").len(), 16);
    let fix = get(&d, "fix");
    assert_eq!(text(&fix, "replacement"), "09/KH-UBND");
    assert_eq!(text(&fix, "applicability"), "safe");
    assert!(
        !text(&d, "message").contains("number/"),
        "no rule id in messages"
    );
}

#[wasm_bindgen_test]
fn every_offset_slices_the_same_text_as_the_byte_offsets() {
    for d in lint(MISTAKES, JsValue::UNDEFINED).iter() {
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
    assert_eq!(lint(CORRECT, JsValue::UNDEFINED).length(), 0);
    assert!(lint(MISTAKES, JsValue::UNDEFINED).length() >= 13);
}

#[wasm_bindgen_test]
fn options_change_what_is_reported() {
    let all = lint(MISTAKES, JsValue::UNDEFINED);
    let quiet = lint(MISTAKES, json(r#"{"rules":{"number":"off"}}"#));
    assert!(all.iter().any(|d| text(&d, "rule").starts_with("number/")));
    assert!(!quiet
        .iter()
        .any(|d| text(&d, "rule").starts_with("number/")));
    let en = lint(MISTAKES, json(r#"{"lang":"en"}"#));
    assert_ne!(text(&en.get(0), "message"), text(&all.get(0), "message"));
    let capped = vanban::wasm::check(s(MISTAKES), json(r#"{"maxFindings":2}"#)).unwrap();
    assert_eq!(Array::from(&get(&capped, "diagnostics")).length(), 2);
    let omitted = get(&capped, "omitted");
    let left_out = num(&omitted, "errors") + num(&omitted, "warnings") + num(&omitted, "infos");
    assert_eq!(left_out + 2, all.length());
}

#[wasm_bindgen_test]
fn ignore_takes_rules_and_fingerprints() {
    let all = lint(MISTAKES, JsValue::UNDEFINED);
    let first = all.get(0);
    let fp = text(&first, "fingerprint");
    let options = json(&format!(
        r#"{{"ignore":{{"rules":["text/spacing"],"findings":["{fp}"]}}}}"#
    ));
    let rest = lint(MISTAKES, options);
    assert!(rest.iter().all(|d| text(&d, "fingerprint") != fp));
    assert!(rest.iter().all(|d| text(&d, "rule") != "text/spacing"));
    assert!(rest.length() < all.length());
    // the fingerprint is the rule and the flagged text: the same wherever the text moves
    let moved = format!("\n\n{MISTAKES}");
    let again = lint(&moved, JsValue::UNDEFINED);
    assert!(again.iter().any(|d| text(&d, "fingerprint") == fp));
    let (name, message) = thrown(vanban::wasm::lint(
        s("x"),
        json(r#"{"ignore":{"rules":["text/nope"]}}"#),
    ));
    assert_eq!(name, "Error");
    assert!(message.contains("text/nope"), "{message}");
}

#[wasm_bindgen_test]
fn a_wrong_argument_type_is_a_type_error_naming_it_and_the_module_keeps_working() {
    let calls: Vec<(&str, Result<JsValue, JsValue>)> = vec![
        (
            "lint(text)",
            vanban::wasm::lint(JsValue::from(123), JsValue::UNDEFINED),
        ),
        (
            "lint(text)",
            vanban::wasm::lint(json("{}"), JsValue::UNDEFINED),
        ),
        (
            "lint(text)",
            vanban::wasm::lint(JsValue::NULL, JsValue::UNDEFINED),
        ),
        (
            "check(text)",
            vanban::wasm::check(JsValue::UNDEFINED, JsValue::UNDEFINED),
        ),
        (
            "fixAll(text)",
            vanban::wasm::fix_all(json("[1]"), JsValue::UNDEFINED),
        ),
        (
            "outline(text)",
            vanban::wasm::outline(JsValue::TRUE, JsValue::UNDEFINED),
        ),
        ("options", vanban::wasm::lint(s("x"), JsValue::from(5))),
        ("options", vanban::wasm::lint(s("x"), json("[]"))),
        (
            "options.draft",
            vanban::wasm::lint(s("x"), json(r#"{"draft":"yes"}"#)),
        ),
        (
            "options.words",
            vanban::wasm::lint(s("x"), json(r#"{"words":"họp"}"#)),
        ),
        (
            "options.words[1]",
            vanban::wasm::lint(s("x"), json(r#"{"words":["a",2]}"#)),
        ),
        (
            r#"options.rules["text/spacing"]"#,
            vanban::wasm::lint(s("x"), json(r#"{"rules":{"text/spacing":0}}"#)),
        ),
        (
            "options.maxFindings",
            vanban::wasm::lint(s("x"), json(r#"{"maxFindings":"9"}"#)),
        ),
        (
            "options.citations",
            vanban::wasm::lint(s("x"), json(r#"{"citations":{"type":"Kế hoạch"}}"#)),
        ),
        (
            "options.citations[0].number",
            vanban::wasm::lint(
                s("x"),
                json(r#"{"citations":[{"type":"Kế hoạch","number":[1]}]}"#),
            ),
        ),
        (
            "options.ignore",
            vanban::wasm::lint(s("x"), json(r#"{"ignore":["a"]}"#)),
        ),
        (
            "form",
            vanban::wasm::validate_form(s("x"), JsValue::UNDEFINED),
        ),
        (
            "form.signer",
            vanban::wasm::validate_form(json(r#"{"signer":"An"}"#), JsValue::UNDEFINED),
        ),
        (
            "form.place",
            vanban::wasm::validate_form(json(r#"{"place":1.5}"#), JsValue::UNDEFINED),
        ),
        (
            "lintDocx(bytes)",
            vanban::wasm::lint_docx(s("PK"), JsValue::UNDEFINED),
        ),
        (
            "lintDocx(bytes)",
            vanban::wasm::lint_docx(json(r#"{"length":1000000000}"#), JsValue::UNDEFINED),
        ),
    ];
    for (argument, result) in calls {
        let (name, message) = thrown(result);
        assert_eq!(name, "TypeError", "{argument}: {message}");
        assert!(message.starts_with("vanban: "), "{message}");
        assert!(message.contains(argument), "{argument}: {message}");
    }
    // still alive: the same findings as before the bad calls
    assert!(lint("Số: 09 /KH-UBND\n", JsValue::UNDEFINED)
        .iter()
        .any(|d| text(&d, "rule") == "number/malformed"));
}

#[wasm_bindgen_test]
fn a_bad_value_is_an_error_naming_the_option() {
    for (options, named) in [
        (r#"{"profile":"state"}"#, "options.profile"),
        (r#"{"lang":"fr"}"#, "options.lang"),
        (r#"{"draftt":true}"#, "draftt"),
        (r#"{"rules":{"text/nope":"off"}}"#, "text/nope"),
        (r#"{"maxFindings":-1}"#, "options.maxFindings"),
        (r#"{"ignore":{"rule":[]}}"#, "ignore.rule"),
        (
            r#"{"citations":[{"type":"KH","number":"1","when":"x"}]}"#,
            "citations[0].when",
        ),
        (
            r#"{"citations":[{"type":"","number":"1"}]}"#,
            "options.citations[0]",
        ),
        (
            r#"{"citations":[{"type":"KH","number":"1","date":"31/02/2022"}]}"#,
            "31/02/2022",
        ),
    ] {
        let (name, message) = thrown(vanban::wasm::lint(s("x"), json(options)));
        assert_eq!(name, "Error", "{options}");
        assert!(message.contains(named), "{options}: {message}");
    }
}

#[wasm_bindgen_test]
fn an_exception_thrown_by_a_getter_propagates() {
    let options = js_sys::Function::new_no_args(
        "return { get profile() { throw new RangeError('from the getter'); } };",
    )
    .call0(&JsValue::NULL)
    .unwrap();
    let (name, message) = thrown(vanban::wasm::lint(s("x"), options));
    assert_eq!(
        (name.as_str(), message.as_str()),
        ("RangeError", "from the getter")
    );
    let form = js_sys::Function::new_no_args(
        "return { number: '09', get signer() { throw new Error('signer getter'); } };",
    )
    .call0(&JsValue::NULL)
    .unwrap();
    let (_, message) = thrown(vanban::wasm::validate_form(form, JsValue::UNDEFINED));
    assert_eq!(message, "signer getter");
}

#[wasm_bindgen_test]
fn lint_docx_refuses_a_file_over_the_size_limit_before_reading_it() {
    // 11 MB of zeros: over the default 10 MB, refused at once (no copy, no unzip)
    let big = js_sys::Uint8Array::new_with_length(11 * 1024 * 1024);
    let (name, message) = thrown(vanban::wasm::lint_docx(big.into(), JsValue::UNDEFINED));
    assert_eq!(name, "RangeError");
    assert!(
        message.contains("11 MB") && message.contains("10 MB"),
        "{message}"
    );
    assert!(message.contains("options.maxSize"), "{message}");
    // the limit is an option
    let small = js_sys::Uint8Array::new_with_length(2048);
    let (name, message) = thrown(vanban::wasm::lint_docx(
        small.clone().into(),
        json(r#"{"maxSize":1024}"#),
    ));
    assert_eq!(name, "RangeError", "{message}");
    // under the limit, a file that is not a zip is a reason, not a size
    let (_, message) = thrown(vanban::wasm::lint_docx(small.into(), JsValue::UNDEFINED));
    assert!(message.contains(".docx"), "{message}");
    // an ArrayBuffer is read too
    let buffer = js_sys::ArrayBuffer::new(16);
    let (_, message) = thrown(vanban::wasm::lint_docx(buffer.into(), JsValue::UNDEFINED));
    assert!(message.contains(".docx"), "{message}");
}

#[wasm_bindgen_test]
fn check_is_lint_and_outline_of_one_parse() {
    let r = vanban::wasm::check(s(MISTAKES), JsValue::UNDEFINED).unwrap();
    let diagnostics = Array::from(&get(&r, "diagnostics"));
    assert_eq!(
        diagnostics.length(),
        lint(MISTAKES, JsValue::UNDEFINED).length()
    );
    let outline = vanban::wasm::outline(s(MISTAKES), JsValue::UNDEFINED).unwrap();
    assert_eq!(
        js_sys::JSON::stringify(&get(&r, "outline")).unwrap(),
        js_sys::JSON::stringify(&outline).unwrap()
    );
    assert_eq!(text(&r, "profile"), text(&outline, "profile"));
}

#[wasm_bindgen_test]
fn validate_form_reports_fields_and_cross_field_findings() {
    let form = json(
        r#"{"docType":"Hướng dẫn","number":"9","symbol":"KH-MTTQ-BTT","issuer":"BAN THƯỜNG TRỰC",
            "parentIssuer":"ỦY BAN MTTQ VIỆT NAM TỈNH TRÀ VINH","place":"Trà Vinh","issueDate":"2022-02-30",
            "summary":"Tổ chức các hoạt động","signer":{"authority":"KT. CHỦ TỊCH","title":"PHÓ CHỦ TỊCH",
            "name":"Nguyễn Văn An"},"recipients":["Các tổ chức thành viên","Lưu: VT"]}"#,
    );
    let report = vanban::wasm::validate_form(form, JsValue::UNDEFINED).unwrap();
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
    assert_eq!(involved, ["docType", "symbol"]);
    let preview = get(&report, "preview");
    assert_eq!(text(&preview, "number"), "Số: 9/KH-MTTQ-BTT");
    // a whole number where a string goes is read as one: a numeric input's value
    let report = vanban::wasm::validate_form(
        json(r#"{"number":9,"symbol":"KH-UBND"}"#),
        JsValue::UNDEFINED,
    )
    .unwrap();
    let number = Array::from(&get(&get(&report, "fields"), "number"));
    assert_eq!(text(&number.get(0), "rule"), "number/leading-zero");
}

/// A finding the user dismissed (`ignore.findings`) leaves the form's report; a field left
/// with none is gone, and the form is valid when no error is left.
#[wasm_bindgen_test]
fn validate_form_leaves_out_dismissed_findings() {
    let form = || {
        json(
            r#"{"docType":"Kế hoạch","number":"5","symbol":"KH-UBND","issuer":"ỦY BAN NHÂN DÂN",
                "parentIssuer":"","place":"Hà Nội","issueDate":"2026-03-09","summary":"Tổ chức hội nghị",
                "signer":{"authority":"TM. ỦY BAN NHÂN DÂN","title":"CHỦ TỊCH","name":"Nguyễn Văn An"},
                "recipients":["Các sở, ban, ngành","Lưu: VT"]}"#,
        )
    };
    let report = vanban::wasm::validate_form(form(), JsValue::UNDEFINED).unwrap();
    let number = Array::from(&get(&get(&report, "fields"), "number"));
    let found: Vec<JsValue> = number.iter().collect();
    assert!(
        !found.is_empty(),
        "a number without its leading zero is reported"
    );
    let fingerprints: Vec<String> = found
        .iter()
        .map(|d| format!("\"{}\"", text(d, "fingerprint")))
        .collect();
    let options = json(&format!(
        r#"{{"ignore":{{"findings":[{}]}}}}"#,
        fingerprints.join(",")
    ));
    let quiet = vanban::wasm::validate_form(form(), options).unwrap();
    assert!(get(&get(&quiet, "fields"), "number").is_undefined());
    let errors_left =
        js_sys::Object::values(get(&quiet, "fields").unchecked_ref::<js_sys::Object>())
            .iter()
            .flat_map(|list| Array::from(&list).iter().collect::<Vec<_>>())
            .chain(Array::from(&get(&quiet, "form")).iter())
            .any(|d| text(&d, "severity") == "error");
    assert_eq!(get(&quiet, "valid"), JsValue::from_bool(!errors_left));
}

#[wasm_bindgen_test]
fn form_messages_name_no_rule_and_no_cli_flag() {
    let report = vanban::wasm::validate_form(json("{}"), JsValue::UNDEFINED).unwrap();
    let fields = get(&report, "fields");
    for key in js_sys::Object::keys(fields.unchecked_ref::<js_sys::Object>()).iter() {
        for d in Array::from(&Reflect::get(&fields, &key).unwrap()).iter() {
            let m = text(&d, "message");
            assert!(!m.contains("--") && !m.contains('/'), "{m}");
        }
    }
    let draft = lint("Số:    /KH-UBND\n", JsValue::UNDEFINED);
    for d in draft.iter() {
        assert!(
            !text(&d, "message").contains("--draft"),
            "{}",
            text(&d, "message")
        );
    }
}

#[wasm_bindgen_test]
fn rules_lists_every_rule_in_camel_case() {
    let rules = Array::from(&vanban::wasm::rules().unwrap());
    assert_eq!(rules.length() as usize, vanban::rules::all().len());
    let first = rules.get(0);
    assert!(text(&first, "id").contains('/'));
    // the summaries are the package's (npm/build.mjs writes them beside the module, and its
    // rules() fills them in: e2e/pkg.test.mjs): the module carries none
    assert!(text(&first, "summary").is_empty());
    assert!(text(&first, "summaryEn").is_empty());
}

#[wasm_bindgen_test]
fn outline_shows_what_is_missing() {
    let o =
        vanban::wasm::outline(s("KẾ HOẠCH\nI. MỤC ĐÍCH\nNội dung.\n"), JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&get(&o, "signature"), "present"), JsValue::FALSE);
    assert_eq!(Array::from(&get(&o, "parts")).length(), 1);
}

#[wasm_bindgen_test]
fn fix_all_reaches_the_fixed_point_of_the_cli_in_one_call() {
    let r = vanban::wasm::fix_all(s(MISTAKES), JsValue::UNDEFINED).unwrap();
    let fixed = text(&r, "text");
    let outcome = vanban::lint_fix(MISTAKES, &vanban::Config::default());
    assert_eq!(fixed, outcome.text, "the same loop as `vanban check --fix`");
    assert_eq!(num(&r, "fixed") as usize, outcome.applied.len());
    assert_eq!(get(&r, "converged"), JsValue::TRUE);
    // nothing is left to fix: a second call changes nothing
    let again = vanban::wasm::fix_all(s(&fixed), JsValue::UNDEFINED).unwrap();
    assert_eq!(num(&again, "fixed"), 0);
    assert_eq!(text(&again, "text"), fixed);
    let left = Array::from(&get(&r, "diagnostics"));
    assert!(left.iter().all(|d| {
        let fix = get(&d, "fix");
        fix.is_undefined() || text(&fix, "applicability") != "safe"
    }));
}

#[wasm_bindgen_test]
fn a_damaged_docx_throws_with_the_reason_and_never_panics() {
    let bytes = js_sys::Uint8Array::from(&b"PK\x03\x04 not really a zip"[..]);
    let (_, message) = thrown(vanban::wasm::lint_docx(bytes.into(), JsValue::UNDEFINED));
    assert!(message.contains(".docx"), "{message}");
}

/// A portal's own documents (`citations`, as `[[citations]]` in vanban.toml): a citation of one
/// with another issuer is reported, as the CLI reports it.
#[wasm_bindgen_test]
fn the_organisations_own_documents_are_known_to_the_registry() {
    let cited = "Thực hiện Kế hoạch số 48-KH/TU ngày 27/01/2022 của Ban Thường trực Ủy ban MTTQ tỉnh, xây dựng các mô hình mới.\n";
    let registry = |options: JsValue| {
        lint(cited, options)
            .iter()
            .filter(|d| text(d, "rule") == "citation/registry")
            .map(|d| text(&d, "message"))
            .collect::<Vec<_>>()
    };
    assert!(registry(JsValue::UNDEFINED).is_empty());
    let found = registry(json(
        r#"{"citations":[{"type":"Kế hoạch","number":"48-KH/TU","date":"27/01/2022","issuer":"Ban Thường vụ Tỉnh ủy"}]}"#,
    ));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("Ban Thường vụ Tỉnh ủy"), "{found:?}");
}
