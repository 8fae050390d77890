#![cfg(not(target_arch = "wasm32"))]
//! The command line as a user runs it: formats, exit codes, stdin, folders, configuration
//! errors, `--fix`.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

fn vanban(
    args: &[&str],
    stdin: Option<&str>,
    dir: Option<&std::path::Path>,
) -> (i32, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_vanban"));
    cmd.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env("NO_COLOR", "1");
    if let Some(d) = dir {
        cmd.current_dir(d);
    }
    let mut child = cmd.spawn().unwrap();
    {
        let mut sin = child.stdin.take().unwrap();
        if let Some(s) = stdin {
            // the program may exit before reading (usage errors): a broken pipe is fine
            let _ = sin.write_all(s.as_bytes());
        }
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

const BAD: &str = "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH\nSố: 09 /KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTrà Vinh, ngày 05 tháng 3 năm 2026\n";

#[test]
fn pretty_output_shows_snippet_caret_rule_and_help() {
    let (code, out, _) = vanban(&["check", "-"], Some(BAD), None);
    assert_eq!(code, 1);
    assert!(out.contains("error[number/malformed]"), "{out}");
    assert!(out.contains("Số: 09 /KH-UBND"), "{out}");
    assert!(out.contains("^^^^^^^^^^^"), "{out}");
    assert!(out.contains("09/KH-UBND"), "{out}");
    assert!(out.contains("--fix"), "{out}");
}

#[test]
fn json_matches_the_contract() {
    let (code, out, _) = vanban(&["check", "--format", "json", "-"], Some(BAD), None);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["version"], 1);
    let d = v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "number/malformed")
        .unwrap()
        .clone();
    let start = d["start"].as_u64().unwrap() as usize;
    let end = d["end"].as_u64().unwrap() as usize;
    assert_eq!(&BAD[start..end], "09 /KH-UBND");
    assert_eq!(d["line"], 2);
    assert_eq!(d["column"], 5);
    assert_eq!(d["fix"]["applicability"], "safe");
    assert_eq!(v["summary"]["files"], 1);
    assert!(v["summary"]["errors"].as_u64().unwrap() >= 1);
    assert_eq!(v["files"][0]["profile"], "nd30");
}

#[test]
fn sarif_is_2_1_0_with_rules_regions_and_column_kind() {
    let (_, out, _) = vanban(&["check", "--format", "sarif", "-"], Some(BAD), None);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["version"], "2.1.0");
    let run = &v["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    assert_eq!(run["tool"]["driver"]["name"], "vanban");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(
        rules.len() > 40
            && rules
                .iter()
                .all(|r| r["id"].is_string() && r.get("helpUri").is_none())
    );
    for r in run["results"].as_array().unwrap() {
        assert!(r["ruleId"].is_string());
        assert!(["error", "warning", "note"].contains(&r["level"].as_str().unwrap()));
        let region = &r["locations"][0]["physicalLocation"]["region"];
        assert!(region["startLine"].as_u64().unwrap() >= 1);
        assert!(region["startColumn"].as_u64().unwrap() >= 1);
        let idx = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[idx]["id"], r["ruleId"]);
    }
}

/// A finding with a related place carries it as a SARIF related location: the Nơi nhận block
/// an unlisted body is missing from.
#[test]
fn sarif_related_locations() {
    let plan = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ TAM NÔNG\tĐộc lập - Tự do - Hạnh phúc\nSố: 15/KH-UBND\tTam Nông, ngày 09 tháng 3 năm 2026\n\nKẾ HOẠCH\nPhòng, chống dịch bệnh\n\nI. MỤC ĐÍCH, YÊU CẦU\nBảo vệ sức khỏe Nhân dân.\nII. TỔ CHỨC THỰC HIỆN\n1. Giao Trạm Y tế xã chủ trì triển khai.\n2. Giao Công an xã bảo đảm an ninh, trật tự./.\n\nNơi nhận:\n- Trạm Y tế xã;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n";
    let (_, out, _) = vanban(&["check", "--format", "sarif", "-"], Some(plan), None);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let results = v["runs"][0]["results"].as_array().unwrap();
    let unlisted = results
        .iter()
        .find(|r| r["ruleId"] == "recipients/unlisted")
        .unwrap_or_else(|| panic!("{out}"));
    let related = &unlisted["relatedLocations"][0];
    assert_eq!(
        related["physicalLocation"]["region"]["startLine"], 14,
        "{related}"
    );
    let start = related["physicalLocation"]["region"]["byteOffset"]
        .as_u64()
        .unwrap() as usize;
    assert!(plan[start..].starts_with("Nơi nhận:"), "{related}");
    assert!(related["message"]["text"]
        .as_str()
        .unwrap()
        .contains("nơi nhận"));
}

