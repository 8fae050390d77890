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
    let mut doc = Document::parse(text, &config);
    doc.layout = layout;
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
