//! `--format sarif`: SARIF 2.1.0, with the rule list in `tool.driver.rules`, 1-based regions
//! and `columnKind` set (columns count Unicode scalar values).

use super::FileResult;
use crate::rules;
use crate::Severity;
use serde_json::{json, Value};

pub fn render(results: &[FileResult]) -> String {
    let rule_list: Vec<Value> = rules::all()
        .iter()
        .map(|r| {
            let m = r.meta();
            json!({
                "id": m.id,
                "name": m.id.replace(['/', '-'], "_"),
                "shortDescription": { "text": m.summary_en },
                "fullDescription": { "text": m.summary },
                "help": { "text": m.doc_text(), "markdown": m.doc_text() },
                "defaultConfiguration": { "level": level(m.severity) },
            })
        })
        .collect();
    let mut items = Vec::new();
    for r in results {
        for d in &r.report.diagnostics {
            let mut result = json!({
                "ruleId": d.rule,
                "ruleIndex": rules::all().iter().position(|x| x.meta().id == d.rule),
                "level": level(d.severity),
                "message": { "text": d.message },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri(&r.path) },
                        "region": {
                            "startLine": d.line,
                            "startColumn": d.column,
                            "endLine": d.end_line,
                            "endColumn": d.end_column.max(1),
                            "byteOffset": d.start,
                            "byteLength": d.end - d.start,
                        }
                    }
                }],
            });
            if let Some(fix) = &d.fix {
                result["fixes"] = json!([{
                    "description": { "text": format!("{:?}", fix.applicability).to_lowercase() },
                    "artifactChanges": [{
                        "artifactLocation": { "uri": uri(&r.path) },
                        "replacements": [{
                            "deletedRegion": { "byteOffset": fix.start, "byteLength": fix.end - fix.start },
                            "insertedContent": { "text": fix.replacement },
                        }]
                    }]
                }]);
            }
            items.push(result);
        }
    }
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "vanban",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://www.npmjs.com/package/vanban",
                "rules": rule_list,
            }},
            "columnKind": "unicodeCodePoints",
            "results": items,
        }]
    });
    serde_json::to_string_pretty(&doc).expect("sarif serializes") + "\n"
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A relative URI for a path: forward slashes, spaces and `%` escaped.
fn uri(path: &str) -> String {
    let p = path.replace('\\', "/");
    let p = p.strip_prefix("./").unwrap_or(&p);
    p.replace('%', "%25").replace(' ', "%20")
}