#[test]
fn github_and_concise_formats() {
    let (_, out, _) = vanban(&["check", "--format", "github", "-"], Some(BAD), None);
    assert!(
        out.lines()
            .any(|l| l.starts_with("::error file=-,line=2,col=5,")
                && l.contains("title=number/malformed::")),
        "{out}"
    );
    let (_, out, _) = vanban(&["check", "--format", "concise", "-"], Some(BAD), None);
    assert!(out.contains("-:2:5: error[number/malformed]"), "{out}");
}

#[test]
fn exit_codes_and_fail_on() {
    let clean = common::fixture("examples/ke-hoach-dung.txt");
    let clean = clean.to_str().unwrap();
    assert_eq!(vanban(&["check", clean], None, None).0, 0);
    assert_eq!(
        vanban(&["check", "--fail-on", "never", "-"], Some(BAD), None).0,
        0
    );
    // only an info finding: fails with --fail-on info, not by default
    let info_only = std::fs::read_to_string(clean)
        .unwrap()
        .replace("Độc lập - Tự do", "Độc lập – Tự do");
    assert_eq!(vanban(&["check", "-"], Some(&info_only), None).0, 0);
    assert_eq!(
        vanban(&["check", "--fail-on", "info", "-"], Some(&info_only), None).0,
        1
    );
    let (code, _, err) = vanban(&["check", "does/not/exist.txt"], None, None);
    assert_eq!(code, 2);
    assert!(err.contains("does/not/exist.txt"));
    assert_eq!(
        vanban(&["check", "--format", "xml", "-"], Some(BAD), None).0,
        2
    );
}

#[test]
fn unreadable_input_is_exit_2_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("latin1.txt");
    std::fs::write(&p, [0x53, 0xe8, 0x3a, 0x20]).unwrap();
    let (code, _, err) = vanban(&["check", p.to_str().unwrap()], None, None);
    assert_eq!(code, 2);
    assert!(err.contains("latin1.txt") && err.contains("UTF-8"), "{err}");
}

#[test]
fn an_empty_file_is_exit_2_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    for (name, content) in [("empty.txt", ""), ("blank.txt", "  \r\n\n\t\n")] {
        let p = dir.path().join(name);
        std::fs::write(&p, content).unwrap();
        let (code, _, err) = vanban(&["check", "--lang", "en", p.to_str().unwrap()], None, None);
        assert_eq!(code, 2, "{name}");
        assert!(err.contains(name) && err.contains("empty"), "{err}");
        let (code, _, err) = vanban(&["check", p.to_str().unwrap()], None, None);
        assert_eq!(code, 2, "{name}");
        assert!(err.contains(name) && err.contains("tệp rỗng"), "{err}");
    }
    let (code, _, err) = vanban(&["check", "--lang", "en", "-"], Some(""), None);
    assert_eq!(code, 2);
    assert!(err.contains("empty"), "{err}");
}

#[test]
fn the_size_limit_is_configurable_and_named_in_the_message() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("big.txt");
    std::fs::write(&p, BAD.repeat(20)).unwrap(); // ~4 KB
    let path = p.to_str().unwrap();
    let (code, _, err) = vanban(&["check", "--max-size", "1KB", path], None, None);
    assert_eq!(code, 2);
    assert!(
        err.contains("big.txt") && err.contains("--max-size"),
        "{err}"
    );
    // the same limit on standard input
    let (code, _, err) = vanban(
        &["check", "--max-size", "1KB", "-"],
        Some(&BAD.repeat(20)),
        None,
    );
    assert_eq!(code, 2, "{err}");
    let (code, _, _) = vanban(&["check", "--max-size", "1MB", path], None, None);
    assert_eq!(code, 1, "read and linted under a larger limit");
    let (code, _, err) = vanban(&["check", "--max-size", "ten", path], None, None);
    assert_eq!(code, 2);
    assert!(err.contains("expected a size"), "{err}");
}

