#![cfg(all(unix, not(target_arch = "wasm32")))]
//! `--fix` can neither lose nor leak a file, and the command line never passes silently or
//! lets a document or a file name write to the terminal or to a CI log (issue "do no harm").
//! Each case is one that went wrong before.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn vanban_in(dir: &Path, args: &[&OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vanban"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn run(dir: &Path, args: &[&str]) -> Output {
    let args: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
    vanban_in(dir, &args)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A short plan with one safe fix ("09 /KH" → "09/KH") and a marker that says whose it is.
fn plan(marker: &str) -> String {
    format!(
        "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH\nSố: 09 /KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTrà Vinh, ngày 05 tháng 3 năm 2026\nKẾ HOẠCH\nVề việc {marker}\n"
    )
}

fn fixed(marker: &str) -> String {
    plan(marker).replace("09 /KH", "09/KH")
}

/// Files left beside the documents (temporary files must never stay).
fn leftovers(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains("vanban"))
        .collect()
}

#[test]
fn files_with_names_that_are_not_utf8_each_keep_their_own_text() {
    for round in 0..3 {
        let dir = tempfile::tempdir().unwrap();
        for n in 0..30 {
            let mut name = b"doc-\xff".to_vec();
            name.extend_from_slice(format!("{n}.txt").as_bytes());
            std::fs::write(
                dir.path().join(OsStr::from_bytes(&name)),
                plan(&format!("số {n}")),
            )
            .unwrap();
        }
        let o = run(dir.path(), &["check", "--fix", "."]);
        assert_ne!(o.status.code(), Some(2), "round {round}: {}", stderr(&o));
        for n in 0..30 {
            let mut name = b"doc-\xff".to_vec();
            name.extend_from_slice(format!("{n}.txt").as_bytes());
            let got = std::fs::read_to_string(dir.path().join(OsStr::from_bytes(&name))).unwrap();
            assert_eq!(got, fixed(&format!("số {n}")), "round {round}, file {n}");
        }
        assert!(
            leftovers(dir.path()).is_empty(),
            "{:?}",
            leftovers(dir.path())
        );
    }
}

#[test]
fn a_planted_link_at_the_old_temporary_name_is_never_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let hooks = dir.path().join("hooks");
    std::fs::create_dir(&hooks).unwrap();
    let hook = hooks.join("pre-commit");
    std::fs::write(&hook, "#!/bin/sh\nexit 0\n").unwrap();
    std::fs::write(dir.path().join("plan.txt"), plan("a")).unwrap();
    std::os::unix::fs::symlink(&hook, dir.path().join(".plan.txt.vanban-tmp")).unwrap();
    let o = run(dir.path(), &["check", "--fix", "plan.txt"]);
    assert_ne!(o.status.code(), Some(2), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_to_string(&hook).unwrap(),
        "#!/bin/sh\nexit 0\n"
    );
    let meta = std::fs::symlink_metadata(dir.path().join("plan.txt")).unwrap();
    assert!(
        meta.file_type().is_file(),
        "plan.txt is still a regular file"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("plan.txt")).unwrap(),
        fixed("a")
    );
}

