#![cfg(not(target_arch = "wasm32"))]
//! Legacy font encodings (TCVN3, VNI): any text converts without panicking, the result is
//! NFC, ASCII is left alone, and the rule's fix covers whole characters.

use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;
use vanban::encoding::legacy::{converted_range, detect, to_unicode, Legacy};
use vanban::{lint, Applicability, Config};

/// Text made of what TCVN3/VNI mojibake is made of: ASCII, Latin-1, combining marks, a few
/// Vietnamese letters.
fn legacy_like() -> impl Strategy<Value = String> {
    let c = prop_oneof![
        4 => proptest::char::range(' ', '~'),
        4 => proptest::char::range('\u{A0}', '\u{FF}'),
        1 => proptest::char::range('\u{300}', '\u{323}'),
        1 => prop::sample::select(vec!['\n', '\r', 'ộ', 'ư', 'Đ', '€', '“']),
    ];
    prop::collection::vec(c, 0..200).prop_map(|v| v.into_iter().collect())
}

fn check(text: &str) -> Result<(), TestCaseError> {
    let _ = detect(text);
    for from in [Legacy::Tcvn3, Legacy::Vni] {
        let out = to_unicode(text, from);
        // what the conversion writes is composed (NFC) whenever what it read was
        if text.nfc().eq(text.chars()) {
            let normalized: String = out.nfc().collect();
            prop_assert_eq!(&normalized, &out);
        }
        if text.is_ascii() {
            prop_assert_eq!(&out, text);
        }
        if let Some(r) = converted_range(text, from) {
            prop_assert!(r.start < r.end && r.end <= text.len());
            prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_string_converts(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn legacy_like_text_converts_and_the_fix_is_whole(text in legacy_like()) {
        check(&text)?;
        for d in lint(&text, &Config::default()).diagnostics {
            if let Some(f) = d.fix.filter(|_| d.rule == "text/legacy-encoding") {
                prop_assert_eq!(f.applicability, Applicability::Unsafe);
                prop_assert!(f.start <= f.end && f.end <= text.len());
                prop_assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
            }
        }
    }
}

#[test]
fn the_rule_offers_the_converted_lines_as_an_unsafe_fix() {
    let text = "Céng hßa x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\nUû ban nh©n d©n tØnh b¸o c¸o.\n";
    let r = lint(text, &Config::default());
    let d = legacy_finding(&r, "TCVN3", "Cộng hòa xã hội chủ nghĩa Việt Nam");
    let f = d.fix.as_ref().unwrap();
    assert_eq!(f.applicability, Applicability::Unsafe);
    let fixed = format!("{}{}{}", &text[..f.start], f.replacement, &text[f.end..]);
    assert_eq!(
        fixed,
        "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\nUỷ ban nhân dân tỉnh báo cáo.\n"
    );
    // --fix applies safe fixes only
    let (_, n) = vanban::fix::apply_safe_fixes(
        text,
        &r.diagnostics
            .iter()
            .filter(|d| d.rule == "text/legacy-encoding")
            .cloned()
            .collect::<Vec<_>>(),
    );
    assert_eq!(n, 0);
}

#[test]
fn vni_is_reported_with_its_name() {
    let text = "COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM\nÑoäc laäp - Töï do - Haïnh phuùc\n";
    let r = lint(text, &Config::default());
    legacy_finding(&r, "VNI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
}

/// The text/legacy-encoding finding of `report`, whose message names `encoding` and shows
/// `preview` (the first converted line).
fn legacy_finding<'r>(
    report: &'r vanban::Report,
    encoding: &str,
    preview: &str,
) -> &'r vanban::Diagnostic {
    let d = report
        .diagnostics
        .iter()
        .find(|d| d.rule == "text/legacy-encoding")
        .expect("reported");
    assert!(d.message.contains(encoding), "{}", d.message);
    assert!(d.message.contains(preview), "{}", d.message);
    d
}

#[test]
fn latin1_text_in_other_languages_is_not_reported() {
    let text = "Les élèves étudient à l'école française pendant l'été, très bien. Über ähnliche Größe, schöne Grüße, Mädchen.";
    let r = lint(text, &Config::default());
    assert!(
        r.diagnostics
            .iter()
            .all(|d| d.rule != "text/legacy-encoding"),
        "{:?}",
        r.diagnostics
    );
}
