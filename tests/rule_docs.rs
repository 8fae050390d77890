#![cfg(not(target_arch = "wasm32"))]
//! Every rule's documentation has the five sections, and its examples are executed: each
//! `## Example` block gives exactly one finding of that rule, each `## Correct` block none.

use vanban::rules::{all, Context};
use vanban::{Config, Document};

/// An example: plain text, or (```xml) the inside of a `.docx` body, for the layout rules.
enum Block {
    Text(String),
    Docx(String),
}

fn blocks(doc: &str, section: &str) -> Vec<Block> {
    let Some(start) = doc.find(&format!("## {section}\n")) else {
        return Vec::new();
    };
    let rest = &doc[start..];
    let end = rest[3..].find("\n## ").map(|i| i + 3).unwrap_or(rest.len());
    let sec = &rest[..end];
    let mut out = Vec::new();
    let mut lines = sec.lines();
    while let Some(l) = lines.next() {
        let fence = l.trim_start();
        if fence.starts_with("```text") || fence.starts_with("```xml") {
            let mut b = String::new();
            for l in lines.by_ref() {
                if l.trim_start().starts_with("```") {
                    break;
                }
                b.push_str(l);
                b.push('\n');
            }
            out.push(if fence.starts_with("```xml") {
                Block::Docx(b)
            } else {
                Block::Text(b)
            });
        }
    }
    out
}

/// A `.docx` whose `document.xml` body is `body`.
fn docx(body: &str) -> Vec<u8> {
    use std::io::Write;
    let xml = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    let mut cur = std::io::Cursor::new(Vec::new());
    let mut z = zip::ZipWriter::new(&mut cur);
    z.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    z.write_all(xml.as_bytes()).unwrap();
    z.finish().unwrap();
    cur.into_inner()
}

fn findings(rule: &dyn vanban::rules::Rule, block: &Block) -> usize {
    let config = Config::default();
    let read;
    let (text, layout) = match block {
        Block::Text(t) => (t.as_str(), None),
        Block::Docx(body) => {
            read = vanban::docx::extract(&docx(body), vanban::docx::Limits::default()).unwrap();
            (read.text.as_str(), Some(read.layout.clone()))
        }
    };
    let doc = Document::parse(text, &config);
    let doc = match layout {
        Some(layout) => doc.with_layout(layout),
        None => doc,
    };
    let mut ctx = Context::new(&config, rule.meta().severity);
    rule.check(&doc, &mut ctx);
    ctx.findings.len()
}

impl Block {
    fn source(&self) -> &str {
        match self {
            Block::Text(t) | Block::Docx(t) => t,
        }
    }
}