#[test]
fn a_read_only_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("plan.txt");
    std::fs::write(&p, plan("a")).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o444)).unwrap();
    let o = run(dir.path(), &["check", "--lang", "en", "--fix", "plan.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("read-only"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&p).unwrap(), plan("a"));
    assert_eq!(std::fs::metadata(&p).unwrap().mode() & 0o777, 0o444);
}

#[test]
fn a_symbolic_link_is_checked_but_not_rewritten() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("real.txt");
    std::fs::write(&target, plan("a")).unwrap();
    std::os::unix::fs::symlink("real.txt", dir.path().join("link.txt")).unwrap();
    let o = run(dir.path(), &["check", "--lang", "en", "--fix", "link.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("symbolic link") && stderr(&o).contains("real.txt"),
        "{}",
        stderr(&o)
    );
    assert!(std::fs::symlink_metadata(dir.path().join("link.txt"))
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(std::fs::read_to_string(&target).unwrap(), plan("a"));
    // checking through the link works
    let o = run(dir.path(), &["check", "--format", "concise", "link.txt"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).contains("number/malformed"));
}

#[test]
fn hard_links_are_kept_unless_told_to_break_them() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(&a, plan("a")).unwrap();
    std::fs::hard_link(&a, &b).unwrap();
    let o = run(dir.path(), &["check", "--lang", "en", "--fix", "a.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("hard links"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&a).unwrap(), plan("a"));
    let o = run(
        dir.path(),
        &["check", "--fix", "--fix-break-hardlinks", "a.txt"],
    );
    assert_ne!(o.status.code(), Some(2), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&a).unwrap(), fixed("a"));
    assert_eq!(std::fs::read_to_string(&b).unwrap(), plan("a"));
}

#[test]
fn permissions_and_owner_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    for mode in [0o600, 0o640, 0o664] {
        let p = dir.path().join(format!("m{mode:o}.txt"));
        std::fs::write(&p, plan("a")).unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode)).unwrap();
        let o = run(
            dir.path(),
            &["check", "--fix", p.file_name().unwrap().to_str().unwrap()],
        );
        assert_ne!(o.status.code(), Some(2), "{}", stderr(&o));
        assert_eq!(std::fs::read_to_string(&p).unwrap(), fixed("a"));
        assert_eq!(std::fs::metadata(&p).unwrap().mode() & 0o777, mode);
    }
    // as root, a file of another user stays that user's
    let root = std::fs::metadata("/proc/self")
        .map(|m| m.uid() == 0)
        .unwrap_or(false);
    if root {
        let p = dir.path().join("other.txt");
        std::fs::write(&p, plan("a")).unwrap();
        std::os::unix::fs::chown(&p, Some(4242), Some(4343)).unwrap();
        let o = run(dir.path(), &["check", "--fix", "other.txt"]);
        assert_ne!(o.status.code(), Some(2), "{}", stderr(&o));
        let m = std::fs::metadata(&p).unwrap();
        assert_eq!((m.uid(), m.gid()), (4242, 4343));
        assert_eq!(std::fs::read_to_string(&p).unwrap(), fixed("a"));
    }
}

#[test]
fn a_file_reached_twice_is_checked_and_fixed_once() {
    for args in [
        &["check", "--format", "json", "--fix", "f.txt", "f.txt"][..],
        &["check", "--format", "json", "--fix", ".", "f.txt"][..],
        &[
            "check",
            "--format",
            "json",
            "--fix",
            "f.txt",
            "./f.txt",
            "sub/../f.txt",
        ][..],
    ] {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("f.txt"), plan("a")).unwrap();
        for _ in 0..5 {
            std::fs::write(dir.path().join("f.txt"), plan("a")).unwrap();
            let o = run(dir.path(), args);
            assert_ne!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
            let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
            assert_eq!(v["summary"]["files"], 1, "{args:?}");
            assert_eq!(
                std::fs::read_to_string(dir.path().join("f.txt")).unwrap(),
                fixed("a")
            );
        }
    }
}

#[test]
fn two_runs_fixing_the_same_file_at_once_both_succeed() {
    for _ in 0..10 {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("f.txt");
        std::fs::write(&p, plan("a")).unwrap();
        let spawn = || {
            Command::new(env!("CARGO_BIN_EXE_vanban"))
                .args(["check", "--fix", "f.txt"])
                .current_dir(dir.path())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        };
        let (a, b) = (spawn(), spawn());
        for c in [a, b] {
            let o = c.wait_with_output().unwrap();
            assert_ne!(o.status.code(), Some(2), "{}", stderr(&o));
        }
        assert_eq!(std::fs::read_to_string(&p).unwrap(), fixed("a"));
        assert!(leftovers(dir.path()).is_empty());
    }
}

#[test]
fn utf16_files_stay_utf16() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bom, le) in [
        ("le-bom.txt", true, true),
        ("be-bom.txt", true, false),
        ("le.txt", false, true),
    ] {
        let encode = |s: &str| {
            let mut b = Vec::new();
            if bom {
                b.extend_from_slice(if le { &[0xFF, 0xFE] } else { &[0xFE, 0xFF] });
            }
            for u in s.encode_utf16() {
                b.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
            }
            b
        };
        let p = dir.path().join(name);
        std::fs::write(&p, encode(&plan("a").replace('\n', "\r\n"))).unwrap();
        let o = run(dir.path(), &["check", "--fix", name]);
        assert_ne!(o.status.code(), Some(2), "{name}: {}", stderr(&o));
        assert_eq!(
            std::fs::read(&p).unwrap(),
            encode(&fixed("a").replace('\n', "\r\n")),
            "{name}"
        );
    }
}