#[test]
fn folders_are_walked_recursively_for_txt_and_md() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("a/b")).unwrap();
    std::fs::write(dir.path().join("a/b/kh.txt"), BAD).unwrap();
    std::fs::write(dir.path().join("a/kh.md"), BAD).unwrap();
    std::fs::write(dir.path().join("a/ignored.doc"), BAD).unwrap();
    let (_, out, _) = vanban(&["check", "--format", "json", "."], None, Some(dir.path()));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["summary"]["files"], 2, "{out}");
}

#[test]
fn config_is_found_in_a_parent_and_errors_name_the_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("plans")).unwrap();
    std::fs::write(dir.path().join("plans/kh.txt"), BAD).unwrap();
    std::fs::write(
        dir.path().join("vanban.toml"),
        "[rules]\n\"number/malformed\" = \"off\"\n",
    )
    .unwrap();
    let (_, out, _) = vanban(
        &["check", "--format", "json", "plans"],
        None,
        Some(dir.path()),
    );
    assert!(!out.contains("number/malformed"), "{out}");
    std::fs::write(
        dir.path().join("vanban.toml"),
        "profile = \"nd30\"\nunknown_key = 1\n",
    )
    .unwrap();
    let (code, _, err) = vanban(&["check", "plans"], None, Some(dir.path()));
    assert_eq!(code, 2);
    assert!(
        err.contains("line 2") && err.contains("unknown_key"),
        "{err}"
    );
    std::fs::write(
        dir.path().join("vanban.toml"),
        "[rules]\n\n\"number/nope\" = \"off\"\n",
    )
    .unwrap();
    let (code, _, err) = vanban(&["check", "plans"], None, Some(dir.path()));
    assert_eq!(code, 2);
    assert!(
        err.contains("line 3") && err.contains("number/nope"),
        "{err}"
    );
    std::fs::write(dir.path().join("vanban.toml"), "exclude = [\"plans/**\"]\n").unwrap();
    // everything excluded: no document matched is not a pass
    let (code, _, err) = vanban(
        &["check", "--format", "json", "plans"],
        None,
        Some(dir.path()),
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("không tìm thấy văn bản nào") && err.contains("plans"),
        "{err}"
    );
}

#[test]
fn fix_applies_safe_fixes_keeps_bom_and_crlf_and_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("kh.txt");
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(BAD.replace('\n', "\r\n").as_bytes());
    std::fs::write(&p, &bytes).unwrap();
    let path = p.to_str().unwrap();
    vanban(&["check", "--fix", path], None, None);
    let once = std::fs::read(&p).unwrap();
    assert!(once.starts_with(&[0xEF, 0xBB, 0xBF]));
    let text = String::from_utf8(once[3..].to_vec()).unwrap();
    assert!(text.contains("Số: 09/KH-UBND\r\n"), "{text}");
    assert_eq!(text.matches("\r\n").count(), 5);
    vanban(&["check", "--fix", path], None, None);
    assert_eq!(
        std::fs::read(&p).unwrap(),
        once,
        "a second --fix changes nothing"
    );
    let (_, out, _) = vanban(&["check", "--format", "json", path], None, None);
    assert!(!out.contains("number/malformed"));
}

#[test]
fn rules_and_explain() {
    let (code, out, _) = vanban(&["rules"], None, None);
    assert_eq!(code, 0);
    assert!(out.lines().count() > 40);
    assert!(out.contains("number/malformed"));
    // Vietnamese first: the Vietnamese sections, then the shared examples
    let (code, out, _) = vanban(&["explain", "number/malformed"], None, None);
    assert_eq!(code, 0);
    assert!(
        out.contains("## Quy tắc kiểm tra gì")
            && out.contains("## Căn cứ")
            && out.contains("## Ví dụ sai")
            && out.contains("Số: 09 /KH-MTTQ-BTT")
            && !out.contains("## What it does"),
        "{out}"
    );
    let (code, out, _) = vanban(&["explain", "number/malformed", "--lang", "en"], None, None);
    assert_eq!(code, 0);
    assert!(
        out.contains("## Example")
            && out.contains("Số: 09 /KH-MTTQ-BTT")
            && out.contains("## Basis")
            && !out.contains("Tiếng Việt"),
        "{out}"
    );
    assert_eq!(vanban(&["explain", "no/such"], None, None).0, 2);
}

#[test]
fn english_messages() {
    let (_, out, _) = vanban(
        &["check", "--lang", "en", "--format", "concise", "-"],
        Some(BAD),
        None,
    );
    assert!(out.contains("contains spaces"), "{out}");
}