#[test]
fn every_rule_documents_and_runs_its_examples() {
    let mut failures = Vec::new();
    for rule in all() {
        let m = rule.meta();
        for section in ["What it does", "Why", "Example", "Correct", "Basis"] {
            if !m.doc.contains(&format!("## {section}")) {
                failures.push(format!("{}: no `## {section}`", m.id));
            }
        }
        let doc = m.doc_text();
        let wrong = blocks(&doc, "Example");
        let right = blocks(&doc, "Correct");
        if wrong.is_empty() || right.is_empty() {
            failures.push(format!("{}: missing example blocks", m.id));
        }
        for w in &wrong {
            let n = findings(*rule, w);
            if n != 1 && !(m.id == "header/motto-dash" && n == 2) {
                failures.push(format!(
                    "{}: Example gives {n} findings, expected 1:\n{}",
                    m.id,
                    w.source()
                ));
            }
        }
        for r in &right {
            let n = findings(*rule, r);
            if n != 0 {
                failures.push(format!(
                    "{}: Correct gives {n} findings:\n{}",
                    m.id,
                    r.source()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn ids_are_unique_and_in_known_families() {
    let mut ids: Vec<&str> = all().iter().map(|r| r.meta().id).collect();
    for id in &ids {
        let fam = id.split('/').next().unwrap();
        assert!(vanban::rules::FAMILIES.contains(&fam), "{id}");
        assert!(
            id.chars()
                .all(|c| c.is_ascii_lowercase() || c == '/' || c == '-'),
            "{id}"
        );
    }
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n);
}

/// The fix a rule declares is the fix it offers: a rule declaring a safe fix offers one on its
/// Example, and applying it leaves nothing for the rule to find; a rule declaring an unsafe
/// fix offers one that needs confirmation; a rule declaring none offers none.
#[test]
fn every_rule_offers_the_fix_it_declares() {
    use vanban::rules::FixKind;
    use vanban::Applicability;
    let mut failures = Vec::new();
    for rule in all() {
        let m = rule.meta();
        // (declared kind, offered on some Example)
        let mut offered = false;
        for block in blocks(&m.doc_text(), "Example") {
            let Block::Text(text) = block else {
                continue; // the layout rules (.docx examples) fix nothing in the text
            };
            let of_rule = |t: &str| {
                vanban::lint(t, &Config::default())
                    .diagnostics
                    .into_iter()
                    .filter(|d| d.rule == m.id)
                    .collect::<Vec<_>>()
            };
            let found = of_rule(&text);
            let fixes: Vec<_> = found.iter().filter_map(|d| d.fix.as_ref()).collect();
            let wanted = match m.fix {
                FixKind::None => None,
                FixKind::Safe => Some(Applicability::Safe),
                FixKind::Unsafe => Some(Applicability::Unsafe),
            };
            if fixes.iter().any(|f| Some(f.applicability) != wanted) {
                failures.push(format!("{}: declares {:?}, offers {fixes:?}", m.id, m.fix));
            }
            offered |= !fixes.is_empty();
            if m.fix == FixKind::Safe && !fixes.is_empty() {
                let (fixed, _) = vanban::fix::apply_safe_fixes(&text, &found);
                let left = of_rule(&fixed);
                if !left.is_empty() {
                    failures.push(format!(
                        "{}: its safe fix leaves {} finding(s):\n{fixed}",
                        m.id,
                        left.len()
                    ));
                }
            }
        }
        let has_text_example = blocks(&m.doc_text(), "Example")
            .iter()
            .any(|b| matches!(b, Block::Text(_)));
        if m.fix != FixKind::None && has_text_example && !offered {
            failures.push(format!(
                "{}: declares {:?}, no Example offers it",
                m.id, m.fix
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The registry generated from the rule files agrees with the rules' own metadata.
#[test]
fn the_generated_registry_matches_each_rules_metadata() {
    use vanban::rules::RuleId;
    assert_eq!(RuleId::ALL.len(), all().len());
    for (i, id) in RuleId::ALL.iter().enumerate() {
        assert_eq!(*id as usize, i);
        assert_eq!(id.meta().id, id.as_str());
        assert_eq!(all()[i].meta().id, id.as_str());
        assert_eq!(id.as_str().parse::<RuleId>(), Ok(*id));
        assert_eq!(
            serde_json::to_string(id).unwrap(),
            format!("\"{}\"", id.as_str())
        );
    }
    assert!("text/nope".parse::<RuleId>().is_err());
}

/// Every rule is documented in Vietnamese first: a `## Tiếng Việt` section with what the
/// rule checks, why, and its basis (the examples are shared).
#[test]
fn every_rule_is_documented_in_vietnamese() {
    let mut failures = Vec::new();
    for rule in all() {
        let m = rule.meta();
        let doc = m.doc_text();
        let Some(at) = doc.find("\n## Tiếng Việt\n") else {
            failures.push(format!("{}: no `## Tiếng Việt`", m.id));
            continue;
        };
        let vi = &doc[at..];
        for heading in ["Quy tắc kiểm tra gì", "Vì sao", "Căn cứ"] {
            if !vi.contains(&format!("\n### {heading}\n")) {
                failures.push(format!("{}: no `### {heading}` in Tiếng Việt", m.id));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
