//! The README shows what the program prints; these tests run the program and compare, so the
//! documentation cannot drift from the code. To refresh after a change, run
//! `VANBAN_UPDATE_README=1 cargo test --test readme` and review the diff.

mod common;

use std::path::PathBuf;
use std::process::Command;

fn readme_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("README.md")
}

fn vanban(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_vanban"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .output()
        .expect("run vanban");
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// The body of the first fenced block after `heading`: (start, end) byte offsets in `readme`.
fn block_after(readme: &str, heading: &str) -> (usize, usize) {
    let at = readme
        .find(heading)
        .unwrap_or_else(|| panic!("README has no “{heading}”"));
    let open = at + readme[at..].find("```").expect("a fenced block");
    let start = open + readme[open..].find('\n').expect("a fence line") + 1;
    let end = start + readme[start..].find("```").expect("a closing fence");
    (start, end)
}

/// Replaces the block when asked to, else asserts it matches.
fn check_block(heading: &str, expected: &str, matches: impl Fn(&str) -> bool) {
    let readme = std::fs::read_to_string(readme_path()).unwrap();
    let (start, end) = block_after(&readme, heading);
    let written = &readme[start..end];
    if matches(written) {
        return;
    }
    if std::env::var_os("VANBAN_UPDATE_README").is_some() {
        let updated = format!("{}{expected}{}", &readme[..start], &readme[end..]);
        std::fs::write(readme_path(), updated).unwrap();
        return;
    }
    panic!(
        "README block after “{heading}” is out of date; run VANBAN_UPDATE_README=1 cargo test --test readme\n--- README\n{written}\n--- vanban prints\n{expected}"
    );
}

#[test]
fn the_rule_table_is_what_vanban_rules_prints() {
    let printed = vanban(&["rules"]);
    // the table without the legend after it (the README explains the legend in prose)
    let table = printed.split("\n\n").next().unwrap().to_string() + "\n";
    assert!(table.lines().count() > 50, "{printed}");
    check_block("## Rules", &table, |written| written == table);
}

/// The sample shows the first finding in full, "...", then the heading line of each other
/// error and the summary: each shown line must be printed, in the same order.
#[test]
fn the_sample_output_is_what_vanban_check_prints() {
    let seed = common::seeds_dir().join("004_84d53a6b70cdd0a5.txt");
    assert!(seed.is_file(), "{} is missing", seed.display());
    let shown = "../shared/seeds/004_84d53a6b70cdd0a5.txt";
    let printed = vanban(&["check", shown]);
    let lines: Vec<&str> = printed.lines().collect();
    // the expected sample: the first finding's block (up to its first blank line after
    // "help:"), then each error's first line, then the summary
    let first_end = lines
        .iter()
        .position(|l| l.starts_with("help:"))
        .map_or(0, |h| h + 1);
    let mut sample = format!("$ vanban check {shown}\n");
    for l in &lines[..first_end] {
        sample.push_str(l);
        sample.push('\n');
    }
    sample.push_str("...\n");
    for l in &lines[first_end..] {
        if l.starts_with("error[") {
            sample.push_str(l);
            sample.push('\n');
        }
    }
    sample.push_str(lines.last().copied().unwrap_or(""));
    sample.push('\n');
    check_block("## Output on a real document", &sample, |written| {
        written == sample
    });
}