#[test]
fn fix_says_what_it_changed_and_diff_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("f.txt");
    std::fs::write(&p, plan("a")).unwrap();
    let o = run(dir.path(), &["check", "--diff", "f.txt"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("-Số: 09 /KH-UBND") && out.contains("+Số: 09/KH-UBND"),
        "{out}"
    );
    assert_eq!(std::fs::read_to_string(&p).unwrap(), plan("a"));
    let o = run(dir.path(), &["check", "--fix", "f.txt"]);
    assert!(stderr(&o).contains("f.txt: đã sửa 1 lỗi"), "{}", stderr(&o));
    let o = run(dir.path(), &["check", "--diff", "f.txt"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stdout.is_empty());
}

#[test]
fn fix_on_standard_input_writes_the_fixed_text_to_standard_output() {
    let mut c = Command::new(env!("CARGO_BIN_EXE_vanban"))
        .args(["check", "--fix", "--format", "concise", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    c.stdin
        .take()
        .unwrap()
        .write_all(plan("a").as_bytes())
        .unwrap();
    let o = c.wait_with_output().unwrap();
    assert_eq!(String::from_utf8_lossy(&o.stdout), fixed("a"));
    assert!(stderr(&o).contains("đã sửa 1 lỗi"), "{}", stderr(&o));
}

#[test]
fn control_characters_never_reach_the_terminal_or_a_ci_log() {
    let dir = tempfile::tempdir().unwrap();
    // a document with escape sequences, and file names that try to start workflow commands
    let evil = "Số: 09 /KH-UBND\u{1b}[2J\u{1b}]0;pwned\u{7}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n";
    let names: [&[u8]; 3] = [
        b"\x1b[31mred.txt",
        b"x\n::error file=x.txt,line=1::FORGED.txt",
        b"::warning::y.txt",
    ];
    for n in names {
        std::fs::write(dir.path().join(OsStr::from_bytes(n)), evil).unwrap();
    }
    for format in ["pretty", "concise", "github", "json", "sarif"] {
        let o = run(dir.path(), &["check", "--format", format, "."]);
        assert_eq!(o.status.code(), Some(1), "{format}: {}", stderr(&o));
        for (stream, bytes) in [("stdout", &o.stdout), ("stderr", &o.stderr)] {
            let text = String::from_utf8_lossy(bytes);
            assert!(!text.contains('\u{1b}'), "{format} {stream}: ESC in {text}");
            assert!(!text.contains('\u{7}'), "{format} {stream}: BEL in {text}");
            for line in text.lines() {
                let own = format == "github"
                    && (line.starts_with("::error file=")
                        || line.starts_with("::warning file=")
                        || line.starts_with("::notice file="));
                assert!(
                    !line.trim_start().starts_with("::") || own,
                    "{format} {stream}: a line starts a workflow command: {line}"
                );
            }
        }
        if format == "github" {
            // each finding is one command line: a file name's newline is escaped
            let text = String::from_utf8_lossy(&o.stdout);
            assert!(text.contains("x%0A%3A%3Aerror"), "{text}");
        }
        if format == "sarif" {
            let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
            for r in v["runs"][0]["results"].as_array().unwrap() {
                let uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                    .as_str()
                    .unwrap();
                assert!(
                    uri.bytes().all(|b| b.is_ascii_graphic() && b != b'\\'),
                    "{uri}"
                );
            }
        }
    }
}

#[test]
fn no_silent_pass() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    // a folder without documents, a missing path: exit 2, with the paths named
    std::fs::create_dir(dir.path().join("empty")).unwrap();
    let o = run(dir.path(), &["check", "empty"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("không tìm thấy văn bản nào") && stderr(&o).contains("empty"));
    std::fs::write(dir.path().join("a.txt"), plan("a")).unwrap();
    let o = run(
        dir.path(),
        &["check", "--format", "json", "missing.txt", "a.txt"],
    );
    assert_eq!(o.status.code(), Some(2), "a missing path fails the run");
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        v["summary"]["files"], 1,
        "the other files are still checked"
    );
    assert!(stderr(&o).contains("missing.txt"));
    // upper-case extensions are documents too
    std::fs::create_dir(dir.path().join("upper")).unwrap();
    std::fs::write(dir.path().join("upper/B.TXT"), plan("b")).unwrap();
    let o = run(dir.path(), &["check", "--format", "json", "upper"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["summary"]["files"], 1);
    // a link in a walk is reported, not skipped silently
    std::fs::create_dir(dir.path().join("links")).unwrap();
    std::fs::write(dir.path().join("links/real.txt"), plan("c")).unwrap();
    std::os::unix::fs::symlink("real.txt", dir.path().join("links/alias.txt")).unwrap();
    let o = run(
        dir.path(),
        &["check", "--lang", "en", "--format", "json", "links"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("alias.txt") && stderr(&o).contains("symbolic link"));
    // an unreadable folder is reported (unless we are root, who reads everything)
    let locked = dir.path().join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::write(locked.join("c.txt"), plan("c")).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read_dir(&locked).is_err() {
        let o = run(
            dir.path(),
            &["check", "--format", "json", "locked", "a.txt"],
        );
        assert_eq!(o.status.code(), Some(2));
        assert!(stderr(&o).contains("locked"), "{}", stderr(&o));
    }
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn configuration_above_the_repository_or_excluding_a_named_file_does_not_silence_it() {
    let outer = tempfile::tempdir().unwrap();
    // a config above the repository turns everything off and excludes every file
    std::fs::write(
        outer.path().join("vanban.toml"),
        "exclude = [\"**\"]\n[rules]\nheader = \"off\"\nnumber = \"off\"\ndate = \"off\"\nstructure = \"off\"\nrecipients = \"off\"\nsignature = \"off\"\ncitation = \"off\"\ntext = \"off\"\n",
    )
    .unwrap();
    let repo = outer.path().join("repo");
    std::fs::create_dir_all(repo.join(".git")).unwrap();
    std::fs::write(repo.join("plan.txt"), plan("a")).unwrap();
    let o = run(&repo, &["check", "--format", "concise", "plan.txt"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("number/malformed"));
    // inside the repository, exclude drops walked files but never a file named explicitly
    std::fs::write(repo.join("vanban.toml"), "exclude = [\"plan.txt\"]\n").unwrap();
    let o = run(&repo, &["check", "--format", "concise", "plan.txt"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let o = run(&repo, &["check", "--format", "concise", "."]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "everything excluded: nothing checked"
    );
    // every family off is said on standard error
    std::fs::write(
        repo.join("vanban.toml"),
        "[rules]\nheader = \"off\"\nnumber = \"off\"\ndate = \"off\"\nstructure = \"off\"\nrecipients = \"off\"\nsignature = \"off\"\ncitation = \"off\"\ntext = \"off\"\n",
    )
    .unwrap();
    let o = run(&repo, &["check", "--lang", "en", "plan.txt"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stderr(&o).contains("every rule family is turned off"),
        "{}",
        stderr(&o)
    );
    // a missing --config file says so plainly
    let o = run(
        &repo,
        &["check", "--lang", "en", "--config", "nope.toml", "plan.txt"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("cannot read the configuration file nope.toml: no such file"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn write_errors_fail_and_a_closed_pipe_is_quiet() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), plan("a")).unwrap();
    if Path::new("/dev/full").exists() {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let o = Command::new(env!("CARGO_BIN_EXE_vanban"))
            .args(["check", "--format", "sarif", "a.txt"])
            .current_dir(dir.path())
            .stdout(full)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(stderr(&o).contains("cannot write"), "{}", stderr(&o));
    }
    for args in [&["rules"][..], &["explain", "number/malformed"][..]] {
        let mut c = Command::new(env!("CARGO_BIN_EXE_vanban"))
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(c.stdout.take()); // the reader goes away at once
        let o = c.wait_with_output().unwrap();
        assert!(
            matches!(o.status.code(), Some(0)),
            "{args:?}: {:?} {}",
            o.status,
            stderr(&o)
        );
        assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
    }
}

#[test]
fn pipes_are_read_like_files() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo.txt");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        return; // no mkfifo: nothing to test
    }
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::write(fifo, plan("a")).unwrap())
    };
    let o = run(dir.path(), &["check", "--format", "concise", "fifo.txt"]);
    writer.join().unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("number/malformed"));
}