#[test]
fn config_extends_the_citation_registry_and_the_lexicon() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("vanban.toml"),
        "[lexicon]\nwords = [\"nền tảng số\"]\n\n[[citations]]\ntype = \"Kế hoạch\"\nnumber = \"48-KH/TU\"\ndate = \"27/01/2022\"\nissuer = \"Ban Thường vụ Tỉnh ủy\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("kh.txt"),
        "Thực hiện Kế hoạch số 48-KH/TU ngày 27/01/2022 của Ban Thường trực Ủy ban MTTQ tỉnh, xây dựng nền tang số cho các xã.\n",
    )
    .unwrap();
    let (_, out, _) = vanban(
        &["check", "--format", "concise", "kh.txt"],
        None,
        Some(dir.path()),
    );
    assert!(
        out.contains("citation/registry") && out.contains("Ban Thường vụ Tỉnh ủy"),
        "{out}"
    );
    assert!(
        out.contains("text/tone-typo") && out.contains("nền tảng số"),
        "{out}"
    );
}

#[test]
fn convert_turns_tcvn3_and_vni_into_unicode() {
    let dir = tempfile::tempdir().unwrap();
    // TCVN3 mojibake in a UTF-8 file, to standard output
    let tcvn3 = dir.path().join("tcvn3.txt");
    std::fs::write(
        &tcvn3,
        "Céng hßa x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\n",
    )
    .unwrap();
    let (code, out, err) = vanban(&["convert", tcvn3.to_str().unwrap()], None, None);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\n"
    );
    assert!(err.contains("TCVN3"), "{err}");
    // VNI on standard input, to a file
    let out_path = dir.path().join("out.txt");
    let (code, out, err) = vanban(
        &["convert", "-", "-o", out_path.to_str().unwrap()],
        Some("UÛy ban nhaân daân tænh Traø Vinh\nÑoäc laäp - Töï do - Haïnh phuùc\n"),
        None,
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.is_empty());
    assert_eq!(
        std::fs::read_to_string(&out_path).unwrap(),
        "Ủy ban nhân dân tỉnh Trà Vinh\nĐộc lập - Tự do - Hạnh phúc\n"
    );
    // the legacy bytes themselves (“ANSI” text), with an explicit --from
    let raw = dir.path().join("raw.txt");
    std::fs::write(&raw, b"C\xe9ng h\xdfa \x93x\x94").unwrap();
    let (code, out, err) = vanban(
        &["convert", "--from", "tcvn3", raw.to_str().unwrap()],
        None,
        None,
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "Cộng hòa “x”");
}

#[test]
fn convert_fails_clearly_when_no_legacy_encoding_is_recognised() {
    let (code, out, err) = vanban(
        &["convert", "--lang", "en", "-"],
        Some("Cộng hòa xã hội chủ nghĩa Việt Nam\n"),
        None,
    );
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("no TCVN3 or VNI text recognised"), "{err}");
    assert!(err.contains("--from"), "{err}");
    let (code, _, err) = vanban(&["convert", "no-such-file.txt"], None, None);
    assert_eq!(code, 2);
    assert!(err.contains("no-such-file.txt"), "{err}");
}

/// `--profile` takes every profile `vanban.toml` and the JS API take (it took four of the
/// seven until 2026-12-06), and the profile changes the findings.
#[test]
fn every_profile_is_accepted_on_the_command_line() {
    let party = "ĐẢNG BỘ TỈNH CAO BẰNG\nĐẢNG ỦY XÃ HÒA AN\n*\nSố: 12-KH/ĐU\tHòa An, ngày 27 tháng 10 năm 2025\n";
    for profile in ["auto", "nd30", "mttq", "party", "hnd", "doan", "mass"] {
        let (code, _, err) = vanban(
            &["check", "--format", "concise", "--profile", profile, "-"],
            Some(party),
            None,
        );
        assert!(code == 0 || code == 1, "{profile}: {code} {err}");
    }
    let (_, as_party, _) = vanban(
        &["check", "--format", "concise", "--profile", "party", "-"],
        Some(party),
        None,
    );
    let (_, as_youth, _) = vanban(
        &["check", "--format", "concise", "--profile", "doan", "-"],
        Some(party),
        None,
    );
    assert_ne!(as_party, as_youth);
    let (code, _, err) = vanban(&["check", "--profile", "state", "-"], Some(party), None);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("doan") && err.contains("mass"), "{err}");
}
