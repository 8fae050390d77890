#![cfg(not(target_arch = "wasm32"))]
//! The acceptance floor: every **must** row of `../shared/spec/seed-findings.md` is found on
//! the real documents in `../shared/seeds/`, and the listed true negatives are not reported.
//! The rows are read from the spec itself, not copied here.

mod common;

use std::path::Path;
use vanban::{lint, Config, Diagnostic};

struct Row {
    seed: String,
    lines: String,
    family: String,
    must: bool,
}

fn rows(spec: &str) -> Vec<Row> {
    spec.lines()
        .filter(|l| l.starts_with("| 0"))
        .map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            Row {
                seed: cells[1].to_string(),
                lines: cells[2].to_string(),
                family: cells[3].to_string(),
                must: cells[5].starts_with("must") || cells[5].starts_with("**must"),
            }
        })
        .collect()
}

fn line_of(text: &str, d: &Diagnostic) -> usize {
    text[..d.start].matches('\n').count() + 1
}

/// The lines a row accepts. "1" for a missing header part means "in the header" (a converted
/// header has no fixed line); "end" means the last lines of the document.
fn accepted(row: &Row, text: &str, header_end: usize) -> Vec<usize> {
    let last = text.lines().count();
    let spec = row.lines.as_str();
    if spec == "end" {
        return (last.saturating_sub(3)..=last + 1).collect();
    }
    let mut v = Vec::new();
    for part in spec
        .split([',', ' '])
        .filter(|p| !p.is_empty() && *p != "vs")
    {
        if let Some((a, b)) = part.split_once('-') {
            v.extend(a.parse::<usize>().unwrap()..=b.parse::<usize>().unwrap());
        } else if let Ok(n) = part.parse::<usize>() {
            v.push(n);
        }
    }
    if matches!(row.family.as_str(), "header" | "number" | "date")
        && v.iter().all(|&n| n <= header_end)
    {
        v.extend(1..=header_end);
    }
    v
}

#[test]
fn seed_findings_must_rows() {
    let dir = common::seeds_dir();
    let spec =
        std::fs::read_to_string(dir.join("../spec/seed-findings.md")).expect("seed-findings.md");
    let rows = rows(&spec);
    assert!(
        rows.iter().filter(|r| r.must).count() >= 20,
        "the spec table was not read"
    );
    let mut failures = Vec::new();
    for row in rows.iter().filter(|r| r.must) {
        let file = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| {
                p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with(&format!("{}_", row.seed))
            })
            .expect("seed file");
        let text = std::fs::read_to_string(&file).unwrap();
        let report = lint(&text, &Config::default());
        let doc = vanban::Document::parse(&text, &Config::default());
        let header_end = doc
            .header()
            .type_name
            .map(|t| t.line + 1)
            .unwrap_or(doc.header().end.max(1));
        let ok_lines = accepted(row, &text, header_end);
        let found = report.diagnostics.iter().any(|d| {
            d.rule.as_str().starts_with(&format!("{}/", row.family))
                && ok_lines.contains(&line_of(&text, d))
        });
        if !found {
            failures.push(format!("{} line {} {}", row.seed, row.lines, row.family));
        }
    }
    assert!(
        failures.is_empty(),
        "must rows not found:\n{}",
        failures.join("\n")
    );
}

fn seed(prefix: &str) -> String {
    let dir = common::seeds_dir();
    let p = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .unwrap_or_else(|| panic!("no seed {prefix}*"));
    std::fs::read_to_string(Path::new(&p)).unwrap()
}

#[test]
fn seed_true_negatives() {
    let s001 = seed("001_");
    let s004 = seed("004_");
    for (name, text) in [("001", &s001), ("004", &s004)] {
        let r = lint(text, &Config::default());
        let unlisted: Vec<_> = r
            .diagnostics
            .iter()
            .filter(|d| d.rule == "recipients/unlisted")
            .collect();
        assert!(unlisted.is_empty(), "{name}: {unlisted:?}");
    }
    let r = lint(&s001, &Config::default());
    assert!(
        !r.diagnostics
            .iter()
            .any(|d| d.rule.as_str().starts_with("date/") && d.line == 3),
        "001 line 3 date is correct"
    );
    let r = lint(&s004, &Config::default());
    assert!(
        !r.diagnostics
            .iter()
            .any(|d| d.rule.as_str().starts_with("date/") && d.line == 10),
        "004 line 10 date is correct"
    );
    for f in common::seed_files() {
        let text = std::fs::read_to_string(&f).unwrap();
        let r = lint(&text, &Config::default());
        for d in &r.diagnostics {
            assert!(
                !matches!(
                    d.rule.as_str(),
                    "date/cited-after-issue" | "date/deadline-before-issue" | "date/impossible"
                ),
                "{}: {d:?}",
                f.display()
            );
        }
    }
}

#[test]
fn seed_should_rows_found() {
    // the "should" rows, each under the rule that finds it
    let s000 = seed("000_");
    let find = |text: &str, rule: &str, line: usize| {
        lint(text, &Config::default())
            .diagnostics
            .iter()
            .any(|d| d.rule == rule && d.line == line)
    };
    assert!(find(&s000, "citation/registry", 19));
    assert!(find(&s000, "text/tone-typo", 18));
    let s001 = seed("001_");
    assert!(find(&s001, "structure/numbering-style", 27));
    assert!(find(&s001, "text/spacing", 75));
    assert!(find(&s001, "recipients/archive-line", 84));
    assert!(find(&s001, "text/tone-typo", 47));
    assert!(find(&s001, "text/tone-typo", 49));
    let s002 = seed("002_");
    assert!(find(&s002, "recipients/unlisted", 110));
    for line in [20, 74, 84, 90] {
        assert!(find(&s002, "text/tone-typo", line), "002 line {line}");
    }
    let s003 = seed("003_");
    assert!(find(&s003, "citation/registry", 8));
    assert!(find(&s003, "text/spacing", 13));
    let s004 = seed("004_");
    assert!(find(&s004, "header/motto-dash", 7));
    assert!(find(&s004, "text/repeated-word", 15));
    assert!(find(&s004, "text/repeated-word", 17));
    assert!(find(&s004, "text/tone-typo", 25));
    assert!(find(&s004, "text/tone-typo", 41));
}
